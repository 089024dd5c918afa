/// Newton's method met a Hessian (or H + αI) it cannot solve with.
public struct SingularHessianError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The optimizer's registry name (`newton`, `regularized-newton`).
  public var optimizer: String
  /// Where the Hessian was taken.
  public var point: [Double]
  /// What the linear solve found.
  public var underlying: SingularMatrixError

  /// Creates the error.
  public init(optimizer: String, point: [Double], underlying: SingularMatrixError) {
    self.optimizer = optimizer
    self.point = point
    self.underlying = underlying
  }

  public var description: String {
    let remedy =
      optimizer == "newton" ? "; regularized-newton with alpha > 0 can step here" : "; try a larger alpha"
    return "\(optimizer): cannot solve with the Hessian at \(point): \(underlying)\(remedy)"
  }
}
