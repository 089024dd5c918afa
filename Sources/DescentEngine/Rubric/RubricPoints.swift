import DescentJudging
import DescentCore

/// The `points` of a gradient or value check: an explicit list of points,
/// or `{count, seed, low, high, dimension}` drawn uniformly from the box
/// [low, high]ⁿ with the seeded generator, the same on every machine.
enum RubricPoints {
  static func read(_ field: RubricField) throws(RubricError) -> [[Double]] {
    if case .mapping = field.node { return try random(field) }
    let elements = try field.list()
    guard !elements.isEmpty, elements.count <= RubricItemReader.maximumPoints else {
      throw field.mismatch("a non-empty list of points (at most \(RubricItemReader.maximumPoints))")
    }
    var points: [[Double]] = []
    for element in elements {
      let point = try element.numbers()
      guard !point.isEmpty, point.count <= RubricItemReader.maximumDimension else {
        throw element.mismatch("a non-empty list of numbers")
      }
      if let first = points.first, first.count != point.count {
        throw element.error(
          "\(element.path) has \(coordinateCount(point.count)), \(field.path)[0] has \(first.count)")
      }
      points.append(point)
    }
    return points
  }

  private static func random(_ field: RubricField) throws(RubricError) -> [[Double]] {
    let fields = try field.mapping(allowed: ["count", "seed", "low", "high", "dimension"])
    func required(_ name: String) throws(RubricError) -> RubricField {
      guard let value = fields[name] else { throw field.error("\(field.path).\(name) is missing") }
      return value
    }
    let count = try required("count").positiveInteger(atMost: RubricItemReader.maximumPoints)
    let dimension = try required("dimension").positiveInteger(atMost: RubricItemReader.maximumDimension)
    let low = try required("low").number()
    let highField = try required("high")
    let high = try highField.number()
    guard high > low, (high - low).isFinite else {
      throw highField.mismatch("a number greater than low (\(ComparisonText.value(low)))")
    }
    guard count * dimension <= RubricItemReader.maximumPoints * 100 else {
      throw field.error("\(field.path) asks for \(count) points of dimension \(dimension), too many to check")
    }
    let seed = try fields["seed"]?.seed() ?? 0
    return draw(count: count, dimension: dimension, low: low, high: high, seed: seed)
  }

  /// `count` points uniform in [low, high]^dimension from `seed`.
  static func draw(count: Int, dimension: Int, low: Double, high: Double, seed: UInt64) -> [[Double]] {
    var generator = PointGenerator(seed: seed)
    return (0..<count).map { _ in
      (0..<dimension).map { _ in low + (high - low) * Double(generator.next() >> 11) * 0x1.0p-53 }
    }
  }
}

/// SplitMix64.
private struct PointGenerator {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

/// "1 coordinate", "3 coordinates".
func coordinateCount(_ count: Int) -> String { count == 1 ? "1 coordinate" : "\(count) coordinates" }
