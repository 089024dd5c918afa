import DescentCore

/// An objective that averages a loss over examples, f(x) = (1/N) Σᵢ fᵢ(x),
/// so that a minibatch B gives the estimate f_B(x) = (1/|B|) Σ_{i∈B} fᵢ(x).
///
/// ``value(at:)`` and ``gradient(at:)`` are the full averages over all N
/// examples; ``MinibatchDriver`` hands the optimizer a ``Minibatch`` instead.
public protocol FiniteSumObjective: Objective {
  /// N, the number of examples.
  var exampleCount: Int { get }
  /// (1/|B|) Σ_{i∈B} fᵢ(x) for the examples `batch` (indices in 0..<N).
  func value(at x: [Double], batch: [Int]) -> Double
  /// (1/|B|) Σ_{i∈B} ∇fᵢ(x) for the examples `batch`.
  func gradient(at x: [Double], batch: [Int]) -> [Double]
}

/// A finite-sum objective restricted to one minibatch: what one step of
/// minibatch SGD sees.
public struct Minibatch<Base: FiniteSumObjective>: Objective {
  /// The whole objective.
  public var base: Base
  /// The examples of this batch, indices into the base's examples.
  public var batch: [Int]

  /// The minibatch `batch` of `base`.
  public init(_ base: Base, batch: [Int]) {
    self.base = base
    self.batch = batch
  }

  public var dimension: Int { base.dimension }
  /// f_B(x), the batch's average loss.
  public func value(at x: [Double]) -> Double { base.value(at: x, batch: batch) }
  /// ∇f_B(x), the batch's average gradient.
  public func gradient(at x: [Double]) -> [Double] { base.gradient(at: x, batch: batch) }
}
