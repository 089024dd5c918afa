import DescentCore
import DescentReports
import DescentWire

/// What a student kit's self-check knows about an assignment: the visible
/// items with their inputs and the reference's expected numbers, and, for
/// every hidden or after-due-date item, its points alone.
///
/// Written by `descent kit` as `descent-selfcheck.json`; read by the kit's
/// `selfcheck` executable. It never holds a hidden item's id, name or
/// parameters, nor anything of the reference beyond the numbers that the
/// visible items' checks compare with.
public struct SelfCheckManifest: Codable, Sendable, Equatable {
  /// The format of this file; readers refuse a version they do not know.
  public var formatVersion: Int
  /// The assignment's name (`optimizers`).
  public var assignment: String
  /// The assignment's title for people.
  public var title: String
  /// The visible items, in rubric order.
  public var items: [SelfCheckItem]
  /// One entry per hidden or after-due-date item: its points and when it is graded.
  public var withheldItems: [WithheldItem]

  /// The format version this code reads and writes.
  public static let currentFormatVersion = 2

  /// The file name of the manifest at the root of a kit.
  public static let fileName = "descent-selfcheck.json"

  /// Creates a manifest.
  public init(assignment: String, title: String, items: [SelfCheckItem], withheldItems: [WithheldItem]) {
    self.formatVersion = Self.currentFormatVersion
    self.assignment = assignment
    self.title = title
    self.items = items
    self.withheldItems = withheldItems
  }
}

/// A hidden or after-due-date item as a kit may describe it: points and
/// visibility, nothing else.
public struct WithheldItem: Codable, Sendable, Equatable {
  /// Points available.
  public var points: Double
  /// `hidden` or `after_due_date`.
  public var visibility: Visibility

  /// Creates the description.
  public init(points: Double, visibility: Visibility) {
    self.points = points
    self.visibility = visibility
  }
}

/// One visible rubric item as the self-check runs it: what to ask of the
/// student's code and what the reference says the answer is.
public struct SelfCheckItem: Codable, Sendable, Equatable {
  /// The rubric item's id (`adam-rosenbrock`).
  public var id: String
  /// Its display name.
  public var name: String
  /// Points available.
  public var points: Double
  /// The rubric's hint, shown on failure.
  public var hint: String?
  /// The grader's wall-clock limit for the item, in seconds.
  public var timeLimitSeconds: Double
  /// The work to run with the student's code, in order (the same tasks the grader sends).
  public var tasks: [HarnessTask]
  /// What the answers are judged against.
  public var expectation: ItemExpectation

  /// Creates an item.
  public init(
    id: String, name: String, points: Double, hint: String?, timeLimitSeconds: Double, tasks: [HarnessTask],
    expectation: ItemExpectation
  ) {
    self.id = id
    self.name = name
    self.points = points
    self.hint = hint
    self.timeLimitSeconds = timeLimitSeconds
    self.tasks = tasks
    self.expectation = expectation
  }
}
