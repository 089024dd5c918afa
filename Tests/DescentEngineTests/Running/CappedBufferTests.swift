import Testing

@testable import DescentEngine

@Suite("Capped output buffers")
struct CappedBufferTests {
  private func buffer(_ chunks: [String], capacity: Int, tail: Int = 0) -> CappedBuffer {
    var buffer = CappedBuffer(capacity: capacity, tailCapacity: tail)
    for chunk in chunks { Array(chunk.utf8).withUnsafeBytes { buffer.append($0) } }
    return buffer
  }

  @Test("under the cap everything is kept, whatever the chunks")
  func underTheCap() {
    let kept = buffer(["ab", "cd", "e"], capacity: 10, tail: 4)
    #expect(!kept.wasTruncated)
    #expect(kept.text == "abcde")
    #expect(kept.total == 5)
  }

  @Test("past the cap only the head is kept when there is no tail")
  func headOnly() {
    let kept = buffer(["abc", "defgh", "ij"], capacity: 4)
    #expect(kept.wasTruncated)
    #expect(kept.text == "abcd\n[… output truncated: kept the first 4 of 10 bytes]")
  }

  @Test("past the cap the head and the last bytes are kept, however the stream was cut into chunks")
  func headAndTail() {
    let stream = (0..<500).map { "line \($0)\n" }.joined()
    let whole = buffer([stream], capacity: 12, tail: 20)
    let pieces = buffer(stream.map(String.init), capacity: 12, tail: 20)
    for kept in [whole, pieces] {
      #expect(kept.wasTruncated)
      #expect(kept.text.hasPrefix("line 0\nline "))
      #expect(kept.text.hasSuffix("line 498\nline 499\n"))
      #expect(
        kept.text.contains(
          "[… output truncated: \(stream.utf8.count - 32) of \(stream.utf8.count) bytes left out here …]"))
    }
  }

  @Test("exactly the head and the tail is not truncated")
  func exactlyFull() {
    let kept = buffer(["abcdef"], capacity: 4, tail: 2)
    #expect(!kept.wasTruncated)
    #expect(kept.text == "abcdef")
  }
}
