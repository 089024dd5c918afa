/// An iterative method that moves parameters toward a minimum of an objective.
///
/// A conforming type is a value holding its hyper-parameters and its state
/// (velocities, moment estimates, step counter). Each call to
/// ``step(_:on:)`` performs exactly one update of the lecture's pseudo-code:
/// one iteration of the outer loop, however many times it evaluates the
/// objective inside (a line search may evaluate it several times).
///
/// The reference optimizers and the optimizers students write both conform,
/// so one driver runs either.
public protocol Optimizer {
  /// Performs one update of `parameters`, reading whatever it needs of
  /// `objective` (usually its gradient at `parameters`).
  ///
  /// - Throws: when the step cannot be taken, for instance a student's
  ///   `NotImplemented` stub, or a line search that finds no acceptable step.
  mutating func step(_ parameters: inout [Double], on objective: some Objective) throws
}
