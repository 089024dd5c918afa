import DescentCore
import DescentJudging

/// How far rounding alone moves a trajectory item's points: measured on the
/// reference, per step and coordinate, so that each step is judged with a
/// tolerance no tighter than a safe multiple of it.
///
/// Where the problem makes the optimizer's map unstable (centered RMSProp or
/// Adam on Rosenbrock), a difference of one rounding grows several-fold per
/// step, and a correct implementation in another association order leaves
/// rtol 1e-6 after a few hundred steps. The envelope is the largest
/// deviation from the reference's points among four runs of the same
/// formulation: the start moved by ±2⁻⁵⁰ relative (alternating signs per
/// coordinate), and two seeded runs whose point is moved by up to 4 ulps
/// after every step (another association order rounds differently at every
/// step, not only at the start). A step's coordinate is accepted within
/// ``safety`` × its envelope when that is wider than the rubric's tolerance.
///
/// Why loosening cannot let a real mistake pass: a mistake (a wrong
/// formula, a learning rate off by 1e-6 relative) moves every step by at
/// least ~1e-6 of the step, 10⁷–10¹⁰ times a rounding (~1e-16 of the
/// point), and the same map amplifies both alike, so wherever rounding has
/// grown to E the mistake's deviation is of order 10⁷·E or more, far beyond
/// ``safety``·E = 100·E (tested: Adam on 6-D Rosenbrock for 1500 steps).
/// That holds until the deviations saturate at the scale of the points
/// themselves, where nothing can tell rounding from a mistake: the slack is
/// capped at ``saturation`` × |x|, and `descent rubric lint` reports an item
/// whose envelope reaches the tolerance within its steps (and where it
/// saturates), so the instructor can shorten it. On an item that bursts
/// (centered RMSProp on 3-D Rosenbrock: rounding grows 10¹² in 15 steps
/// around step 185) an lr off by 1e-6 shows on no item length, even at
/// rtol 1e-6 alone: below the tolerance before the burst, swamped by rounding
/// after it. Most mistakes show within the first steps, where the envelope
/// is far below the tolerance and nothing is loosened.
struct RoundingEnvelope: Equatable {
  /// The multiple of the envelope a step may deviate by.
  static let safety = 100.0
  /// The slack's ceiling, relative to the expected value: past it an item cannot tell rounding from a mistake.
  static let saturation = 1e-2
  /// The relative move of the start: 2⁻⁵⁰, a few roundings.
  static let startPerturbation = 0x1p-50
  /// The relative move of the point after each step: 4 ulps.
  static let stepPerturbation = 4 * Double.ulpOfOne

  /// The largest |deviation| from the reference per step (0 = the start) and coordinate.
  var deviations: [[Double]]

  /// The envelope of `reference`, the trajectory of a fresh `optimizer`
  /// (the formulation whose points it is) on `objective`.
  init(of reference: [[Double]], optimizer: any Optimizer, on objective: any Objective) {
    deviations = reference.map { $0.map { _ in 0 } }
    guard let start = reference.first else { return }
    let steps = reference.count - 1
    for sign in [1.0, -1.0] {
      let moved = start.indices.map { start[$0] * (1 + sign * (($0 % 2 == 0) ? 1 : -1) * Self.startPerturbation) }
      widen(with: Self.run(optimizer, on: objective, from: moved, steps: steps, noiseSeed: nil), reference: reference)
    }
    for seed: UInt64 in [1, 2] {
      widen(with: Self.run(optimizer, on: objective, from: start, steps: steps, noiseSeed: seed), reference: reference)
    }
  }

  /// The absolute slack per step and coordinate (``safety`` × the envelope,
  /// at most ``ceiling(at:tolerance:)``), or nil when it is nowhere wider
  /// than `tolerance` accepts anyway: then nothing is loosened.
  func slack(for reference: [[Double]], tolerance: ComparisonTolerance) -> [[Double]]? {
    let slack = reference.indices.map { step in
      reference[step].indices.map { i in
        min(Self.safety * deviations[step][i], Self.ceiling(at: reference[step][i], tolerance: tolerance))
      }
    }
    let loosened = FormulationTrajectory(formulation: "", points: reference, slack: slack)
    return loosened.firstLoosenedStep(under: tolerance) == nil ? nil : slack
  }

  /// The most slack a coordinate of value `x` gets: ``saturation`` × |x| + atol.
  static func ceiling(at x: Double, tolerance: ComparisonTolerance) -> Double {
    saturation * abs(x) + tolerance.absolute
  }

  /// The first step of `trajectory` whose slack reaches its ceiling in some
  /// coordinate: past it the item cannot tell rounding from a mistake.
  static func firstSaturatedStep(of trajectory: FormulationTrajectory, tolerance: ComparisonTolerance) -> Int? {
    guard let slack = trajectory.slack else { return nil }
    return trajectory.points.indices.first { step in
      step < slack.count
        && zip(slack[step], trajectory.points[step]).contains { width, x in
          width >= ceiling(at: x, tolerance: tolerance)
        }
    }
  }

  private mutating func widen(with points: [[Double]], reference: [[Double]]) {
    for step in reference.indices {
      for i in reference[step].indices {
        // A run that stopped, or left the reals, where the reference did not: rounding is unbounded there.
        let got = step < points.count && i < points[step].count ? points[step][i] : .infinity
        let deviation = got.isFinite || !reference[step][i].isFinite ? abs(got - reference[step][i]) : .infinity
        if !(deviation <= deviations[step][i]) { deviations[step][i] = deviation.isNaN ? 0 : deviation }
      }
    }
  }

  private static func run(
    _ optimizer: any Optimizer, on objective: any Objective, from start: [Double], steps: Int,
    noiseSeed: UInt64?
  ) -> [[Double]] {
    var generator = noiseSeed.map(SeededGenerator.init(seed:))
    var optimizer = optimizer
    var x = start
    var points = [start]
    points.reserveCapacity(steps + 1)
    for _ in 0..<steps {
      do {
        try optimizer.step(&x, on: objective)
      } catch {
        return points
      }
      if generator != nil {
        for i in x.indices { x[i] *= 1 + stepPerturbation * (generator?.uniform(in: -1...1) ?? 0) }
      }
      points.append(x)
    }
    return points
  }
}
