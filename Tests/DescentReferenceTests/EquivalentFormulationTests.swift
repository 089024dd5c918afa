import DescentCore
import DescentReference
import DescentTestSupport
import Testing

/// The formulations the lecture calls the same method agree, in the sense
/// each test states.
@Suite("Equivalent formulations")
struct EquivalentFormulationTests {
  static func points(_ optimizer: any Optimizer, _ problem: ProblemSpecification, _ start: [Double], _ steps: Int)
    throws -> [[Double]]
  {
    try Trajectory.run(optimizer, on: try TestProblems.objective(for: problem), from: start, steps: steps).points
  }

  static func firstDifference(_ a: [[Double]], _ b: [[Double]], rtol: Double, atol: Double) -> String? {
    guard a.count == b.count else { return "\(a.count) points vs \(b.count)" }
    for (k, (p, q)) in zip(a, b).enumerated() {
      for i in p.indices where !isApproximatelyEqual(p[i], q[i], relativeTolerance: rtol, absoluteTolerance: atol) {
        return "step \(k), x[\(i)]: \(p[i]) vs \(q[i])"
      }
    }
    return nil
  }

  /// Seeded random (problem, start, α, ρ) for the property tests.
  static let momentumCases: [(seed: UInt64, problem: String)] = (0..<6).map {
    ($0, ["rosenbrock", "quadratic"][Int($0) % 2])
  }

  /// Momentum, constant lr α: the step form v′ ← ρv′ − αg, x ← x + v′ and
  /// torch's velocity form v ← ρv + g, x ← x − αv visit the same points,
  /// because v′ = −αv at every step (torch's first buffer v₁ = g is ρ·0 + g).
  /// They differ only by rounding: 1e-9 relative over 200 steps.
  @Test("the two momentum forms give the same points (constant lr)", arguments: momentumCases)
  func momentumForms(seed: UInt64, problem: String) throws {
    var generator = SeededGenerator(seed: seed)
    let dimension = problem == "rosenbrock" ? 2 + generator.nextInt(below: 3) : 5
    let spec = ProblemSpecification(
      name: problem, dimension: dimension, parameters: problem == "quadratic" ? ["condition": 100] : [:])
    let start = (0..<dimension).map { _ in generator.uniform(in: -1.5..<1.5) }
    let momentum = generator.uniform(in: 0.5..<0.95)
    let lr = (problem == "rosenbrock" ? 1e-4 : 1e-3) * generator.uniform(in: 1..<5)
    let torchForm = try Self.points(SGD(learningRate: lr, momentum: momentum), spec, start, 200)
    let velocity = try Self.points(MomentumVelocityForm(learningRate: lr, momentum: momentum), spec, start, 200)
    let step = try Self.points(MomentumStepForm(learningRate: lr, momentum: momentum), spec, start, 200)
    let context = "seed \(seed), \(problem) n=\(dimension), lr \(lr), ρ \(momentum)"
    #expect(Self.firstDifference(torchForm, velocity, rtol: 0, atol: 0) == nil, "velocity form vs SGD, \(context)")
    let difference = Self.firstDifference(torchForm, step, rtol: 1e-9, atol: 1e-12)
    #expect(difference == nil, "step form vs velocity form, \(context): \(difference ?? "")")
  }

  /// Under a schedule the forms part: the step form keeps the old αs inside
  /// v′ while torch's multiplies the whole buffer by the new α. The lecture's
  /// "same method" holds for a constant lr only.
  @Test("the two momentum forms part under a changing lr")
  func momentumFormsUnderSchedule() throws {
    let spec = ProblemSpecification(name: "quadratic", dimension: 2, parameters: ["condition": 10])
    let schedule = StepDecay(initialRate: 0.01, stepSize: 5, gamma: 0.5)
    let torchForm = try Self.points(ScheduledOptimizer(SGD(momentum: 0.9), schedule: schedule), spec, [1, 1], 10)
    let step = try Self.points(
      ScheduledOptimizer(MomentumStepForm(momentum: 0.9), schedule: schedule), spec, [1, 1], 10)
    #expect(Self.firstDifference(Array(torchForm.prefix(6)), Array(step.prefix(6)), rtol: 1e-12, atol: 0) == nil)
    #expect(Self.firstDifference(torchForm, step, rtol: 1e-6, atol: 0) != nil)
  }

  /// Nesterov: the look-ahead form (v ← ρv − α∇f(x + ρv), x ← x + v) and
  /// torch's form (b ← ρb + g, x̃ ← x̃ − α(g + ρb)) are one method under
  /// x̃ = x + ρv: torch's k-th point is the look-ahead form's xₖ + ρvₖ.
  @Test("the two Nesterov forms agree under x̃ = x + ρv", arguments: [0 as UInt64, 1, 2, 3])
  func nesterovForms(seed: UInt64) throws {
    var generator = SeededGenerator(seed: seed)
    let rosenbrock = try TestProblems.objective(for: ProblemSpecification(name: "rosenbrock", dimension: 3))
    let start = (0..<3).map { _ in generator.uniform(in: -1.5..<1.5) }
    let (lr, rho) = (1e-4 * generator.uniform(in: 1..<4), generator.uniform(in: 0.5..<0.95))
    let torchForm = try Trajectory.run(
      NesterovMomentum(learningRate: lr, momentum: rho), on: rosenbrock, from: start, steps: 200)
    let viaSGD = try Trajectory.run(
      SGD(learningRate: lr, momentum: rho, nesterov: true), on: rosenbrock, from: start, steps: 200)
    #expect(Self.firstDifference(torchForm.points, viaSGD.points, rtol: 1e-12, atol: 1e-15) == nil)
    var lookAhead = NesterovLookAhead(learningRate: lr, momentum: rho)
    var x = start
    var mapped = [start]
    for _ in 0..<200 {
      try lookAhead.step(&x, on: rosenbrock)
      mapped.append(lookAhead.lookAheadPoint(from: x))
    }
    let difference = Self.firstDifference(torchForm.points, mapped, rtol: 1e-9, atol: 1e-12)
    #expect(difference == nil, "seed \(seed), lr \(lr), ρ \(rho): \(difference ?? "")")
    // Unmapped, the forms differ from the first step on.
    let raw = try Trajectory.run(
      NesterovLookAhead(learningRate: lr, momentum: rho), on: rosenbrock, from: start, steps: 3)
    #expect(Self.firstDifference(Array(torchForm.points.prefix(4)), raw.points, rtol: 1e-9, atol: 0) != nil)
  }

  @Test("AdamW with weight_decay 0 is Adam, point for point")
  func adamWithoutDecay() throws {
    let spec = ProblemSpecification(name: "rosenbrock", dimension: 2)
    for amsgrad in [false, true] {
      let adam = try Self.points(Adam(learningRate: 1e-2, amsgrad: amsgrad), spec, [-1.2, 1], 200)
      let adamW = try Self.points(AdamW(learningRate: 1e-2, weightDecay: 0, amsgrad: amsgrad), spec, [-1.2, 1], 200)
      #expect(Self.firstDifference(adam, adamW, rtol: 0, atol: 0) == nil, "amsgrad \(amsgrad)")
    }
  }

  /// "Adam (almost)": m ← β₁m + (1 − β₁)g, v ← β₂v + (1 − β₂)g², x ← x − αm/(√v + ε),
  /// no bias correction. On f(x) = x² from x = 1 with α = 0.1 (g = 2x):
  /// step 1: m = 0.2, v = 0.004, x = 1 − 0.02/(√0.004 + 1e-8) = 0.683772283983154;
  /// steps 2 and 3 computed the same way by hand (in float64).
  @Test("Adam (almost), without bias correction, against hand-computed steps")
  func adamAlmost() throws {
    let optimizer = try OptimizerRegistry.makeOptimizer(
      named: "adam", hyperparameters: Hyperparameters(numbers: ["lr": 0.1], flags: ["bias_correction": false]))
    let points = try Self.points(optimizer, ProblemSpecification(name: "square", dimension: 1), [1], 3)
    let byHand = [1, 0.683772283983154, 0.2702060685051434, -0.16214134322164342]
    for (k, expected) in byHand.enumerated() {
      #expect(isApproximatelyEqual(points[k][0], expected, relativeTolerance: 1e-14), "step \(k): \(points[k][0])")
    }
    var m = 0.0
    var v = 0.0
    var x = 1.0
    m = 0.9 * m + 0.1 * 2 * x
    v = 0.999 * v + 0.001 * (2 * x) * (2 * x)
    x -= 0.1 * m / (v.squareRoot() + 1e-8)
    #expect(isApproximatelyEqual(x, byHand[1], relativeTolerance: 1e-15))
    // With bias correction the first step is lr·sign(g) (m̂ = g, v̂ = g²): x = 0.9.
    let corrected = try Self.points(Adam(learningRate: 0.1), ProblemSpecification(name: "square", dimension: 1), [1], 1)
    #expect(isApproximatelyEqual(corrected[1][0], 1 - 0.1 * 2 / (2 + 1e-8), relativeTolerance: 1e-14))
  }

  @Test("the registry offers the other form where the lecture says it is the same")
  func registryForms() throws {
    let momentum = try OptimizerRegistry.equivalentOptimizers(
      named: "sgd", hyperparameters: Hyperparameters(numbers: ["momentum": 0.9]))
    #expect(momentum.map(\.formulation.name) == ["sgd-momentum-step"])
    let nesterov = try OptimizerRegistry.equivalentOptimizers(
      named: "sgd", hyperparameters: Hyperparameters(numbers: ["momentum": 0.9], flags: ["nesterov": true]))
    #expect(nesterov.map(\.formulation.name) == ["sgd-nesterov-lookahead"])
    let damped = try OptimizerRegistry.equivalentOptimizers(
      named: "sgd", hyperparameters: Hyperparameters(numbers: ["momentum": 0.9, "dampening": 0.1]))
    #expect(damped.isEmpty)
    #expect(try OptimizerRegistry.equivalentOptimizers(named: "adam").isEmpty)
  }
}
