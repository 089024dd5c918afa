/// Length-prefixed frames on the harness's private channel: a 4-byte
/// big-endian length, then one ``WireValue`` in binary form.
public enum WireFrame {
  /// The largest frame either side accepts: a reply bigger than this is a
  /// protocol violation, not a reason to allocate without bound.
  public static let maximumLength = 64 * 1024 * 1024

  /// The frame carrying `message`.
  public static func frame(_ message: some Encodable) throws -> [UInt8] {
    let payload = try WireEncoder.encode(message)
    let length = UInt32(payload.count)
    return [UInt8(length >> 24), UInt8((length >> 16) & 0xff), UInt8((length >> 8) & 0xff), UInt8(length & 0xff)]
      + payload
  }

  /// The payload length announced by a 4-byte header.
  ///
  /// - Throws: ``WireFormatError`` when it exceeds ``maximumLength``.
  public static func payloadLength(header: [UInt8]) throws(WireFormatError) -> Int {
    guard header.count == 4 else { throw WireFormatError("a frame header has \(header.count) bytes, not 4") }
    let length = header.reduce(0) { $0 << 8 | Int($1) }
    guard length <= maximumLength else {
      throw WireFormatError("a frame of \(length) bytes is larger than the \(maximumLength)-byte limit")
    }
    return length
  }
}
