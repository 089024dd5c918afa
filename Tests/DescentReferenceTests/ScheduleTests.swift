import DescentCore
import DescentReference
import DescentTestSupport
import Testing

/// Learning-rate schedules against torch's schedulers, and the Deep
/// Learning book's linear decay by hand.
@Suite("Learning-rate schedules")
struct ScheduleTests {
  struct File: Decodable {
    struct Entry: Decodable {
      var schedule: ScheduleFixture
      var initialRate: Double
      var rates: [Double]
      enum CodingKeys: String, CodingKey {
        case schedule, rates
        case initialRate = "initial_lr"
      }
    }
    var schedules: [Entry]
  }

  @Test("step, exponential, cosine annealing and linear decay give torch's rates")
  func againstTorch() throws {
    let file = try OptimizerFixtures.load(File.self, from: "schedules.json")
    #expect(Set(file.schedules.map(\.schedule.kind)) == ["step", "exponential", "cosine", "linear"])
    for entry in file.schedules {
      let schedule = try entry.schedule.schedule(initialRate: entry.initialRate)
      #expect(entry.rates.count == 100)
      // torch updates lr recursively (lr ← lr·γ, …); the closed forms differ by rounding only.
      for (k, expected) in entry.rates.enumerated() {
        let got = schedule.learningRate(atStep: k)
        #expect(
          isApproximatelyEqual(got, expected, relativeTolerance: 1e-12, absoluteTolerance: 1e-15),
          "\(entry.schedule) step \(k): torch \(expected), reference \(got)")
      }
    }
  }

  @Test("linear decay to a floor: εₖ = (1 − k/τ)ε₀ + (k/τ)ε_τ, then ε_τ")
  func linearDecayByHand() {
    let schedule = LinearDecay(initialRate: 0.1, finalRate: 0.001, horizon: 100)
    let expected: [(Int, Double)] = [
      (0, 0.1), (25, 0.75 * 0.1 + 0.25 * 0.001), (50, 0.0505), (99, 0.01 * 0.1 + 0.99 * 0.001), (100, 0.001),
      (101, 0.001), (10_000, 0.001),
    ]
    for (k, rate) in expected {
      #expect(isApproximatelyEqual(schedule.learningRate(atStep: k), rate, relativeTolerance: 1e-15), "k = \(k)")
    }
  }

  @Test("step decay and cosine annealing by hand")
  func byHand() {
    let step = StepDecay(initialRate: 1, stepSize: 10, gamma: 0.5)
    #expect(
      step.learningRate(atStep: 9) == 1 && step.learningRate(atStep: 10) == 0.5 && step.learningRate(atStep: 25) == 0.25
    )
    let cosine = CosineAnnealing(initialRate: 1, minimumRate: 0.1, period: 10)
    #expect(isApproximatelyEqual(cosine.learningRate(atStep: 5), 0.55, relativeTolerance: 1e-15))
    #expect(isApproximatelyEqual(cosine.learningRate(atStep: 10), 0.1, relativeTolerance: 1e-15))
    #expect(ExponentialDecay(initialRate: 2, gamma: 0.5).learningRate(atStep: 3) == 0.25)
  }

  @Test("a scheduled optimizer uses ε₀ for its first step and εₖ for step k + 1")
  func scheduledOptimizer() throws {
    let square = try TestProblems.objective(for: ProblemSpecification(name: "square", dimension: 1))
    var optimizer = ScheduledOptimizer(SGD(), schedule: StepDecay(initialRate: 0.25, stepSize: 1, gamma: 0.5))
    var x = [1.0]
    // f = x², g = 2x: x₁ = 1 − 0.25·2 = 0.5, x₂ = 0.5 − 0.125·1 = 0.375.
    try optimizer.step(&x, on: square)
    #expect(x == [0.5])
    try optimizer.step(&x, on: square)
    #expect(x == [0.375])
  }
}
