import DescentCore

/// The classic wrong second-derivative tests.
///
/// | id                          | what the student wrote                                        |
/// |-----------------------------|---------------------------------------------------------------|
/// | hessian-determinant-only    | the determinant's sign alone: det > 0 → minimum, det < 0 → saddle (a maximum in 2-D is called a minimum) |
/// | hessian-diagonal-signs      | the signs of the diagonal entries instead of the eigenvalues  |
/// | hessian-minimum-maximum-swapped | positive definite called a maximum, negative definite a minimum |
/// | hessian-zero-as-positive    | an eigenvalue of 0 counted as positive: no degenerate case    |
public enum SecondDerivativeTestMistakes {
  /// A second-derivative test: Hessian → kind of critical point.
  public typealias Routine = @Sendable (_ hessian: Matrix) -> CriticalPoint

  /// Every known mistake.
  public static let all: [RoutineMistake<Routine>] = [
    RoutineMistake(
      id: "hessian-determinant-only", title: "the determinant's sign alone decides",
      fix: "Look at every eigenvalue's sign: det > 0 also holds when both eigenvalues are negative (a maximum).",
      routine: { hessian in
        let eigenvalues = eigenvalues(of: hessian)
        guard !eigenvalues.isEmpty else { return .degenerate }
        let determinant = eigenvalues.reduce(1, *)
        let tolerance = SecondDerivativeTest.zeroTolerance(eigenvalues)
        if eigenvalues.contains(where: { abs($0) <= tolerance }) { return .degenerate }
        return determinant > 0 ? .minimum : .saddle
      }),
    RoutineMistake(
      id: "hessian-diagonal-signs", title: "the diagonal entries' signs instead of the eigenvalues'",
      fix: "Classify by the eigenvalues: off-diagonal terms can make a matrix with a positive diagonal indefinite.",
      routine: { hessian in
        SecondDerivativeTest.classify(eigenvalues: (0..<min(hessian.rows, hessian.columns)).map { hessian[$0, $0] })
      }),
    RoutineMistake(
      id: "hessian-minimum-maximum-swapped", title: "minimum and maximum swapped",
      fix: "All eigenvalues positive means the function curves up in every direction: a minimum.",
      routine: { hessian in
        switch SecondDerivativeTest.classify(hessian: hessian) {
        case .minimum: .maximum
        case .maximum: .minimum
        case let other: other
        }
      }),
    RoutineMistake(
      id: "hessian-zero-as-positive", title: "a zero eigenvalue counted as positive",
      fix: "An eigenvalue of (nearly) zero makes the test inconclusive: report degenerate.",
      routine: { hessian in
        let eigenvalues = eigenvalues(of: hessian)
        let tolerance = SecondDerivativeTest.zeroTolerance(eigenvalues)
        return SecondDerivativeTest.classify(eigenvalues: eigenvalues.map { abs($0) <= tolerance ? 1 : $0 })
      }),
  ]

  private static func eigenvalues(of hessian: Matrix) -> [Double] {
    guard hessian.scalars.allSatisfy(\.isFinite) else { return [] }
    return (try? SymmetricEigendecomposition(hessian).values) ?? []
  }
}
