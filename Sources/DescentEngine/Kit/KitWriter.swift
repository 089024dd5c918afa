import DescentJudging
import Foundation

/// Writes a student kit: the SwiftPM package a student receives for one
/// assignment.
///
/// ```
/// Package.swift                     the contract modules, Submission, selfcheck
/// README.md                         the assignment's README and how to use the kit
/// descent-selfcheck.json            visible items with expected numbers; hidden ones as points
/// Sources/Descent…/                 the contract and self-check, copied as source
/// Sources/Submission/               the starter code: the student's work
/// Sources/selfcheck/main.swift      the self-check's entry point
/// .github/workflows/descent.yml     GitHub Actions: self-check on every push
/// .gitlab-ci.yml                    GitLab CI: the same
/// ```
///
/// A kit never holds the reference, the engine, the rubric, the instructor's
/// solution, or anything of a hidden item beyond its points.
public struct KitWriter: Sendable {
  /// The course the kit is cut from.
  public var course: CourseLayout
  /// The assignment.
  public var assignment: CourseAssignment
  /// The Swift container image the CI files build in.
  public var swiftImage: String

  /// Prepares a kit of `assignmentName` from `course`.
  ///
  /// - Throws: ``CourseError`` when the course has no such assignment.
  public init(course: CourseLayout, assignmentName: String, swiftImage: String = KitWorkflows.defaultSwiftImage)
    throws(CourseError)
  {
    self.course = course
    assignment = try course.assignment(named: assignmentName)
    self.swiftImage = swiftImage
  }

  /// What was written.
  public struct Summary: Sendable, Equatable {
    /// The kit's folder.
    public var folder: URL
    /// How many files it holds.
    public var fileCount: Int
    /// Visible items the self-check runs.
    public var visibleItems: Int
    /// Hidden and after-due-date items, listed by points only.
    public var withheldItems: Int
  }

  /// Writes the kit to `destination`, which must not exist or be empty.
  ///
  /// - Throws: ``KitError`` naming the file or folder at fault.
  @discardableResult
  public func write(to destination: URL) throws(KitError) -> Summary {
    try StagedDirectory.checkWritable(destination)
    let rubric: Rubric
    do {
      rubric = try assignment.loadRubric()
    } catch {
      throw KitError("\(error)")
    }
    let manifest = try KitManifestBuilder.manifest(for: rubric)
    let starter = assignment.starter
    let starterFiles = try SourceTree.swiftFiles(under: starter)
    guard !starterFiles.isEmpty else {
      throw KitError("\(starter.path) holds no .swift files: the kit needs the assignment's starter code")
    }

    let stage = try StagedDirectory(besides: destination)
    do {
      try fill(stage, manifest: manifest, starter: starter, starterFiles: starterFiles)
      let count = try SourceTree.files(under: stage.root).count
      try stage.commit(to: destination)
      return Summary(
        folder: destination, fileCount: count, visibleItems: manifest.items.count,
        withheldItems: manifest.withheldItems.count)
    } catch {
      stage.discard()
      throw error
    }
  }

  private func fill(
    _ stage: StagedDirectory, manifest: SelfCheckManifest, starter: URL, starterFiles: [String]
  ) throws(KitError) {
    try stage.write(KitPackageManifest.packageSwift(packageName: assignment.name), to: "Package.swift")
    let sources = course.root.appendingPathComponent("Sources")
    for module in KitModule.contract {
      let folder = sources.appendingPathComponent(module.name)
      let files = try SourceTree.swiftFiles(under: folder)
      guard !files.isEmpty else {
        throw KitError("\(folder.path) holds no .swift files: the kit ships the course's \(module.name) as source")
      }
      for file in files {
        try stage.copy(folder.appendingPathComponent(file), to: "Sources/\(module.name)/\(file)")
      }
    }
    for file in starterFiles {
      try stage.copy(starter.appendingPathComponent(file), to: "Sources/\(KitModule.submissionModule)/\(file)")
    }
    try stage.write(KitPackageManifest.selfCheckMain, to: "Sources/\(KitModule.selfCheckExecutable)/main.swift")

    do {
      try stage.write(try SelfCheckManifest.makeEncoder().encode(manifest), to: SelfCheckManifest.fileName)
    } catch let error as KitError {
      throw error
    } catch {
      throw KitError("cannot encode \(SelfCheckManifest.fileName): \(error)")
    }

    let readme = try? String(contentsOf: assignment.readme, encoding: .utf8)
    try stage.write(
      KitReadme.text(
        assignmentReadme: readme, title: manifest.title, visibleItems: manifest.items.count,
        withheldItems: manifest.withheldItems.count),
      to: "README.md")
    try stage.write(KitWorkflows.github(image: swiftImage), to: KitWorkflows.githubPath)
    try stage.write(KitWorkflows.gitlab(image: swiftImage), to: KitWorkflows.gitlabPath)
    try stage.write(KitPackageManifest.gitignore, to: ".gitignore")
  }
}
