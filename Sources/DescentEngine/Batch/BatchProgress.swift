/// How far a batch has got, reported after each student finishes.
public struct BatchProgress: Sendable, Equatable {
  /// Students in this batch (or slice).
  public var total: Int
  /// Students finished so far, resumed ones included.
  public var finished: Int = 0
  /// Students skipped because an earlier run had finished them.
  public var resumed: Int = 0
  /// Finished students whose submission did not compile.
  public var buildFailures: Int = 0
  /// Students the grader could not grade.
  public var graderFailures: Int = 0
  /// The student who finished last.
  public var latest: String?

  /// The start of a batch of `total` students.
  public init(total: Int) {
    self.total = total
  }

  /// Whether every student is finished.
  public var isComplete: Bool { finished >= total }
}
