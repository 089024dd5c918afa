import DescentCore
import DescentKernels

/// Stochastic gradient descent, with torch.optim.SGD's momentum, dampening,
/// Nesterov and weight-decay options. Plain gradient descent is `SGD` with
/// every option at zero; minibatch SGD is `SGD` driven by ``MinibatchDriver``.
///
/// ```
/// g ← ∇f(x) + λx                          (weight_decay λ)
/// if μ ≠ 0:
///     b ← g                               at the first step (no dampening)
///     b ← μb + (1 − τ)g                   afterwards        (dampening τ)
///     g ← g + μb   if nesterov,   else   g ← b
/// x ← x − γg                              (lr γ)
/// ```
///
/// This is torch.optim.SGD(lr=γ, momentum=μ, dampening=τ, weight_decay=λ,
/// nesterov=…) step for step. With μ > 0 and no dampening it is the lecture's
/// momentum in velocity form (``MomentumVelocityForm``); with `nesterov` it is
/// Nesterov momentum in torch's change of variables (``NesterovMomentum``),
/// whose points are x̃ = x + ρv of the look-ahead form (``NesterovLookAhead``).
public struct SGD: GradientOptimizer, LearningRateAdjustable, Sendable {
  /// lr, γ: the step length.
  public var learningRate: Double
  /// momentum, μ: how much of the buffer carries over (0 = plain gradient descent).
  public var momentum: Double
  /// dampening, τ: the gradient enters the buffer scaled by 1 − τ (not at the first step).
  public var dampening: Double
  /// weight_decay, λ: the L2 penalty's gradient λx added to g.
  public var weightDecay: Double
  /// nesterov: step along g + μb instead of b.
  public var nesterov: Bool
  /// b, the momentum buffer; empty before the first step (torch's `None`).
  public private(set) var momentumBuffer: [Double] = []
  /// Whether whole groups of four parameters go through the AVX2 kernel
  /// where the CPU has it (the same bits; false keeps the Swift loop alone).
  public var usesVectorKernel = VectorKernels.isAvailable

  /// Creates SGD with torch's defaults: lr 1e-3, no momentum, dampening,
  /// weight decay or Nesterov.
  public init(
    learningRate: Double = 1e-3, momentum: Double = 0, dampening: Double = 0, weightDecay: Double = 0,
    nesterov: Bool = false
  ) {
    self.learningRate = learningRate
    self.momentum = momentum
    self.dampening = dampening
    self.weightDecay = weightDecay
    self.nesterov = nesterov
  }

  /// One step of the update above.
  public mutating func update(_ parameters: inout [Double], gradient: [Double]) throws {
    try OptimizerInputError.check(
      "sgd", parameters: parameters.count, gradient: gradient.count, stateCount: momentumBuffer.count)
    let accelerated = momentum != 0
    let firstStep = accelerated && momentumBuffer.isEmpty
    if firstStep { momentumBuffer = [Double](repeating: 0, count: parameters.count) }
    let start =
      usesVectorKernel && parameters.count >= 4 ? kernelStep(&parameters, gradient: gradient, firstStep: firstStep) : 0
    for i in start..<parameters.count {
      var g = weightDecay != 0 ? gradient[i] + weightDecay * parameters[i] : gradient[i]
      if accelerated {
        momentumBuffer[i] = firstStep ? g : momentum * momentumBuffer[i] + (1 - dampening) * g
        g = nesterov ? g + momentum * momentumBuffer[i] : momentumBuffer[i]
      }
      parameters[i] -= learningRate * g
    }
  }

  /// The step for whole groups of four parameters through the AVX2 kernel;
  /// returns the index the Swift loop continues from (0 without AVX2).
  private mutating func kernelStep(_ parameters: inout [Double], gradient: [Double], firstStep: Bool) -> Int {
    var step = DescentSGDStep(
      learningRate: learningRate, momentum: momentum, dampening: dampening, weightDecay: weightDecay,
      firstStep: firstStep ? 1 : 0, nesterov: nesterov ? 1 : 0)
    let accelerated = momentum != 0
    return parameters.withUnsafeMutableBufferPointer { x in
      gradient.withUnsafeBufferPointer { g in
        momentumBuffer.withUnsafeMutableBufferPointer { buffer in
          guard let xs = x.baseAddress, let gs = g.baseAddress else { return 0 }
          return descent_sgd_avx2(&step, xs, gs, accelerated ? buffer.baseAddress : nil, x.count)
        }
      }
    }
  }
}
