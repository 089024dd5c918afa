import Foundation

/// The activation that follows a layer, which sets the gain of its
/// initialization: torch.nn.init.calculate_gain.
///
/// | nonlinearity            | gain                     |
/// |-------------------------|--------------------------|
/// | linear, sigmoid         | 1                        |
/// | tanh                    | 5/3                      |
/// | relu                    | √2                       |
/// | leaky_relu (slope a)    | √(2 / (1 + a²))          |
/// | selu                    | 3/4                      |
public enum Nonlinearity: Sendable, Hashable {
  /// No activation (also torch's conv layers' "linear" gain).
  case linear
  /// The logistic sigmoid.
  case sigmoid
  /// tanh.
  case tanh
  /// max(0, x).
  case relu
  /// max(ax, x) with negative slope a (torch's default a = 0.01).
  case leakyReLU(negativeSlope: Double = 0.01)
  /// SELU (torch's gain 3/4, for self-normalizing networks).
  case selu

  /// The recommended gain for this nonlinearity, as torch.nn.init.calculate_gain.
  public var gain: Double {
    switch self {
    case .linear, .sigmoid: 1
    case .tanh: 5.0 / 3
    case .relu: 2.0.squareRoot()
    case .leakyReLU(let slope): (2.0 / (1 + slope * slope)).squareRoot()
    case .selu: 3.0 / 4
    }
  }
}
