import DescentReports

/// An assignment's rubric, loaded from `rubrics/<assignment>.yaml` and
/// validated in full: every item's check names an optimizer, problem or
/// function the reference knows, with hyper-parameters it accepts.
///
/// What varies per assignment lives here, as data; the engine has no list
/// of test names.
public struct Rubric: Sendable, Equatable {
  /// The assignment's name (`optimizers`).
  public var assignment: String
  /// The assignment's title for people.
  public var title: String
  /// The items, in the order they are graded and reported.
  public var items: [RubricItem]
  /// The file the rubric came from, as the user named it, for messages.
  public var source: String

  /// Creates a rubric.
  public init(assignment: String, title: String, items: [RubricItem], source: String) {
    self.assignment = assignment
    self.title = title
    self.items = items
    self.source = source
  }

  /// Points available over every item.
  public var maxScore: Double { items.reduce(0) { $0 + $1.points } }
}

/// One graded item of a rubric: its points, who sees it, and its check.
public struct RubricItem: Sendable, Equatable {
  /// A unique id of lowercase letters, digits and hyphens (`adam-rosenbrock`).
  public var id: String
  /// A name for people ("Adam on Rosenbrock"); the id when the rubric gives none.
  public var name: String
  /// Points available, ≥ 0.
  public var points: Double
  /// Who sees the item and when; hidden and after-due-date items are never
  /// sent to a student's process in a self-check.
  public var visibility: Visibility
  /// A hint shown when the item does not pass.
  public var hint: String?
  /// Wall-clock limit for the item's work in the student's process.
  public var timeLimit: Duration
  /// What is checked.
  public var check: CheckSpecification
  /// The line of the item in the rubric file, for messages.
  public var line: Int?

  /// Creates an item.
  public init(
    id: String, name: String, points: Double, visibility: Visibility, hint: String?, timeLimit: Duration,
    check: CheckSpecification, line: Int? = nil
  ) {
    self.id = id
    self.name = name
    self.points = points
    self.visibility = visibility
    self.hint = hint
    self.timeLimit = timeLimit
    self.check = check
    self.line = line
  }
}
