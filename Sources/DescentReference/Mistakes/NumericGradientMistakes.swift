import DescentCore

/// The classic wrong numeric gradients, per formula asked.
///
/// | id                           | asked    | what the student wrote                                |
/// |------------------------------|----------|-------------------------------------------------------|
/// | numeric-forward-difference   | centered | (f(x + h·eᵢ) − f(x)) / h                              |
/// | numeric-centered-difference  | forward  | (f(x + h·eᵢ) − f(x − h·eᵢ)) / 2h                      |
/// | numeric-missing-two          | centered | (f(x + h·eᵢ) − f(x − h·eᵢ)) / h                       |
/// | numeric-backward-difference  | forward  | (f(x) − f(x − h·eᵢ)) / h                              |
/// | numeric-all-coordinates      | both     | every coordinate moved by h at once                   |
/// | numeric-point-not-restored   | both     | xᵢ left displaced after its derivative                |
public enum NumericGradientMistakes {
  /// A numeric gradient routine: f, x, h → the gradient estimate.
  public typealias Routine = @Sendable (_ f: ([Double]) -> Double, _ x: [Double], _ h: Double) -> [Double]

  /// The mistakes a routine asked for `formula` is known to make.
  public static func mistakes(of formula: DifferenceFormula) -> [RoutineMistake<Routine>] {
    switch formula {
    case .centered: [forwardDifference, missingTwo, allCoordinates(formula), pointNotRestored(formula)]
    case .forward: [centeredDifference, backwardDifference, allCoordinates(formula), pointNotRestored(formula)]
    }
  }

  static let forwardDifference = RoutineMistake<Routine>(
    id: "numeric-forward-difference", title: "a forward difference where the centered one was asked",
    fix: "Evaluate f on both sides: (f(x + h·eᵢ) − f(x − h·eᵢ)) / 2h.",
    routine: { f, x, h in DifferenceFormula.forward.gradient(of: f, at: x, step: h) })

  static let centeredDifference = RoutineMistake<Routine>(
    id: "numeric-centered-difference", title: "a centered difference where the forward one was asked",
    fix: "Use the one-sided formula (f(x + h·eᵢ) − f(x)) / h, with f(x) computed once.",
    routine: { f, x, h in DifferenceFormula.centered.gradient(of: f, at: x, step: h) })

  static let missingTwo = RoutineMistake<Routine>(
    id: "numeric-missing-two", title: "the centered difference divided by h instead of 2h",
    fix: "The two evaluations are 2h apart: divide f(x + h·eᵢ) − f(x − h·eᵢ) by 2h.",
    routine: { f, x, h in DifferenceFormula.centered.gradient(of: f, at: x, step: h).map { $0 * 2 } })

  static let backwardDifference = RoutineMistake<Routine>(
    id: "numeric-backward-difference", title: "a backward difference where the forward one was asked",
    fix: "Step forward: (f(x + h·eᵢ) − f(x)) / h.",
    routine: { f, x, h in DifferenceFormula.forward.gradient(of: f, at: x, step: -h) })

  static func allCoordinates(_ formula: DifferenceFormula) -> RoutineMistake<Routine> {
    RoutineMistake(
      id: "numeric-all-coordinates", title: "every coordinate moved at once instead of one at a time",
      fix: "Move one coordinate per derivative: x + h·eᵢ changes xᵢ only.",
      routine: { f, x, h in
        let forward = f(x.map { $0 + h })
        let other = formula == .centered ? f(x.map { $0 - h }) : f(x)
        let derivative = (forward - other) / (formula == .centered ? 2 * h : h)
        return [Double](repeating: derivative, count: x.count)
      })
  }

  static func pointNotRestored(_ formula: DifferenceFormula) -> RoutineMistake<Routine> {
    RoutineMistake(
      id: "numeric-point-not-restored", title: "the point not restored after each coordinate's derivative",
      fix: "Put xᵢ back to its value after evaluating around it, before moving the next coordinate.",
      routine: { f, x, h in
        var point = x
        return x.indices.map { i in
          let original = point[i]
          switch formula {
          case .centered:
            point[i] = original + h
            let forward = f(point)
            point[i] = original - h
            return (forward - f(point)) / (2 * h)
          case .forward:
            let base = f(point)
            point[i] = original + h
            return (f(point) - base) / h
          }
        }
      })
  }
}
