import DescentCore

/// Every function the reference can evaluate by name, for gradient and value
/// checks: the two hand-written-gradient exercises, which are not in the
/// student contract, and every ``TestProblems`` name (with its parameters'
/// defaults).
///
/// | name              | dimension | f                                  |
/// |-------------------|-----------|------------------------------------|
/// | `himmelblau`      | 2         | (x² + y − 11)² + (x + y² − 7)²     |
/// | `styblinski_tang` | ≥ 1       | ½ Σᵢ (xᵢ⁴ − 16xᵢ² + 5xᵢ)           |
/// | test problems     | see ``TestProblems``                            ||
public enum ReferenceFunctions {
  /// Every known name, sorted.
  public static var names: [String] {
    (own.map(\.name) + TestProblems.names).sorted()
  }

  /// The objective `name` names in `dimension` dimensions.
  ///
  /// - Throws: ``ReferenceFunctionError`` for an unknown name (listing the
  ///   known ones) or a dimension the function does not take.
  public static func objective(named name: String, dimension: Int) throws(ReferenceFunctionError) -> any Objective {
    if let entry = own.first(where: { $0.name == name }) {
      let fits = entry.exactDimension.map { dimension == $0 } ?? (dimension >= entry.minimumDimension)
      guard fits else {
        let required = entry.exactDimension.map(String.init) ?? "at least \(entry.minimumDimension)"
        throw .wrongDimension(function: name, required: required, got: dimension)
      }
      return entry.make(dimension)
    }
    do {
      return try TestProblems.objective(for: ProblemSpecification(name: name, dimension: dimension))
    } catch {
      switch error {
      case .wrongDimension(let problem, let required, let got):
        throw .wrongDimension(function: problem, required: required, got: got)
      case .unknownProblem, .unknownParameter, .invalidParameter:
        throw .unknownFunction(name: name, known: names)
      }
    }
  }

  /// One reference-only function: its name, the dimensions it takes, how to build it.
  private struct Entry: Sendable {
    var name: String
    var exactDimension: Int?
    var minimumDimension: Int
    var make: @Sendable (Int) -> any Objective
  }

  private static let own: [Entry] = [
    Entry(name: "himmelblau", exactDimension: 2, minimumDimension: 2) { _ in Himmelblau() },
    Entry(name: "styblinski_tang", exactDimension: nil, minimumDimension: 1) { StyblinskiTang(dimension: $0) },
  ]
}
