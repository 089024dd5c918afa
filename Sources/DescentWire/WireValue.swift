/// A message between the engine and the harness as a tree of values, and
/// its compact binary form.
///
/// Numbers travel as their IEEE 754 bit patterns, so every `Double` arrives
/// exactly as it left: NaN with its sign and payload, ±∞, −0.0, subnormals.
/// Decoding checks every length against the bytes present and limits the
/// nesting depth, so garbage from a student's process becomes a
/// ``WireFormatError``, never a crash.
public indirect enum WireValue: Hashable, Sendable {
  /// An absent optional.
  case null
  /// A flag.
  case bool(Bool)
  /// A signed integer.
  case integer(Int64)
  /// An unsigned integer.
  case unsigned(UInt64)
  /// A float64, as its bit pattern.
  case double(bitPattern: UInt64)
  /// UTF-8 text.
  case string(String)
  /// An ordered list.
  case array([WireValue])
  /// Named members.
  case object([String: WireValue])

  /// The deepest nesting accepted when decoding.
  public static let maximumDepth = 64

  private enum Tag: UInt8 {
    case null = 0, bool, integer, unsigned, double, string, array, object
  }

  /// The binary form: a tag byte, then fixed-width little-endian payloads;
  /// strings, arrays and objects are prefixed by their count (keys sorted).
  public var bytes: [UInt8] {
    var output: [UInt8] = []
    append(to: &output)
    return output
  }

  private func append(to output: inout [UInt8]) {
    switch self {
    case .null: output.append(Tag.null.rawValue)
    case .bool(let flag): output += [Tag.bool.rawValue, flag ? 1 : 0]
    case .integer(let value): output.append(Tag.integer.rawValue); Self.append(UInt64(bitPattern: value), to: &output)
    case .unsigned(let value): output.append(Tag.unsigned.rawValue); Self.append(value, to: &output)
    case .double(let bits): output.append(Tag.double.rawValue); Self.append(bits, to: &output)
    case .string(let text):
      output.append(Tag.string.rawValue)
      Self.appendString(text, to: &output)
    case .array(let elements):
      output.append(Tag.array.rawValue)
      Self.append(UInt64(elements.count), to: &output)
      for element in elements { element.append(to: &output) }
    case .object(let members):
      output.append(Tag.object.rawValue)
      Self.append(UInt64(members.count), to: &output)
      for key in members.keys.sorted() {
        Self.appendString(key, to: &output)
        members[key]?.append(to: &output)
      }
    }
  }

  private static func append(_ value: UInt64, to output: inout [UInt8]) {
    for shift in stride(from: 0, to: 64, by: 8) { output.append(UInt8(truncatingIfNeeded: value >> UInt64(shift))) }
  }

  private static func appendString(_ text: String, to output: inout [UInt8]) {
    let utf8 = Array(text.utf8)
    append(UInt64(utf8.count), to: &output)
    output += utf8
  }

  /// Decodes the binary form.
  ///
  /// - Throws: ``WireFormatError`` when `bytes` is not exactly one value.
  public init(bytes: [UInt8]) throws(WireFormatError) {
    var reader = Reader(bytes: bytes)
    self = try reader.value(depth: 0)
    guard reader.offset == bytes.count else {
      throw WireFormatError("\(bytes.count - reader.offset) bytes left over after the message")
    }
  }

  private struct Reader {
    let bytes: [UInt8]
    var offset = 0

    var remaining: Int { bytes.count - offset }

    mutating func byte() throws(WireFormatError) -> UInt8 {
      guard remaining >= 1 else { throw WireFormatError("the message ends early at byte \(offset)") }
      defer { offset += 1 }
      return bytes[offset]
    }

    mutating func word() throws(WireFormatError) -> UInt64 {
      guard remaining >= 8 else { throw WireFormatError("the message ends early at byte \(offset)") }
      var value: UInt64 = 0
      for index in 0..<8 { value |= UInt64(bytes[offset + index]) << UInt64(8 * index) }
      offset += 8
      return value
    }

    /// A count that cannot exceed the bytes left (each element takes at least `unit`).
    mutating func count(unit: Int) throws(WireFormatError) -> Int {
      let value = try word()
      guard value <= UInt64(remaining / unit) else {
        throw WireFormatError("a length of \(value) at byte \(offset - 8) is longer than the message")
      }
      return Int(value)
    }

    mutating func string() throws(WireFormatError) -> String {
      let length = try count(unit: 1)
      let slice = bytes[offset..<(offset + length)]
      offset += length
      guard let text = String(validating: slice, as: UTF8.self) else {
        throw WireFormatError("invalid UTF-8 in a string at byte \(offset - length)")
      }
      return text
    }

    mutating func value(depth: Int) throws(WireFormatError) -> WireValue {
      guard depth <= WireValue.maximumDepth else { throw WireFormatError("the message nests too deeply") }
      let tagByte = try byte()
      guard let tag = Tag(rawValue: tagByte) else {
        throw WireFormatError("unknown tag \(tagByte) at byte \(offset - 1)")
      }
      switch tag {
      case .null: return .null
      case .bool:
        let flag = try byte()
        guard flag <= 1 else { throw WireFormatError("a flag of \(flag) at byte \(offset - 1)") }
        return .bool(flag == 1)
      case .integer: return .integer(Int64(bitPattern: try word()))
      case .unsigned: return .unsigned(try word())
      case .double: return .double(bitPattern: try word())
      case .string: return .string(try string())
      case .array:
        let count = try count(unit: 1)
        var elements: [WireValue] = []
        elements.reserveCapacity(count)
        for _ in 0..<count { elements.append(try value(depth: depth + 1)) }
        return .array(elements)
      case .object:
        let count = try count(unit: 9)
        var members: [String: WireValue] = [:]
        for _ in 0..<count {
          let key = try string()
          members[key] = try value(depth: depth + 1)
        }
        return .object(members)
      }
    }
  }
}

/// Bytes that are not a well-formed harness message.
public struct WireFormatError: Error, Hashable, Sendable, CustomStringConvertible {
  /// What is wrong, with the byte offset when known.
  public var reason: String

  /// Creates the error.
  public init(_ reason: String) { self.reason = reason }

  public var description: String { "malformed harness message: \(reason)" }
}
