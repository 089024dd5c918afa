import DescentReports

/// One submission of the hostile corpus (a folder under Submissions/, a copy
/// of the instructor's solution with one function made hostile) and what
/// grading it must give.
struct HostileCase: Sendable, CustomStringConvertible {
  /// The fixture folder.
  var folder: String
  /// What the grade must show.
  var expectation: Expectation
  /// Names or command-line fragments of processes the case starts, none of
  /// which may be left running after grading.
  var processMarkers: [String] = []

  var description: String { folder }

  /// What the grade of a hostile case must show.
  enum Expectation: Sendable {
    /// The build fails; the diagnostics shown to the student contain every
    /// one of `mentions`; every item is an error worth 0.
    case compileFailure(mentions: [String])
    /// The build succeeds; each of `items` ends in one of `outcomes` with
    /// less than full points and an explanation containing one of
    /// `mentionsAny` (case-insensitive) and all of `mentionsAll`; every other
    /// item keeps its points.
    case affected(items: Set<String>, outcomes: Set<Outcome>, mentionsAny: [String], mentionsAll: [String] = [])
    /// Every item keeps its points.
    case gradesNormally
    /// No item earns a point, whether the build fails or every run does;
    /// the explanation mentions one of `mentionsAny`.
    case noPoints(mentionsAny: [String])
  }

  /// The items AdaGrad's step serves.
  static let adagradItems: Set<String> = ["adagrad-rosenbrock", "adagrad-quadratic"]
  /// The item Himmelblau's gradient serves.
  static let himmelblauItems: Set<String> = ["himmelblau-gradient"]

  private static func adagrad(
    _ folder: String, _ outcome: Outcome, _ words: [String], all: [String] = [], markers: [String] = []
  ) -> HostileCase {
    HostileCase(
      folder: "hostile-\(folder)",
      expectation: .affected(items: adagradItems, outcomes: [outcome], mentionsAny: words, mentionsAll: all),
      processMarkers: markers)
  }

  /// Cases that go wrong before any item runs.
  static let buildCases: [HostileCase] = [
    HostileCase(
      folder: "hostile-syntax-error", expectation: .compileFailure(mentions: ["AdaGrad.swift:", "expected ')'"])),
    HostileCase(
      folder: "hostile-type-error", expectation: .compileFailure(mentions: ["AdaGrad.swift:", "cannot convert"])),
    HostileCase(folder: "hostile-invalid-utf8", expectation: .compileFailure(mentions: ["AdaGrad.swift:", "UTF-8"])),
    HostileCase(
      folder: "hostile-top-level-code", expectation: .compileFailure(mentions: ["Submission.swift:", "top level"])),
    HostileCase(
      folder: "hostile-clash-entry-point",
      expectation: .compileFailure(mentions: ["Clash.swift:", "DescentHarnessEntryPoint"])),
    HostileCase(folder: "hostile-unicode-file-names", expectation: .gradesNormally),
    HostileCase(folder: "hostile-clash-contract-names", expectation: .gradesNormally),
    // A type named DescentHarness shadows the harness module in the generated
    // entry point: the build must fail, or the fake harness must earn nothing.
    // (HostileCheatingTests also checks that it cannot run without the harness's limits.)
    HostileCase(
      folder: "hostile-clash-harness-module", expectation: .noPoints(mentionsAny: ["DescentHarness", "exited"])),
  ]

  /// Cases whose one hostile function misbehaves while items run.
  static let runCases: [HostileCase] = [
    adagrad("infinite-loop", .error, ["timed out"], markers: ["hx-loop"]),
    adagrad("long-sleep", .error, ["timed out"], markers: ["hx-sleep"]),
    adagrad("unbounded-recursion", .error, ["crashed", "stack overflow"]),
    adagrad("fatal-error", .error, ["AdaGrad gave up after two steps"], all: ["AdaGrad.swift:"]),
    adagrad("precondition", .error, ["AdaGrad needs 100 coordinates"], all: ["AdaGrad.swift:"]),
    adagrad("force-unwrap-nil", .error, ["Unexpectedly found nil"], all: ["AdaGrad.swift:"]),
    // The issue's own example: "crashed: Fatal error: Index out of range at Optimizers.swift:42".
    adagrad("index-out-of-range", .error, ["Index out of range"], all: ["AdaGrad.swift:"]),
    adagrad("integer-overflow", .error, ["overflow", "crashed"]),
    adagrad("division-by-zero", .error, ["Division by zero"]),
    adagrad("nan-result", .failed, ["not a finite number", "NaN"]),
    HostileCase(
      folder: "hostile-infinite-gradient",
      expectation: .affected(
        items: himmelblauItems, outcomes: [.failed], mentionsAny: ["not a finite number", "infinite", "(inf, -inf)"])),
    adagrad("wrong-length-parameters", .failed, ["3 coordinates, expected 2", "4 coordinates, expected 3"]),
    HostileCase(
      folder: "hostile-wrong-length-gradient",
      expectation: .affected(items: himmelblauItems, outcomes: [.failed], mentionsAny: ["3 entries"])),
    adagrad("huge-allocation", .error, ["ran out of memory"]),
    adagrad("stdout-flood", .error, ["printed more than", "timed out"], markers: ["hx-stdout"]),
    adagrad("stderr-flood", .error, ["printed more than", "timed out"], markers: ["hx-stderr"]),
    HostileCase(folder: "hostile-garbage-output", expectation: .gradesNormally),
    adagrad("exit-zero", .error, ["exited with status 0"]),
    // Not an out-of-memory kill: the process exited with this status itself.
    adagrad("exit-status-137", .error, ["status 137"]),
    adagrad("raise-sigsegv", .error, ["SIGSEGV"]),
    // Not an out-of-memory kill either: nothing was allocated.
    adagrad("raise-sigkill", .error, ["SIGKILL", "killed"]),
    HostileCase(
      folder: "hostile-orphan-processes", expectation: .gradesNormally, processMarkers: ["1000.4711", "1000.4712"]),
    HostileCase(folder: "hostile-chdir-setenv", expectation: .gradesNormally),
    adagrad("channel-forgery", .error, ["grader's channel", "could not read", "crashed"]),
    // Issue 9.1: replies of a shape the harness cannot send (an error flag with
    // more gradients than points, one of the wrong length) once crashed the grader.
    HostileCase(
      folder: "hostile-forged-gradient-reply",
      expectation: .affected(
        items: himmelblauItems, outcomes: [.error], mentionsAny: ["not written by Descent's harness"])),
    // Issue 9.2: a fake crash banner on standard error buys no time past the item's limit.
    adagrad("fake-backtrace-banner", .error, ["timed out after 1 s"]),
    // Issue 9.4: a 12 MB error text is capped and quoted in every report.
    adagrad("huge-error-text", .error, ["truncated, 12"], all: ["threw an error: «matches the reference"]),
    // Issue 9.5: a 64 MiB frame on the reply channel is refused at its header.
    adagrad("reply-flood", .error, ["where the answer to this request takes at most"]),
  ]
}
