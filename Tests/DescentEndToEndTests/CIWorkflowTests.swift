import DescentEngine
import DescentTestSupport
import Foundation
import Testing

/// The kit's CI files run as CI runs them: each command of the workflow in
/// order in the kit's folder (a fresh copy of the kit, as a checkout is),
/// with the variables the CI service sets, stopping at the first failing
/// command, which fails the job.
@Suite("Course-repo CI workflows")
struct CIWorkflowTests {
  /// What running a CI file's commands produced.
  struct JobRun: Sendable {
    /// Each command's result, up to the first that failed.
    var steps: [ExecutionResult]
    /// The job summary file's contents afterwards (GitHub only).
    var summary: String
    /// The JUnit report, if written.
    var junit: String?
    /// The Markdown artifact, if written.
    var markdown: String?
    /// The HTML report artifact, if written.
    var html: String?

    /// Whether the job passed: every command exited 0.
    var passed: Bool { steps.allSatisfy { $0.status == 0 } }
  }

  /// Runs `commands` as a job would in `kit`.
  static func runJob(_ commands: [String], in kit: URL, github: Bool) throws -> JobRun {
    let scratch = try KitCourse.temporaryFolder("ci")
    defer { try? FileManager.default.removeItem(at: scratch) }
    let summary = scratch.appendingPathComponent("step_summary.md")
    try Data().write(to: summary)
    try? FileManager.default.removeItem(at: kit.appendingPathComponent(KitWorkflows.reportFolder))
    var environment: [String: String?] = ["CI": "true", "NO_COLOR": nil]
    if github {
      environment["GITHUB_ACTIONS"] = "true"
      environment["GITHUB_STEP_SUMMARY"] = summary.path
      environment["GITHUB_WORKSPACE"] = kit.path
    } else {
      environment["GITLAB_CI"] = "true"
      environment["CI_PROJECT_DIR"] = kit.path
    }
    var steps: [ExecutionResult] = []
    for command in commands {
      let result = try KitCourse.shell(command, in: kit, environment: environment, timeout: .seconds(900))
      steps.append(result)
      if result.status != 0 { break }
    }
    func read(_ path: String) -> String? {
      try? String(contentsOf: kit.appendingPathComponent(path), encoding: .utf8)
    }
    return JobRun(
      steps: steps, summary: (try? String(contentsOf: summary, encoding: .utf8)) ?? "",
      junit: read(KitWorkflows.junitPath), markdown: read(KitWorkflows.markdownPath),
      html: read(KitWorkflows.htmlPath))
  }

  static func githubCommands(in kit: URL) throws -> [String] {
    let yaml = try String(contentsOf: kit.appendingPathComponent(KitWorkflows.githubPath), encoding: .utf8)
    return CIWorkflowSteps.githubRuns(yaml)
  }

  static func gitlab(in kit: URL) throws -> String {
    try String(contentsOf: kit.appendingPathComponent(KitWorkflows.gitlabPath), encoding: .utf8)
  }

  @Test("the workflows run on every push, publish JUnit and use only commands a shell can run")
  func declarations() throws {
    let github = KitWorkflows.github()
    #expect(github.contains("on:\n  push:"))
    #expect(github.contains("mikepenz/action-junit-report"))
    #expect(CIWorkflowSteps.firstValue(of: "report_paths", in: github) == KitWorkflows.junitPath)
    let runs = CIWorkflowSteps.githubRuns(github)
    #expect(runs.count == 2, "\(runs)")
    #expect(runs.allSatisfy { !$0.contains("${{") }, "a run line needs GitHub's expression engine: \(runs)")
    #expect(runs.contains { $0.contains("--markdown \"$GITHUB_STEP_SUMMARY\"") })

    let gitlab = KitWorkflows.gitlab()
    #expect(CIWorkflowSteps.firstValue(of: "junit", in: gitlab) == KitWorkflows.junitPath)
    #expect(CIWorkflowSteps.firstValue(of: "when", in: gitlab) == "always")
    #expect(CIWorkflowSteps.gitlabScript(gitlab).count == 2)
  }

  @Test("GitHub Actions on the starter: the job fails, the summary and JUnit say what is not implemented")
  func githubOnStarter() async throws {
    let (job, items) = try await KitWorkspace.shared.withKit(.starter) { kit in
      (
        try Self.runJob(try Self.githubCommands(in: kit), in: kit, github: true),
        try KitSelfCheckTests.visibleItems(in: kit)
      )
    }
    #expect(!job.passed, "the job should fail while a visible item fails")
    #expect(job.steps.count == 2 && job.steps.first?.status == 0, "the build step should pass: \(job.steps)")
    #expect(job.steps.last?.status == 1, "the self-check step should exit 1: \(String(describing: job.steps.last))")

    #expect(job.summary.hasPrefix("## "), "the summary should be Markdown with a heading: \(job.summary.prefix(300))")
    #expect(job.summary.contains("| Item | Points | Result |"), "no results table in the summary")
    #expect(job.summary.contains("not implemented"))
    for item in items { #expect(job.summary.contains(item), "the summary does not mention \(item)") }

    let junit = try #require(job.junit, "no JUnit report at \(KitWorkflows.junitPath)")
    #expect(junit.hasPrefix("<?xml"))
    #expect(junit.components(separatedBy: "<testcase ").count - 1 >= items.count)
    #expect(
      junit.contains("errors=\"\(items.count)\"") || junit.contains("failures=\"\(items.count)\""),
      "\(junit.prefix(600))")
    for item in items { #expect(junit.contains("name=\"\(item):"), "the JUnit report has no test case for \(item)") }
  }

  @Test("GitHub Actions on the solution: the job passes, the summary and JUnit show no failure")
  func githubOnSolution() async throws {
    let job = try await KitWorkspace.shared.withKit(.solution) { kit in
      try Self.runJob(try Self.githubCommands(in: kit), in: kit, github: true)
    }
    #expect(job.passed, "\(job.steps)")
    #expect(job.summary.hasPrefix("## "))
    #expect(!job.summary.contains("⚠️") && !job.summary.contains("❌"), "\(job.summary.prefix(600))")
    let junit = try #require(job.junit)
    #expect(junit.contains("failures=\"0\"") && junit.contains("errors=\"0\""), "\(junit.prefix(600))")
    let html = try #require(job.html, "no HTML report at \(KitWorkflows.htmlPath)")
    #expect(html.contains("<svg "), "the kit's HTML report has figures")
  }

  @Test("GitLab CI on the starter: the job fails and keeps the JUnit report and the Markdown feedback")
  func gitlabOnStarter() async throws {
    let job = try await KitWorkspace.shared.withKit(.starter) { kit in
      try Self.runJob(CIWorkflowSteps.gitlabScript(try Self.gitlab(in: kit)), in: kit, github: false)
    }
    #expect(!job.passed)
    #expect(job.steps.last?.status == 1)
    #expect(job.summary.isEmpty, "GitLab has no step summary")
    let markdown = try #require(job.markdown, "no \(KitWorkflows.markdownPath)")
    #expect(markdown.contains("not implemented"))
    #expect(try #require(job.junit).contains("<testcase "))
  }
}
