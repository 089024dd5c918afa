/// The first `capacity` bytes of a stream, and optionally its last
/// `tailCapacity` bytes, and how many arrived in all: a flood of output is
/// read and dropped, never kept whole.
///
/// The tail keeps what a process wrote last (the runtime's crash report and
/// backtrace come at the very end of standard error) even after a flood.
struct CappedBuffer {
  let capacity: Int
  let tailCapacity: Int
  private(set) var bytes: [UInt8] = []
  /// Bytes past the head; trimmed to `tailCapacity` once it holds twice that.
  private var tail: [UInt8] = []
  private(set) var total = 0

  init(capacity: Int, tailCapacity: Int = 0) {
    self.capacity = capacity
    self.tailCapacity = tailCapacity
  }

  /// The kept end of the stream, after the head.
  private var keptTail: ArraySlice<UInt8> { tail.suffix(tailCapacity) }

  var wasTruncated: Bool { total > bytes.count + keptTail.count }

  mutating func append(_ chunk: UnsafeRawBufferPointer) {
    total += chunk.count
    let room = max(0, capacity - bytes.count)
    if room > 0 { bytes += chunk.prefix(room) }
    guard tailCapacity > 0, chunk.count > room else { return }
    tail += chunk.dropFirst(room).suffix(tailCapacity)
    if tail.count > 2 * tailCapacity { tail.removeFirst(tail.count - tailCapacity) }
  }

  /// The text kept, decoded lossily, with a note where bytes were left out.
  var text: String {
    var text = String(decoding: bytes, as: UTF8.self)
    let end = keptTail
    if wasTruncated {
      let dropped = total - bytes.count - end.count
      text +=
        end.isEmpty
        ? "\n[… output truncated: kept the first \(bytes.count) of \(total) bytes]"
        : "\n[… output truncated: \(dropped) of \(total) bytes left out here …]\n"
    }
    return text + String(decoding: end, as: UTF8.self)
  }

  mutating func reset() {
    bytes.removeAll(keepingCapacity: true)
    tail.removeAll(keepingCapacity: true)
    total = 0
  }
}
