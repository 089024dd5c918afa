import DescentCore
import Foundation
import DescentReference
@testable import DescentEngine

/// A small, fixed vocabulary for the rubric loader's unit tests, so that
/// error messages do not change when the reference grows.
extension RubricVocabulary {
  static let testing: RubricVocabulary = {
    let optimizers: [String: [HyperparameterSpecification]] = [
      "sgd": [
        HyperparameterSpecification(name: "lr", kind: .number(default: 0.001, range: 0...10), summary: ""),
        HyperparameterSpecification(name: "momentum", kind: .number(default: 0, range: 0...1), summary: ""),
        HyperparameterSpecification(name: "nesterov", kind: .flag(default: false), summary: ""),
      ],
      "adam": [
        HyperparameterSpecification(name: "lr", kind: .number(default: 0.001, range: 0...10), summary: ""),
        HyperparameterSpecification(name: "beta1", kind: .number(default: 0.9, range: 0...0.999999), summary: ""),
        HyperparameterSpecification(name: "beta2", kind: .number(default: 0.999, range: 0...0.999999), summary: ""),
        HyperparameterSpecification(name: "amsgrad", kind: .flag(default: false), summary: ""),
      ],
    ]
    struct Rejected: Error, CustomStringConvertible { var description: String }
    return RubricVocabulary(
      hyperparameters: { optimizers[$0] },
      optimizerNames: { optimizers.keys.sorted() },
      resolve: { given, name in
        var resolved = Hyperparameters()
        for specification in optimizers[name] ?? [] {
          switch specification.kind {
          case .number(let value, _): resolved.numbers[specification.name] = given.numbers[specification.name] ?? value
          case .flag(let value): resolved.flags[specification.name] = given.flags[specification.name] ?? value
          }
        }
        if resolved.flag("nesterov"), resolved.number("momentum", default: 0) <= 0 {
          throw Rejected(description: "nesterov needs momentum > 0")
        }
        return resolved
      },
      validateProblem: { problem in
        let dimensions: [String: ClosedRange<Int>] = ["rosenbrock": 2...10_000, "beale": 2...2, "saddle": 2...2]
        guard let range = dimensions[problem.name] else {
          throw Rejected(description: "unknown problem '\(problem.name)' (known: beale, rosenbrock, saddle)")
        }
        guard range.contains(problem.dimension) else {
          throw Rejected(description: "\(problem.name) is not defined in \(problem.dimension) dimensions")
        }
      },
      validateFunction: { name, dimension in
        guard name == "himmelblau" || name == "styblinski_tang" else {
          throw Rejected(description: "unknown function '\(name)' (known: himmelblau, styblinski_tang)")
        }
        if name == "himmelblau", dimension != 2 {
          throw Rejected(description: "himmelblau is 2-dimensional, not \(dimension)-dimensional")
        }
      },
      hasKnownMinimizers: { $0.name != "saddle" })
  }()
}

enum RubricFixtures {
  /// A valid rubric with one item of each kind; tests mutate it line by line.
  static let valid = """
    assignment: optimizers
    title: "Optimizers: from SGD to Adam"
    defaults:
      timeout_seconds: 2
      tolerance: {rtol: 1.0e-6, atol: 1.0e-10}
    items:
      - id: adam-rosenbrock
        name: "Adam on Rosenbrock"
        points: 4
        visibility: visible
        hint: "Bias-correct both moments."
        check:
          kind: trajectory
          optimizer: adam
          hyperparameters: {lr: 0.01, beta1: 0.9, amsgrad: false}
          problem: {name: rosenbrock, dimension: 2}
          start: [-1.2, 1.0]
          steps: 200
          partial_credit: steps_matched
      - id: himmelblau-gradient
        points: 2
        visibility: hidden
        check:
          kind: gradient
          function: himmelblau
          points: [[1.0, 2.0], [-3.0, 0.5]]
          method: sparse
          coordinates: 1
          step: 1.0e-5
          threshold: 1.0e-6
          partial_credit: per_point
      - id: sgd-converges
        points: 1
        timeout_seconds: 5
        check:
          kind: convergence
          optimizer: sgd
          hyperparameters: {lr: 0.001, momentum: 0.9}
          problem: {name: rosenbrock, dimension: 2}
          start: [0, 0]
          max_steps: 100
          target: {loss_below: 1.0e-8}
      - id: himmelblau-value
        points: 1
        visibility: after_due_date
        check:
          kind: value
          function: himmelblau
          points: {count: 3, seed: 3, low: -4, high: 4, dimension: 2}
          tolerance: {rtol: 1e-9, atol: 0}
    """

  /// `valid` with the first occurrence of `target` replaced.
  static func mutated(_ target: String, _ replacement: String) -> String {
    guard let range = valid.range(of: target) else { return "missing mutation target: \(target)" }
    return valid.replacingCharacters(in: range, with: replacement)
  }
}
