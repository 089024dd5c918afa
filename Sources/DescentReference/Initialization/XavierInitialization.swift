import DescentCore

/// Xavier (Glorot) initialization: keep the variance of activations and of
/// gradients alike across a layer by scaling with both fans (Glorot &
/// Bengio, 2010).
///
/// ```
/// σ = gain · √(2 / (fan_in + fan_out))
/// uniform:  W ~ U(−b, b),  b = gain · √(6 / (fan_in + fan_out))  (= √3·σ)
/// normal:   W ~ N(0, σ²)
/// ```
///
/// torch.nn.init.xavier_uniform_(w, gain) and xavier_normal_(w, gain), where
/// for a weight of shape (fan_out, fan_in) torch reads fan_in = columns.
public struct XavierInitialization: Sendable, Hashable {
  /// Uniform or normal.
  public var distribution: InitializationDistribution
  /// The gain (1 by default; ``Nonlinearity/gain`` for the following activation).
  public var gain: Double

  /// Xavier initialization with `distribution` and `gain`.
  public init(_ distribution: InitializationDistribution, gain: Double = 1) {
    self.distribution = distribution
    self.gain = gain
  }

  /// σ = gain · √(2 / (fan_in + fan_out)).
  public func standardDeviation(fanIn: Int, fanOut: Int) -> Double {
    gain * (2 / Double(max(1, fanIn + fanOut))).squareRoot()
  }

  /// b = gain · √(6 / (fan_in + fan_out)), the uniform bound.
  public func bound(fanIn: Int, fanOut: Int) -> Double {
    gain * (6 / Double(max(1, fanIn + fanOut))).squareRoot()
  }

  /// A D×C weight matrix (D = `inputs` = fan_in, C = `outputs` = fan_out).
  public func weights(inputs: Int, outputs: Int, using generator: inout SeededGenerator) -> Matrix {
    distribution.sample(
      inputs: inputs, outputs: outputs, standardDeviation: standardDeviation(fanIn: inputs, fanOut: outputs),
      using: &generator)
  }
}
