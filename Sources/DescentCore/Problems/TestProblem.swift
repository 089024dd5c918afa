/// One of the course's test problems: an ``Objective`` with analytic
/// derivatives whose minimizers are known in closed form.
///
/// The engine measures convergence as the distance to the nearest of
/// ``minimizers`` and the gap to ``minimumValue``; a problem without a
/// minimum (the saddle) lists none and says so with `nil`.
public protocol TestProblem: Objective {
  /// The name a ``ProblemSpecification`` gives it (`rosenbrock`, `beale`, …).
  var name: String { get }

  /// Every global minimizer, each of length ``Objective/dimension``; empty
  /// when the function is unbounded below.
  var minimizers: [[Double]] { get }

  /// The value at every global minimizer; `nil` when there is no minimum.
  var minimumValue: Double? { get }

  /// The points where the gradient vanishes and that the course discusses:
  /// the minimizers, plus saddle points where the problem is about one.
  var criticalPoints: [[Double]] { get }
}

extension TestProblem {
  public var criticalPoints: [[Double]] { minimizers }
}
