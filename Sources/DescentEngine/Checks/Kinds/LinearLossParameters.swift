import DescentCore
import DescentJudging
import DescentReference
import DescentReports
import DescentWire

/// A linear-loss check: the student's loss (naive or vectorized) on a
/// seeded data set at seeded weights must give the reference's L and dW,
/// and dW must agree with centered differences of the student's own loss
/// at `gradientProbes` seeded entries of W. With `timeFactor`, the call
/// must also take at most that many times the reference's time on the same
/// work, measured by the grader in the same run: a loop where the
/// vectorized form was asked loses the item.
///
/// ```yaml
/// check:
///   kind: linear_loss
///   routine: softmax_vectorized      # the catalog's linearLosses key
///   loss: softmax                    # or svm
///   data: {generator: blobs, points_per_class: 20, classes: 3, dimension: 4, seed: 1, bias: true}
///   weights: {scale: 0.01, seed: 2}
///   regularization: 0.1
///   gradient_probes: 6
/// ```
public struct LinearLossParameters: Sendable, Equatable {
  /// The routine's catalog name.
  public var routine: String
  /// The loss the reference computes.
  public var loss: LinearClassifierLoss
  /// X and y.
  public var data: DataSpecification
  /// W.
  public var weights: WeightsSpecification
  /// λ.
  public var regularization: Double
  /// How close L and each entry of dW must be.
  public var tolerance: ComparisonTolerance
  /// How many entries of W the student's own loss is differenced at.
  public var gradientProbes: Int
  /// h for those differences.
  public var step: Double
  /// The largest relative error between dW and those differences.
  public var threshold: Double
  /// Seeds the choice of entries.
  public var seed: UInt64
  /// The most times the reference's time the call may take, or nil for no timing.
  public var timeFactor: Double?

  /// Creates the parameters.
  public init(
    routine: String, loss: LinearClassifierLoss, data: DataSpecification, weights: WeightsSpecification,
    regularization: Double, tolerance: ComparisonTolerance = .standard, gradientProbes: Int = 0, step: Double = 1e-5,
    threshold: Double = 1e-6, seed: UInt64 = 0, timeFactor: Double? = nil
  ) {
    self.routine = routine
    self.loss = loss
    self.data = data
    self.weights = weights
    self.regularization = regularization
    self.tolerance = tolerance
    self.gradientProbes = gradientProbes
    self.step = step
    self.threshold = threshold
    self.seed = seed
    self.timeFactor = timeFactor
  }

  /// The entries of W the student's loss is differenced at, drawn from `seed`.
  var probes: [WeightEntry] {
    let columns = max(1, weights.columns)
    return OwnDifferenceFields.indices(gradientProbes, of: weights.rows * weights.columns, seed: seed).map {
      WeightEntry(row: $0 / columns, column: $0 % columns)
    }
  }

  /// Slack added to the allowed time, for process and data-building overheads that do not scale.
  static let timeSlack = Duration.milliseconds(50)
}

extension LinearLossParameters: CheckDefinition {
  public static let kind = LinearLossExpectation.kind
  public static let fieldNames = [
    "routine", "loss", "data", "weights", "regularization", "tolerance", "gradient_probes", "step", "threshold", "seed",
    "time_factor",
  ]

  public init(reading fields: CheckFields) throws(RubricError) {
    let data = try fields.data()
    let timeFactor = try fields["time_factor"].map { field throws(RubricError) -> Double in
      let factor = try field.positiveNumber()
      guard factor >= 1 else { throw field.mismatch("a factor of at least 1") }
      return factor
    }
    let (routine, loss, weights) = (try fields.routine(), try fields.linearLoss(), try fields.weights(for: data))
    let regularization = try fields.required("regularization").nonNegativeNumber()
    let tolerance = try fields.tolerance()
    let differences = try fields.ownDifferences()
    self.init(
      routine: routine, loss: loss, data: data, weights: weights, regularization: regularization, tolerance: tolerance,
      gradientProbes: differences.probes, step: differences.step, threshold: differences.threshold,
      seed: differences.seed, timeFactor: timeFactor)
  }

  /// L and dW at W; then, with probes, L at W ± h·E for each probed entry.
  public var tasks: [HarnessTask] {
    let evaluation = LinearLossTask(routine: routine, data: data, weights: weights, regularization: regularization)
    guard gradientProbes > 0 else { return [.linearLoss(evaluation)] }
    var differenced = evaluation
    differenced.displacements = probes.flatMap { entry in
      [
        WeightDisplacement(row: entry.row, column: entry.column, amount: step),
        WeightDisplacement(row: entry.row, column: entry.column, amount: -step),
      ]
    }
    return [.linearLoss(evaluation), .linearLoss(differenced)]
  }

  /// The reference's L and dW, and each classic mistake's.
  public func expectation() throws -> any CheckExpectation {
    let set = data.make()
    let w = weights.make()
    let right = try loss.lossAndGradient(
      weights: w, inputs: set.features, labels: set.labels, regularization: regularization)
    return LinearLossExpectation(
      routine: routine, loss: loss.rawValue, value: right.loss, gradient: right.gradient.nestedRows,
      tolerance: tolerance, probes: probes, step: step, threshold: threshold,
      mistakes: LinearClassifierMistakes.mistakes(of: loss).compactMap { known in
        guard let answer = try? known.routine(right, w, set.features, set.labels, regularization) else { return nil }
        return LinearLossMistakeAnswer(mistake: known.named, value: answer.loss, gradient: answer.gradient.nestedRows)
      })
  }

  /// With `time_factor`, fails a passing item whose call took longer than
  /// that many times the reference's time on the same work (building the
  /// data and weights, then L and dW; the best of three runs when one is not
  /// enough to pass it), plus ``timeSlack``.
  public func amending(_ verdict: Verdict, results: [HarnessResult], durations: [Duration]) -> Verdict {
    guard let timeFactor, verdict.outcome == .passed, let taken = durations.first else { return verdict }
    let clock = ContinuousClock()
    func measured() -> Duration {
      clock.measure {
        let set = data.make()
        _ = try? loss.lossAndGradient(
          weights: weights.make(), inputs: set.features, labels: set.labels, regularization: regularization)
      }
    }
    // One run settles a fast call; a slow one is judged against the best of three.
    var reference = measured()
    if taken > reference * timeFactor + Self.timeSlack { reference = min(reference, measured(), measured()) }
    let allowed = reference * timeFactor + Self.timeSlack
    guard taken > allowed else { return verdict }
    func seconds(_ duration: Duration) -> String {
      ComparisonText.value((duration.descentSeconds * 1000).rounded() / 1000) + " s"
    }
    return .failed(
      "right, but slow: L and dW took \(seconds(taken)), more than \(ComparisonText.value(timeFactor))× the"
        + " reference's \(seconds(reference)) (+ \(seconds(Self.timeSlack)))",
      details: [
        "the vectorized loss is timed: form the scores with one matrix product (X·W) and dW with another (Xᵀ·dS),"
          + " not with loops over examples and classes"
      ])
  }
}

extension CheckSpecification {
  /// A linear-loss check.
  public static func linearLoss(_ parameters: LinearLossParameters) -> Self { Self(parameters) }
}
