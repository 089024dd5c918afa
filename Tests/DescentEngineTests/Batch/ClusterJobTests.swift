import Foundation
import Testing
import Yams

@testable import DescentEngine

/// The jobs `descent batch --emit` writes, checked as their schedulers read
/// them: the Indexed Job parsed as YAML and held to the Job API's shape, the
/// sbatch script run by bash as a task would run it.
@Suite("Cluster jobs")
struct ClusterJobTests {
  private let job = SchedulerScript(
    assignment: "optimizers", submissions: "class/hw1", out: "results", slices: 3, jobs: 2, course: nil,
    limits: GradingLimits(compileTime: .seconds(90)))

  @Test("the Indexed Job is a valid batch/v1 Job whose paths all lie on the mounted volume")
  func indexedJob() throws {
    let text = try job.kubernetes(
      image: "registry.example/descent-optimizers:1", claim: "grading", mountPath: "/grading/")
    let manifest = try #require(try Yams.load(yaml: text) as? [String: Any])
    #expect(manifest["apiVersion"] as? String == "batch/v1")
    #expect(manifest["kind"] as? String == "Job")
    let metadata = try #require(manifest["metadata"] as? [String: Any])
    let name = try #require(metadata["name"] as? String)
    #expect(name.range(of: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", options: .regularExpression) != nil, "DNS-1123: \(name)")
    let spec = try #require(manifest["spec"] as? [String: Any])
    #expect(spec["completionMode"] as? String == "Indexed")
    #expect(spec["completions"] as? Int == 3 && spec["parallelism"] as? Int == 3)
    let podSpec = try #require((spec["template"] as? [String: Any])?["spec"] as? [String: Any])
    #expect(podSpec["restartPolicy"] as? String == "Never", "an Indexed Job's pods must not restart in place")
    let containers = try #require(podSpec["containers"] as? [[String: Any]])
    let container = try #require(containers.first)
    #expect(container["image"] as? String == "registry.example/descent-optimizers:1")
    #expect(container["workingDir"] as? String == "/grading")
    let mounts = try #require(container["volumeMounts"] as? [[String: Any]])
    #expect(mounts.first?["mountPath"] as? String == "/grading")
    let volumes = try #require(podSpec["volumes"] as? [[String: Any]])
    #expect(mounts.first?["name"] as? String == volumes.first?["name"] as? String, "the mount names a declared volume")
    let claim = (volumes.first?["persistentVolumeClaim"] as? [String: Any])?["claimName"] as? String
    #expect(claim == "grading")
    let script = try #require((container["args"] as? [String])?.first)
    #expect(script.contains("exec descent batch --assignment optimizers --submissions /grading/class/hw1"), "\(script)")
    #expect(script.contains("--compile-time-limit 90"), "\(script)")
    #expect(script.contains("--out /grading/results/slice-\"$JOB_COMPLETION_INDEX\""), "\(script)")
    #expect(text.contains("descent batch --merge /grading/results/slice-0 /grading/results/slice-1"), "\(text)")
  }

  /// `kubernetes-validate` (PyPI), which checks a manifest against the
  /// Kubernetes API's own schemas offline, when it is installed.
  static let kubernetesValidate: String? = ProcessInfo.processInfo.environment["PATH"]?.split(separator: ":")
    .map { "\($0)/kubernetes-validate" }.first { FileManager.default.isExecutableFile(atPath: $0) }

  @Test(
    "the Indexed Job passes the Kubernetes API schema (kubernetes-validate)",
    .enabled(if: kubernetesValidate != nil, "kubernetes-validate is not installed (pip install kubernetes-validate)"))
  func schemaValid() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("descent-k8s-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: root) }
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    let file = root.appendingPathComponent("job.yaml")
    try Data(try job.kubernetes(image: "registry.example/d:1", claim: "grading", mountPath: "/grading").utf8)
      .write(to: file)
    let result = try Self.run(try #require(Self.kubernetesValidate), [file.path], in: root)
    #expect(result.status == 0, "\(result.error)")
  }

  @Test(
    "a submissions or output folder off the volume is refused with the option and the mount named",
    arguments: [
      ("/srv/hw", "results", "--submissions /srv/hw"), ("hw", "/tmp/out", "--out /tmp/out"),
      ("hw", "../out", "--out ../out"),
    ])
  func pathsOffTheVolume(submissions: String, out: String, named: String) {
    let job = SchedulerScript(assignment: "optimizers", submissions: submissions, out: out, slices: 2, jobs: 1)
    #expect {
      _ = try job.kubernetes(image: "i", claim: "c", mountPath: "/grading")
    } throws: { error in
      "\(error)".contains("\(named) is not on the volume mounted at /grading")
    }
  }

  @Test("the sbatch script runs the descent it names, or stops in one line when it is missing")
  func slurmTask() throws {
    var job = job
    job.executable = "/nonexistent/descent"
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("descent-slurm-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: root) }
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    let script = root.appendingPathComponent("job.sh")
    try Data(job.slurm.utf8).write(to: script)
    #expect(try Self.bash(["-n", script.path], in: root).status == 0, "bash finds a syntax error")

    let missing = try Self.bash([script.path], in: root, environment: ["SLURM_ARRAY_TASK_ID": "1"])
    #expect(missing.status == 2, "\(missing)")
    #expect(missing.error.contains("descent not found at /nonexistent/descent"), "\(missing)")

    let fake = root.appendingPathComponent("fake-descent")
    try Data("#!/bin/sh\nprintf '%s\\n' \"$@\" > \"$(dirname \"$0\")/arguments.txt\"\n".utf8).write(to: fake)
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: fake.path)
    let ran = try Self.bash(
      [script.path], in: root, environment: ["SLURM_ARRAY_TASK_ID": "2", "DESCENT": fake.path])
    #expect(ran.status == 0, "\(ran)")
    let arguments = try String(contentsOf: root.appendingPathComponent("arguments.txt"), encoding: .utf8)
      .split(separator: "\n").map(String.init)
    #expect(arguments.suffix(4) == ["--slice", "2/3", "--out", "results/slice-2"], "\(arguments)")
    #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("results").path))
  }

  private static func bash(_ arguments: [String], in folder: URL, environment: [String: String] = [:]) throws -> (
    status: Int32, error: String
  ) {
    try run("/bin/bash", arguments, in: folder, environment: environment)
  }

  private static func run(
    _ executable: String, _ arguments: [String], in folder: URL, environment: [String: String] = [:]
  ) throws -> (status: Int32, error: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.currentDirectoryURL = folder
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    let errors = Pipe()
    process.standardError = errors
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    let data = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }
}
