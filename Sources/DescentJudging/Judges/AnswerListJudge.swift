import DescentReports
import DescentWire

/// A routine's answers, one per input, each compared with the reference's
/// under the kind's rule; when they fail, the classic mistake whose answers
/// the student's all match is named.
///
/// The judge of every routine kind (numeric gradients, gradient checks,
/// random searches, second-derivative tests): they differ only in what an
/// answer is, when it is close enough, and how a wrong one is described.
struct AnswerListJudge<Answer> {
  /// The routine's catalog name, for messages.
  var target: String
  /// How each input is named in a detail line ("∇f(1, 2)", "Hessian 3").
  var inputs: [String]
  /// The reference's answers.
  var expected: [Answer]
  /// The answers of each classic mistake on the same inputs.
  var mistakes: [(mistake: NamedMistake, answers: [Answer])]
  /// Whether `got` is close enough to `expected`.
  var accepts: (_ got: Answer, _ expected: Answer) -> Bool
  /// "expected …, got …" for a wrong answer.
  var describe: (_ got: Answer, _ expected: Answer) -> String
  /// Whether each right answer earns its share of the points.
  var creditsPerInput: Bool
  /// What the inputs are, plural ("points", "Hessians").
  var noun: String
  /// What a right answer does, for the summary of a pass.
  var agreement = "matches the reference"

  /// How many wrong answers are described in full.
  static var describedFailures: Int { 5 }

  func verdict(answers: [Answer], stoppedBy: StudentError?) -> Verdict {
    let count = expected.count
    guard inputs.count == count else {
      return .error("the data for this item is inconsistent; tell your instructor")
    }
    if stoppedBy == nil, answers.count != count {
      return .failed("returned \(answers.count) answers for \(count) \(noun)")
    }
    let passing = zip(answers, expected).map { accepts($0, $1) }
    let passed = passing.filter { $0 }.count
    let credit = creditsPerInput ? Double(passed) / Double(max(1, count)) : 0
    var details: [String] = []
    for (index, accepted) in passing.enumerated() where !accepted && details.count < Self.describedFailures {
      details.append("\(inputs[index]): \(describe(answers[index], expected[index]))")
    }
    if let stoppedBy {
      let message = StudentErrorWording.message(for: stoppedBy, target: target)
      let location = count > 1 && answers.count < count ? " at \(inputs[answers.count])" : ""
      return .error("stopped\(location): \(message)", details: details, credit: credit)
    }
    if passed == count {
      return .passed(count == 1 ? agreement : "\(agreement) for all \(count) \(noun)")
    }
    let failing = count - passed
    if failing > details.count { details.append("… and \(failing - details.count) more") }
    let mistake = mistakes.first { candidate in
      candidate.answers.count == count && zip(answers, candidate.answers).allSatisfy { accepts($0, $1) }
    }
    let summary = count == 1 ? "does not match the reference" : "wrong for \(failing) of \(count) \(noun)"
    return Verdict(outcome: .failed, credit: credit, summary: summary, details: details, mistake: mistake?.mistake)
  }
}

/// A classic mistake and its answers on an item's inputs, as an expectation
/// holds them.
public struct MistakeAnswers<Answer: Codable & Sendable & Equatable>: Codable, Sendable, Equatable {
  /// The mistake.
  public var mistake: NamedMistake
  /// What it answers, one per input.
  public var answers: [Answer]

  /// Creates the pair.
  public init(mistake: NamedMistake, answers: [Answer]) {
    self.mistake = mistake
    self.answers = answers
  }
}
