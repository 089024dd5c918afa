/// A classic wrong version of one of the lecture's routines (a numeric
/// gradient, a gradient check, a random search, a second-derivative test),
/// runnable like the right one: when a student's answers fail, the grader
/// runs each on the same inputs and names the one whose answers the
/// student's match.
public struct RoutineMistake<Routine: Sendable>: Sendable {
  /// A stable identifier, `[a-z0-9-]`, e.g. `numeric-forward-difference`.
  public var id: String
  /// The mistake in the lecture's words.
  public var title: String
  /// How to fix it, one imperative sentence.
  public var fix: String
  /// The wrong routine.
  public var routine: Routine

  /// Creates a known mistake.
  public init(id: String, title: String, fix: String, routine: Routine) {
    self.id = id
    self.title = title
    self.fix = fix
    self.routine = routine
  }
}
