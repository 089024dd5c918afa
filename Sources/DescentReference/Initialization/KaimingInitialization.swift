import DescentCore

/// He (Kaiming) initialization: for ReLU networks, scale by one fan only,
/// with the ReLU's gain √2 making up for the half of the activations it
/// zeroes (He et al., 2015).
///
/// ```
/// σ = gain / √fan          (fan = fan_in by default, or fan_out)
/// uniform:  W ~ U(−b, b),  b = gain · √(3 / fan)  (= √3·σ)
/// normal:   W ~ N(0, σ²)
/// ```
///
/// torch.nn.init.kaiming_uniform_(w, a, mode, nonlinearity) and
/// kaiming_normal_: gain = calculate_gain(nonlinearity, a), torch's default
/// nonlinearity being leaky_relu with a = 0 (gain √2, as ReLU's).
public struct KaimingInitialization: Sendable, Hashable {
  /// Which fan the variance is scaled by.
  public enum Mode: String, Sendable, Hashable, CaseIterable {
    /// fan_in: preserves the variance of activations in the forward pass.
    case fanIn = "fan_in"
    /// fan_out: preserves the variance of gradients in the backward pass.
    case fanOut = "fan_out"
  }

  /// Uniform or normal.
  public var distribution: InitializationDistribution
  /// fan_in or fan_out.
  public var mode: Mode
  /// The following activation, whose gain scales σ.
  public var nonlinearity: Nonlinearity

  /// Kaiming initialization with `distribution`, `mode` and `nonlinearity` (ReLU by default).
  public init(_ distribution: InitializationDistribution, mode: Mode = .fanIn, nonlinearity: Nonlinearity = .relu) {
    self.distribution = distribution
    self.mode = mode
    self.nonlinearity = nonlinearity
  }

  /// The fan the mode selects.
  public func fan(fanIn: Int, fanOut: Int) -> Int { mode == .fanIn ? fanIn : fanOut }

  /// σ = gain / √fan.
  public func standardDeviation(fanIn: Int, fanOut: Int) -> Double {
    nonlinearity.gain / Double(max(1, fan(fanIn: fanIn, fanOut: fanOut))).squareRoot()
  }

  /// b = gain · √(3 / fan), the uniform bound.
  public func bound(fanIn: Int, fanOut: Int) -> Double {
    nonlinearity.gain * (3 / Double(max(1, fan(fanIn: fanIn, fanOut: fanOut)))).squareRoot()
  }

  /// A D×C weight matrix (D = `inputs` = fan_in, C = `outputs` = fan_out).
  public func weights(inputs: Int, outputs: Int, using generator: inout SeededGenerator) -> Matrix {
    distribution.sample(
      inputs: inputs, outputs: outputs, standardDeviation: standardDeviation(fanIn: inputs, fanOut: outputs),
      using: &generator)
  }
}
