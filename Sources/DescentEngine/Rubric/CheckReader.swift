import DescentJudging
import DescentCore

/// Reads and validates the `check` mapping of one rubric item, per kind.
struct CheckReader {
  var field: RubricField
  var defaults: RubricDefaults
  var vocabulary: RubricVocabulary

  /// The fields each kind accepts; any other is an error.
  static let allowedFields: [CheckKind: [String]] = [
    .trajectory: [
      "kind", "optimizer", "hyperparameters", "problem", "start", "steps", "seed", "tolerance", "partial_credit",
      "timeout_seconds",
    ],
    .convergence: [
      "kind", "optimizer", "hyperparameters", "problem", "start", "max_steps", "target", "seed", "timeout_seconds",
    ],
    .gradient: [
      "kind", "function", "points", "method", "coordinates", "step", "threshold", "seed", "partial_credit",
      "timeout_seconds",
    ],
    .value: ["kind", "function", "points", "tolerance", "partial_credit", "timeout_seconds"],
  ]

  func fields(for kind: CheckKind) throws(RubricError) -> [String: RubricField] {
    try field.mapping(allowed: Self.allowedFields[kind] ?? [])
  }

  private func required(_ fields: [String: RubricField], _ name: String) throws(RubricError) -> RubricField {
    guard let value = fields[name] else { throw field.error("\(field.path).\(name) is missing") }
    return value
  }

  func trajectory() throws(RubricError) -> TrajectoryParameters {
    let fields = try fields(for: .trajectory)
    let (optimizer, hyperparameters) = try optimizer(fields)
    let (problem, start) = try problem(fields)
    let steps = try required(fields, "steps").positiveInteger(atMost: RubricItemReader.maximumSteps)
    return TrajectoryParameters(
      optimizer: optimizer, hyperparameters: hyperparameters, problem: problem, start: start, steps: steps,
      seed: try fields["seed"]?.seed() ?? defaults.seed,
      tolerance: try tolerance(fields),
      partialCredit: try partialCredit(fields, allowed: [.none, .stepsMatched]))
  }

  func convergence() throws(RubricError) -> ConvergenceParameters {
    let fields = try fields(for: .convergence)
    let (optimizer, hyperparameters) = try optimizer(fields)
    let (problem, start) = try problem(fields)
    let maxSteps = try required(fields, "max_steps").positiveInteger(atMost: RubricItemReader.maximumSteps)
    let targetField = try required(fields, "target")
    let names = ["loss_below", "distance_below", "diverges_above"]
    let targetFields = try targetField.mapping(allowed: names)
    let given = names.compactMap { name in targetFields[name].map { (name, $0) } }
    guard given.count == 1, let (name, field) = given.first else {
      throw targetField.error("\(targetField.path) must give exactly one of \(names.joined(separator: ", "))")
    }
    let target: ConvergenceTarget
    switch name {
    case "loss_below": target = .lossBelow(try field.number())
    case "distance_below":
      target = .distanceBelow(try field.positiveNumber())
      guard vocabulary.hasKnownMinimizers(problem) else {
        throw field.error("\(field.path) needs known minimizers, and none are known for \(problem.name)")
      }
    default: target = .divergesAbove(try field.positiveNumber())
    }
    return ConvergenceParameters(
      optimizer: optimizer, hyperparameters: hyperparameters, problem: problem, start: start, maxSteps: maxSteps,
      target: target, seed: try fields["seed"]?.seed() ?? defaults.seed)
  }

  func gradient() throws(RubricError) -> GradientParameters {
    let fields = try fields(for: .gradient)
    let (function, points) = try function(fields)
    let dimension = points.first?.count ?? 0
    let methodName = try fields["method"]?.choice(["full", "sparse", "directional"]) ?? "full"
    let method: GradientMethod
    switch methodName {
    case "sparse":
      guard let coordinates = fields["coordinates"] else {
        throw field.error("\(field.path).coordinates is missing (method sparse checks that many coordinates per point)")
      }
      method = .sparse(
        coordinates: try coordinates.integer(in: 1...max(1, dimension), "an integer from 1 to \(dimension)"))
    default:
      if let coordinates = fields["coordinates"] {
        throw coordinates.error("\(coordinates.path) applies only to method sparse")
      }
      method = methodName == "directional" ? .directional : .full
    }
    return GradientParameters(
      function: function, points: points, method: method, step: try fields["step"]?.positiveNumber() ?? defaults.step,
      threshold: try fields["threshold"]?.positiveNumber() ?? defaults.threshold,
      seed: try fields["seed"]?.seed() ?? defaults.seed,
      partialCredit: try partialCredit(fields, allowed: [.none, .perPoint]))
  }

  func value() throws(RubricError) -> ValueParameters {
    let fields = try fields(for: .value)
    let (function, points) = try function(fields)
    return ValueParameters(
      function: function, points: points, tolerance: try tolerance(fields),
      partialCredit: try partialCredit(fields, allowed: [.none, .perPoint]))
  }

  // MARK: Shared fields

  private func tolerance(_ fields: [String: RubricField]) throws(RubricError) -> ComparisonTolerance {
    guard let field = fields["tolerance"] else { return defaults.tolerance }
    return try RubricDefaults.tolerance(field, base: defaults.tolerance)
  }

  private func partialCredit(_ fields: [String: RubricField], allowed: [PartialCredit]) throws(RubricError)
    -> PartialCredit
  {
    guard let field = fields["partial_credit"] else { return .none }
    let name = try field.choice(allowed.map(\.rawValue))
    return PartialCredit(rawValue: name) ?? .none
  }

  /// The optimizer's name and its complete hyper-parameters, each given one
  /// checked for name, kind and range at its own line.
  private func optimizer(_ fields: [String: RubricField]) throws(RubricError) -> (String, Hyperparameters) {
    let nameField = try required(fields, "optimizer")
    let name = try nameField.nonEmptyString()
    guard let specifications = vocabulary.hyperparameters(name) else {
      let known = vocabulary.optimizerNames()
      var message = "\(nameField.path): unknown optimizer '\(name)'"
      if let suggestion = RubricField.closest(to: name, among: known) { message += " (did you mean '\(suggestion)'?)" }
      message += "; known: \(known.isEmpty ? "none" : known.joined(separator: ", "))"
      throw nameField.error(message)
    }
    var given = Hyperparameters()
    if let mappingField = fields["hyperparameters"] {
      let names = specifications.map(\.name)
      guard case .mapping(let mapping) = mappingField.node else { throw mappingField.mismatch("a mapping") }
      for (keyNode, valueNode) in mapping {
        let keyName = keyNode.string ?? ""
        guard let specification = specifications.first(where: { $0.name == keyName }) else {
          let keyField = RubricField(node: keyNode, path: mappingField.path, context: mappingField.context)
          var message = "\(mappingField.path): \(name) has no hyper-parameter '\(keyName)'"
          if let suggestion = RubricField.closest(to: keyName, among: names) {
            message += " (did you mean '\(suggestion)'?)"
          }
          message += "; it takes: \(names.isEmpty ? "none" : names.joined(separator: ", "))"
          throw keyField.error(message)
        }
        let value = mappingField.child(keyName, valueNode)
        switch specification.kind {
        case .number(_, let range):
          let number = try value.number()
          guard range.contains(number) else {
            throw value.mismatch(
              "in [\(ComparisonText.value(range.lowerBound)), \(ComparisonText.value(range.upperBound))]")
          }
          given.numbers[keyName] = number
        case .flag:
          given.flags[keyName] = try value.boolean()
        }
      }
    }
    do {
      return (name, try vocabulary.resolve(given, name))
    } catch {
      throw (fields["hyperparameters"] ?? nameField).error("\(field.path).hyperparameters: \(error)")
    }
  }

  /// The problem and the start, checked against each other and the reference.
  private func problem(_ fields: [String: RubricField]) throws(RubricError) -> (ProblemSpecification, [Double]) {
    let startField = try required(fields, "start")
    let start = try startField.numbers()
    guard !start.isEmpty, start.count <= RubricItemReader.maximumDimension else {
      throw startField.mismatch("a non-empty list of numbers")
    }
    let problemField = try required(fields, "problem")
    let problemFields = try problemField.mapping(allowed: ["name", "dimension", "parameters"])
    guard let nameField = problemFields["name"] else {
      throw problemField.error("\(problemField.path).name is missing")
    }
    let name = try nameField.nonEmptyString()
    let dimension =
      try problemFields["dimension"]?.positiveInteger(atMost: RubricItemReader.maximumDimension) ?? start.count
    var parameters: [String: Double] = [:]
    if let parametersField = problemFields["parameters"] {
      guard case .mapping(let mapping) = parametersField.node else { throw parametersField.mismatch("a mapping") }
      for (keyNode, valueNode) in mapping {
        let key = keyNode.string ?? ""
        parameters[key] = try parametersField.child(key, valueNode).number()
      }
    }
    let problem = ProblemSpecification(name: name, dimension: dimension, parameters: parameters)
    do { try vocabulary.validateProblem(problem) } catch {
      throw problemField.error("\(problemField.path): \(error)")
    }
    guard start.count == dimension else {
      throw startField.error(
        "\(startField.path) has \(coordinateCount(start.count)) but the problem \(name) is \(dimension)-dimensional")
    }
    return (problem, start)
  }

  /// The function's name and its points, all of one dimension the reference supports.
  private func function(_ fields: [String: RubricField]) throws(RubricError) -> (String, [[Double]]) {
    let nameField = try required(fields, "function")
    let name = try nameField.nonEmptyString()
    let pointsField = try required(fields, "points")
    let points = try RubricPoints.read(pointsField)
    let dimension = points[0].count
    do { try vocabulary.validateFunction(name, dimension) } catch {
      throw nameField.error("\(nameField.path): \(error)")
    }
    return (name, points)
  }
}
