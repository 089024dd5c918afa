/// What the Swift runtime's backtracer (`swift-backtrace`) wrote to standard
/// error when a student's process crashed, read back from its text format:
///
/// ```
/// *** Signal 4: Backtracing from 0x7fd65976df7f... done ***
/// *** Swift runtime failure: arithmetic overflow ***
/// Thread 0 "submission" crashed:
///   0 [inlined] [system] 0x… Swift runtime failure: arithmetic overflow in submission at //<compiler-generated>
///   1      0x… AdaGrad.step<A>(_:on:) + 210 in submission at /tmp/…/Optimizers/AdaGrad.swift:42:31
/// ```
///
/// The student's process writes this text, so it can be forged: what is
/// read from it is wording only.
struct RuntimeBacktrace: Equatable {
  /// One frame: "AdaGrad.step<A>(_:on:)" in "submission" at "/…/AdaGrad.swift":42.
  struct Frame: Equatable {
    /// The demangled symbol, without the offset.
    var symbol: String
    /// The image (program or library) the frame is in.
    var image: String
    /// The source file as the debug information names it, when known.
    var file: String?
    /// The source line, when known.
    var line: Int?
    /// Marked "[system]": code the compiler generated (thunks, implicit closures).
    var isSystem = false
  }

  /// The signal of the "*** Signal N: Backtracing" line: the runtime's
  /// crash handler ran for it.
  var signal: Int32
  /// The crash line's text, e.g. "Swift runtime failure: arithmetic overflow"
  /// or "Program crashed: Bad pointer dereference at 0x0000000000000002".
  var crash: String?
  /// The crashed thread's frames, innermost first.
  var frames: [Frame] = []

  /// The last backtrace in `standardError` (the runtime's own comes after
  /// anything the student printed), or nil when the crash handler never ran.
  init?(_ standardError: String) {
    guard standardError.contains("*** Signal ") else { return nil }
    var found: Int32?
    var sawThread = false
    for line in standardError.split(whereSeparator: \.isNewline) {
      let text = line.trimmingPrefix(while: { $0 == " " })
      if let banner = Self.signal(in: text) {
        (found, crash, frames, sawThread) = (banner, nil, [], false)
      } else if found == nil {
        continue
      } else if crash == nil, frames.isEmpty, text.hasPrefix("*** "), text.hasSuffix(" ***") {
        crash = String(text.dropFirst(4).dropLast(4))
      } else if text.hasPrefix("Thread "), text.hasSuffix(" crashed:") {
        sawThread = frames.isEmpty
      } else if sawThread, let frame = Self.frame(text) {
        frames.append(frame)
      } else if sawThread, !frames.isEmpty, text.isEmpty || text.hasPrefix("Registers:") {
        sawThread = false
      }
    }
    guard let found else { return nil }
    signal = found
  }

  /// The signal of the first "*** Signal N: Backtracing" line in `output`:
  /// the runtime's crash handler has started (it may still be running).
  static func signal(inOutput output: String) -> Int32? {
    guard output.contains("*** Signal ") else { return nil }
    return output.split(whereSeparator: \.isNewline).lazy.compactMap { signal(in: $0) }.first
  }

  /// 4 for "*** Signal 4: Backtracing from 0x7fd65976df7f... done ***".
  static func signal(in line: Substring) -> Int32? {
    guard line.hasPrefix("*** Signal "), let colon = line.firstIndex(of: ":"),
      line[colon...].hasPrefix(": Backtracing")
    else { return nil }
    return Int32(line[line.index(line.startIndex, offsetBy: 11)..<colon])
  }

  /// A frame line: "<n> [flags] 0x<address> <symbol> [+ <offset>] in <image> [at <file>:<line>[:<column>]]".
  static func frame(_ line: Substring) -> Frame? {
    var words = line.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
    guard words.count == 2, Int(words[0]) != nil else { return nil }
    var rest = words[1].trimmingPrefix(while: { $0 == " " })
    var isSystem = false
    while rest.hasPrefix("[") {
      guard let close = rest.firstIndex(of: "]") else { return nil }
      isSystem = isSystem || rest[..<close] == "[system"
      rest = rest[rest.index(after: close)...].trimmingPrefix(while: { $0 == " " })
    }
    words = rest.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
    guard words.count == 2, words[0].hasPrefix("0x") else { return nil }
    rest = words[1]
    var file: String?
    var lineNumber: Int?
    if let at = rest.firstRange(of: " at /") {
      (file, lineNumber) = location(rest[rest.index(at.upperBound, offsetBy: -1)...])
      rest = rest[..<at.lowerBound]
    }
    guard let inImage = rest.ranges(of: " in ").last else { return nil }
    let image = String(rest[inImage.upperBound...])
    var symbol = rest[..<inImage.lowerBound]
    if let plus = symbol.ranges(of: " + ").last, Int(symbol[plus.upperBound...]) != nil {
      symbol = symbol[..<plus.lowerBound]
    }
    return Frame(symbol: String(symbol), image: image, file: file, line: lineNumber, isSystem: isSystem)
  }

  /// "/a/b.swift:42:31" → ("/a/b.swift", 42); "//<compiler-generated>" → (path, nil).
  private static func location(_ text: Substring) -> (String, Int?) {
    var parts = text.split(separator: ":", omittingEmptySubsequences: false)
    var numbers: [Int] = []
    while parts.count > 1, let last = parts.last, let number = Int(last), numbers.count < 2 {
      numbers.insert(number, at: 0)
      parts.removeLast()
    }
    return (parts.joined(separator: ":"), numbers.first)
  }

  /// `symbol` shortened for a student: generic parameters and argument
  /// labels dropped, "static AdaGrad.step<A>(_:on:)" → "AdaGrad.step".
  static func shortName(_ symbol: String) -> String {
    var result = ""
    var depth = 0
    var previous: Character = " "
    for character in symbol {
      switch character {
      case "(", "<": depth += 1
      case ")": depth = max(0, depth - 1)
      case ">" where previous != "-": depth = max(0, depth - 1)
      default: if depth == 0 { result.append(character) }
      }
      previous = character
    }
    var words = result.split(separator: " ").map(String.init)
    while words.last == "in" { words.removeLast() }
    while words.count > 1, ["static", "class", "specialized"].contains(words[0]) { words.removeFirst() }
    return words.joined(separator: " ")
  }

  /// `file` (a path the debug information names) as the student knows it:
  /// the longest of `studentFiles` (relative to the submission folder) it
  /// ends with, or nil when it is none of the student's files.
  static func studentPath(_ file: String, studentFiles: [String]) -> String? {
    studentFiles.filter { file == $0 || file.hasSuffix("/" + $0) }.max { $0.count < $1.count }
  }

  /// `standardError` with every frame's source path shown relative to the
  /// submission folder, or left out when it is not one of the student's
  /// files: the grader's scratch and build paths never reach a report.
  static func redacted(_ standardError: String, studentFiles: [String]) -> String {
    guard standardError.contains("*** Signal ") else { return standardError }
    var lines: [Substring] = []
    for line in standardError.split(separator: "\n", omittingEmptySubsequences: false) {
      guard line.contains(" at /"), let frame = frame(line.trimmingPrefix(while: { $0 == " " })),
        let at = line.firstRange(of: " at /")
      else {
        lines.append(line)
        continue
      }
      let shown = frame.file.flatMap { studentPath($0, studentFiles: studentFiles) }
      if let shown {
        lines.append(line[..<at.lowerBound] + " at \(shown)" + (frame.line.map { ":\($0)" } ?? ""))
      } else {
        lines.append(line[..<at.lowerBound])
      }
    }
    return lines.joined(separator: "\n")
  }
}
