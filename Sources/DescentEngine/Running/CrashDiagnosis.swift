import Foundation

/// Reads why a student's process died from its end and what it wrote to
/// standard error: the Swift runtime's "Fatal error: …" line and the first
/// frame in the student's own files.
enum CrashDiagnosis {
  /// Messages the Swift runtime prints when an allocation fails.
  static let allocationFailures = [
    "Could not allocate memory", "failed to allocate", "out of memory", "std::bad_alloc",
  ]

  /// The crash report for `end` given `standardError`.
  static func report(_ end: ProcessEnd?, standardError: String, studentFiles: [String]) -> CrashReport {
    var report = CrashReport()
    switch end {
    case .signaled(let signal): report.signal = signal
    case .exited(let status): report.exitStatus = status
    case nil: break
    }
    let lines = standardError.split(whereSeparator: \.isNewline).map { String($0) }
    if let fatal = lines.last(where: isRuntimeFailure) {
      let (message, location) = split(fatal)
      report.message = message
      if let location, studentFiles.contains(where: { location.hasPrefix(fileName(of: $0)) }) {
        report.location = location
      }
    } else if let signal = report.signal {
      report.message = "\(signalName(signal)) (\(signalMeaning(signal)))"
    }
    if report.location == nil {
      report.location = firstStudentFrame(in: lines, studentFiles: studentFiles)
    }
    return report
  }

  /// Whether standard error says an allocation failed.
  static func ranOutOfMemory(standardError: String) -> Bool {
    allocationFailures.contains { standardError.contains($0) }
  }

  private static func isRuntimeFailure(_ line: String) -> Bool {
    ["Fatal error", "Precondition failed", "Assertion failed", "Unexpectedly found nil", "Could not allocate memory"]
      .contains { line.contains($0) }
  }

  /// "Submission/Adam.swift:12: Fatal error: boom" → ("Fatal error: boom", "Adam.swift:12").
  private static func split(_ line: String) -> (String, String?) {
    let trimmed = line.trimmingCharacters(in: .whitespaces)
    for marker in ["Fatal error", "Precondition failed", "Assertion failed"] {
      guard let range = trimmed.range(of: marker) else { continue }
      let message = String(trimmed[range.lowerBound...])
      let prefix = trimmed[..<range.lowerBound].trimmingCharacters(in: CharacterSet(charactersIn: ": "))
      let location = prefix.isEmpty ? nil : fileName(of: prefix)
      return (message, location)
    }
    return (trimmed, nil)
  }

  /// The first "Adam.swift:42" in a backtrace that names one of the student's files.
  private static func firstStudentFrame(in lines: [String], studentFiles: [String]) -> String? {
    let names = Set(studentFiles.map(fileName(of:)))
    for line in lines {
      for word in line.split(whereSeparator: { $0 == " " || $0 == "(" || $0 == ")" }) {
        let name = fileName(of: String(word))
        let parts = name.split(separator: ":")
        guard parts.count >= 2, names.contains(String(parts[0])), Int(parts[1]) != nil else { continue }
        return "\(parts[0]):\(parts[1])"
      }
    }
    return nil
  }

  private static func fileName(of path: String) -> String {
    path.split(separator: "/").last.map(String.init) ?? path
  }

  /// "SIGILL", "SIGSEGV", …
  static func signalName(_ signal: Int32) -> String {
    let names: [Int32: String] = [
      1: "SIGHUP", 2: "SIGINT", 4: "SIGILL", 5: "SIGTRAP", 6: "SIGABRT", 7: "SIGBUS", 8: "SIGFPE", 9: "SIGKILL",
      11: "SIGSEGV", 13: "SIGPIPE", 15: "SIGTERM", 24: "SIGXCPU", 25: "SIGXFSZ",
    ]
    return names[signal] ?? "signal \(signal)"
  }

  private static func signalMeaning(_ signal: Int32) -> String {
    switch signal {
    case 4, 5: "a Swift runtime trap"
    case 6: "aborted"
    case 7, 11: "invalid memory access"
    case 8: "arithmetic error"
    case 9: "killed"
    case 25: "wrote a file larger than allowed"
    default: "ended by a signal"
    }
  }
}
