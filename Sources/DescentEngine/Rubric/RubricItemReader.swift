import DescentCore
import DescentReports

/// Reads and validates one element of a rubric's `items` list.
struct RubricItemReader {
  var field: RubricField
  var defaults: RubricDefaults
  var vocabulary: RubricVocabulary

  /// The largest sizes a rubric may ask for, so that no typo turns into an
  /// hour of work: steps per run, dimension, points per check.
  static let maximumSteps = 100_000
  static let maximumDimension = 10_000
  static let maximumPoints = 10_000

  func read() throws(RubricError) -> RubricItem {
    var field = self.field
    field.path = ""
    let allowed = ["id", "name", "points", "visibility", "hint", "timeout_seconds", "check"]
    guard case .mapping = field.node else { throw field.mismatch("a mapping with id, points and check") }
    let id = try readID(field)
    field.context.item = id
    let fields = try field.mapping(allowed: allowed)
    let name = try fields["name"]?.nonEmptyString() ?? id
    guard let pointsField = fields["points"] else { throw field.error("points is missing") }
    let points = try pointsField.nonNegativeNumber()
    let visibility =
      try fields["visibility"].map { field throws(RubricError) in
        Visibility(rawValue: try field.choice(Visibility.allCases.map(\.rawValue))) ?? .visible
      } ?? .visible
    let hint = try fields["hint"]?.string()
    var timeLimit = defaults.timeLimit
    if let timeout = fields["timeout_seconds"] { timeLimit = try RubricDefaults.timeLimit(timeout) }
    guard let checkField = fields["check"] else { throw field.error("check is missing") }
    let (check, checkTimeLimit) = try readCheck(checkField)
    return RubricItem(
      id: id, name: name, points: points, visibility: visibility, hint: hint, timeLimit: checkTimeLimit ?? timeLimit,
      check: check, line: field.line)
  }

  /// The item's id, read before anything else so that later errors can name it.
  private func readID(_ field: RubricField) throws(RubricError) -> String {
    guard case .mapping(let mapping) = field.node, let idNode = mapping["id"] else {
      throw field.error("an item has no id")
    }
    let idField = field.child("id", idNode)
    let id = try idField.nonEmptyString()
    let allowedCharacters = id.unicodeScalars.allSatisfy {
      ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
    }
    guard allowedCharacters, id.count <= 100 else {
      throw idField.mismatch("made of lowercase letters, digits and hyphens (at most 100)")
    }
    return id
  }

  private func readCheck(_ field: RubricField) throws(RubricError) -> (CheckSpecification, Duration?) {
    guard case .mapping(let mapping) = field.node else { throw field.mismatch("a mapping with a kind") }
    guard let kindNode = mapping["kind"] else {
      throw field.error("check.kind is missing (one of: \(CheckKinds.names.joined(separator: ", ")))")
    }
    let kindName = try field.child("kind", kindNode).choice(CheckKinds.names)
    guard let kind = CheckKinds.type(named: kindName) else { throw field.error("check.kind '\(kindName)' is unknown") }
    let fields = try CheckFields(field, kind: kind, defaults: defaults, vocabulary: vocabulary)
    return (CheckSpecification(try kind.init(reading: fields)), try fields.timeLimit())
  }
}
