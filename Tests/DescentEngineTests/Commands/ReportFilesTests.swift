import DescentReports
import Foundation
import Testing

@Suite("Report files")
struct ReportFilesTests {
  private func temporaryFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("report-files-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }

  private func entries(_ folder: URL) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
  }

  @Test("writes the bytes, creating missing folders, and leaves no temporary file")
  func writesAndCreatesFolders() throws {
    let root = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let target = root.appendingPathComponent("out/reports/junit.xml")
    let data = Data((0..<200_000).map { UInt8(truncatingIfNeeded: $0 * 7) })
    try ReportFiles.write(data, to: target)
    #expect(try Data(contentsOf: target) == data)
    #expect(try entries(target.deletingLastPathComponent()) == ["junit.xml"])
    let attributes = try FileManager.default.attributesOfItem(atPath: target.path)
    #expect((attributes[.posixPermissions] as? Int) == 0o644)
  }

  @Test("replaces an existing file whole")
  func replaces() throws {
    let root = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let target = root.appendingPathComponent("feedback.txt")
    try ReportFiles.write(String(repeating: "long old text\n", count: 1000), to: target)
    try ReportFiles.write("new\n", to: target)
    #expect(try String(contentsOf: target, encoding: .utf8) == "new\n")
    #expect(try entries(root) == ["feedback.txt"])
  }

  @Test("a folder in the way is an error naming the file, and nothing is left behind")
  func folderInTheWay() throws {
    let root = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let target = root.appendingPathComponent("results.json")
    try FileManager.default.createDirectory(at: target, withIntermediateDirectories: false)
    #expect(throws: ReportFileError(path: target.path, reason: "it is a folder")) {
      try ReportFiles.write("{}", to: target)
    }
    #expect(try entries(root) == ["results.json"])
  }

  @Test("a parent that is a file is an error naming the file")
  func parentIsAFile() throws {
    let root = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let blocker = root.appendingPathComponent("out")
    try Data("x".utf8).write(to: blocker)
    let target = blocker.appendingPathComponent("junit.xml")
    do {
      try ReportFiles.write("<x/>", to: target)
      Issue.record("writing under a file must fail")
    } catch {
      #expect(error.description.hasPrefix("cannot write \(target.path): "), "\(error)")
    }
    #expect(try entries(root) == ["out"])
  }
}
