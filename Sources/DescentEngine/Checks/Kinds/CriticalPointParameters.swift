import DescentCore
import DescentJudging
import DescentReference
import DescentReports
import DescentWire

/// A second-derivative-test check: the student's test classifies Hessians
/// (given in the rubric, or of a function at points) as minimum, maximum,
/// saddle or degenerate, as ``SecondDerivativeTest`` does.
///
/// ```yaml
/// check:
///   kind: critical_point
///   routine: second_derivative_test    # the catalog's criticalPointTests key
///   function: himmelblau               # Hessians of a function at points …
///   points: [[3, 2], [-0.270845, -0.923039]]
///   # hessians: [[[2, 0], [0, -1]]]    # … or given outright
/// ```
public struct CriticalPointParameters: Sendable, Equatable {
  /// The routine's catalog name.
  public var routine: String
  /// The symmetric Hessians classified, each as its rows.
  public var hessians: [[[Double]]]
  /// Where each comes from, for messages.
  public var origins: [String]
  /// `none` or `perPoint` (per Hessian).
  public var partialCredit: PartialCredit

  /// Creates the parameters.
  public init(routine: String, hessians: [[[Double]]], origins: [String], partialCredit: PartialCredit = .none) {
    self.routine = routine
    self.hessians = hessians
    self.origins = origins
    self.partialCredit = partialCredit
  }
}

extension CriticalPointParameters: CheckDefinition {
  public static let kind = CriticalPointExpectation.kind
  public static let fieldNames = ["routine", "function", "points", "hessians", "partial_credit"]

  public init(reading fields: CheckFields) throws(RubricError) {
    let routine = try fields.routine()
    let partialCredit = try fields.partialCredit(allowed: [.none, .perPoint])
    switch (fields["hessians"], fields["function"]) {
    case (let hessiansField?, nil):
      let hessians = try Self.matrices(hessiansField)
      self.init(
        routine: routine, hessians: hessians,
        origins: hessians.map(Self.describe), partialCredit: partialCredit)
    case (nil, .some):
      let (name, points) = try fields.function()
      let function: any Objective
      do { function = try ReferenceCatalog.function(named: name, dimension: points[0].count) } catch {
        throw fields.error("\(fields.field.path).function: \(error)")
      }
      self.init(
        routine: routine, hessians: points.map { Self.symmetricRows(function.hessian(at: $0)) },
        origins: points.map { "the Hessian of \(name) at \(ComparisonText.point($0))" }, partialCredit: partialCredit)
    default:
      throw fields.error("\(fields.field.path) must give either hessians, or function and points")
    }
  }

  public var tasks: [HarnessTask] { [.criticalPoints(CriticalPointTask(routine: routine, hessians: hessians))] }

  /// The reference's kind for each Hessian, and each classic mistake's.
  public func expectation() throws -> any CheckExpectation {
    let matrices = try hessians.map { try Matrix($0) }
    func kinds(_ test: (Matrix) -> CriticalPoint) -> [String] { matrices.map { test($0).rawValue } }
    return CriticalPointExpectation(
      routine: routine, origins: origins, kinds: kinds(SecondDerivativeTest.classify(hessian:)),
      creditsPerHessian: partialCredit == .perPoint,
      mistakes: SecondDerivativeTestMistakes.all.map { known in
        MistakeAnswers(
          mistake: known.named, answers: kinds(known.routine))
      })
  }

  /// "the Hessian ((2, 0), (0, −1))", its first rows only when it is large.
  static func describe(_ rows: [[Double]]) -> String {
    let shown = rows.prefix(4).map { ComparisonText.point($0, limit: 4) }
    return "the Hessian (\(shown.joined(separator: ", "))\(rows.count > 4 ? ", …" : ""))"
  }

  /// The rows of ½(H + Hᵀ).
  static func symmetricRows(_ hessian: Matrix) -> [[Double]] {
    (0..<hessian.rows).map { i in (0..<hessian.columns).map { j in (hessian[i, j] + hessian[j, i]) / 2 } }
  }

  /// A non-empty list of square matrices of finite numbers.
  private static func matrices(_ field: RubricField) throws(RubricError) -> [[[Double]]] {
    let elements = try field.list()
    guard !elements.isEmpty, elements.count <= RubricItemReader.maximumPoints else {
      throw field.mismatch("a non-empty list of square matrices")
    }
    var matrices: [[[Double]]] = []
    for element in elements {
      let rows = try element.list()
      var matrix: [[Double]] = []
      for row in rows { matrix.append(try row.numbers()) }
      guard !matrix.isEmpty, matrix.count <= 100, matrix.allSatisfy({ $0.count == matrix.count }),
        matrix.joined().allSatisfy(\.isFinite)
      else { throw element.mismatch("a square matrix of finite numbers, at most 100 × 100") }
      matrices.append(matrix)
    }
    return matrices
  }
}
