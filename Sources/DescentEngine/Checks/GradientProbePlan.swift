import Foundation

/// Where a gradient check evaluates the student's function to
/// differentiate it numerically: for each point x, the pairs x ± h·v for
/// every probe direction v (unit vectors eᵢ for full and sparse checks, one
/// random unit vector u for a directional check), all known before the run
/// so that one request carries them.
struct GradientProbePlan: Sendable, Equatable {
  /// The probe directions at each point, as (coordinate index or nil, vector).
  var probes: [[Probe]]
  /// The perturbed points, in the order: point by point, probe by probe, + then −.
  var evaluationPoints: [[Double]]
  /// The step h.
  var step: Double

  /// One direction along which a point is probed.
  struct Probe: Sendable, Equatable {
    /// The coordinate i for a unit vector eᵢ; nil for a random direction.
    var coordinate: Int?
    /// The direction, of unit length.
    var direction: [Double]
  }

  /// Plans the probes for `points` under `method`, drawing coordinates or
  /// directions from `seed`.
  init(points: [[Double]], method: GradientMethod, step: Double, seed: UInt64) {
    var generator = ProbeGenerator(seed: seed)
    self.step = step
    probes = points.map { point in
      let dimension = point.count
      func unit(_ index: Int) -> Probe {
        var vector = [Double](repeating: 0, count: dimension)
        vector[index] = 1
        return Probe(coordinate: index, direction: vector)
      }
      switch method {
      case .full:
        return (0..<dimension).map(unit)
      case .sparse(let coordinates):
        var indices = Array(0..<dimension)
        for i in stride(from: dimension - 1, to: 0, by: -1) {
          indices.swapAt(i, Int(generator.next() % UInt64(i + 1)))
        }
        return indices.prefix(min(coordinates, dimension)).sorted().map(unit)
      case .directional:
        var vector = (0..<dimension).map { _ in generator.nextGaussian() }
        var norm = vector.reduce(0) { $0 + $1 * $1 }.squareRoot()
        if !(norm > 1e-12) {
          vector = [Double](repeating: 1, count: dimension)
          norm = Double(dimension).squareRoot()
        }
        return [Probe(coordinate: nil, direction: vector.map { $0 / norm })]
      }
    }
    var evaluationPoints: [[Double]] = []
    for (point, pointProbes) in zip(points, probes) {
      for probe in pointProbes {
        evaluationPoints.append(zip(point, probe.direction).map { $0 + step * $1 })
        evaluationPoints.append(zip(point, probe.direction).map { $0 - step * $1 })
      }
    }
    self.evaluationPoints = evaluationPoints
  }

  /// The index in ``evaluationPoints`` of the first value of point `index`.
  func offset(ofPoint index: Int) -> Int {
    probes[..<index].reduce(0) { $0 + 2 * $1.count }
  }
}

/// SplitMix64 with a Box–Muller normal draw: the same sequence on every machine.
private struct ProbeGenerator {
  var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  mutating func nextUniform() -> Double { (Double(next() >> 11) + 0.5) * 0x1.0p-53 }

  mutating func nextGaussian() -> Double {
    let u = nextUniform()
    let v = nextUniform()
    return (-2 * log(u)).squareRoot() * cos(2 * Double.pi * v)
  }
}
