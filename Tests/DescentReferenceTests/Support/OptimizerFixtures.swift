import DescentCore
import DescentReference
import Foundation

/// The golden files written by tools/golden/make_optimizer_fixtures.py from
/// torch (float64), read from the test bundle's Fixtures/optimizers folder.
enum OptimizerFixtures {
  /// Fixtures/optimizers/`name`, decoded as `T`.
  static func load<T: Decodable>(_ type: T.Type, from name: String) throws -> T {
    guard let folder = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
      throw FixtureMissing(name: "Fixtures")
    }
    let url = folder.appendingPathComponent("optimizers").appendingPathComponent(name)
    return try JSONDecoder().decode(T.self, from: Data(contentsOf: url))
  }

  /// Every trajectory case, by id; empty (and the tests fail) when the file cannot be read.
  static let trajectories: [TrajectoryCase] = (try? load(TrajectoryFile.self, from: "trajectories.json").cases) ?? []

  /// The ids of ``trajectories``, for `@Test(arguments:)`.
  static var trajectoryIDs: [String] { trajectories.map(\.id) }

  /// The case called `id`.
  static func trajectory(_ id: String) throws -> TrajectoryCase {
    guard let found = trajectories.first(where: { $0.id == id }) else { throw FixtureMissing(name: id) }
    return found
  }
}

/// A fixture file or case that is not there.
struct FixtureMissing: Error, CustomStringConvertible {
  var name: String
  var description: String { "no fixture '\(name)': run tools/golden/make_optimizer_fixtures.py" }
}

/// trajectories.json.
struct TrajectoryFile: Decodable {
  var source: String
  var cases: [TrajectoryCase]
}

/// One torch run: optimizer, hyper-parameters, problem, start, and every
/// `pointStride`-th point with the loss at every point.
struct TrajectoryCase: Decodable, Sendable {
  var id: String
  var optimizer: String
  var hyperparameters: Hyperparameters
  var problem: ProblemSpecification
  var start: [Double]
  var steps: Int
  var pointStride: Int
  var points: [[Double]]
  var losses: [Double]
  var schedule: ScheduleFixture?

  enum CodingKeys: String, CodingKey {
    case id, optimizer, hyperparameters, problem, start, steps, points, losses, schedule
    case pointStride = "point_stride"
  }
}

/// A torch learning-rate scheduler: `step` (StepLR), `exponential`,
/// `cosine` (CosineAnnealingLR) or `linear` (LinearLR from factor 1).
struct ScheduleFixture: Decodable, Sendable, CustomStringConvertible {
  var kind: String
  var stepSize: Int?
  var gamma: Double?
  var tMax: Int?
  var etaMin: Double?
  var endFactor: Double?
  var totalIters: Int?

  enum CodingKeys: String, CodingKey {
    case kind, gamma
    case stepSize = "step_size"
    case tMax = "t_max"
    case etaMin = "eta_min"
    case endFactor = "end_factor"
    case totalIters = "total_iters"
  }

  var description: String { kind }
}

extension ScheduleFixture {
  /// The reference schedule torch's scheduler follows, starting from `initialRate`.
  func schedule(initialRate: Double) throws -> any LearningRateSchedule {
    switch kind {
    case "step":
      return StepDecay(initialRate: initialRate, stepSize: stepSize ?? 1, gamma: gamma ?? 0.1)
    case "exponential":
      return ExponentialDecay(initialRate: initialRate, gamma: gamma ?? 1)
    case "cosine":
      return CosineAnnealing(initialRate: initialRate, minimumRate: etaMin ?? 0, period: tMax ?? 1)
    case "linear":
      return LinearDecay(
        initialRate: initialRate, finalRate: initialRate * (endFactor ?? 1), horizon: totalIters ?? 1)
    default:
      throw FixtureMissing(name: "schedule kind \(kind)")
    }
  }
}
