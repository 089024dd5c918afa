import Synchronization
import Testing

@testable import DescentEngine

@Suite("Async semaphore")
struct AsyncSemaphoreTests {
  @Test("a permit handed back early lets the next holder in while the first still works; only once")
  func earlyRelease() async {
    let semaphore = AsyncSemaphore(limit: 1)
    let order = Log()
    let (released, releasing) = AsyncStream.makeStream(of: Void.self)
    let (finish, finishing) = AsyncStream.makeStream(of: Void.self)
    async let first: Void = semaphore.withPermit { releaseEarly in
      order.append("first in")
      releaseEarly()
      releaseEarly()  // a second call gives back nothing more
      releasing.yield()
      for await _ in finish { break }
      order.append("first out")
    }
    for await _ in released { break }
    await semaphore.withPermit { order.append("second in") }
    finishing.yield()
    await first
    #expect(order.entries == ["first in", "second in", "first out"])
    // The permit came back once: with it held, another holder still waits.
    await semaphore.acquire()
    let waiter = Task {
      await semaphore.acquire()
      order.append("waiter in")
    }
    try? await Task.sleep(for: .milliseconds(50))
    #expect(!order.entries.contains("waiter in"), "a doubled early release would have left two permits")
    await semaphore.release()
    await waiter.value
    #expect(order.entries.last == "waiter in")
  }

  /// What happened, in order, from any task.
  private final class Log: Sendable {
    private let lines = Mutex<[String]>([])
    func append(_ line: String) { lines.withLock { $0.append(line) } }
    var entries: [String] { lines.withLock { $0 } }
  }
}
