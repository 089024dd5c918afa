import DescentContract

/// Step decay: εₖ = ε₀ · γ^⌊k / s⌋.
func stepDecay(_ step: Int, _ settings: Hyperparameters) throws -> Double {
  let size = Int(try settings.number("step_size"))
  return try settings.number("lr") * pow(try settings.number("gamma"), Double(step / size))
}

/// Exponential decay: εₖ = ε₀ · γᵏ.
func exponentialDecay(_ step: Int, _ settings: Hyperparameters) throws -> Double {
  try settings.number("lr") * pow(try settings.number("gamma"), Double(step))
}

/// Linear decay to ε_τ over τ steps, then held (the Deep Learning book, §8.3.1).
func linearDecay(_ step: Int, _ settings: Hyperparameters) throws -> Double {
  let horizon = try settings.number("horizon")
  let alpha = Double(step) / horizon
  return (1 - alpha) * (try settings.number("lr")) + alpha * (try settings.number("final_lr"))
}

/// Cosine annealing: εₖ = η_min + (ε₀ − η_min)(1 + cos(πk / T)) / 2.
func cosineAnnealing(_ step: Int, _ settings: Hyperparameters) throws -> Double {
  let minimum = try settings.number("eta_min")
  let phase = Double.pi * Double(step) / (try settings.number("t_max"))
  return minimum + (try settings.number("lr") - minimum) * (1 + cos(phase)) / 2
}
