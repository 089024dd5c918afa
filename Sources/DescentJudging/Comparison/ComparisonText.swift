import Foundation

/// Numbers as comparisons write them for people: enough digits to see the
/// difference, and no more. Shared by the engine's checks and the student
/// kit's self-check so both say the same thing.
public enum ComparisonText {
  /// `value` with 8 significant digits ("0.98310012"), or "NaN", "inf", "-inf".
  public static func value(_ value: Double) -> String {
    value.isFinite ? format(value, digits: 8) : nonFinite(value)
  }

  /// `expected` and `got` with the fewest significant digits (8 to 17) that
  /// tell them apart.
  public static func pair(expected: Double, got: Double) -> (expected: String, got: String) {
    guard expected.isFinite, got.isFinite else {
      return (value(expected), value(got))
    }
    for digits in 8...17 {
      let (a, b) = (format(expected, digits: digits), format(got, digits: digits))
      if a != b || digits == 17 { return (a, b) }
    }
    return (value(expected), value(got))
  }

  /// Two significant digits in scientific notation without padding: "9.6e-4", "1.2e3", "0".
  public static func scientific(_ value: Double) -> String { scientific(value, digits: 2) }

  /// `value` in scientific notation with `digits` significant digits, without padding.
  private static func scientific(_ value: Double, digits: Int) -> String {
    guard value.isFinite else { return nonFinite(value) }
    guard value != 0 else { return "0" }
    let text = String(format: "%.\(max(0, digits - 1))e", value)
    guard let e = text.firstIndex(of: "e") else { return text }
    let mantissa = text[..<e]
    var exponent = text[text.index(after: e)...]
    let sign = exponent.first == "-" ? "-" : ""
    exponent = exponent.drop { $0 == "+" || $0 == "-" }
    let digits = exponent.drop { $0 == "0" }
    return "\(mantissa)e\(sign)\(digits.isEmpty ? "0" : String(digits))"
  }

  /// A relative error beside the most it may be, each in scientific
  /// notation with the fewest digits (2 to 17) that keep them apart, so that
  /// an error just over its bound never reads as equal to it:
  /// "relative error 1.04e-6, allowed 1.0e-6".
  public static func error(_ error: Double, allowed: Double) -> String {
    guard error.isFinite, allowed.isFinite, error != allowed else {
      return "relative error \(scientific(error)), allowed \(scientific(allowed))"
    }
    for digits in 2...17 {
      let (e, a) = (scientific(error, digits: digits), scientific(allowed, digits: digits))
      if e != a { return "relative error \(e), allowed \(scientific(allowed, digits: 2))" }
    }
    return "relative error \(scientific(error)), allowed \(scientific(allowed))"
  }

  /// A point as "(1, -2.5)", at most `limit` coordinates then "…".
  public static func point(_ point: [Double], limit: Int = 6) -> String {
    let shown = point.prefix(limit).map(value)
    return "(" + shown.joined(separator: ", ") + (point.count > limit ? ", …" : "") + ")"
  }

  private static func format(_ value: Double, digits: Int) -> String {
    String(format: "%.\(digits)g", value)
  }

  private static func nonFinite(_ value: Double) -> String {
    value.isNaN ? "NaN" : (value > 0 ? "inf" : "-inf")
  }
}
