import Foundation

extension SelfCheckManifest {
  /// Non-finite numbers as JSON strings: a classic mistake's trajectory may
  /// diverge to ±∞ or NaN, which JSON numbers cannot hold.
  static let nonFiniteStrings = (positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")

  /// The encoder `descent kit` writes `descent-selfcheck.json` with: sorted
  /// keys, and ±∞ and NaN as the strings "inf", "-inf" and "nan".
  public static func makeEncoder() -> JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    encoder.nonConformingFloatEncodingStrategy = .convertToString(
      positiveInfinity: nonFiniteStrings.positiveInfinity, negativeInfinity: nonFiniteStrings.negativeInfinity,
      nan: nonFiniteStrings.nan)
    return encoder
  }

  /// The decoder the kit's self-check reads `descent-selfcheck.json` with,
  /// the counterpart of ``makeEncoder()``.
  public static func makeDecoder() -> JSONDecoder {
    let decoder = JSONDecoder()
    decoder.nonConformingFloatDecodingStrategy = .convertFromString(
      positiveInfinity: nonFiniteStrings.positiveInfinity, negativeInfinity: nonFiniteStrings.negativeInfinity,
      nan: nonFiniteStrings.nan)
    return decoder
  }
}
