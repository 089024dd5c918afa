/// gᵢ + λxᵢ: the gradient of f(x) + ½λ‖x‖², as torch.optim adds weight
/// decay to the gradient (`if weight_decay != 0: grad = grad.add(p, alpha=weight_decay)`).
///
/// Only when λ ≠ 0: with λ = 0 a diverged coordinate (xᵢ = ±∞) must keep
/// its gradient, not turn it into NaN through 0·∞, so that a diverging
/// trajectory stays comparable point by point with a student's.
@inline(__always)
func decayed(_ gradient: Double, at x: Double, weightDecay: Double) -> Double {
  weightDecay == 0 ? gradient : gradient + weightDecay * x
}
