import DescentTestSupport
import Foundation
import Testing

/// `descent package image`: the folder that builds the cluster's grading
/// image, and the contract the Indexed Job relies on (`descent` on the
/// `PATH`, the course found through `DESCENT_COURSE_ROOT`).
@Suite("Cluster grading image")
struct ClusterImageTests {
  private static let repository = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  @Test("the folder holds a Dockerfile putting descent on the PATH with the course, the engine and the rubric")
  func imageFolder() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("descent-image-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: root) }
    let out = root.appendingPathComponent("image")
    let result = try DescentExecutable.run(
      ["package", "image", "--assignment", "optimizers", "--course", Self.repository.path, "--out", out.path])
    #expect(result.status == 0, "\(result)")
    let dockerfile = try String(contentsOf: out.appendingPathComponent("Dockerfile"), encoding: .utf8)
    #expect(dockerfile.contains("RUN swift build -c release --product descent"), "\(dockerfile)")
    #expect(
      dockerfile.contains("ENV PATH=\"/descent/engine/.build/release:$PATH\" DESCENT_COURSE_ROOT=\"/descent/course\""),
      "\(dockerfile)")
    let lines = dockerfile.split(separator: "\n")
    #expect(lines.first { !$0.hasPrefix("#") }?.hasPrefix("FROM swift:") == true, "\(dockerfile)")
    for file in ["engine/Package.swift", "course/rubrics/optimizers.yaml", "README.md"] {
      #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(file).path), "no \(file)")
    }
    let readme = try String(contentsOf: out.appendingPathComponent("README.md"), encoding: .utf8)
    for step in ["docker build", "docker push", "--emit kubernetes --image", "kubectl apply", "batch --merge"] {
      #expect(readme.contains(step), "the README does not show \(step)")
    }

    // As in a pod: no --course, the course found through DESCENT_COURSE_ROOT.
    let job = try DescentExecutable.run(
      [
        "batch", "--assignment", "optimizers", "--submissions", "hw", "--out", "results", "--emit", "kubernetes",
        "--slices", "2", "--image", "registry.example/descent-optimizers",
      ], environment: ["DESCENT_COURSE_ROOT": out.appendingPathComponent("course").path], workingDirectory: root)
    #expect(job.status == 0, "\(job)")
    #expect(!job.standardOutput.contains("--course"), "the pods find the course in the image: \(job)")
  }

  @Test("an image folder of an unknown assignment or over existing files is one line, exit 2")
  func misuse() throws {
    let unknown = try DescentExecutable.run(
      ["package", "image", "--assignment", "no-such", "--course", Self.repository.path, "--out", "/tmp/x"])
    #expect(unknown.status == 2 && unknown.standardErrorLines.count == 1, "\(unknown)")
    #expect(unknown.standardError.contains("no-such"), "\(unknown)")
  }
}
