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

  private static func segments(
    in cell: (row: Int, column: Int), xs: [Double], ys: [Double], values: [[Double]], level: Double
  ) -> [[Figure.Point]] {
    let (i, j) = cell
    // Corners counter-clockwise from the bottom left: (x_j, y_i), (x_j+1, y_i), (x_j+1, y_i+1), (x_j, y_i+1).
    let corners = [
      (xs[j], ys[i], values[i][j]), (xs[j + 1], ys[i], values[i][j + 1]),
      (xs[j + 1], ys[i + 1], values[i + 1][j + 1]), (xs[j], ys[i + 1], values[i + 1][j]),
    ]
    guard corners.allSatisfy({ $0.2.isFinite }) else { return [] }
    let above = corners.map { $0.2 > level }
    // The crossing on each edge k (from corner k to corner k+1), where the level is straddled.
    let crossings: [Figure.Point?] = (0..<4).map { k in
      let (a, b) = (corners[k], corners[(k + 1) % 4])
      guard above[k] != above[(k + 1) % 4] else { return nil }
      let t = (level - a.2) / (b.2 - a.2)
      return Figure.Point(a.0 + t * (b.0 - a.0), a.1 + t * (b.1 - a.1))
    }
    let cut = crossings.indices.compactMap { crossings[$0] == nil ? nil : $0 }
    switch cut.count {
    case 2:
      guard let p = crossings[cut[0]], let q = crossings[cut[1]] else { return [] }
      return [[p, q]]
    case 4:
      let centre = corners.reduce(0) { $0 + $1.2 } / 4
      // Join the crossings around the corners on the centre's other side.
      let pairs = (centre > level) == above[0] ? [(0, 1), (2, 3)] : [(3, 0), (1, 2)]
      return pairs.compactMap { pair in
        guard let p = crossings[pair.0], let q = crossings[pair.1] else { return nil }
        return [p, q]
      }
    default:
      return []
    }
  }
}
