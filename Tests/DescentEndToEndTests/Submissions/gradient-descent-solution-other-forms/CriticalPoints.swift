import DescentContract

/// The second-derivative test from the smallest and largest eigenvalues.
func classifyCriticalPoint(_ hessian: Matrix) throws -> CriticalPoint {
  let eigenvalues = try SymmetricEigendecomposition(hessian).values.sorted()
  guard let smallest = eigenvalues.first, let largest = eigenvalues.last else { return .degenerate }
  let tolerance = 1e-9 * max(1, abs(smallest), abs(largest))
  if smallest < -tolerance && largest > tolerance { return .saddle }
  if eigenvalues.contains(where: { abs($0) <= tolerance }) { return .degenerate }
  return smallest > 0 ? .minimum : .maximum
}
