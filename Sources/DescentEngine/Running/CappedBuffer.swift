/// The first `capacity` bytes of a stream, and how many arrived in all:
/// a flood of output is read and dropped, never kept.
struct CappedBuffer {
  let capacity: Int
  private(set) var bytes: [UInt8] = []
  private(set) var total = 0

  init(capacity: Int) { self.capacity = capacity }

  var wasTruncated: Bool { total > bytes.count }

  mutating func append(_ chunk: UnsafeRawBufferPointer) {
    total += chunk.count
    let room = capacity - bytes.count
    if room > 0 { bytes += chunk.prefix(room) }
  }

  /// The text kept, decoded lossily, with a note when cut.
  var text: String {
    var text = String(decoding: bytes, as: UTF8.self)
    if wasTruncated { text += "\n[… output truncated: kept the first \(bytes.count) of \(total) bytes]" }
    return text
  }

  mutating func reset() {
    bytes.removeAll(keepingCapacity: true)
    total = 0
  }
}
