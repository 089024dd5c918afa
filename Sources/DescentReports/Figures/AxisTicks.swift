import Foundation

/// Where an axis gets its ticks and what they read: about five round values
/// on a linear axis (steps of 1, 2 or 5 times a power of ten), whole decades
/// on a logarithmic one (every second or third when there are many).
enum AxisTicks {
  /// The tick values of `axis`, inside its range.
  static func values(for axis: Figure.Axis) -> [Double] {
    if axis.isLogarithmic {
      let (low, high) = (Int(floor(log10(axis.lower))), Int(ceil(log10(axis.upper))))
      let stride = max(1, (high - low + 5) / 6)
      let inside = { (value: Double) in value >= axis.lower * (1 - 1e-12) && value <= axis.upper * (1 + 1e-12) }
      let decades = Swift.stride(from: low, through: high, by: stride).map { pow(10, Double($0)) }.filter(inside)
      guard decades.count < 3 else { return decades }
      // Less than three decades shown: 2 and 5 times each power of ten too.
      return (low...high).flatMap { power in [1.0, 2, 5].map { $0 * pow(10, Double(power)) } }.filter(inside)
    }
    let rough = (axis.upper - axis.lower) / 5
    let exponent = floor(log10(rough))
    let magnitude = pow(10, exponent)
    let multiple = [1.0, 2, 5, 10].first { $0 * magnitude >= rough } ?? 10
    let step = multiple * magnitude
    // Tick k is k·multiple·10^exponent, computed so that 3 × 0.2 reads 0.6.
    let scale = pow(10, abs(exponent))
    let value = { (k: Double) in exponent < 0 ? k * multiple / scale : k * multiple * scale }
    let first = ceil(axis.lower / step)
    let last = floor(axis.upper / step + 1e-9)
    guard first <= last, last - first < 100 else { return [] }
    return Swift.stride(from: first, through: last, by: 1).map(value)
  }

  /// A tick's words: up to four significant digits, exponent form for very
  /// large or small magnitudes ("0.25", "1200", "1e-06", "3.5e+08").
  static func label(_ value: Double) -> String {
    guard value != 0 else { return "0" }
    let magnitude = abs(value)
    if magnitude >= 1e5 || magnitude < 1e-3 {
      let text = String(format: "%.3g", value)
      return text.replacingOccurrences(of: "e+0", with: "e").replacingOccurrences(of: "e-0", with: "e-")
        .replacingOccurrences(of: "e+", with: "e")
    }
    return String(format: "%.4g", value)
  }
}
