import DescentContract

/// Step decay by repeated multiplication: lr · γ^⌊t / step_size⌋.
func stepDecay(_ step: Int, _ settings: Hyperparameters) throws -> Double {
  let gamma = try settings.number("gamma")
  var rate = try settings.number("lr")
  for _ in 0..<(step / Int(try settings.number("step_size"))) { rate *= gamma }
  return rate
}

/// Exponential decay through exp and log: lr · e^(t ln γ).
func exponentialDecay(_ step: Int, _ settings: Hyperparameters) throws -> Double {
  try settings.number("lr") * exp(Double(step) * log(try settings.number("gamma")))
}

/// Linear decay as a move from lr toward final_lr: lr + (final_lr − lr)·min(t, τ)/τ.
func linearDecay(_ step: Int, _ settings: Hyperparameters) throws -> Double {
  let start = try settings.number("lr")
  let horizon = try settings.number("horizon")
  return start + (try settings.number("final_lr") - start) * min(Double(step), horizon) / horizon
}

/// Cosine annealing with the half written first: η_min + ½(lr − η_min)(1 + cos(πt/T)).
func cosineAnnealing(_ step: Int, _ settings: Hyperparameters) throws -> Double {
  let minimum = try settings.number("eta_min")
  let rate = try settings.number("lr")
  return minimum + 0.5 * (rate - minimum) * (1 + cos(Double(step) / (try settings.number("t_max")) * Double.pi))
}
