import DescentCore
import DescentJudging
import DescentReference
import DescentReports
import DescentWire

/// A random-search check: the student's search, handed a generator seeded
/// with `seed`, draws `tries` weight vectors (`scale ×` standard normals)
/// for a test problem and must return the best, as
/// ``RandomSampling/best(of:dimension:tries:scale:generator:)`` does.
///
/// ```yaml
/// check:
///   kind: random_search
///   routine: random_search       # the catalog's randomSearches key
///   problem: {name: paraboloid, dimension: 2}
///   tries: 200
///   scale: 2.0
///   seed: 7
/// ```
public struct RandomSearchParameters: Sendable, Equatable {
  /// The routine's catalog name.
  public var routine: String
  /// The loss searched.
  public var problem: ProblemSpecification
  /// How many samples.
  public var tries: Int
  /// The scale of each sample.
  public var scale: Double
  /// Seeds the generator.
  public var seed: UInt64
  /// How close each coordinate must be.
  public var tolerance: ComparisonTolerance

  /// The most samples an item may ask for.
  public static let maximumTries = 100_000

  /// Creates the parameters.
  public init(
    routine: String, problem: ProblemSpecification, tries: Int, scale: Double, seed: UInt64,
    tolerance: ComparisonTolerance = .standard
  ) {
    self.routine = routine
    self.problem = problem
    self.tries = tries
    self.scale = scale
    self.seed = seed
    self.tolerance = tolerance
  }
}

extension RandomSearchParameters: CheckDefinition {
  public static let kind = RandomSearchExpectation.kind
  public static let fieldNames = ["routine", "problem", "tries", "scale", "seed", "tolerance"]

  public init(reading fields: CheckFields) throws(RubricError) {
    self.init(
      routine: try fields.routine(), problem: try fields.problem(dimension: nil),
      tries: try fields.required("tries").positiveInteger(atMost: Self.maximumTries),
      scale: try fields.required("scale").positiveNumber(), seed: try fields.seed(), tolerance: try fields.tolerance())
  }

  public var tasks: [HarnessTask] {
    [.randomSearch(RandomSearchTask(routine: routine, problem: problem, tries: tries, scale: scale, seed: seed))]
  }

  /// The best sample, and the weights each classic mistake returns.
  public func expectation() throws -> any CheckExpectation {
    let objective = try ReferenceCatalog.problem(problem)
    let f = { (x: [Double]) in objective.value(at: x) }
    func run(_ search: RandomSearchMistakes.Routine) -> [Double] {
      var generator = SeededGenerator(seed: seed)
      return search(f, problem.dimension, tries, scale, &generator)
    }
    let best = run(RandomSearchMistakes.reference)
    return RandomSearchExpectation(
      routine: routine, problem: problem, tries: tries, best: best, tolerance: tolerance,
      mistakes: RandomSearchMistakes.all.map { known in
        MistakeAnswers(
          mistake: known.named, answers: [run(known.routine)])
      })
  }
}
