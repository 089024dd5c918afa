import DescentCore
import DescentReports
import DescentWire
import Testing

@testable import DescentJudging

/// Every judge fed arbitrary decoded replies, as a student process that
/// writes its own frames on the grader's channel could send them: counts from
/// empty to huge, NaN, infinities, error flags with any payload. None may
/// trap, and each verdict's status, credit and summary must agree.
@Suite("Judges: arbitrary replies")
struct JudgeFuzzTests {
  /// One kind of item: its tasks and expectation.
  struct Subject: Sendable, CustomStringConvertible {
    var description: String
    var tasks: [HarnessTask]
    var expectation: ItemExpectation
  }

  static let problem = ProblemSpecification(name: "paraboloid", dimension: 2)
  static let trajectoryTask = HarnessTask.trajectory(
    TrajectoryTask(
      optimizer: "sgd", hyperparameters: Hyperparameters(numbers: ["lr": 0.1]), problem: problem, start: [1, 1],
      steps: 3, seed: 0))
  static let points: [[Double]] = [[1, 2], [-3, 0.5]]
  static let unitProbes: [[[Double]]] = points.map { _ in [[1, 0], [0, 1]] }
  static let probePoints: [[Double]] = zip(points, unitProbes).flatMap { point, probes in
    probes.flatMap { direction in
      [zip(point, direction).map { $0 + 1e-5 * $1 }, zip(point, direction).map { $0 - 1e-5 * $1 }]
    }
  }

  static let subjects: [Subject] = baseSubjects + linearSubjects + networkSubjects

  static let network = NetworkSpecification(inputs: 1, hidden: 2, classes: 2, scale: 0.5, seed: 3)
  static let shape = NetworkShape(of: network)
  static let networkSubjects: [Subject] = [
    Subject(
      description: "schedule",
      tasks: [
        .schedule(ScheduleTask(routine: "step", settings: Hyperparameters(numbers: ["lr": 0.1]), steps: [0, 5]))
      ],
      expectation: .schedule(
        ScheduleExpectation(
          routine: "step", schedule: "step", steps: [0, 5], rates: [0.1, 0.05], tolerance: .standard,
          creditsPerStep: true, mistakes: [MistakeAnswers(mistake: mistake, answers: [0.1, 0.025])]))),
    Subject(
      description: "clipping",
      tasks: [.clipping(ClippingTask(routine: "norm", threshold: 5, gradients: [[3, 4], [30, -40]]))],
      expectation: .clipping(
        ClippingExpectation(
          routine: "norm", rule: "norm", threshold: 5, gradients: [[3, 4], [30, -40]], clipped: [[3, 4], [3, -4]],
          tolerance: .standard, creditsPerGradient: true,
          mistakes: [MistakeAnswers(mistake: mistake, answers: [[3, 4], [30, -40]])]))),
    Subject(
      description: "initialization",
      tasks: [0, 1].map { .initialization(InitializationTask(routine: "he", fanIn: 2, fanOut: 3, seed: $0)) },
      expectation: .initialization(
        InitializationExpectation(
          routine: "he", scheme: "He, normal", fanIn: 2, fanOut: 3,
          law: DrawLaw(distribution: "normal", standardDeviation: 0.01),
          mistakes: [LawMistake(mistake: mistake, law: DrawLaw(distribution: "uniform", standardDeviation: 0.02))]))),
    Subject(
      description: "network loss",
      tasks: [
        .networkLoss(NetworkLossTask(routine: "net", data: data, network: network, regularization: 0.1)),
        .networkLoss(
          NetworkLossTask(
            routine: "net", data: data, network: network, regularization: 0.1,
            displacements: [
              ParameterDisplacement(index: 0, amount: 1e-5), ParameterDisplacement(index: 0, amount: -1e-5),
            ])),
      ],
      expectation: .networkLoss(
        NetworkLossExpectation(
          routine: "net", shape: shape, value: 0.7, gradient: (0..<shape.count).map { Double($0) / 10 },
          tolerance: .standard, probes: [0], step: 1e-5, threshold: 1e-6,
          mistakes: [
            NetworkLossMistakeAnswer(mistake: mistake, value: 0.8, gradient: [Double](repeating: 1, count: shape.count))
          ]))),
    Subject(
      description: "network training",
      tasks: [
        .networkTraining(
          NetworkTrainingTask(
            trainer: "sgd", loss: "net", data: data, network: network,
            plan: MinibatchPlan(learningRate: 0.1, regularization: 0, batchSize: 2, epochs: 1, seed: 4)))
      ],
      expectation: .networkTraining(
        NetworkTrainingExpectation(
          trainer: "sgd", steps: 2, shape: shape, parameters: (0..<shape.count).map { Double($0) / 7 },
          tolerance: .standard, heldOut: data, minimumAccuracy: 0,
          mistakes: [MistakeAnswers(mistake: mistake, answers: [Double](repeating: 2, count: shape.count))]))),
  ]

  static let lineSearchTask = HarnessTask.lineSearch(
    LineSearchTask(
      routine: "search", problem: problem, points: points, directions: [[-2, -4], [6, -1]],
      settings: lineSearchSettings))
  static let lineSearchSettings = LineSearchSettings(
    initialStep: 1, sufficientDecrease: 1e-4, curvature: 0.9, contraction: 0.5, maximumEvaluations: 60)

  static let baseSubjects: [Subject] = [
    Subject(
      description: "line search (backtracking)", tasks: [lineSearchTask],
      expectation: .lineSearch(
        LineSearchExpectation(
          routine: "search", rule: .backtracking, problem: problem, points: points, directions: [[-2, -4], [6, -1]],
          settings: lineSearchSettings, steps: [0.5, 0.5],
          creditsPerPoint: true, mistakes: [MistakeAnswers(mistake: mistake, answers: [1, 1])], shortfallMistakes: []
        ))),
    Subject(
      description: "trajectory", tasks: [trajectoryTask],
      expectation: .trajectory(
        TrajectoryExpectation(
          optimizer: "sgd", steps: 3, tolerance: .standard, creditsStepsMatched: true,
          references: [
            FormulationTrajectory(formulation: "sgd", points: [[1, 1], [0.8, 0.8], [0.64, 0.64], [0.512, 0.512]])
          ],
          mistakes: [
            MistakeTrajectory(
              mistake: NamedMistake(id: "sign", title: "sign flipped", fix: "subtract"),
              points: [[1, 1], [1.2, 1.2], [1.44, 1.44], [.infinity, .nan]])
          ]))),
    Subject(
      description: "convergence (loss)", tasks: [trajectoryTask],
      expectation: .convergence(
        ConvergenceExpectation(
          optimizer: "sgd", problem: problem, dimension: 2, maxSteps: 3, measure: .loss, bound: 1e-8, minimizers: []))),
    Subject(
      description: "convergence (divergence)", tasks: [trajectoryTask],
      expectation: .convergence(
        ConvergenceExpectation(
          optimizer: "sgd", problem: problem, dimension: 2, maxSteps: 3, measure: .divergence, bound: 1e6,
          minimizers: []))),
    Subject(
      description: "value",
      tasks: [.evaluation(EvaluationTask(function: "himmelblau", points: points, includesGradient: false))],
      expectation: .value(
        ValueExpectation(
          function: "himmelblau", points: points, values: [74, 66.0625], tolerance: .standard, creditsPerPoint: true))),
    Subject(
      description: "gradient",
      tasks: [
        .evaluation(EvaluationTask(function: "himmelblau", points: points, includesGradient: true)),
        .evaluation(EvaluationTask(function: "himmelblau", points: probePoints, includesGradient: false)),
      ],
      expectation: .gradient(
        GradientExpectation(
          function: "himmelblau", points: points, gradients: [[-38, -58], [-53, 26.5]], probes: unitProbes,
          step: 1e-5, threshold: 1e-7, creditsPerPoint: true))),
    Subject(
      description: "convergence (oscillation)", tasks: [trajectoryTask],
      expectation: .convergence(
        ConvergenceExpectation(
          optimizer: "sgd", problem: problem, dimension: 2, maxSteps: 3, measure: .oscillation, bound: 1.5,
          minimizers: []))),
    Subject(
      description: "numeric gradient",
      tasks: [.numericGradient(NumericGradientTask(routine: "centered", problem: problem, points: points, step: 1e-3))],
      expectation: .numericGradient(
        NumericGradientExpectation(
          routine: "centered", formula: "centered", points: points, gradients: [[2, 4], [-6, 1]], tolerance: .standard,
          creditsPerPoint: true, mistakes: [MistakeAnswers(mistake: mistake, answers: [[4, 8], [-12, 2]])]))),
    Subject(
      description: "gradient check",
      tasks: [
        .gradientCheck(
          GradientCheckTask(routine: "check", problem: problem, points: points, step: 1e-5, gradientScale: 1.1))
      ],
      expectation: .gradientCheck(
        GradientCheckExpectation(
          routine: "check", points: points, gradientScale: 1.1, errors: [0.0476, 3.3e-5], creditsPerPoint: true,
          mistakes: [MistakeAnswers(mistake: mistake, answers: [2.2, 1.5])]))),
    Subject(
      description: "random search",
      tasks: [.randomSearch(RandomSearchTask(routine: "search", problem: problem, tries: 10, scale: 1, seed: 3))],
      expectation: .randomSearch(
        RandomSearchExpectation(
          routine: "search", problem: problem, tries: 10, best: [0.3, -0.2], tolerance: .standard,
          mistakes: [MistakeAnswers(mistake: mistake, answers: [[1.7, 2.1]])]))),
    Subject(
      description: "critical point",
      tasks: [.criticalPoints(CriticalPointTask(routine: "test", hessians: hessians))],
      expectation: .criticalPoint(
        CriticalPointExpectation(
          routine: "test", origins: hessians.map { "\($0)" },
          kinds: ["minimum", "saddle", "maximum", "degenerate", "saddle"], creditsPerHessian: true,
          mistakes: [
            MistakeAnswers(mistake: mistake, answers: ["minimum", "saddle", "minimum", "degenerate", "saddle"])
          ]
        ))),
  ]

  static let data = DataSpecification(generator: .blobs, pointsPerClass: 2, classes: 2, dimension: 1, seed: 1)
  static let weights = WeightsSpecification(rows: 1, columns: 2, scale: 1, seed: 2)
  static let linearSubjects: [Subject] = [
    Subject(
      description: "linear loss",
      tasks: [
        .linearLoss(LinearLossTask(routine: "loss", data: data, weights: weights, regularization: 0.1)),
        .linearLoss(
          LinearLossTask(
            routine: "loss", data: data, weights: weights, regularization: 0.1,
            displacements: [
              WeightDisplacement(row: 0, column: 1, amount: 1e-5), WeightDisplacement(row: 0, column: 1, amount: -1e-5),
            ])),
      ],
      expectation: .linearLoss(
        LinearLossExpectation(
          routine: "loss", loss: "softmax", value: 0.7, gradient: [[0.25, -0.25]], tolerance: .standard,
          probes: [WeightEntry(row: 0, column: 1)], step: 1e-5, threshold: 1e-6,
          mistakes: [LinearLossMistakeAnswer(mistake: mistake, value: 1.7, gradient: [[0.5, -0.5]])]))),
    Subject(
      description: "linear training",
      tasks: [
        .linearTraining(
          LinearTrainingTask(
            trainer: "sgd", loss: "loss", data: data, weights: weights,
            plan: MinibatchPlan(learningRate: 0.1, regularization: 0, batchSize: 2, epochs: 1, seed: 3)))
      ],
      expectation: .linearTraining(
        LinearTrainingExpectation(
          trainer: "sgd", steps: 2, weights: [[0.31, -0.42]], tolerance: .standard, heldOut: data,
          minimumAccuracy: 0.5, mistakes: [MistakeAnswers(mistake: mistake, answers: [[0.9, 0.8]])]))),
    Subject(
      description: "linear prediction",
      tasks: [.linearPrediction(LinearPredictionTask(routine: "predict", data: data, weights: weights))],
      expectation: .linearPrediction(
        LinearPredictionExpectation(
          routine: "predict", classes: [0, 1, 1, 0], labels: [0, 0, 1, 1],
          mistakes: [MistakeAnswers(mistake: mistake, answers: [1, 0, 0, 1])]))),
  ]

  static let mistake = NamedMistake(id: "mistake", title: "a mistake", fix: "Fix it.")
  static let hessians: [[[Double]]] = [
    [[2, 0], [0, 2]], [[2, 0], [0, -2]], [[-2, 0], [0, -2]], [[2, 0], [0, 0]], [[1, 3], [3, 1]],
  ]

  /// An arbitrary reply: any case, any count, any numbers, any flags.
  static func reply(_ random: inout SeededGenerator) -> HarnessResult {
    func number() -> Double {
      let specials: [Double] = [.nan, .infinity, -.infinity, 0, -0.0, .greatestFiniteMagnitude, .leastNonzeroMagnitude]
      return random.nextInt(below: 3) == 0
        ? specials[random.nextInt(below: specials.count)] : random.nextNormal() * 10
    }
    func count() -> Int { [0, 1, 2, 3, 4, 5, 8, 9, 4096][random.nextInt(below: 9)] }
    func vector() -> [Double] { (0..<[0, 1, 2, 3, 2, 2][random.nextInt(below: 6)]).map { _ in number() } }
    func stop() -> StudentError? {
      switch random.nextInt(below: 4) {
      case 0: StudentError(kind: .thrown, message: "matches the reference at all 3 steps")
      case 1: StudentError(kind: .notImplemented, message: String(repeating: "\u{202E}x", count: 3000))
      case 2: StudentError(kind: .missingFromCatalog, message: "")
      default: nil
      }
    }
    func label() -> String {
      let labels = ["minimum", "maximum", "saddle", "degenerate", "", String(repeating: "\u{202E}", count: 99)]
      return labels[random.nextInt(below: labels.count)]
    }
    switch random.nextInt(below: 8) {
    case 0: return .trajectory(points: (0..<count()).map { _ in vector() }, stoppedBy: stop())
    case 1:
      let gradients = random.nextInt(below: 3) == 0 ? nil : (0..<count()).map { _ in vector() }
      return .evaluations(values: (0..<count()).map { _ in number() }, gradients: gradients, stoppedBy: stop())
    case 2: return .vectors((0..<count()).map { _ in vector() }, stoppedBy: stop())
    case 3: return .numbers((0..<count()).map { _ in number() }, stoppedBy: stop())
    case 4: return .labels((0..<count()).map { _ in label() }, stoppedBy: stop())
    case 5: return .lossAndGradient(loss: number(), gradient: (0..<count()).map { _ in vector() })
    case 6:
      return .integers((0..<count()).map { _ in [0, 1, -1, 7, Int.max][random.nextInt(below: 5)] }, stoppedBy: stop())
    default: return .failed(StudentError(kind: .thrown, message: "passed"))
    }
  }

  /// The invariants every verdict keeps.
  static func expectConsistent(_ verdict: Verdict, _ context: @autoclosure () -> String) {
    #expect(verdict.credit >= 0 && verdict.credit <= 1, "\(context())")
    if verdict.outcome == .passed {
      #expect(verdict.credit == 1, "\(context())")
    } else {
      #expect(verdict.credit < 1, "a verdict that is not a pass earns full credit: \(context())")
    }
    #expect(!verdict.summary.hasPrefix("matches") && !verdict.summary.hasPrefix("passed"), "\(context())")
    #expect(verdict.summary.utf8.count < 3 * ReportText.studentTextCap, "\(context())")
  }

  /// Convergence items are the exception: a made-up path that reaches the
  /// target passes the judge, and the engine's step replay then fails it
  /// (`StepReplayTests`); the kit's self-check only ever shows a student
  /// their own result.
  @Test("through ItemJudge, no reply traps and none passes a trajectory, value or gradient item", arguments: subjects)
  func throughItemJudge(_ subject: Subject) {
    var random = SeededGenerator(seed: 0xD15C_0001)
    for trial in 0..<1500 {
      let results = (0..<subject.tasks.count + (trial % 50 == 0 ? 1 : 0)).map { _ in Self.reply(&random) }
      let verdict = ItemJudge.verdict(for: subject.expectation, tasks: subject.tasks, results: results)
      let context = String("trial \(trial): \(results)".prefix(400))
      Self.expectConsistent(verdict, context)
      if subject.expectation.kind == ConvergenceExpectation.kind { continue }
      #expect(verdict.outcome != .passed, "\(context)")
    }
  }

  @Test("each judge alone, without the shape check in front of it, never traps", arguments: subjects)
  func judgesAlone(_ subject: Subject) {
    var random = SeededGenerator(seed: 0xD15C_0002)
    for trial in 0..<1500 {
      let results = (0..<subject.tasks.count).map { _ in Self.reply(&random) }
      let verdict = subject.expectation.content.verdict(tasks: subject.tasks, results: results)
      #expect(verdict.credit >= 0 && verdict.credit <= 1, "trial \(trial)")
    }
  }

  @Test("the reply that crashed the grader: an error flag and a gradient payload of the wrong length")
  func forgedGradientReply() throws {
    let subject = try #require(Self.subjects.first { $0.description == "gradient" })
    let forged = HarnessResult.evaluations(
      values: [1, 2, 3], gradients: [[1, 2], [3, 4], [5, 6, 7, 8]],
      stoppedBy: StudentError(kind: .thrown, message: "boom"))
    let probes = HarnessResult.evaluations(
      values: [Double](repeating: 0, count: Self.probePoints.count), gradients: nil, stoppedBy: nil)
    let verdict = ItemJudge.verdict(for: subject.expectation, tasks: subject.tasks, results: [forged, probes])
    #expect(verdict.outcome == .error)
    #expect(verdict.credit == 0)
    #expect(verdict.summary.contains("was not written by Descent's harness"), "\(verdict.summary)")
  }

  @Test(
    "replies the harness does send pass the shape check",
    arguments: [
      HarnessResult.trajectory(points: [[1, 1], [0.8, 0.8], [0.64, 0.64], [0.5, 0.5]], stoppedBy: nil),
      .trajectory(points: [[1, 1]], stoppedBy: StudentError(kind: .thrown, message: "x")),
      .trajectory(points: [[1, 1], [2], [3, 4]], stoppedBy: StudentError(kind: .thrown, message: "x")),
      .failed(StudentError(kind: .notImplemented, message: "x")),
    ])
  func legitimateTrajectoryShapes(_ result: HarnessResult) {
    #expect(ReplyShape.violation(of: result, for: Self.trajectoryTask) == nil)
  }

  @Test(
    "replies the harness cannot send are named",
    arguments: [
      HarnessResult.trajectory(points: [], stoppedBy: nil),
      .trajectory(points: [], stoppedBy: StudentError(kind: .thrown, message: "x")),
      .trajectory(points: [[1, 1], [1, 1], [1, 1], [1, 1]], stoppedBy: StudentError(kind: .thrown, message: "x")),
      .trajectory(points: Array(repeating: [1, 1], count: 5), stoppedBy: nil),
      .evaluations(values: [], gradients: nil, stoppedBy: nil),
    ])
  func impossibleTrajectoryShapes(_ result: HarnessResult) {
    #expect(
      ReplyShape.violation(of: result, for: Self.trajectoryTask)?.contains("not written by Descent's harness") == true)
  }
}
