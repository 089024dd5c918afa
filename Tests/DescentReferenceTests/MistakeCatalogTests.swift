import DescentCore
import DescentReference
import DescentTestSupport
import Foundation
import Testing

/// The known-mistake catalog: every mistake shows on Rosenbrock within five
/// steps, stays silent where it cannot show, and uses the ids of the sample
/// submissions the end-to-end tests grade.
@Suite("Mistake catalog")
struct MistakeCatalogTests {
  /// Hyper-parameters under which every mistake of the optimizer can show.
  static let revealing: [String: Hyperparameters] = [
    "sgd": Hyperparameters(numbers: ["lr": 1e-3, "momentum": 0.9, "dampening": 0.5]),
    "sgd-momentum": Hyperparameters(numbers: ["lr": 1e-3]),
    "sgd-nesterov": Hyperparameters(numbers: ["lr": 1e-3]),
    "sgd-nesterov-lookahead": Hyperparameters(numbers: ["lr": 1e-3]),
    "adagrad": Hyperparameters(numbers: ["lr": 0.1]),
    "rmsprop": Hyperparameters(numbers: ["lr": 1e-2, "momentum": 0.5], flags: ["centered": true]),
    // ε inside the root changes the step by about ε/√v̂ relative: visible with a large ε.
    "adam": Hyperparameters(numbers: ["lr": 1e-2, "eps": 1e-2]),
    "adamw": Hyperparameters(numbers: ["lr": 1e-2, "weight_decay": 0.1, "eps": 1e-2]),
    "sgd/gradient-ascent": Hyperparameters(numbers: ["lr": 1e-3]),
    // v must fall for the running maximum to matter: a short β₂ memory and a first step that overshoots.
    "adam/amsgrad-max-not-kept": Hyperparameters(numbers: ["lr": 0.1, "beta2": 0.5], flags: ["amsgrad": true]),
    "adam/adam-almost-bias-corrected": Hyperparameters(numbers: ["lr": 1e-2], flags: ["bias_correction": false]),
    "adadelta": Hyperparameters(numbers: ["lr": 1.0, "eps": 1e-2]),
    "rmsprop-nesterov": Hyperparameters(numbers: ["lr": 1e-3, "eps": 1e-8]),
    "adagrad-norm": Hyperparameters(numbers: ["lr": 0.1]),
    "sgd/nesterov-current-point": Hyperparameters(numbers: ["lr": 1e-3, "momentum": 0.9], flags: ["nesterov": true]),
    "adagrad/adagrad-eps-inside-sqrt": Hyperparameters(numbers: ["lr": 0.1, "eps": 1e-2]),
    "rmsprop/rmsprop-eps-inside-sqrt": Hyperparameters(numbers: ["lr": 1e-2, "eps": 1e-2]),
    "newton": Hyperparameters(numbers: ["lr": 1]),
    "regularized-newton": Hyperparameters(numbers: ["lr": 1, "alpha": 1]),
    "bfgs": Hyperparameters(),
    "lbfgs": Hyperparameters(),
    "cg": Hyperparameters(),
  ]

  /// The ten mistakes the first issue lists, and ε inside the root for AdaGrad and RMSProp.
  static let required = [
    "adam-no-bias-correction", "adam-step-from-zero", "adam-eps-inside-sqrt", "adam-wrong-beta",
    "momentum-sign-flipped", "dampening-first-step", "nesterov-current-point", "adagrad-sum-of-gradients",
    "rmsprop-decay-on-gradient", "adamw-coupled-weight-decay", "adagrad-eps-inside-sqrt", "rmsprop-eps-inside-sqrt",
  ]

  static var cases: [(optimizer: String, mistake: String)] {
    MistakeCatalog.optimizers.flatMap { name in MistakeCatalog.mistakes(of: name).map { (name, $0.id) } }
  }

  @Test("every required mistake is catalogued, with a title and a one-sentence fix")
  func catalogued() {
    let ids = Set(MistakeCatalog.all.map(\.id))
    for id in Self.required { #expect(ids.contains(id), "missing \(id)") }
    for mistake in MistakeCatalog.all {
      #expect(mistake.id.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "-" }, "\(mistake.id)")
      #expect(
        !mistake.title.isEmpty && mistake.fix.hasSuffix(".") && !mistake.fix.dropLast().contains(". "),
        "\(mistake.id): \(mistake.fix)")
      #expect(
        (try? OptimizerRegistry.descriptor(named: mistake.optimizer)) != nil, "\(mistake.id): \(mistake.optimizer)")
    }
    #expect(MistakeCatalog.mistakes(of: "random-search").isEmpty && MistakeCatalog.mistakes(of: "no-such").isEmpty)
    #expect(Set(Self.revealing.keys.filter { !$0.contains("/") }) == Set(MistakeCatalog.optimizers))
  }

  @Test("each mistake leaves the reference's path on Rosenbrock within 5 steps", arguments: cases)
  func showsQuickly(optimizer: String, mistake id: String) throws {
    let overrides = try #require(Self.revealing["\(optimizer)/\(id)"] ?? Self.revealing[optimizer])
    let resolved = try OptimizerRegistry.resolve(overrides, for: optimizer)
    let mistake = try #require(MistakeCatalog.mistakes(of: optimizer).first { $0.id == id })
    let wrong = try #require(try mistake.make(resolved), "\(id) cannot show for \(optimizer) with \(resolved)")
    let reference = try OptimizerRegistry.makeOptimizer(named: optimizer, hyperparameters: resolved)
    let problem = try TestProblems.objective(for: ProblemSpecification(name: "rosenbrock", dimension: 2))
    let expected = Trajectory(running: reference, on: problem, from: [-1.2, 1], steps: 5)
    let got = Trajectory(running: wrong, on: problem, from: [-1.2, 1], steps: 5)
    let differs = zip(expected.points, got.points).contains { e, g in
      zip(e, g).contains { !isApproximatelyEqual($0, $1, relativeTolerance: 1e-6, absoluteTolerance: 1e-9) }
    }
    #expect(differs, "\(optimizer)/\(id) follows the reference for 5 steps: \(got.points)")
  }

  @Test(
    "a mistake that cannot show is not offered",
    arguments: [
      ("sgd", "dampening-first-step", Hyperparameters(numbers: ["momentum": 0.9])),
      ("sgd", "dampening-first-step", Hyperparameters(numbers: ["dampening": 0.5])),
      ("sgd", "momentum-sign-flipped", Hyperparameters()),
      ("sgd", "momentum-sign-flipped", Hyperparameters(numbers: ["momentum": 0.9], flags: ["nesterov": true])),
      ("sgd", "nesterov-current-point", Hyperparameters(numbers: ["momentum": 0.9])),
      ("adam", "adam-no-bias-correction", Hyperparameters(flags: ["bias_correction": false])),
      ("adam", "adam-step-from-zero", Hyperparameters(flags: ["bias_correction": false])),
      ("adam", "adam-wrong-beta", Hyperparameters(numbers: ["beta1": 0.9, "beta2": 0.9])),
      ("adam", "adam-eps-inside-sqrt", Hyperparameters(numbers: ["eps": 0])),
      ("adamw", "adamw-coupled-weight-decay", Hyperparameters(numbers: ["weight_decay": 0])),
      ("rmsprop", "rmsprop-decay-on-gradient", Hyperparameters(numbers: ["alpha": 0])),
      ("adagrad", "adagrad-eps-inside-sqrt", Hyperparameters(numbers: ["eps": 0])),
      ("rmsprop", "rmsprop-eps-inside-sqrt", Hyperparameters(numbers: ["eps": 0])),
      ("regularized-newton", "regularized-newton-damping-subtracted", Hyperparameters(numbers: ["alpha": 0])),
      ("cg", "cg-other-beta", Hyperparameters(numbers: ["c2": 0.9])),
    ])
  func silent(optimizer: String, id: String, overrides: Hyperparameters) throws {
    let resolved = try OptimizerRegistry.resolve(overrides, for: optimizer)
    let mistake = try #require(MistakeCatalog.mistakes(of: optimizer).first { $0.id == id })
    #expect(try mistake.make(resolved) == nil, "\(optimizer)/\(id) offered with \(resolved)")
  }

  @Test("Adam's step counter from 0 divides by zero at the first step")
  func stepFromZero() throws {
    let resolved = try OptimizerRegistry.resolve(Hyperparameters(), for: "adam")
    let mistake = try #require(MistakeCatalog.mistakes(of: "adam").first { $0.id == "adam-step-from-zero" })
    var optimizer = try #require(try mistake.make(resolved))
    var x = [0.5]
    try optimizer.step(&x, on: try TestProblems.objective(for: ProblemSpecification(name: "square", dimension: 1)))
    #expect(!x[0].isFinite, "m/(1 − β₁⁰) = m/0 should not be finite, got \(x)")
  }

  @Test("hand-computed first steps of the Adam and AdaGrad mistakes on f(x) = x²")
  func handComputed() throws {
    let square = try TestProblems.objective(for: ProblemSpecification(name: "square", dimension: 1))
    func firstStep(_ optimizer: String, _ id: String, _ overrides: Hyperparameters) throws -> Double {
      let resolved = try OptimizerRegistry.resolve(overrides, for: optimizer)
      let mistake = try #require(MistakeCatalog.mistakes(of: optimizer).first { $0.id == id })
      var wrong = try #require(try mistake.make(resolved))
      var x = [2.0]
      try wrong.step(&x, on: square)
      return x[0]
    }
    // g = 4. eps inside: m̂ = 4, v̂ = 16, x = 2 − 0.1·4/√(16 + 9) = 1.92.
    let eps = try firstStep("adam", "adam-eps-inside-sqrt", Hyperparameters(numbers: ["lr": 0.1, "eps": 9]))
    #expect(isApproximatelyEqual(eps, 1.92, relativeTolerance: 1e-15))
    // Wrong β, β₁ = 0.5, β₂ = 0.75: m = 2, v = 4; m̂ = 2/0.25 = 8, v̂ = 4/0.5 = 8; x = 2 − 0.1·8/√8.
    let beta = try firstStep(
      "adam", "adam-wrong-beta", Hyperparameters(numbers: ["lr": 0.1, "beta1": 0.5, "beta2": 0.75, "eps": 0]))
    #expect(isApproximatelyEqual(beta, 2 - 0.8 / 8.0.squareRoot(), relativeTolerance: 1e-15))
    // AdaGrad on g: G = 4, x = 2 − 0.5·4/√4 = 1.
    let adagrad = try firstStep("adagrad", "adagrad-sum-of-gradients", Hyperparameters(numbers: ["lr": 0.5, "eps": 0]))
    #expect(isApproximatelyEqual(adagrad, 1, relativeTolerance: 1e-15))
    // RMSProp, α = 0.5: v = (0.5·4)² = 4, x = 2 − 0.1·4/2 = 1.8 (the reference: v = 8).
    let rmsprop = try firstStep(
      "rmsprop", "rmsprop-decay-on-gradient", Hyperparameters(numbers: ["lr": 0.1, "alpha": 0.5, "eps": 0]))
    #expect(isApproximatelyEqual(rmsprop, 1.8, relativeTolerance: 1e-15))
    // ε inside the root, ε = 9: AdaGrad G = 16, x = 2 − 0.5·4/√25 = 1.6 (the reference: 2 − 2/13).
    let adagradEps = try firstStep(
      "adagrad", "adagrad-eps-inside-sqrt", Hyperparameters(numbers: ["lr": 0.5, "eps": 9]))
    #expect(isApproximatelyEqual(adagradEps, 1.6, relativeTolerance: 1e-15))
    // RMSProp, α = 0.5, ε = 17: v = 8, x = 2 − 0.1·4/√25 = 1.92.
    let rmspropEps = try firstStep(
      "rmsprop", "rmsprop-eps-inside-sqrt", Hyperparameters(numbers: ["lr": 0.1, "alpha": 0.5, "eps": 17]))
    #expect(isApproximatelyEqual(rmspropEps, 1.92, relativeTolerance: 1e-15))
  }

  @Test("the sample submissions <assignment>-<id> are named after catalogued mistakes")
  func submissionFolders() throws {
    let root = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    let submissions = root.appendingPathComponent("Tests/DescentEndToEndTests/Submissions")
    let assignments = try FileManager.default.contentsOfDirectory(
      atPath: root.appendingPathComponent("assignments").path)
    let folders = try FileManager.default.contentsOfDirectory(atPath: submissions.path)
    // Correct solutions in other forms are named solution-…; the rest are not mistakes either.
    let notMistakes: Set = [
      "compile-error", "crash-in-adagrad", "crash-in-random-search", "loop-in-rmsprop", "partial",
      "search-returns-minimizer", "numeric-wrong-length", "prediction-flood", "gradient-transposed",
      "calls-grader-search",
    ]
    let ids = folders.compactMap { folder -> String? in
      let owner = assignments.filter { folder.hasPrefix("\($0)-") }.max { $0.count < $1.count }
      return owner.map { String(folder.dropFirst($0.count + 1)) }
    }.filter { !notMistakes.contains($0) && !$0.hasPrefix("solution-") }
    #expect(ids.count >= 20, "\(folders)")
    var routineMistakes: [String] = DifferenceFormula.allCases.flatMap {
      NumericGradientMistakes.mistakes(of: $0).map(\.id)
    }
    routineMistakes += GradientCheckMistakes.all.map(\.id) + RandomSearchMistakes.all.map(\.id)
    routineMistakes += SecondDerivativeTestMistakes.all.map(\.id)
    routineMistakes += LinearClassifierLoss.allCases.flatMap { LinearClassifierMistakes.mistakes(of: $0).map(\.id) }
    routineMistakes += LinearClassifierMistakes.trainingMistakes.map(\.id)
    routineMistakes += LinearClassifierMistakes.predictionMistakes.map(\.id)
    routineMistakes += LineSearchMistakes.backtracking.map(\.id) + LineSearchMistakes.strongWolfe.map(\.id)
    routineMistakes += ScheduleCatalog.names.flatMap { ScheduleMistakes.mistakes(of: $0).map(\.id) }
    routineMistakes += ["norm", "value"].flatMap { ClippingMistakes.mistakes(of: $0).map(\.id) }
    for scheme in InitializationScheme.allCases {
      for distribution in InitializationDistribution.allCases {
        routineMistakes += InitializationMistakes.mistakes(of: scheme, distribution).map(\.id)
      }
    }
    routineMistakes += NetworkLossMistakes.all.map(\.id) + [NetworkLossMistakes.trainingAscent.id]
    let catalogued = Set(MistakeCatalog.all.map(\.id) + routineMistakes)
    for id in ids { #expect(catalogued.contains(id), "a sample submission is named for \(id), no catalogued mistake") }
  }
}
