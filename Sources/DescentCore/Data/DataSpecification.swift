/// A data set as a rubric describes it: a seeded generator and its sizes,
/// built identically by the grader and in the student's process, so that
/// no data file is ever handed to a student.
///
/// | generator    | features                         | classes | what it is                                  |
/// |--------------|----------------------------------|---------|---------------------------------------------|
/// | `blobs`      | `dimension`                      | any     | ``GaussianBlobs`` with σ = `spread`          |
/// | `spirals`    | 2                                | any     | ``Spirals`` with noise `spread` (def. 0.2)   |
/// | `cifar_like` | 3072                             | any     | CIFAR-10's shape: ``GaussianBlobs`` in 3072 dimensions, centers in ±30 and σ = 60, like mean-subtracted pixels |
///
/// With `appendsBias`, a last feature of 1 is appended to every example
/// (the bias trick): CIFAR-like data then has 3073 features, as in the
/// course's N × 3073 × 10 problem.
public struct DataSpecification: Codable, Hashable, Sendable {
  /// The generators a specification can name.
  public enum Generator: String, Codable, CaseIterable, Sendable {
    /// Isotropic Gaussian clusters.
    case blobs
    /// Interleaved spiral arms in the plane.
    case spirals
    /// Gaussian clusters of CIFAR-10's shape (3072 features).
    case cifarLike = "cifar_like"
  }

  /// The generator.
  public var generator: Generator
  /// Examples per class.
  public var pointsPerClass: Int
  /// C, the number of classes.
  public var classes: Int
  /// Features before the bias column (`blobs` only; 2 for spirals, 3072 for CIFAR-like).
  public var dimension: Int
  /// σ of the blobs, or the spirals' angle noise; nil for the generator's default.
  public var spread: Double?
  /// Seeds the generator.
  public var seed: UInt64
  /// Whether a last feature of 1 is appended (the bias trick).
  public var appendsBias: Bool

  /// The most features or examples a specification may ask for.
  public static let maximumFeatures = 4096
  /// The most examples.
  public static let maximumExamples = 100_000

  /// Creates a specification.
  public init(
    generator: Generator, pointsPerClass: Int, classes: Int, dimension: Int = 2, spread: Double? = nil, seed: UInt64,
    appendsBias: Bool = false
  ) {
    self.generator = generator
    self.pointsPerClass = pointsPerClass
    self.classes = classes
    self.dimension = dimension
    self.spread = spread
    self.seed = seed
    self.appendsBias = appendsBias
  }

  /// D, the number of features of every example, the bias column included.
  public var featureCount: Int {
    let base =
      switch generator {
      case .blobs: dimension
      case .spirals: 2
      case .cifarLike: 3072
      }
    return base + (appendsBias ? 1 : 0)
  }

  /// N, the number of examples.
  public var exampleCount: Int { max(0, pointsPerClass) * max(1, classes) }

  /// The data set.
  public func make() -> LabeledData {
    let data =
      switch generator {
      case .blobs:
        GaussianBlobs.make(
          pointsPerClass: pointsPerClass, classes: classes, dimension: dimension, spread: spread ?? 1, seed: seed)
      case .spirals:
        Spirals.make(pointsPerClass: pointsPerClass, classes: classes, noise: spread ?? 0.2, seed: seed)
      case .cifarLike:
        GaussianBlobs.make(
          pointsPerClass: pointsPerClass, classes: classes, dimension: 3072, spread: spread ?? 60, centerBox: 30,
          seed: seed)
      }
    guard appendsBias else { return data }
    let features = data.features
    var scalars: [Double] = []
    scalars.reserveCapacity(features.rows * (features.columns + 1))
    for row in 0..<features.rows {
      let start = row * features.columns
      scalars.append(contentsOf: features.scalars[start..<(start + features.columns)])
      scalars.append(1)
    }
    return LabeledData(
      generated: Matrix(rows: features.rows, columns: features.columns + 1, generated: scalars), labels: data.labels,
      classes: data.classes)
  }
}

/// Weights as a rubric describes them: `scale` × standard normals from a
/// seeded generator, row by row, built identically on both sides.
public struct WeightsSpecification: Codable, Hashable, Sendable {
  /// The number of rows (D, the features).
  public var rows: Int
  /// The number of columns (C, the classes).
  public var columns: Int
  /// The factor on each standard normal draw.
  public var scale: Double
  /// Seeds the generator.
  public var seed: UInt64

  /// Creates a specification.
  public init(rows: Int, columns: Int, scale: Double, seed: UInt64) {
    self.rows = rows
    self.columns = columns
    self.scale = scale
    self.seed = seed
  }

  /// The weights W, rows × columns.
  public func make() -> Matrix {
    var generator = SeededGenerator(seed: seed)
    let count = max(0, rows) * max(0, columns)
    return Matrix(
      rows: max(0, rows), columns: max(0, columns), generated: (0..<count).map { _ in scale * generator.nextNormal() })
  }
}
