import Foundation

/// Level sets of a function sampled on a grid, by marching squares.
///
/// Each cell of the grid is cut by a level where its corners' values
/// straddle it; the cut's ends are placed by linear interpolation along the
/// cell's edges. A saddle cell (opposite corners on the same side) is
/// resolved by the value at its centre, the mean of its corners.
public enum ContourTracing {
  /// The contour lines of `values` (`values[row][column]`, row i at `ys[i]`,
  /// column j at `xs[j]`) at each of `levels`, as segments in data
  /// coordinates. Non-finite samples leave their cells out.
  public static func lines(xs: [Double], ys: [Double], values: [[Double]], levels: [Double]) -> [Figure.ContourLine] {
    guard xs.count >= 2, ys.count >= 2, values.count == ys.count, values.allSatisfy({ $0.count == xs.count }) else {
      return []
    }
    return levels.map { level in
      var pieces: [[Figure.Point]] = []
      for row in 0..<(ys.count - 1) {
        for column in 0..<(xs.count - 1) {
          pieces += segments(in: (row, column), xs: xs, ys: ys, values: values, level: level)
        }
      }
      return Figure.ContourLine(level: level, pieces: pieces)
    }
  }

  /// `count` levels spaced evenly in log₁₀(f − min + δ) between the grid's
  /// smallest and largest finite values: level sets close together near a
  /// minimum, as lectures draw them.
  public static func logarithmicLevels(of values: [[Double]], count: Int) -> [Double] {
    let finite = values.joined().filter(\.isFinite)
    guard let low = finite.min(), let high = finite.max(), high > low, count > 0 else { return [] }
    let offset = (high - low) * 1e-6
    let (a, b) = (log10(offset), log10(high - low + offset))
    return (1...count).map { low - offset + pow(10, a + (b - a) * Double($0) / Double(count + 1)) }
  }

  /// The level's crossing segments in one cell (none, one, or two at a
  /// saddle), without allocating: this runs for every cell and level.
  private static func segments(
    in cell: (row: Int, column: Int), xs: [Double], ys: [Double], values: [[Double]], level: Double
  ) -> [[Figure.Point]] {
    let (i, j) = cell
    // Corners counter-clockwise from the bottom left.
    let (x0, x1, y0, y1) = (xs[j], xs[j + 1], ys[i], ys[i + 1])
    let (v0, v1, v2, v3) = (values[i][j], values[i][j + 1], values[i + 1][j + 1], values[i + 1][j])
    guard v0.isFinite, v1.isFinite, v2.isFinite, v3.isFinite else { return [] }
    let (a0, a1, a2, a3) = (v0 > level, v1 > level, v2 > level, v3 > level)
    if a0 == a1 && a1 == a2 && a2 == a3 { return [] }
    func cross(_ pa: (Double, Double, Double), _ pb: (Double, Double, Double)) -> Figure.Point {
      let t = (level - pa.2) / (pb.2 - pa.2)
      return Figure.Point(pa.0 + t * (pb.0 - pa.0), pa.1 + t * (pb.1 - pa.1))
    }
    let c0 = (x0, y0, v0)
    let c1 = (x1, y0, v1)
    let c2 = (x1, y1, v2)
    let c3 = (x0, y1, v3)
    // Edge k joins corner k and corner k + 1.
    let e0 = a0 != a1 ? cross(c0, c1) : nil
    let e1 = a1 != a2 ? cross(c1, c2) : nil
    let e2 = a2 != a3 ? cross(c2, c3) : nil
    let e3 = a3 != a0 ? cross(c3, c0) : nil
    if let e0, let e1, let e2, let e3 {
      // A saddle: join the crossings around the corners on the centre's other side.
      let centreAbove = (v0 + v1 + v2 + v3) / 4 > level
      return centreAbove == a0 ? [[e0, e1], [e2, e3]] : [[e3, e0], [e1, e2]]
    }
    let ends = [e0, e1, e2, e3].compactMap { $0 }
    return ends.count == 2 ? [ends] : []
  }
}
