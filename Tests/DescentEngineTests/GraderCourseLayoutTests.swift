import DescentEngine
import Foundation
import Testing

/// A course folder in a fresh temporary directory: rubrics/optimizers.yaml,
/// rubrics/losses.yaml, assignments/optimizers/, and a nested working folder.
private struct TemporaryCourse {
  let root: URL
  let nested: URL

  init() throws {
    root = FileManager.default.temporaryDirectory.appendingPathComponent("course-\(UUID().uuidString)")
    nested = root.appendingPathComponent("assignments/optimizers/student/work")
    try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
    try FileManager.default.createDirectory(
      at: root.appendingPathComponent("rubrics"), withIntermediateDirectories: true)
    for name in ["optimizers", "losses"] {
      try Data("assignment: \(name)\n".utf8).write(to: root.appendingPathComponent("rubrics/\(name).yaml"))
    }
  }

  func remove() { try? FileManager.default.removeItem(at: root) }
}

@Suite("Course layout")
struct GraderCourseLayoutTests {
  @Test("found by flag, environment, walking up from the current folder, then from the executable")
  func locate() throws {
    let course = try TemporaryCourse()
    defer { course.remove() }
    let elsewhere = FileManager.default.temporaryDirectory
    let root = course.root.standardizedFileURL.path
    #expect(
      try CourseLayout.locate(
        explicitRoot: course.root.path, environment: [:], currentDirectory: elsewhere, executable: nil
      ).root.path == root)
    #expect(
      try CourseLayout.locate(
        environment: ["DESCENT_COURSE_ROOT": course.root.path], currentDirectory: elsewhere, executable: nil
      ).root.path == root)
    #expect(
      try CourseLayout.locate(environment: [:], currentDirectory: course.nested, executable: nil).root.path == root)
    let executable = course.nested.appendingPathComponent("descent")
    #expect(
      try CourseLayout.locate(environment: [:], currentDirectory: elsewhere, executable: executable).root.path == root)
  }

  @Test("the flag wins over the environment")
  func flagWins() throws {
    let course = try TemporaryCourse()
    let other = try TemporaryCourse()
    defer {
      course.remove()
      other.remove()
    }
    let found = try CourseLayout.locate(
      explicitRoot: course.root.path, environment: ["DESCENT_COURSE_ROOT": other.root.path],
      currentDirectory: other.nested, executable: nil)
    #expect(found.root.path == course.root.standardizedFileURL.path)
  }

  @Test("one-line errors for a missing course and a wrong folder")
  func errors() throws {
    let empty = FileManager.default.temporaryDirectory.appendingPathComponent("empty-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: empty) }
    #expect(throws: CourseError("\(empty.path) is not a course folder (it needs rubrics/ and assignments/)")) {
      try CourseLayout.locate(explicitRoot: empty.path, environment: [:], currentDirectory: empty, executable: nil)
    }
    #expect(
      throws: CourseError(
        "DESCENT_COURSE_ROOT=\(empty.path) is not a course folder (it needs rubrics/ and assignments/)")
    ) {
      try CourseLayout.locate(
        environment: ["DESCENT_COURSE_ROOT": empty.path], currentDirectory: empty, executable: nil)
    }
    do {
      _ = try CourseLayout.locate(environment: [:], currentDirectory: empty, executable: nil)
      Issue.record("found a course in an empty folder")
    } catch {
      #expect(error.message.hasPrefix("no course folder found from \(empty.path): pass --course-root DIR"))
    }
  }

  @Test("assignments by name, with the available ones listed when the name is wrong")
  func assignments() throws {
    let course = try TemporaryCourse()
    defer { course.remove() }
    let layout = try CourseLayout(root: course.root)
    #expect(layout.availableAssignments == ["losses", "optimizers"])
    let assignment = try layout.assignment(named: "optimizers")
    #expect(assignment.rubric.lastPathComponent == "optimizers.yaml")
    #expect(assignment.rubricDisplayPath == "rubrics/optimizers.yaml")
    #expect(assignment.folder.lastPathComponent == "optimizers")
    #expect(assignment.starter.path == layout.root.appendingPathComponent("assignments/optimizers/starter").path)
    #expect(assignment.readme.path == layout.root.appendingPathComponent("assignments/optimizers/README.md").path)
    #expect(assignment.readmeDisplayPath == "assignments/optimizers/README.md")
    #expect(throws: RubricError.self) { try assignment.loadRubric() }
    #expect(throws: CourseError("unknown assignment 'optimiser' (available: losses, optimizers)")) {
      try layout.assignment(named: "optimiser")
    }
    #expect(throws: CourseError("unknown assignment '../rubrics/optimizers' (available: losses, optimizers)")) {
      try layout.assignment(named: "../rubrics/optimizers")
    }
  }
}
