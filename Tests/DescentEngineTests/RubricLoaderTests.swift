import DescentJudging
import DescentCore
import DescentReports
import Testing

@testable import DescentEngine

private let file = "rubrics/optimizers.yaml"

private func load(_ yaml: String) throws(RubricError) -> Rubric {
  try RubricLoader.parse(yaml, source: file, vocabulary: .testing)
}

/// One way to break the valid rubric, and the exact error it must give.
struct RubricErrorCase: Sendable, CustomStringConvertible {
  var name: String
  var yaml: String
  var expected: String
  var description: String { name }

  init(_ name: String, _ target: String, _ replacement: String, _ expected: String) {
    self.name = name
    self.yaml = RubricFixtures.mutated(target, replacement)
    self.expected = expected
  }

  init(_ name: String, yaml: String, _ expected: String) {
    self.name = name
    self.yaml = yaml
    self.expected = expected
  }
}

private func at(_ line: Int, _ item: String? = nil, _ message: String) -> String {
  "\(file):\(line): " + (item.map { "item '\($0)': " } ?? "") + message
}

let rubricErrorCases: [RubricErrorCase] = [
  RubricErrorCase(
    "steps in words", "steps: 200", "steps: \"two hundred\"",
    at(18, "adam-rosenbrock", "check.steps must be a positive integer, got \"two hundred\"")),
  RubricErrorCase(
    "zero steps", "steps: 200", "steps: 0", at(18, "adam-rosenbrock", "check.steps must be a positive integer, got 0")),
  RubricErrorCase(
    "too many steps", "steps: 200", "steps: 1000000",
    at(18, "adam-rosenbrock", "check.steps must be at most 100000, got 1000000")),
  RubricErrorCase(
    "duplicate id", "- id: himmelblau-gradient", "- id: adam-rosenbrock",
    at(20, "adam-rosenbrock", "duplicate item id (first used at line 7)")),
  RubricErrorCase(
    "bad id", "- id: adam-rosenbrock", "- id: Adam_Rosenbrock",
    at(7, nil, "id must be made of lowercase letters, digits and hyphens (at most 100), got \"Adam_Rosenbrock\"")),
  RubricErrorCase(
    "negative points", "points: 4", "points: -1", at(9, "adam-rosenbrock", "points must be a number ≥ 0, got -1")),
  RubricErrorCase(
    "unknown kind", "kind: trajectory", "kind: trajectoy",
    at(
      13, "adam-rosenbrock",
      "check.kind must be one of \(CheckKinds.names.joined(separator: ", ")), got \"trajectoy\""
    )),
  RubricErrorCase(
    "misspelled check field", "steps: 200", "stpes: 200",
    at(
      18, "adam-rosenbrock",
      "unknown field check.stpes (did you mean 'steps'?); expected one of: kind, optimizer, hyperparameters, problem,"
        + " start, steps, seed, tolerance, partial_credit, timeout_seconds")),
  RubricErrorCase(
    "misspelled item field", "    hint: ", "    hnit: ",
    at(
      11, "adam-rosenbrock",
      "unknown field hnit (did you mean 'hint'?); expected one of: id, name, points, visibility, hint,"
        + " timeout_seconds, check")),
  RubricErrorCase(
    "misspelled top-level field", "title:", "titel:",
    at(2, nil, "unknown field titel (did you mean 'title'?); expected one of: assignment, title, defaults, items")),
  RubricErrorCase(
    "unknown optimizer", "optimizer: adam", "optimizer: adamm",
    at(14, "adam-rosenbrock", "check.optimizer: unknown optimizer 'adamm' (did you mean 'adam'?); known: adam, sgd")),
  RubricErrorCase(
    "unknown hyper-parameter", "beta1: 0.9", "beta3: 0.9",
    at(
      15, "adam-rosenbrock",
      "check.hyperparameters: adam has no hyper-parameter 'beta3' (did you mean 'beta1'?);"
        + " it takes: lr, beta1, beta2, amsgrad")),
  RubricErrorCase(
    "number for a flag", "amsgrad: false", "amsgrad: 0.5",
    at(15, "adam-rosenbrock", "check.hyperparameters.amsgrad must be true or false, got 0.5")),
  RubricErrorCase(
    "flag for a number", "beta1: 0.9", "beta1: true",
    at(15, "adam-rosenbrock", "check.hyperparameters.beta1 must be a number, got true")),
  RubricErrorCase(
    "quoted number", "lr: 0.01", "lr: \"0.01\"",
    at(15, "adam-rosenbrock", "check.hyperparameters.lr must be a number, got \"0.01\"")),
  RubricErrorCase(
    "hyper-parameter out of range", "lr: 0.01", "lr: -0.01",
    at(15, "adam-rosenbrock", "check.hyperparameters.lr must be in [0, 10], got -0.01")),
  RubricErrorCase(
    "registry rejects the combination", "{lr: 0.001, momentum: 0.9}", "{lr: 0.001, nesterov: true}",
    at(38, "sgd-converges", "check.hyperparameters: nesterov needs momentum > 0")),
  RubricErrorCase(
    "unknown problem", "{name: rosenbrock, dimension: 2}", "{name: rosenbrok, dimension: 2}",
    at(16, "adam-rosenbrock", "check.problem: unknown problem 'rosenbrok' (known: beale, rosenbrock, saddle)")),
  RubricErrorCase(
    "unsupported dimension", "{name: rosenbrock, dimension: 2}\n      start: [-1.2, 1.0]",
    "{name: beale, dimension: 3}\n      start: [-1.2, 1.0, 0]",
    at(16, "adam-rosenbrock", "check.problem: beale is not defined in 3 dimensions")),
  RubricErrorCase(
    "start of the wrong length", "start: [-1.2, 1.0]", "start: [-1.2, 1.0, 0.5]",
    at(17, "adam-rosenbrock", "check.start has 3 coordinates but the problem rosenbrock is 2-dimensional")),
  RubricErrorCase(
    "start not numbers", "start: [-1.2, 1.0]", "start: [-1.2, one]",
    at(17, "adam-rosenbrock", "check.start[1] must be a number, got \"one\"")),
  RubricErrorCase(
    "unknown function", "function: himmelblau", "function: himmelblau2",
    at(
      25, "himmelblau-gradient",
      "check.function: unknown function 'himmelblau2' (known: himmelblau, styblinski_tang)")),
  RubricErrorCase(
    "points of the wrong dimension for the function", "[[1.0, 2.0], [-3.0, 0.5]]", "[[1.0, 2.0, 3.0], [-3.0, 0.5, 1]]",
    at(25, "himmelblau-gradient", "check.function: himmelblau is 2-dimensional, not 3-dimensional")),
  RubricErrorCase(
    "ragged points", "[[1.0, 2.0], [-3.0, 0.5]]", "[[1.0, 2.0], [-3.0]]",
    at(26, "himmelblau-gradient", "check.points[1] has 1 coordinate, check.points[0] has 2")),
  RubricErrorCase(
    "no points", "[[1.0, 2.0], [-3.0, 0.5]]", "[]",
    at(26, "himmelblau-gradient", "check.points must be a non-empty list of points (at most 10000), got a list")),
  RubricErrorCase(
    "negative tolerance", "{rtol: 1.0e-6, atol: 1.0e-10}", "{rtol: -1.0e-6, atol: 1.0e-10}",
    at(5, nil, "defaults.tolerance.rtol must be a number ≥ 0, got -1.0e-6")),
  RubricErrorCase(
    "misspelled tolerance", "{rtol: 1e-9, atol: 0}", "{rtol: 1e-9, abstol: 0}",
    at(
      50, "himmelblau-value",
      "unknown field check.tolerance.abstol (did you mean 'atol'?); expected one of: rtol, atol")),
  RubricErrorCase(
    "too many sparse coordinates", "coordinates: 1", "coordinates: 3",
    at(28, "himmelblau-gradient", "check.coordinates must be an integer from 1 to 2, got 3")),
  RubricErrorCase(
    "coordinates without sparse", "method: sparse", "method: full",
    at(28, "himmelblau-gradient", "check.coordinates applies only to method sparse")),
  RubricErrorCase(
    "unknown method", "method: sparse", "method: spare",
    at(27, "himmelblau-gradient", "check.method must be one of full, sparse, directional, got \"spare\"")),
  RubricErrorCase(
    "zero step", "step: 1.0e-5", "step: 0",
    at(29, "himmelblau-gradient", "check.step must be a positive number, got 0")),
  RubricErrorCase(
    "partial credit of another kind", "partial_credit: steps_matched", "partial_credit: per_point",
    at(19, "adam-rosenbrock", "check.partial_credit must be one of none, steps_matched, got \"per_point\"")),
  RubricErrorCase(
    "unknown visibility", "visibility: hidden", "visibility: secret",
    at(22, "himmelblau-gradient", "visibility must be one of visible, hidden, after_due_date, got \"secret\"")),
  RubricErrorCase(
    "two targets", "target: {loss_below: 1.0e-8}", "target: {loss_below: 1.0e-8, distance_below: 1.0e-3}",
    at(
      42, "sgd-converges",
      "check.target must give exactly one of loss_below, distance_below, diverges_above, oscillates_within")),
  RubricErrorCase(
    "distance target without known minimizers",
    "problem: {name: rosenbrock, dimension: 2}\n      start: [0, 0]\n      max_steps: 100\n      target: {loss_below: 1.0e-8}",
    "problem: {name: saddle, dimension: 2}\n      start: [0, 0]\n      max_steps: 100\n      target: {distance_below: 1.0e-3}",
    at(42, "sgd-converges", "check.target.distance_below needs known minimizers, and none are known for saddle")),
  RubricErrorCase(
    "zero max_steps", "max_steps: 100", "max_steps: 0",
    at(41, "sgd-converges", "check.max_steps must be a positive integer, got 0")),
  RubricErrorCase(
    "zero timeout", "timeout_seconds: 5", "timeout_seconds: 0",
    at(34, "sgd-converges", "timeout_seconds must be a positive number, got 0")),
  RubricErrorCase(
    "random box upside down", "low: -4, high: 4", "low: 4, high: -4",
    at(49, "himmelblau-value", "check.points.high must be a number greater than low (4), got -4")),
  RubricErrorCase(
    "random points without count", "{count: 3, seed: 3,", "{seed: 3,",
    at(49, "himmelblau-value", "check.points.count is missing")),
  RubricErrorCase(
    "missing steps", "      steps: 200\n", "",
    at(13, "adam-rosenbrock", "check.steps is missing")),
  RubricErrorCase(
    "missing check", "    points: 1\n    timeout_seconds: 5\n", "    points: 1\n    timeout_seconds: 5\n    chek:\n",
    at(
      35, "sgd-converges",
      "unknown field chek (did you mean 'check'?); expected one of: id, name, points, visibility, hint,"
        + " timeout_seconds, check")),
  RubricErrorCase("no assignment", yaml: "items:\n  - id: a\n", at(1, nil, "the rubric has no 'assignment' field")),
  RubricErrorCase("no items", yaml: "assignment: a\nitems: []\n", at(2, nil, "the rubric has no items")),
  RubricErrorCase("a list, not a mapping", yaml: "- a\n- b\n", at(1, nil, "the rubric must be a mapping, got a list")),
  RubricErrorCase(
    "item without id", yaml: "assignment: a\nitems:\n  - points: 1\n", at(3, nil, "an item has no id")),
  RubricErrorCase(
    "item without check", yaml: "assignment: a\nitems:\n  - id: a\n    points: 1\n", at(3, "a", "check is missing")),
  RubricErrorCase("empty file", yaml: "", "\(file): the rubric is empty"),
]

@Suite("Rubric loading")
struct RubricLoaderTests {
  @Test("every validation error names the file, line, item and field", arguments: rubricErrorCases)
  func validationError(_ errorCase: RubricErrorCase) {
    #expect(!errorCase.yaml.hasPrefix("missing mutation target"), "\(errorCase.name): \(errorCase.yaml)")
    do {
      let rubric = try load(errorCase.yaml)
      Issue.record("\(errorCase.name): loaded \(rubric.items.count) items instead of failing")
    } catch {
      #expect(error.description == errorCase.expected, "\(errorCase.name)")
    }
  }

  @Test("YAML syntax errors carry the parser's line")
  func syntaxError() {
    do {
      _ = try load(RubricFixtures.mutated("start: [-1.2, 1.0]", "start: [-1.2, 1.0"))
      Issue.record("an unclosed list loaded")
    } catch {
      #expect(error.description.hasPrefix("\(file):"), "\(error)")
      #expect(error.description.contains("not valid YAML"), "\(error)")
      #expect(error.line != nil)
    }
  }

  @Test("a repeated key is an error, not a silent override")
  func repeatedKey() {
    #expect(throws: RubricError.self) { try load(RubricFixtures.mutated("steps: 200", "steps: 200\n      steps: 100")) }
  }

  @Test("the valid rubric loads with defaults filled in")
  func validRubric() throws {
    let rubric = try load(RubricFixtures.valid)
    #expect(rubric.assignment == "optimizers")
    #expect(rubric.title == "Optimizers: from SGD to Adam")
    #expect(rubric.items.map(\.id) == ["adam-rosenbrock", "himmelblau-gradient", "sgd-converges", "himmelblau-value"])
    #expect(rubric.items.map(\.visibility) == [.visible, .hidden, .visible, .afterDueDate])
    #expect(rubric.items.map(\.timeLimit) == [.seconds(2), .seconds(2), .seconds(5), .seconds(2)])
    #expect(rubric.items[1].name == "himmelblau-gradient", "the id stands in for a missing name")
    #expect(rubric.maxScore == 8)
    guard let trajectory = rubric.items[0].check.parameters(as: TrajectoryParameters.self) else {
      Issue.record("item 0 is not a trajectory check")
      return
    }
    #expect(trajectory.hyperparameters.numbers == ["lr": 0.01, "beta1": 0.9, "beta2": 0.999])
    #expect(trajectory.hyperparameters.flags == ["amsgrad": false])
    #expect(trajectory.problem == ProblemSpecification(name: "rosenbrock", dimension: 2))
    #expect(trajectory.steps == 200)
    #expect(trajectory.partialCredit == .stepsMatched)
    #expect(trajectory.tolerance == ComparisonTolerance(relative: 1e-6, absolute: 1e-10))
    guard let gradient = rubric.items[1].check.parameters(as: GradientParameters.self) else {
      Issue.record("item 1 is not a gradient check")
      return
    }
    #expect(gradient.method == .sparse(coordinates: 1))
    #expect(gradient.points == [[1, 2], [-3, 0.5]])
    #expect(gradient.partialCredit == .perPoint)
    guard let convergence = rubric.items[2].check.parameters(as: ConvergenceParameters.self) else {
      Issue.record("item 2 is not a convergence check")
      return
    }
    #expect(convergence.target == .lossBelow(1e-8))
    #expect(convergence.hyperparameters.flags == ["nesterov": false])
    guard let value = rubric.items[3].check.parameters(as: ValueParameters.self) else {
      Issue.record("item 3 is not a value check")
      return
    }
    #expect(value.tolerance == ComparisonTolerance(relative: 1e-9, absolute: 0))
    #expect(value.points.count == 3)
    #expect(value.points.allSatisfy { $0.count == 2 && $0.allSatisfy { (-4...4).contains($0) } })
  }

  @Test("random points are the same on every load and change with the seed")
  func randomPointsAreSeeded() throws {
    func points(_ yaml: String) throws -> [[Double]] {
      guard let value = try load(yaml).items[3].check.parameters(as: ValueParameters.self) else { return [] }
      return value.points
    }
    let first = try points(RubricFixtures.valid)
    #expect(first == (try points(RubricFixtures.valid)))
    #expect(first != (try points(RubricFixtures.mutated("seed: 3", "seed: 4"))))
  }
}
