import DescentCore
import Synchronization

/// An objective that counts how often an optimizer asks for f, ∇f and
/// second-order information (Hessian–vector products, whole Hessians), for
/// comparing methods by their cost: what a second-order method's line
/// search spends is in these counts.
public struct CountingObjective: Objective {
  /// The objective evaluated.
  public let base: any Objective
  private let counts = CountBox()

  /// How many evaluations of each kind so far.
  public struct Counts: Sendable, Equatable {
    /// f(x) evaluations.
    public var values = 0
    /// ∇f(x) evaluations.
    public var gradients = 0
    /// ∇²f(x)·v products and whole Hessians (a Hessian counts once).
    public var hessians = 0

    /// Counts of the given sizes (all zero by default).
    public init(values: Int = 0, gradients: Int = 0, hessians: Int = 0) {
      self.values = values
      self.gradients = gradients
      self.hessians = hessians
    }

    /// The evaluations made since `earlier`.
    public func since(_ earlier: Counts) -> Counts {
      Counts(
        values: values - earlier.values, gradients: gradients - earlier.gradients, hessians: hessians - earlier.hessians
      )
    }
  }

  /// Counts the evaluations of `base`.
  public init(_ base: any Objective) {
    self.base = base
  }

  /// The counts so far.
  public var evaluations: Counts { counts.mutex.withLock { $0 } }

  public var dimension: Int { base.dimension }

  public func value(at x: [Double]) -> Double {
    counts.mutex.withLock { $0.values += 1 }
    return base.value(at: x)
  }

  public func gradient(at x: [Double]) -> [Double] {
    counts.mutex.withLock { $0.gradients += 1 }
    return base.gradient(at: x)
  }

  public func hessianVectorProduct(at x: [Double], along v: [Double]) -> [Double] {
    counts.mutex.withLock { $0.hessians += 1 }
    return base.hessianVectorProduct(at: x, along: v)
  }

  public func hessian(at x: [Double]) -> Matrix {
    counts.mutex.withLock { $0.hessians += 1 }
    return base.hessian(at: x)
  }
}

/// The counts, shared by the copies of a ``CountingObjective``.
private final class CountBox: Sendable {
  let mutex = Mutex(CountingObjective.Counts())
}
