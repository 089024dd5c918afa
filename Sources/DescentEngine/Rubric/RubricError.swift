/// A rubric that cannot be used, with where and why, for the instructor who
/// must fix it:
/// `rubrics/optimizers.yaml:42: item 'adam-rosenbrock': check.steps must be a positive integer, got "two hundred"`.
public struct RubricError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The rubric file as the user named it.
  public var file: String
  /// The line at fault, from 1; nil when the problem is the whole file.
  public var line: Int?
  /// The id of the item at fault, when the problem is inside one.
  public var item: String?
  /// What is wrong, naming the field: `check.steps must be a positive integer, got "two hundred"`.
  public var message: String

  /// Creates an error.
  public init(file: String, line: Int?, item: String?, message: String) {
    self.file = file
    self.line = line
    self.item = item
    self.message = message
  }

  public var description: String {
    var text = file
    if let line { text += ":\(line)" }
    text += ": "
    if let item { text += "item '\(item)': " }
    return text + message
  }
}
