import DescentContract

/// Clipping by norm, as torch's clip_grad_norm_: g · min(1, c / (‖g‖ + 1e-6)).
func clipByNorm(_ gradient: [Double], _ threshold: Double) -> [Double] {
  let norm = gradient.reduce(0) { $0 + $1 * $1 }.squareRoot()
  let coefficient = min(1, threshold / (norm + 1e-6))
  return gradient.map { $0 * coefficient }
}

/// Clipping by value: each entry clamped to [−c, c].
func clipByValue(_ gradient: [Double], _ threshold: Double) -> [Double] {
  gradient.map { max(-threshold, min($0, threshold)) }
}
