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
}
