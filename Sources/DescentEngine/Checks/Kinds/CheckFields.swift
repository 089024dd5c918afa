import DescentCore
import DescentJudging
import DescentReference

/// The fields of one rubric item's `check` mapping, with the readers its
/// kinds share (an optimizer with its hyper-parameters, a problem with its
/// start, a function with its points, a tolerance, partial credit, a seed).
///
/// Every reader validates against the reference's vocabulary and throws a
/// ``RubricError`` naming the line of the field at fault.
public struct CheckFields {
  /// The `check` mapping itself, for errors about the whole check.
  let field: RubricField
  /// The rubric's defaults.
  let defaults: RubricDefaults
  /// The names the reference knows.
  let vocabulary: RubricVocabulary
  /// The fields given, by name; only `kind`, `timeout_seconds` and the kind's ``CheckDefinition/fieldNames``.
  let fields: [String: RubricField]

  /// The fields of `field`, refusing any that `kind` does not take.
  init(_ field: RubricField, kind: any CheckDefinition.Type, defaults: RubricDefaults, vocabulary: RubricVocabulary)
    throws(RubricError)
  {
    self.field = field
    self.defaults = defaults
    self.vocabulary = vocabulary
    fields = try field.mapping(allowed: ["kind"] + kind.fieldNames + ["timeout_seconds"])
  }

  /// The field called `name`, or nil when the check does not give it.
  subscript(name: String) -> RubricField? { fields[name] }

  /// The field called `name`; an error naming the check when it is missing.
  func required(_ name: String) throws(RubricError) -> RubricField {
    guard let value = fields[name] else { throw field.error("\(field.path).\(name) is missing") }
    return value
  }

  /// An error about the whole check.
  func error(_ message: String) -> RubricError { field.error(message) }

  /// The check's own time limit, when it gives `timeout_seconds`.
  func timeLimit() throws(RubricError) -> Duration? {
    try fields["timeout_seconds"].map { field throws(RubricError) in try RubricDefaults.timeLimit(field) }
  }

  /// The seed, or the rubric's default seed.
  func seed() throws(RubricError) -> UInt64 { try fields["seed"]?.seed() ?? defaults.seed }

  /// The comparison tolerance, or the rubric's default one.
  func tolerance() throws(RubricError) -> ComparisonTolerance {
    guard let field = fields["tolerance"] else { return defaults.tolerance }
    return try RubricDefaults.tolerance(field, base: defaults.tolerance)
  }

  /// The partial credit, among those `allowed`; `none` when not given.
  func partialCredit(allowed: [PartialCredit]) throws(RubricError)
    -> PartialCredit
  {
    guard let field = fields["partial_credit"] else { return .none }
    let name = try field.choice(allowed.map(\.rawValue))
    return PartialCredit(rawValue: name) ?? .none
  }

  /// The optimizer's name and its complete hyper-parameters, each given one
  /// checked for name, kind and range at its own line.
  func optimizer() throws(RubricError) -> (String, Hyperparameters) {
    let nameField = try required("optimizer")
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
  func problem() throws(RubricError) -> (ProblemSpecification, [Double]) {
    let startField = try required("start")
    let start = try startField.numbers()
    guard !start.isEmpty, start.count <= RubricItemReader.maximumDimension else {
      throw startField.mismatch("a non-empty list of numbers")
    }
    let problem = try problem(dimension: start.count)
    guard start.count == problem.dimension else {
      throw startField.error(
        "\(startField.path) has \(coordinateCount(start.count)) but the problem \(problem.name) is"
          + " \(problem.dimension)-dimensional")
    }
    return (problem, start)
  }

  /// The problem and points in its dimension, checked against each other and the reference.
  func problemWithPoints() throws(RubricError) -> (ProblemSpecification, [[Double]]) {
    let pointsField = try required("points")
    let points = try RubricPoints.read(pointsField)
    let problem = try problem(dimension: points[0].count)
    guard points[0].count == problem.dimension else {
      throw pointsField.error(
        "\(pointsField.path) holds points of \(coordinateCount(points[0].count)) but the problem \(problem.name) is"
          + " \(problem.dimension)-dimensional")
    }
    return (problem, points)
  }

  /// The `problem` mapping (`name`, `dimension`, `parameters`), its
  /// dimension `dimension` unless it gives one (or the only one the
  /// problem takes), validated by the reference.
  func problem(dimension: Int?) throws(RubricError) -> ProblemSpecification {
    let problemField = try required("problem")
    let problemFields = try problemField.mapping(allowed: ["name", "dimension", "parameters"])
    guard let nameField = problemFields["name"] else {
      throw problemField.error("\(problemField.path).name is missing")
    }
    let name = try nameField.nonEmptyString()
    let givenDimension = try problemFields["dimension"]?.positiveInteger(atMost: RubricItemReader.maximumDimension)
    guard let dimension = givenDimension ?? dimension ?? TestProblems.fixedDimension(of: name) else {
      throw problemField.error("\(problemField.path).dimension is missing (\(name) takes more than one)")
    }
    let parameters = try problemFields["parameters"]?.numberMapping() ?? [:]
    let problem = ProblemSpecification(name: name, dimension: dimension, parameters: parameters)
    do { try vocabulary.validateProblem(problem) } catch {
      throw problemField.error("\(problemField.path): \(error)")
    }
    return problem
  }

  /// The name of the student's routine the check calls: the key of the
  /// submission catalog's slot (`centered`, `random_search`).
  func routine(named name: String = "routine") throws(RubricError) -> String {
    let field = try required(name)
    let name = try field.nonEmptyString()
    guard name.count <= 100 else { throw field.mismatch("a name of at most 100 characters") }
    return name
  }

  /// The function's name and its points, all of one dimension the reference supports.
  func function() throws(RubricError) -> (String, [[Double]]) {
    let nameField = try required("function")
    let name = try nameField.nonEmptyString()
    let pointsField = try required("points")
    let points = try RubricPoints.read(pointsField)
    let dimension = points[0].count
    do { try vocabulary.validateFunction(name, dimension) } catch {
      throw nameField.error("\(nameField.path): \(error)")
    }
    return (name, points)
  }

  /// A data set given as `{generator, points_per_class, classes, dimension,
  /// spread, seed, bias}` in the field called `name`.
  func data(_ name: String = "data") throws(RubricError) -> DataSpecification {
    let field = try required(name)
    let fields = try field.mapping(
      allowed: ["generator", "points_per_class", "classes", "dimension", "spread", "seed", "bias"])
    func member(_ key: String) throws(RubricError) -> RubricField {
      guard let value = fields[key] else { throw field.error("\(field.path).\(key) is missing") }
      return value
    }
    let generatorName = try member("generator").choice(DataSpecification.Generator.allCases.map(\.rawValue))
    let generator = DataSpecification.Generator(rawValue: generatorName) ?? .blobs
    let pointsPerClass = try member("points_per_class").positiveInteger(atMost: DataSpecification.maximumExamples)
    let classes = try member("classes").integer(in: 1...1000, "an integer from 1 to 1000")
    var dimension = 2
    if let dimensionField = fields["dimension"] {
      guard generator == .blobs else { throw dimensionField.error("\(dimensionField.path) applies only to blobs") }
      dimension = try dimensionField.positiveInteger(atMost: DataSpecification.maximumFeatures)
    } else if generator == .blobs {
      throw field.error("\(field.path).dimension is missing (blobs take any)")
    }
    let specification = DataSpecification(
      generator: generator, pointsPerClass: pointsPerClass, classes: classes, dimension: dimension,
      spread: try fields["spread"]?.positiveNumber(), seed: try fields["seed"]?.seed() ?? defaults.seed,
      appendsBias: try fields["bias"]?.boolean() ?? false)
    guard specification.exampleCount <= DataSpecification.maximumExamples,
      specification.featureCount <= DataSpecification.maximumFeatures
    else {
      throw field.error(
        "\(field.path) asks for \(specification.exampleCount) examples of \(specification.featureCount) features;"
          + " at most \(DataSpecification.maximumExamples) of \(DataSpecification.maximumFeatures)")
    }
    return specification
  }

  /// Weights `{scale, seed}` of the shape features × classes of `data`, in the field called `name`.
  func weights(for data: DataSpecification, _ name: String = "weights") throws(RubricError) -> WeightsSpecification {
    let field = try required(name)
    let fields = try field.mapping(allowed: ["scale", "seed"])
    guard let scale = fields["scale"] else { throw field.error("\(field.path).scale is missing") }
    return WeightsSpecification(
      rows: data.featureCount, columns: data.classes, scale: try scale.nonNegativeNumber(),
      seed: try fields["seed"]?.seed() ?? defaults.seed)
  }

  /// The linear loss the reference computes (`svm`, `softmax`), in the field called `name`.
  func linearLoss(_ name: String = "loss") throws(RubricError) -> LinearClassifierLoss {
    LinearClassifierLoss(rawValue: try required(name).choice(LinearClassifierLoss.allCases.map(\.rawValue))) ?? .softmax
  }
}
