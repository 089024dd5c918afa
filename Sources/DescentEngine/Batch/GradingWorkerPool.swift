import Synchronization

/// The grading workers of a batch waiting for their next student.
final class GradingWorkerPool: Sendable {
  private let workers = Mutex<[GradingWorker]>([])

  /// An idle worker, if there is one.
  func take() -> GradingWorker? { workers.withLock { $0.popLast() } }

  /// Returns `worker` to the pool; one that cannot go on, or is `retiring`, is stopped instead.
  func giveBack(_ worker: GradingWorker, retiring: Bool) {
    guard worker.isUsable, !retiring else { return worker.stop() }
    workers.withLock { $0.append(worker) }
  }

  /// Stops every idle worker.
  func stopAll() {
    let all = workers.withLock { pool in
      defer { pool.removeAll() }
      return pool
    }
    for worker in all { worker.stop() }
  }
}
