/// Text cleaning shared by every report writer: student output is hostile
/// input (control characters, invalid UTF-8, fake markup, megabytes of it),
/// and a report must stay readable and well-formed whatever it holds.
public enum ReportText {
  /// The cap, in UTF-8 bytes, that writers apply to one item's captured output.
  public static let outputCap = 64 * 1024

  /// The cap, in UTF-8 bytes, on one piece of text the student's code chose
  /// (an error's description, a name): enough for any honest message.
  public static let studentTextCap = 4 * 1024

  /// Text the student's code chose, made fit for one line of any report:
  /// controls, bidi overrides and non-characters replaced (``singleLine(_:)``),
  /// then cut to `limit` UTF-8 bytes with a visible "… (truncated, N bytes)"
  /// giving the original size: `originalBytes` when `text` is already a cut
  /// of a longer text.
  public static func studentLine(
    _ text: String, atBytes limit: Int = studentTextCap, originalBytes: Int? = nil
  ) -> String {
    let length = text.utf8.count
    let total = max(length, originalBytes ?? 0)
    guard total > limit || total > length else { return singleLine(text) }
    return singleLine(String(prefix(text, bytes: limit))) + " … (truncated, \(total) bytes)"
  }

  /// `text` in French quotation marks, made fit by
  /// ``studentLine(_:atBytes:originalBytes:)``: how a report shows words that
  /// are the student's, not the grader's.
  public static func quoted(
    _ text: String, atBytes limit: Int = studentTextCap, originalBytes: Int? = nil
  ) -> String {
    "«" + studentLine(text, atBytes: limit, originalBytes: originalBytes) + "»"
  }

  /// Decodes `bytes` as UTF-8, replacing each invalid sequence with U+FFFD.
  public static func decoding<Bytes: Collection>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
    String(decoding: bytes, as: UTF8.self)
  }

  /// `text` cut to at most `limit` UTF-8 bytes on a Unicode scalar boundary, with
  /// a visible marker saying how much was left out; `text` itself when it fits.
  public static func capped(_ text: String, atBytes limit: Int) -> String {
    let utf8 = text.utf8
    let total = utf8.count
    guard total > max(0, limit) else { return text }
    let kept = prefix(text, bytes: limit)
    return String(kept) + "\n[… output truncated: showing the first \(kept.utf8.count) of \(total) bytes]"
  }

  /// The longest prefix of `text` of at most `limit` UTF-8 bytes that ends on
  /// a Unicode scalar boundary.
  private static func prefix(_ text: String, bytes limit: Int) -> Substring {
    let utf8 = text.utf8
    guard utf8.count > max(0, limit) else { return text[...] }
    var end = utf8.index(utf8.startIndex, offsetBy: max(0, limit))
    while end > utf8.startIndex, utf8[end] & 0xC0 == 0x80 { end = utf8.index(before: end) }
    return Substring(text.unicodeScalars[..<end])
  }

  /// `text` with every character XML 1.0 forbids, even as a reference,
  /// replaced by U+FFFD: C0 controls other than tab, line feed and carriage
  /// return, and U+FFFE, U+FFFF; bidi embeddings, overrides and isolates
  /// (which reorder what a reader sees) too.
  public static func xmlSafe(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: { !isXMLCharacter($0) || isBidiControl($0) }) else { return text }
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      result.append(isXMLCharacter(scalar) && !isBidiControl(scalar) ? scalar : replacement)
    }
    return String(result)
  }

  /// `text` safe to print on a terminal: control characters other than tab
  /// and line feed (escape sequences among them), bidi controls and the
  /// non-characters U+FFFE, U+FFFF replaced by U+FFFD, and carriage returns
  /// dropped.
  public static func printable(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: { isControl($0) }) else { return text }
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if scalar == "\r" { continue }
      result.append(isControl(scalar) ? replacement : scalar)
    }
    return String(result)
  }

  /// `text` on one line: line breaks and tabs become spaces, other control
  /// characters, bidi controls and non-characters U+FFFD.
  public static func singleLine(_ text: String) -> String {
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\n", "\r", "\t": result.append(" ")
      default: result.append(isControl(scalar) || !isXMLCharacter(scalar) ? replacement : scalar)
      }
    }
    return String(result)
  }

  /// A number of points for people: at most two decimals, no trailing zeros
  /// ("4", "1.5", "0.67").
  public static func points(_ value: Double) -> String {
    guard value.isFinite else { return "0" }
    let hundredths = (value * 100).rounded()
    let negative = hundredths < 0
    let magnitude = Int(abs(hundredths))
    var text = String(magnitude / 100)
    let fraction = magnitude % 100
    if fraction != 0 {
      text += fraction % 10 == 0 ? ".\(fraction / 10)" : (fraction < 10 ? ".0\(fraction)" : ".\(fraction)")
    }
    return negative ? "-" + text : text
  }

  /// Seconds with exactly three decimals and no exponent ("0.012"), as JUnit
  /// consumers require; negative or non-finite input reads as zero.
  public static func seconds(_ value: Double) -> String {
    guard value.isFinite, value > 0 else { return "0.000" }
    let thousandths = Int((min(value, 1e12) * 1000).rounded())
    let fraction = thousandths % 1000
    let padded = fraction < 10 ? "00\(fraction)" : (fraction < 100 ? "0\(fraction)" : "\(fraction)")
    return "\(thousandths / 1000).\(padded)"
  }

  private static let replacement: Unicode.Scalar = "\u{FFFD}"

  private static func isXMLCharacter(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x9, 0xA, 0xD: true
    case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
    default: false
    }
  }

  /// C0 and C1 controls other than tab and line feed, bidi controls, and
  /// the non-characters U+FFFE, U+FFFF.
  private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x9, 0xA: false
    case 0x0...0x1F, 0x7F...0x9F, 0xFFFE, 0xFFFF: true
    default: isBidiControl(scalar)
    }
  }

  /// U+202A–U+202E (embeddings and overrides) and U+2066–U+2069 (isolates).
  private static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x202A...0x202E, 0x2066...0x2069: true
    default: false
    }
  }
}
