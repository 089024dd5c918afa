import DescentReports
import DescentWire

/// The judging half of one kind of check: what a rubric item's answers are
/// judged against, the verdict on them, and the figures of what was compared.
///
/// A kind of check is one unit in two halves, one folder each: this half in
/// `DescentJudging/Kinds/<Kind>/` (shared by the grader and a student kit's
/// self-check, which has no reference), and its grading half in the
/// grader's engine (rubric fields, the tasks it sends, the expectation
/// computed from the reference). A new kind conforms here, conforms there,
/// and is listed once in ``ExpectationKinds`` and once in the engine's
/// `CheckKinds`; nothing else changes.
public protocol CheckExpectation: Codable, Sendable, Equatable {
  /// The kind's name, as the rubric writes it (`trajectory`).
  static var kind: String { get }

  /// The verdict on `results`, the answers to `tasks` in order.
  ///
  /// ``ItemJudge`` calls this only after every answer passed ``ReplyShape``
  /// and none is `.failed`, so a judge may rely on the shapes a task's
  /// answer has.
  func verdict(tasks: [HarnessTask], results: [HarnessResult]) -> Verdict

  /// The charts of what was compared, for an item judged `verdict`; empty
  /// when the kind draws none.
  func figures(tasks: [HarnessTask], results: [HarnessResult], verdict: Verdict) -> [Figure]
}

extension CheckExpectation {
  /// No figures: the default for kinds whose feedback is words alone.
  public func figures(tasks: [HarnessTask], results: [HarnessResult], verdict: Verdict) -> [Figure] { [] }

  /// Whether `other` is an expectation of this type and equal to this one.
  func isEqual(to other: any CheckExpectation) -> Bool { (other as? Self) == self }

  /// Encodes this expectation under `key`: how a wrapper holding it as
  /// `any CheckExpectation` writes its concrete type.
  func encode<Key: CodingKey>(into container: inout KeyedEncodingContainer<Key>, forKey key: Key) throws {
    try container.encode(self, forKey: key)
  }
}
