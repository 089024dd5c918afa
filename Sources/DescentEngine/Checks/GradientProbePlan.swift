import DescentCore

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

  /// Plans the probes of a rubric's gradient check.
  init(_ parameters: GradientParameters) {
    self.init(points: parameters.points, method: parameters.method, step: parameters.step, seed: parameters.seed)
  }

  /// Plans the probes for `points` under `method`, drawing coordinates or
  /// directions from `seed`.
  init(points: [[Double]], method: GradientMethod, step: Double, seed: UInt64) {
    var generator = SeededGenerator(seed: seed)
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
        let indices = generator.shuffledIndices(count: dimension)
        return indices.prefix(min(coordinates, dimension)).sorted().map(unit)
      case .directional:
        var vector = (0..<dimension).map { _ in generator.nextNormal() }
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
}
