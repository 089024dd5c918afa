import Foundation

/// A ``Figure`` as a self-contained SVG element: no script, no external
/// resource, colours that follow the reader's light or dark mode, axes with
/// ticks and labels, a legend, and the same bytes for the same figure.
///
/// Every text in it is escaped; points outside an axis's range are drawn
/// on its edge, and non-finite ones (or non-positive ones on a logarithmic
/// axis) break their line.
public struct SVGFigure: Sendable {
  /// The figure drawn.
  public let figure: Figure
  /// The drawing's width, in CSS pixels.
  public let width: Double
  /// The drawing's height, in CSS pixels.
  public let height: Double
  /// The plotting area, inside the axes.
  private let plot: (left: Double, top: Double, right: Double, bottom: Double)
  /// Where each legend entry starts, and how many rows the legend takes.
  private let legendPlaces: (entries: [(row: Int, x: Double)], rows: Int)

  /// Draws `figure` in a `width` × `height` box.
  public init(_ figure: Figure, width: Double = 600, height: Double = 380) {
    self.figure = figure
    self.width = width
    self.height = height
    legendPlaces = Self.legendPlaces(of: figure.series, width: width)
    plot = (left: 70, top: 40 + 16 * Double(legendPlaces.rows), right: width - 18, bottom: height - 46)
  }

  /// Where each legend entry starts (its row and its x), rows filled left to right.
  private static func legendPlaces(of series: [Figure.Series], width: Double)
    -> (entries: [(row: Int, x: Double)], rows: Int)
  {
    var entries: [(row: Int, x: Double)] = []
    var (row, x) = (0, 70.0)
    for line in series {
      let needed = 22 + Double(legendName(line).count) * 7 + 14
      if x > 70, x + needed > width - 18 { (row, x) = (row + 1, 70) }
      entries.append((row, x))
      x += needed
    }
    return (entries, max(1, row + 1))
  }

  private static func legendName(_ series: Figure.Series) -> String {
    series.name.count > 60 ? String(series.name.prefix(59)) + "…" : series.name
  }

  /// The `<svg>` element, one line per drawn element.
  public var markup: String {
    var lines: [String] = []
    let title = XMLTree.escapedText(figure.title)
    lines.append(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"descent-figure\" viewBox=\"0 0 \(n(width)) \(n(height))\""
        + " width=\"\(n(width))\" height=\"\(n(height))\" role=\"img\" aria-label=\"\(XMLTree.escapedAttribute(figure.title))\">"
    )
    lines.append("<title>\(title)</title>")
    lines.append("<style>\(Self.style)</style>")
    lines.append("<text class=\"title\" x=\"\(n(plot.left))\" y=\"20\">\(title)</text>")
    lines += legend
    lines += grid
    for contour in figure.contours {
      let d = contour.pieces.map(path).joined()
      if !d.isEmpty { lines.append("<path class=\"contour\" d=\"\(d)\"/>") }
    }
    for (index, series) in figure.series.enumerated() {
      let kind = Self.className(series.role, index: index)
      if series.role == .bars {
        lines += bars(series.points.compactMap { $0 })
        continue
      }
      let d = path(series.points)
      if !d.isEmpty {
        lines.append(
          "<path class=\"line \(kind)\" d=\"\(d)\"><title>\(XMLTree.escapedText(series.name))</title></path>")
      }
      if series.marksPoints, series.points.count <= 400 {
        let dots = series.points.compactMap { $0.flatMap(position) }.map { "M\(n($0.0)) \(n($0.1))h0" }.joined()
        if !dots.isEmpty { lines.append("<path class=\"dots \(kind)\" d=\"\(dots)\"/>") }
      }
    }
    for marker in figure.markers {
      guard let (x, y) = position(marker.point) else { continue }
      let anchor = x > (plot.left + plot.right) / 2 ? "end" : "start"
      let dx = anchor == "end" ? -8.0 : 8.0
      lines.append("<circle class=\"marker\" cx=\"\(n(x))\" cy=\"\(n(y))\" r=\"5\"/>")
      lines.append(
        "<text class=\"marker-label\" x=\"\(n(x + dx))\" y=\"\(n(y - 8))\" text-anchor=\"\(anchor)\">"
          + "\(XMLTree.escapedText(marker.label))</text>")
    }
    lines.append(
      "<rect class=\"frame\" x=\"\(n(plot.left))\" y=\"\(n(plot.top))\" width=\"\(n(plot.right - plot.left))\""
        + " height=\"\(n(plot.bottom - plot.top))\"/>")
    lines.append("</svg>")
    return lines.joined(separator: "\n")
  }

  /// The stylesheet: light colours, and dark ones when the reader prefers them.
  static let style = """
    .descent-figure{font:12px system-ui,sans-serif}\
    .descent-figure text{fill:#222}.descent-figure .title{font-weight:600;font-size:13px}\
    .frame{fill:none;stroke:#555}.gridline{stroke:#e4e4e4}.tick{fill:#444}\
    .contour{fill:none;stroke:#c4c4c4;stroke-width:.8}\
    .line{fill:none;stroke-width:1.8;stroke-linejoin:round}.dots{fill:none;stroke-width:4;stroke-linecap:round}\
    .reference{stroke:#1f5fa8}.student{stroke:#d1242f}.mistake{stroke:#8a4fbf;stroke-dasharray:6 4;opacity:.65}\
    .threshold{stroke:#2d8a3e;stroke-dasharray:2 3}.bar{fill:#1f5fa8;opacity:.8}.bars{stroke:#1f5fa8}\
    .o0{stroke:#1f5fa8}.o1{stroke:#d1242f}.o2{stroke:#2d8a3e}.o3{stroke:#8a4fbf}.o4{stroke:#c26a00}\
    .o5{stroke:#0f8a8a}.o6{stroke:#b0358a}.o7{stroke:#5a5a5a}\
    .marker{fill:none;stroke:#d1242f;stroke-width:2}.marker-label{font-weight:600}\
    @media (prefers-color-scheme:dark){.descent-figure text{fill:#e6e6e6}.tick{fill:#c8c8c8}\
    .frame{stroke:#aaa}.gridline{stroke:#3a3a3a}.contour{stroke:#5a5a5a}\
    .reference{stroke:#6aa6f0}.student{stroke:#ff7b72}.mistake{stroke:#c39bf0}.threshold{stroke:#6fd17f}\
    .o0{stroke:#6aa6f0}.o1{stroke:#ff7b72}.o2{stroke:#6fd17f}.o3{stroke:#c39bf0}.o4{stroke:#f0a040}\
    .o5{stroke:#4fd0d0}.o6{stroke:#f07ad0}.o7{stroke:#b0b0b0}.marker{stroke:#ff7b72}.bar{fill:#6aa6f0}.bars{stroke:#6aa6f0}}
    """

  /// The CSS class of a series.
  static func className(_ role: Figure.Role, index: Int) -> String {
    role == .other ? "o\(index % 8)" : role.rawValue
  }

  /// One legend entry per series, in rows under the title.
  private var legend: [String] {
    var lines: [String] = []
    for (index, (series, place)) in zip(figure.series, legendPlaces.entries).enumerated() {
      let kind = Self.className(series.role, index: index)
      let y = 34 + 16 * Double(place.row)
      lines.append("<path class=\"line \(kind)\" d=\"M\(n(place.x)) \(n(y))h18\"/>")
      lines.append(
        "<text x=\"\(n(place.x + 22))\" y=\"\(n(y + 4))\">\(XMLTree.escapedText(Self.legendName(series)))</text>")
    }
    return lines
  }

  /// Grid lines, tick labels and axis labels.
  private var grid: [String] {
    var lines: [String] = []
    for value in AxisTicks.values(for: figure.x) {
      let x = scaled(value, figure.x, plot.left, plot.right)
      lines.append("<path class=\"gridline\" d=\"M\(n(x)) \(n(plot.top))V\(n(plot.bottom))\"/>")
      lines.append(
        "<text class=\"tick\" x=\"\(n(x))\" y=\"\(n(plot.bottom + 16))\" text-anchor=\"middle\">"
          + "\(AxisTicks.label(value))</text>")
    }
    for value in AxisTicks.values(for: figure.y) {
      let y = scaled(value, figure.y, plot.bottom, plot.top)
      lines.append("<path class=\"gridline\" d=\"M\(n(plot.left)) \(n(y))H\(n(plot.right))\"/>")
      lines.append(
        "<text class=\"tick\" x=\"\(n(plot.left - 6))\" y=\"\(n(y + 4))\" text-anchor=\"end\">"
          + "\(AxisTicks.label(value))</text>")
    }
    let middle = (plot.left + plot.right) / 2
    lines.append(
      "<text x=\"\(n(middle))\" y=\"\(n(height - 10))\" text-anchor=\"middle\">"
        + "\(XMLTree.escapedText(figure.x.label))</text>")
    let centre = (plot.top + plot.bottom) / 2
    lines.append(
      "<text x=\"14\" y=\"\(n(centre))\" text-anchor=\"middle\" transform=\"rotate(-90 14 \(n(centre)))\">"
        + "\(XMLTree.escapedText(figure.y.label))</text>")
    return lines
  }

  /// One rectangle per point, from the lower end of the vertical axis (or 0) up to the point.
  private func bars(_ points: [Figure.Point]) -> [String] {
    let sorted = points.sorted { $0.x < $1.x }
    let spacing = zip(sorted, sorted.dropFirst()).map { $1.x - $0.x }.min() ?? (figure.x.upper - figure.x.lower) / 10
    let base = figure.y.isLogarithmic ? figure.y.lower : max(figure.y.lower, min(0, figure.y.upper))
    return sorted.compactMap { point in
      guard let (left, top) = position(Figure.Point(point.x - spacing * 0.45, point.y)),
        let (right, bottom) = position(Figure.Point(point.x + spacing * 0.45, base))
      else { return nil }
      return "<rect class=\"bar\" x=\"\(n(left))\" y=\"\(n(top))\" width=\"\(n(max(0, right - left)))\""
        + " height=\"\(n(max(0, bottom - top)))\"><title>\(AxisTicks.label(point.y))</title></rect>"
    }
  }

  /// Path data through `points`, a new subpath after each point that cannot be drawn.
  private func path(_ points: [Figure.Point?]) -> String {
    var d: [UInt8] = []
    d.reserveCapacity(points.count * 12)
    var drawing = false
    for point in points {
      guard let (x, y) = point.flatMap(position) else {
        drawing = false
        continue
      }
      d.append(drawing ? UInt8(ascii: "L") : UInt8(ascii: "M"))
      Self.appendTenths(x, to: &d)
      d.append(UInt8(ascii: " "))
      Self.appendTenths(y, to: &d)
      drawing = true
    }
    return String(decoding: d, as: UTF8.self)
  }

  /// `value` with one decimal in ASCII (no ".0"), without building strings.
  private static func appendTenths(_ value: Double, to bytes: inout [UInt8]) {
    let tenths = Int((value * 10).rounded())
    if tenths < 0 { bytes.append(UInt8(ascii: "-")) }
    let magnitude = abs(tenths)
    let start = bytes.count
    var whole = magnitude / 10
    repeat {
      bytes.append(UInt8(ascii: "0") + UInt8(whole % 10))
      whole /= 10
    } while whole > 0
    bytes[start...].reverse()
    if magnitude % 10 != 0 {
      bytes.append(UInt8(ascii: "."))
      bytes.append(UInt8(ascii: "0") + UInt8(magnitude % 10))
    }
  }

  /// Where `point` is drawn, clamped to the plot; nil when it cannot be.
  private func position(_ point: Figure.Point) -> (Double, Double)? {
    guard point.x.isFinite, point.y.isFinite else { return nil }
    if figure.x.isLogarithmic && point.x <= 0 || figure.y.isLogarithmic && point.y <= 0 { return nil }
    return (scaled(point.x, figure.x, plot.left, plot.right), scaled(point.y, figure.y, plot.bottom, plot.top))
  }

  /// `value` on `axis` mapped to the screen interval from `start` (the axis's lower end) to `end`.
  private func scaled(_ value: Double, _ axis: Figure.Axis, _ start: Double, _ end: Double) -> Double {
    let transform: (Double) -> Double = axis.isLogarithmic ? log10 : { $0 }
    let low = transform(axis.lower)
    let high = transform(axis.upper)
    let t = (transform(value) - low) / (high - low)
    return start + min(1, max(0, t)) * (end - start)
  }

  /// A coordinate with one decimal, the same on every machine.
  private func n(_ value: Double) -> String {
    var bytes: [UInt8] = []
    Self.appendTenths(value, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }
}
