import Foundation
import Testing

@testable import DescentEngine

/// The limits an instructor sets beside the rubric (`--compile-time-limit`,
/// `--item-time-limit`, `--memory-limit`): what they change, and the options
/// the generated scripts pass on.
@Suite("Command-line grading limits")
struct CommandLimitsTests {
  /// The batch fixture rubric with items limited to 5 s and 1 s.
  private var rubric: Rubric {
    var rubric = BatchFixtures.rubric
    rubric.items[0].timeLimit = .seconds(5)
    rubric.items[1].timeLimit = .seconds(1)
    return rubric
  }

  private let set = GradingLimits(
    compileTime: .seconds(120), memoryBytes: 2048 << 20, itemTimeCeiling: .milliseconds(2500))

  @Test("no limit set changes nothing and passes no option")
  func none() {
    #expect(GradingLimits.none.resourceLimits() == .default)
    #expect(GradingLimits.none.applied(to: rubric) == rubric)
    #expect(GradingLimits.none.arguments.isEmpty)
    #expect(GradingLimits.none.shellSuffix.isEmpty)
  }

  @Test("compile time and memory replace the defaults; the rest stay")
  func resourceLimits() {
    let limits = set.resourceLimits()
    #expect(limits.compileTime == .seconds(120))
    #expect(limits.memoryBytes == 2 << 30)
    var expected = ResourceLimits.default
    expected.compileTime = .seconds(120)
    expected.memoryBytes = 2 << 30
    #expect(limits == expected)
  }

  @Test("the item ceiling lowers the rubric's longer limits and leaves shorter ones alone")
  func ceiling() {
    let capped = set.applied(to: rubric)
    #expect(capped.items.map(\.timeLimit) == [.milliseconds(2500), .seconds(1)])
    #expect(capped.items.map(\.id) == rubric.items.map(\.id))
    #expect(GradingLimits(itemTimeCeiling: .seconds(60)).applied(to: rubric) == rubric)
  }

  @Test("options are plain numbers: whole seconds without a point, memory in MiB rounded up")
  func arguments() {
    #expect(
      set.arguments == [
        "--compile-time-limit", "120", "--item-time-limit", "2.5", "--memory-limit", "2048",
      ])
    #expect(GradingLimits(memoryBytes: (1 << 30) + 1).arguments == ["--memory-limit", "1025"])
    #expect(GradingLimits.secondsText(.nan) == "nan")
    #expect(GradingLimits.secondsText(1e300) == "1e+300")
  }

  @Test("run_autograder and run_grader pass the limits to descent grade, and nothing when none is set")
  func scripts() {
    let options = "--compile-time-limit 120 --item-time-limit 2.5 --memory-limit 2048"
    let gradescope = GradescopeScripts.runAutograder(assignment: "optimizers", limits: set)
    #expect(gradescope.contains("--audience student \(options)\n"), "\(gradescope)")
    let prairieLearn = PrairieLearnScripts.runGrader(assignment: "optimizers", limits: set)
    #expect(prairieLearn.contains("--audience student \(options) \\\n"), "\(prairieLearn)")
    #expect(!GradescopeScripts.runAutograder(assignment: "optimizers").contains("-limit"))
    #expect(!PrairieLearnScripts.runGrader(assignment: "optimizers").contains("-limit"))
  }

  @Test("every cluster task grades with the limits")
  func schedulerScripts() throws {
    let job = SchedulerScript(
      assignment: "optimizers", submissions: "/grading/hw", out: "/grading/out", slices: 2, jobs: 1,
      limits: GradingLimits(compileTime: .seconds(90)))
    #expect(job.slurm.contains("--jobs 1 --compile-time-limit 90 --slice"), "\(job.slurm)")
    let yaml = try job.kubernetes(image: "descent", claim: "grading", mountPath: "/grading")
    #expect(yaml.contains("--jobs 1 --compile-time-limit 90 --slice"), "\(yaml)")
  }

  @Test("batch resume compares the limits: default ones keep the old hash, others change it")
  func resumeDigest() {
    let plain = BatchRunner<CountingExecutor>.digest(of: rubric)
    #expect(BatchRunner<CountingExecutor>.digest(of: rubric, limits: .default) == plain)
    let longer = GradingLimits(compileTime: .seconds(120)).resourceLimits()
    let more = GradingLimits(memoryBytes: 2 << 30).resourceLimits()
    let digests = [plain] + [longer, more].map { BatchRunner<CountingExecutor>.digest(of: rubric, limits: $0) }
    #expect(Set(digests).count == 3, "\(digests)")
  }
}
