import DescentContract

/// Clipping by norm, as torch's clip_grad_norm_: g · min(1, c / (‖g‖ + 1e-6)).
func clipByNorm(_ gradient: [Double], _ threshold: Double) throws -> [Double] {
  // TODO
  throw NotImplemented()
}

/// Clipping by value: each entry clamped to [−c, c].
func clipByValue(_ gradient: [Double], _ threshold: Double) throws -> [Double] {
  // TODO
  throw NotImplemented()
}
