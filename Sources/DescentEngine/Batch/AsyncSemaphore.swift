import Synchronization

/// A counting semaphore for tasks: at most `limit` holders at once, the
/// others suspended (not blocking a thread) in first-come order.
actor AsyncSemaphore {
  private var available: Int
  private var waiting: [CheckedContinuation<Void, Never>] = []

  /// A semaphore with `limit` permits (at least 1).
  init(limit: Int) {
    available = max(1, limit)
  }

  /// Waits for a permit.
  func acquire() async {
    if available > 0 {
      available -= 1
      return
    }
    await withCheckedContinuation { waiting.append($0) }
  }

  /// Returns a permit, handing it straight to the longest waiter if any.
  func release() {
    if waiting.isEmpty {
      available += 1
    } else {
      waiting.removeFirst().resume()
    }
  }

  /// Runs `body` holding a permit.
  func withPermit<T: Sendable>(_ body: @Sendable () async throws -> T) async rethrows -> T {
    await acquire()
    defer { release() }
    return try await body()
  }

  /// Runs `body` holding a permit, which `body` may hand back before it
  /// ends by calling the closure it is given (from any thread; calls after
  /// the first do nothing).
  func withPermit<T: Sendable>(
    releasableEarly body: @Sendable (_ releaseEarly: @escaping @Sendable () -> Void) async throws -> T
  ) async rethrows -> T {
    await acquire()
    let held = Held()
    defer { if held.give() { release() } }
    return try await body {
      if held.give() { Task { await self.release() } }
    }
  }

  /// Whether a permit is still held, given back once.
  private final class Held: Sendable {
    private let isHeld = Atomic(true)
    /// True the first time only: the caller then returns the permit.
    func give() -> Bool { isHeld.exchange(false, ordering: .acquiringAndReleasing) }
  }
}
