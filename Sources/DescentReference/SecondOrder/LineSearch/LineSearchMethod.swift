import DescentCore

/// A method that steps with a line search and keeps the record of its last
/// accepted step (``BFGS``, ``LBFGS``, ``ConjugateGradient``), so that
/// `descent reference trajectory` can print each step's α.
public protocol LineSearchMethod: Optimizer {
  /// The most recent accepted line-search step; nil after a step that left
  /// the point unchanged (converged, or at f's rounding floor).
  var lastLineSearch: LineSearchResult? { get }
}

extension BFGS: LineSearchMethod {}
extension LBFGS: LineSearchMethod {}
extension ConjugateGradient: LineSearchMethod {}
