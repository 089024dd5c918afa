import DescentContract

/// Clipping by norm as torch does it, written as a branch: unchanged while
/// ‖g‖ + 1e-6 ≤ threshold, else g · threshold / (‖g‖ + 1e-6); the norm
/// computed with the largest entry factored out.
func clipByNorm(_ gradient: [Double], _ threshold: Double) -> [Double] {
  let largest = gradient.map(abs).max() ?? 0
  let norm = largest == 0 ? 0 : largest * gradient.reduce(0) { $0 + ($1 / largest) * ($1 / largest) }.squareRoot()
  guard norm + 1e-6 > threshold else { return gradient }
  return gradient.map { $0 * threshold / (norm + 1e-6) }
}

/// Clipping by value: each entry into [−threshold, threshold].
func clipByValue(_ gradient: [Double], _ threshold: Double) -> [Double] {
  gradient.map { $0 > threshold ? threshold : ($0 < -threshold ? -threshold : $0) }
}
