import DescentCore

/// The factorization PA = LU of a square matrix by Gaussian elimination with
/// partial pivoting, used to solve the Newton system H d = ∇f.
///
/// LU rather than Cholesky because Newton's method must also solve with
/// indefinite Hessians (at a saddle point, H = diag(2, −2)), where Cholesky
/// does not exist. A pivot of magnitude at most n·ε·max|Aᵢⱼ| makes the
/// matrix singular to working precision.
struct LUFactorization {
  /// L below the diagonal (unit diagonal implied) and U on and above it.
  private var factors: Matrix
  /// Row i of PA is row `permutation[i]` of A.
  private var permutation: [Int]

  /// Factors `matrix`.
  ///
  /// - Throws: ``SingularMatrixError`` naming the first pivot that vanished,
  ///   or when `matrix` is not square or holds NaN or infinity.
  init(_ matrix: Matrix) throws(SingularMatrixError) {
    let n = matrix.rows
    guard matrix.columns == n else { throw SingularMatrixError(dimension: n, pivot: nil, reason: .notSquare) }
    guard matrix.scalars.allSatisfy(\.isFinite) else {
      throw SingularMatrixError(dimension: n, pivot: nil, reason: .notFinite)
    }
    var a = matrix
    var permutation = Array(0..<n)
    let largest = matrix.scalars.reduce(0) { max($0, abs($1)) }
    let tolerance = Double(n) * Double.ulpOfOne * largest
    for k in 0..<n {
      var pivotRow = k
      for i in (k + 1)..<n where abs(a[i, k]) > abs(a[pivotRow, k]) { pivotRow = i }
      guard abs(a[pivotRow, k]) > tolerance else {
        throw SingularMatrixError(dimension: n, pivot: k, reason: .vanishingPivot)
      }
      if pivotRow != k {
        for j in 0..<n { (a[k, j], a[pivotRow, j]) = (a[pivotRow, j], a[k, j]) }
        permutation.swapAt(k, pivotRow)
      }
      for i in (k + 1)..<n {
        let multiplier = a[i, k] / a[k, k]
        a[i, k] = multiplier
        for j in (k + 1)..<n { a[i, j] -= multiplier * a[k, j] }
      }
    }
    self.factors = a
    self.permutation = permutation
  }

  /// The solution x of A x = b; `b` must have n entries.
  func solve(_ b: [Double]) -> [Double] {
    let n = factors.rows
    var x = permutation.map { b[$0] }
    for i in 0..<n {
      for j in 0..<i { x[i] -= factors[i, j] * x[j] }
    }
    for i in stride(from: n - 1, through: 0, by: -1) {
      for j in (i + 1)..<n { x[i] -= factors[i, j] * x[j] }
      x[i] /= factors[i, i]
    }
    return x
  }
}

/// A linear system that cannot be solved: its matrix is singular to working
/// precision, not square, or not finite.
public struct SingularMatrixError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The matrix's number of rows.
  public var dimension: Int
  /// The elimination step (0-based) whose pivot vanished, when that is the reason.
  public var pivot: Int?
  /// Why the system cannot be solved.
  public var reason: Reason

  /// Why a system cannot be solved.
  public enum Reason: Sendable, Equatable {
    /// A pivot was zero to working precision.
    case vanishingPivot
    /// The matrix is not square.
    case notSquare
    /// The matrix holds NaN or infinity.
    case notFinite
  }

  /// Creates the error.
  public init(dimension: Int, pivot: Int?, reason: Reason) {
    self.dimension = dimension
    self.pivot = pivot
    self.reason = reason
  }

  public var description: String {
    switch reason {
    case .vanishingPivot:
      "the \(dimension)×\(dimension) matrix is singular (pivot \((pivot ?? 0) + 1) of \(dimension) vanished)"
    case .notSquare: "the matrix is not square"
    case .notFinite: "the \(dimension)×\(dimension) matrix holds NaN or infinity"
    }
  }
}
