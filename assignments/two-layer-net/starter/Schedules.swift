import DescentContract

/// Step decay: εₖ = ε₀ · γ^⌊k / s⌋ (`lr` ε₀, `step_size` s, `gamma` γ).
func stepDecay(_ step: Int, _ settings: Hyperparameters) throws -> Double {
  // TODO
  throw NotImplemented()
}

/// Exponential decay: εₖ = ε₀ · γᵏ (`lr` ε₀, `gamma` γ).
func exponentialDecay(_ step: Int, _ settings: Hyperparameters) throws -> Double {
  // TODO
  throw NotImplemented()
}

/// Linear decay to ε_τ over τ steps, then held (`lr` ε₀, `final_lr` ε_τ, `horizon` τ).
func linearDecay(_ step: Int, _ settings: Hyperparameters) throws -> Double {
  // TODO
  throw NotImplemented()
}

/// Cosine annealing: εₖ = η_min + (ε₀ − η_min)(1 + cos(πk / T)) / 2 (`lr` ε₀, `eta_min` η_min, `t_max` T).
func cosineAnnealing(_ step: Int, _ settings: Hyperparameters) throws -> Double {
  // TODO
  throw NotImplemented()
}
