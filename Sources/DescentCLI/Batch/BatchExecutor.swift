import DescentEngine
import Foundation

/// The executor a batch grades with: the one place `descent batch` chooses
/// how student code is compiled and run.
enum BatchExecutor {
  /// The engine's contained executor over the student runtime built beside
  /// this `descent` (or named by `DESCENT_STUDENT_RUNTIME`).
  ///
  /// - Throws: ``BatchFailure`` (grader unavailable) when the student runtime cannot be found.
  static func make() throws(BatchFailure) -> ContainedExecutor {
    do {
      return ContainedExecutor(runtime: try StudentRuntime.locate())
    } catch {
      throw .unavailable("\(error)")
    }
  }
}
