import Foundation

/// One chart of an item's feedback, as data: what the item's judge saw,
/// drawn by ``SVGFigure`` (in the HTML report) and stored in the report's
/// JSON, so that every writer draws the same picture.
///
/// A figure is a plane with two axes, each linear or logarithmic, holding
/// contour lines (a 2-D problem's level sets), series (the reference's
/// path, the student's, a mistake's, a threshold) and labelled markers
/// (the first divergent step).
public struct Figure: Codable, Sendable, Equatable {
  /// What the chart shows ("Path on Rosenbrock (2-D)").
  public var title: String
  /// The horizontal axis.
  public var x: Axis
  /// The vertical axis.
  public var y: Axis
  /// Level sets of the problem, lightest first; empty for a plain chart.
  public var contours: [ContourLine]
  /// The lines drawn, in drawing order.
  public var series: [Series]
  /// Labelled points.
  public var markers: [Marker]
  /// One sentence under the chart, or nil.
  public var caption: String?

  /// Creates a figure.
  public init(
    title: String, x: Axis, y: Axis, contours: [ContourLine] = [], series: [Series], markers: [Marker] = [],
    caption: String? = nil
  ) {
    self.title = title
    self.x = x
    self.y = y
    self.contours = contours
    self.series = series
    self.markers = markers
    self.caption = caption
  }

  /// One axis: its label, its scale and its range.
  public struct Axis: Codable, Sendable, Equatable {
    /// The label ("step", "x₁", "f(x)").
    public var label: String
    /// Whether values are drawn on a logarithmic scale (all must be positive).
    public var isLogarithmic: Bool
    /// The range shown; points outside it are clipped to its edge.
    public var lower: Double
    /// The range's upper end, above `lower`.
    public var upper: Double

    /// Creates an axis over `lower…upper` (widened when empty or reversed).
    public init(label: String, isLogarithmic: Bool = false, lower: Double, upper: Double) {
      self.label = label
      self.isLogarithmic = isLogarithmic
      let (low, high) = Self.sane(lower, upper, logarithmic: isLogarithmic)
      self.lower = low
      self.upper = high
    }

    /// An axis spanning `values` (the finite, and for a log axis positive,
    /// ones), padded by `padding` of the span on each side.
    public static func spanning(
      _ values: [Double], label: String, isLogarithmic: Bool = false, padding: Double = 0.05
    ) -> Axis {
      let usable = values.filter { $0.isFinite && (!isLogarithmic || $0 > 0) }
      guard let low = usable.min(), let high = usable.max() else {
        return Axis(label: label, isLogarithmic: isLogarithmic, lower: isLogarithmic ? 1e-16 : 0, upper: 1)
      }
      if isLogarithmic {
        let (a, b) = (log10(low), log10(high))
        let pad = max(b - a, 1) * padding
        return Axis(label: label, isLogarithmic: true, lower: pow(10, a - pad), upper: pow(10, b + pad))
      }
      let pad = max(high - low, Swift.max(abs(high), 1) * 1e-9) * padding
      return Axis(label: label, lower: low - pad, upper: high + pad)
    }

    private static func sane(_ lower: Double, _ upper: Double, logarithmic: Bool) -> (Double, Double) {
      var low = lower.isFinite ? lower : 0
      var high = upper.isFinite ? upper : 1
      if logarithmic {
        low = low > 0 ? low : 1e-16
        high = high > low ? high : low * 10
      } else if !(high > low) {
        let center = low
        let half = Swift.max(abs(center) * 0.5, 0.5)
        (low, high) = (center - half, center + half)
      }
      return (low, high)
    }
  }

  /// A point of the plane.
  public struct Point: Codable, Sendable, Equatable {
    /// The horizontal coordinate.
    public var x: Double
    /// The vertical coordinate.
    public var y: Double

    /// Creates a point.
    public init(_ x: Double, _ y: Double) {
      self.x = x
      self.y = y
    }
  }

  /// One drawn line.
  public struct Series: Codable, Sendable, Equatable {
    /// The legend's words for it.
    public var name: String
    /// What it is, which sets how it is drawn.
    public var role: Role
    /// Its points, in order; a nil (a point that had a non-finite
    /// coordinate) breaks the line. JSON has no NaN or infinity, so none is stored.
    public var points: [Point?]
    /// Whether each point is also drawn as a dot (a path of steps).
    public var marksPoints: Bool

    /// Creates a series; points with a non-finite coordinate become breaks.
    public init(name: String, role: Role, points: [Point], marksPoints: Bool = false) {
      self.name = name
      self.role = role
      self.points = points.map { $0.x.isFinite && $0.y.isFinite ? $0 : nil }
      self.marksPoints = marksPoints
    }
  }

  /// What a series is.
  public enum Role: String, Codable, Sendable, Equatable, CaseIterable {
    /// The reference's values: solid.
    case reference
    /// The student's values: solid, the strongest colour.
    case student
    /// A named mistake's values: faint and dashed.
    case mistake
    /// A limit (a tolerance, a threshold): dotted.
    case threshold
    /// One of several comparable lines (a race of optimizers, a sweep).
    case other
    /// Bars: each point (x, y) a bar from the axis up to y, centred on x,
    /// as wide as the spacing of the points (a histogram).
    case bars
  }

  /// A level set: polylines where the problem's value is `level`.
  public struct ContourLine: Codable, Sendable, Equatable {
    /// The value on the line.
    public var level: Double
    /// Its pieces, each a polyline.
    public var pieces: [[Point]]

    /// Creates a contour line.
    public init(level: Double, pieces: [[Point]]) {
      self.level = level
      self.pieces = pieces
    }
  }

  /// A labelled point ("step 37: diverged").
  public struct Marker: Codable, Sendable, Equatable {
    /// Where it is.
    public var point: Point
    /// What it says.
    public var label: String

    /// Creates a marker.
    public init(point: Point, label: String) {
      self.point = point
      self.label = label
    }
  }
}

extension Figure.Axis {
  /// Whether `values` read best on a logarithmic axis: none negative, and
  /// the positive ones spanning more than two decades (zeros are then not
  /// drawn, as a loss that reached its minimum exactly).
  public static func prefersLogarithmic(_ values: [Double]) -> Bool {
    let finite = values.filter(\.isFinite)
    let positive = finite.filter { $0 > 0 }
    guard finite.allSatisfy({ $0 >= 0 }), let low = positive.min(), let high = positive.max() else { return false }
    return high / low > 100
  }
}
