/// The JSON the reference commands print, written by hand so that numbers
/// round-trip exactly.
///
/// A finite `Double` is written as Swift's shortest round-trip description
/// (`0.1`, `1e-05`, `-0.0`, `1.0000000000000002`), which every conforming
/// JSON reader parses back to the same float64. JSON has no NaN or
/// infinity, so those are written as the strings `"NaN"`, `"Infinity"` and
/// `"-Infinity"` (the spellings Python's `json` module and JavaScript use).
/// Object keys keep the order given, so output is byte-for-byte reproducible.
enum ReferenceJSON {
  case number(Double)
  case integer(Int)
  case bool(Bool)
  case string(String)
  case array([ReferenceJSON])
  case object([(String, ReferenceJSON)])
  /// JSON's null, for a value that does not exist (a step without a line search).
  case null

  /// An array of numbers.
  static func numbers(_ values: [Double]) -> ReferenceJSON { .array(values.map(ReferenceJSON.number)) }

  /// An array of arrays of numbers.
  static func rows(_ rows: [[Double]]) -> ReferenceJSON { .array(rows.map(numbers)) }

  /// The compact text, no whitespace.
  var text: String {
    var output = ""
    write(to: &output)
    return output
  }

  private func write(to output: inout String) {
    switch self {
    case .number(let value): output += Self.numberText(value)
    case .integer(let value): output += String(value)
    case .bool(let value): output += value ? "true" : "false"
    case .string(let value): Self.writeString(value, to: &output)
    case .null: output += "null"
    case .array(let elements):
      output += "["
      for (index, element) in elements.enumerated() {
        if index > 0 { output += "," }
        element.write(to: &output)
      }
      output += "]"
    case .object(let members):
      output += "{"
      for (index, (key, value)) in members.enumerated() {
        if index > 0 { output += "," }
        Self.writeString(key, to: &output)
        output += ":"
        value.write(to: &output)
      }
      output += "}"
    }
  }

  /// The shortest text that reads back as `value`, or a string for NaN and infinity.
  static func numberText(_ value: Double) -> String {
    if value.isNaN { return "\"NaN\"" }
    if value.isInfinite { return value < 0 ? "\"-Infinity\"" : "\"Infinity\"" }
    return value.description
  }

  private static func writeString(_ value: String, to output: inout String) {
    output += "\""
    for scalar in value.unicodeScalars {
      switch scalar {
      case "\"": output += "\\\""
      case "\\": output += "\\\\"
      case "\n": output += "\\n"
      case "\r": output += "\\r"
      case "\t": output += "\\t"
      case _ where scalar.value < 0x20:
        let hex = String(scalar.value, radix: 16)
        output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: output.unicodeScalars.append(scalar)
      }
    }
    output += "\""
  }
}
