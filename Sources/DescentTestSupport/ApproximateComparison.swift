/// Whether `a` and `b` agree within `relativeTolerance` of the larger
/// magnitude or within `absoluteTolerance`, whichever is looser.
/// NaN equals nothing; infinities equal only themselves.
public func isApproximatelyEqual(
  _ a: Double, _ b: Double, relativeTolerance: Double, absoluteTolerance: Double = 0
) -> Bool {
  if a.isNaN || b.isNaN { return false }
  if a.isInfinite || b.isInfinite { return a == b }
  let difference = abs(a - b)
  return difference <= absoluteTolerance || difference <= relativeTolerance * max(abs(a), abs(b))
}
