import DescentWire

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The harness's end of the private channel: length-prefixed ``WireFrame``s
/// read from and written to two inherited descriptors.
struct HarnessChannel {
  /// Where requests arrive.
  let input: Int32
  /// Where replies go.
  let output: Int32

  /// The next request, or nil when the engine has closed the channel.
  func receive() throws -> HarnessRequest? {
    guard let header = try read(count: 4, allowingEnd: true) else { return nil }
    let length = try WireFrame.payloadLength(header: header)
    guard let payload = try read(count: length, allowingEnd: false) else { return nil }
    return try WireDecoder.decode(HarnessRequest.self, from: payload)
  }

  /// Sends `reply`.
  func send(_ reply: HarnessReply) throws {
    let bytes = try WireFrame.frame(reply)
    var written = 0
    while written < bytes.count {
      let result = bytes.withUnsafeBytes { buffer in
        write(output, buffer.baseAddress.map { $0 + written }, buffer.count - written)
      }
      if result < 0 {
        if errno == EINTR { continue }
        throw WireFormatError("could not write a reply (errno \(errno))")
      }
      written += result
    }
  }

  private func read(count: Int, allowingEnd: Bool) throws -> [UInt8]? {
    var bytes = [UInt8](repeating: 0, count: count)
    var filled = 0
    while filled < count {
      let result = bytes.withUnsafeMutableBytes { buffer in
        Glibc.read(input, buffer.baseAddress.map { $0 + filled }, count - filled)
      }
      if result < 0 {
        if errno == EINTR { continue }
        throw WireFormatError("could not read a request (errno \(errno))")
      }
      if result == 0 {
        if filled == 0 && allowingEnd { return nil }
        throw WireFormatError("the request channel closed in the middle of a frame")
      }
      filled += result
    }
    return bytes
  }
}
