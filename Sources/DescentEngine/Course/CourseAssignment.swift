import Foundation

/// One assignment of a course, and where its files are: the one lookup the
/// grading commands, the student kit and the autograder packages share.
///
/// ```
/// rubrics/<name>.yaml               the rubric, every item
/// assignments/<name>/README.md      the assignment's text for students
/// assignments/<name>/starter/       the code students start from
/// ```
///
/// Found with ``CourseLayout/assignment(named:)``. Only the rubric must
/// exist; whoever needs the others checks for them.
public struct CourseAssignment: Sendable, Equatable {
  /// Its name (`optimizers`).
  public var name: String
  /// `rubrics/<name>.yaml`.
  public var rubric: URL
  /// `assignments/<name>/`, with the starter code (it may not exist).
  public var folder: URL

  /// The starter code's folder inside the assignment's.
  public static let starterFolder = "starter"
  /// The README's name inside the assignment's folder.
  public static let readmeName = "README.md"

  /// The rubric's path relative to the course root, for messages (`rubrics/optimizers.yaml`).
  public var rubricDisplayPath: String { "rubrics/\(name).yaml" }

  /// `assignments/<name>/starter/`, the code students start from (it may not exist).
  public var starter: URL { folder.appendingPathComponent(Self.starterFolder) }

  /// `assignments/<name>/README.md` (it may not exist).
  public var readme: URL { folder.appendingPathComponent(Self.readmeName) }

  /// The README's path relative to the course root (`assignments/optimizers/README.md`).
  public var readmeDisplayPath: String { "assignments/\(name)/\(Self.readmeName)" }

  /// The rubric, loaded and validated, named in errors as ``rubricDisplayPath``.
  ///
  /// - Throws: ``RubricError`` naming the line at fault.
  public func loadRubric() throws(RubricError) -> Rubric {
    try RubricLoader.load(contentsOf: rubric, displayPath: rubricDisplayPath)
  }
}
