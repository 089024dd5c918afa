import DescentJudging
import DescentCore
import DescentReports
import Foundation
import Yams

/// Reads a rubric from YAML and validates everything that can be validated
/// before any submission runs: unique ids, points ≥ 0, known kinds and
/// fields (a misspelled field is an error, not ignored), optimizer names and
/// hyper-parameters (names, kinds, ranges), problems and their dimensions,
/// function names, tolerances ≥ 0, steps ≥ 1.
///
/// Every error is a ``RubricError`` carrying the line at fault.
public enum RubricLoader {
  /// Loads the rubric at `url`; `displayPath` (default: the path as given)
  /// names the file in errors.
  public static func load(contentsOf url: URL, displayPath: String? = nil) throws(RubricError) -> Rubric {
    let name = displayPath ?? url.path
    let data: Data
    do { data = try Data(contentsOf: url) } catch {
      throw RubricError(
        file: name, line: nil, item: nil, message: "cannot read the rubric (\(error.localizedDescription))")
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw RubricError(file: name, line: nil, item: nil, message: "the rubric is not UTF-8 text")
    }
    return try parse(text, source: name)
  }

  /// Parses and validates rubric YAML; `source` names it in errors.
  public static func parse(_ yaml: String, source: String) throws(RubricError) -> Rubric {
    try parse(yaml, source: source, vocabulary: .reference)
  }

  static func parse(_ yaml: String, source: String, vocabulary: RubricVocabulary) throws(RubricError) -> Rubric {
    let root = try compose(yaml, source: source)
    let top = RubricField(node: root, path: "", context: .init(file: source, item: nil))
    let fields = try top.mapping(allowed: ["assignment", "title", "defaults", "items"])
    guard let assignmentField = fields["assignment"] else { throw top.error("the rubric has no 'assignment' field") }
    let assignment = try assignmentField.nonEmptyString()
    let title = try fields["title"]?.string() ?? assignment
    let defaults =
      try fields["defaults"].map { field throws(RubricError) in try RubricDefaults(field) } ?? RubricDefaults()
    guard let itemsField = fields["items"] else { throw top.error("the rubric has no 'items' list") }
    var items: [RubricItem] = []
    var firstLines: [String: Int] = [:]
    for element in try itemsField.list() {
      let reader = RubricItemReader(field: element, defaults: defaults, vocabulary: vocabulary)
      let item = try reader.read()
      if let first = firstLines[item.id] {
        throw RubricError(
          file: source, line: element.line, item: item.id, message: "duplicate item id (first used at line \(first))")
      }
      firstLines[item.id] = element.line ?? 0
      items.append(item)
    }
    guard !items.isEmpty else { throw itemsField.error("the rubric has no items") }
    return Rubric(assignment: assignment, title: title, items: items, source: source)
  }

  /// The document's root node, or a ``RubricError`` from the YAML parser's
  /// own message and position.
  private static func compose(_ yaml: String, source: String) throws(RubricError) -> Node {
    let root: Node?
    do {
      root = try Yams.compose(yaml: yaml)
    } catch let error as YamlError {
      throw yamlError(error, source: source)
    } catch {
      throw RubricError(file: source, line: nil, item: nil, message: "not valid YAML (\(error))")
    }
    guard let root else { throw RubricError(file: source, line: nil, item: nil, message: "the rubric is empty") }
    return root
  }

  private static func yamlError(_ error: YamlError, source: String) -> RubricError {
    switch error {
    case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
      .composer(_, let problem, let mark, _):
      return RubricError(file: source, line: mark.line, item: nil, message: "not valid YAML: \(problem)")
    case .duplicatedKeysInMapping(let duplicates, let context):
      let names = Set(duplicates).sorted().joined(separator: ", ")
      return RubricError(
        file: source, line: context.mark.line, item: nil, message: "a mapping repeats the key \(names)")
    case .reader(let problem, _, _, _):
      return RubricError(file: source, line: nil, item: nil, message: "not valid YAML: \(problem)")
    default:
      return RubricError(file: source, line: nil, item: nil, message: "not valid YAML (\(error))")
    }
  }
}

/// Values that apply to every item unless it overrides them.
struct RubricDefaults {
  var timeLimit: Duration = .seconds(2)
  var tolerance: ComparisonTolerance = .standard
  var seed: UInt64 = 0
  var step: Double = 1e-5
  var threshold: Double = 1e-6

  init() {}

  init(_ field: RubricField) throws(RubricError) {
    let fields = try field.mapping(allowed: ["timeout_seconds", "tolerance", "seed", "step", "threshold"])
    if let timeout = fields["timeout_seconds"] { timeLimit = try RubricDefaults.timeLimit(timeout) }
    if let tolerance = fields["tolerance"] { self.tolerance = try RubricDefaults.tolerance(tolerance, base: .standard) }
    if let seed = fields["seed"] { self.seed = try seed.seed() }
    if let step = fields["step"] { self.step = try step.positiveNumber() }
    if let threshold = fields["threshold"] { self.threshold = try threshold.positiveNumber() }
  }

  /// The longest wall-clock limit a rubric may set for one item.
  static let longestTimeLimit = 3600.0

  static func timeLimit(_ field: RubricField) throws(RubricError) -> Duration {
    let seconds = try field.positiveNumber()
    guard seconds <= longestTimeLimit else { throw field.mismatch("a positive number of seconds (at most 3600)") }
    return .milliseconds(Int64((seconds * 1000).rounded(.up)))
  }

  /// `{rtol, atol}`, each ≥ 0, missing ones taken from `base`.
  static func tolerance(_ field: RubricField, base: ComparisonTolerance) throws(RubricError) -> ComparisonTolerance {
    let fields = try field.mapping(allowed: ["rtol", "atol"])
    var tolerance = base
    if let rtol = fields["rtol"] { tolerance.relative = try rtol.nonNegativeNumber() }
    if let atol = fields["atol"] { tolerance.absolute = try atol.nonNegativeNumber() }
    return tolerance
  }
}
