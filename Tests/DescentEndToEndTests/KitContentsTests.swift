import DescentEngine
import DescentJudging
import DescentReports
import DescentTestSupport
import Foundation
import Testing

/// What `descent kit` writes, and above all what it must never write: the
/// reference, the engine, the rubric, the solution, or anything of a hidden
/// item beyond its points. No build: these tests read the files.
@Suite("Student kit contents")
struct KitContentsTests {
  /// Every file of a freshly written kit, by relative path.
  static func kitFiles() throws -> [String: Data] {
    let kit = try KitCourse.writeKit()
    defer { try? FileManager.default.removeItem(at: kit.deletingLastPathComponent()) }
    var files: [String: Data] = [:]
    for path in try KitWorkspace.files(under: kit) {
      files[path] = try Data(contentsOf: kit.appendingPathComponent(path))
    }
    return files
  }

  static func text(_ data: Data) -> String { String(decoding: data, as: UTF8.self) }

  @Test("the kit is a package with the contract, the starter code, the manifest and CI files")
  func layout() throws {
    let files = try Self.kitFiles()
    for required in [
      "Package.swift", "README.md", SelfCheckManifest.fileName, "Sources/selfcheck/main.swift",
      KitWorkflows.githubPath, KitWorkflows.gitlabPath, ".gitignore",
    ] {
      #expect(files[required] != nil, "the kit has no \(required)")
    }
    for module in KitModule.contract {
      #expect(files.keys.contains { $0.hasPrefix("Sources/\(module.name)/") }, "the kit has no \(module.name)")
    }
    for starter in try KitWorkspace.files(under: KitCourse.starter) {
      let original = try Data(contentsOf: KitCourse.starter.appendingPathComponent(starter))
      #expect(files["Sources/Submission/\(starter)"] == original, "starter file \(starter) is not in the kit as is")
    }
    // The student's target is compiled outside the course's package, as the grader compiles it: Core's
    // package-level declarations (the grader's own line search) stay out of its reach in the kit too.
    let manifest = Self.text(try #require(files["Package.swift"]))
    #expect(manifest.contains(#"dependencies: ["DescentContract"], packageAccess: false"#), "\(manifest)")
    let readme = Self.text(try #require(files["README.md"]))
    let assignmentReadme = try String(
      contentsOf: KitCourse.root.appendingPathComponent("assignments/\(KitCourse.assignment)/README.md"),
      encoding: .utf8)
    #expect(
      readme.hasPrefix(KitReadme.kitWording(assignmentReadme)), "the kit's README does not start with the assignment's")
    #expect(readme.contains("swift run selfcheck"))
    for courseWords in ["starter/", "descent check", "assignments/", "<!--", "-->"] {
      #expect(!readme.contains(courseWords), "the kit's README speaks of the course repository: \(courseWords)")
    }
  }

  @Test("no reference, engine, rubric or solution in the kit")
  func nothingPrivate() throws {
    let files = try Self.kitFiles()
    for (path, data) in files {
      let text = Self.text(data)
      for forbidden in ["DescentReference", "DescentEngine", "partial_credit:"] {
        #expect(!path.contains(forbidden), "kit file \(path) is named for \(forbidden)")
        #expect(!text.contains(forbidden), "kit file \(path) mentions \(forbidden)")
      }
      #expect(!path.hasSuffix(".yaml"), "kit file \(path) looks like a rubric")
    }
    let rubricText = try String(contentsOf: KitCourse.rubric, encoding: .utf8)
    #expect(!files.values.contains(Data(rubricText.utf8)), "the rubric is in the kit")

    // The solution: no file of it that differs from the starter, and none of its own lines.
    var starterLines: Set<String> = []
    for file in try KitWorkspace.files(under: KitCourse.starter) {
      let text = try String(contentsOf: KitCourse.starter.appendingPathComponent(file), encoding: .utf8)
      starterLines.formUnion(text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) })
    }
    var solutionLines: [(file: String, line: String)] = []
    for file in try KitWorkspace.files(under: KitCourse.solution) {
      let data = try Data(contentsOf: KitCourse.solution.appendingPathComponent(file))
      let starter = try? Data(contentsOf: KitCourse.starter.appendingPathComponent(file))
      if data != starter {
        #expect(!files.values.contains(data), "solution file \(file) is in the kit")
      }
      for line in Self.text(data).split(separator: "\n").map({ $0.trimmingCharacters(in: .whitespaces) })
      where line.count >= 24 && !starterLines.contains(line) && !line.hasPrefix("//") {
        solutionLines.append((file, line))
      }
    }
    #expect(solutionLines.count >= 10, "the solution should differ from the starter in many lines")
    for (path, data) in files {
      let text = Self.text(data)
      for (file, line) in solutionLines {
        #expect(!text.contains(line), "kit file \(path) holds solution line '\(line)' of \(file)")
      }
    }
  }

  @Test("hidden items appear by points only: no id, name, hint or parameters")
  func hiddenItems() throws {
    let files = try Self.kitFiles()
    let rubric = try RubricLoader.load(contentsOf: KitCourse.rubric)
    let hidden = rubric.items.filter { $0.visibility != .visible }
    let visible = rubric.items.filter { $0.visibility == .visible }
    try #require(!hidden.isEmpty && !visible.isEmpty)
    for item in hidden {
      for (path, data) in files {
        let text = Self.text(data)
        #expect(!text.contains(item.id), "kit file \(path) names hidden item \(item.id)")
        #expect(!text.contains(item.name), "kit file \(path) holds the name of hidden item \(item.id)")
        if let hint = item.hint {
          #expect(!text.contains(hint), "kit file \(path) holds the hint of hidden item \(item.id)")
        }
      }
    }

    let manifest = try SelfCheckManifest.makeDecoder().decode(
      SelfCheckManifest.self, from: try #require(files[SelfCheckManifest.fileName]))
    #expect(manifest.items.map(\.id) == visible.map(\.id))
    #expect(manifest.withheldItems.map(\.points) == hidden.map(\.points))
    #expect(manifest.withheldItems.map(\.visibility) == hidden.map(\.visibility))
    let hiddenTasks = hidden.flatMap { ItemCheck(item: $0).tasks }
    for item in manifest.items {
      #expect(!item.tasks.isEmpty, "visible item \(item.id) has no tasks")
      for task in item.tasks {
        #expect(!hiddenTasks.contains(task), "visible item \(item.id) carries a hidden item's task")
      }
    }
    // Parameters: no hidden trajectory's start (or point set) appears in any task.
    let kitStarts = Set(
      manifest.items.flatMap(\.tasks).compactMap { task -> [Double]? in
        if case .trajectory(let trajectory) = task { return trajectory.start }
        return nil
      })
    for task in hiddenTasks {
      if case .trajectory(let trajectory) = task {
        #expect(!kitStarts.contains(trajectory.start), "a hidden start \(trajectory.start) is in the kit")
      }
    }
  }

  @Test("an unknown assignment or an occupied folder is one line naming it, exit 2")
  func misuse() throws {
    let unknown = try DescentExecutable.run(
      [
        "kit", "--assignment", "optimisers", "--out", NSTemporaryDirectory() + "/never", "--course",
        KitCourse.root.path,
      ])
    #expect(unknown.status == 2, "\(unknown)")
    #expect(unknown.standardErrorLines.count == 1 && unknown.standardError.contains("optimisers"), "\(unknown)")

    let occupied = try KitCourse.temporaryFolder("occupied")
    defer { try? FileManager.default.removeItem(at: occupied) }
    try Data("x".utf8).write(to: occupied.appendingPathComponent("notes.txt"))
    let refused = try DescentExecutable.run(
      ["kit", "--assignment", KitCourse.assignment, "--out", occupied.path, "--course", KitCourse.root.path])
    #expect(refused.status == 2, "\(refused)")
    #expect(refused.standardError.contains(occupied.lastPathComponent), "\(refused)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: occupied.path) == ["notes.txt"])
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: occupied.deletingLastPathComponent().path)
      .filter { $0.hasPrefix(".\(occupied.lastPathComponent).partial") }
    #expect(leftovers.isEmpty, "staging folders left behind: \(leftovers)")
  }
}
