import DescentContract
import DescentTestSupport
import Foundation
import Testing

/// Submission folders fuzzed from the instructor's solution: bytes cut,
/// inserted (invalid UTF-8, NUL, control characters) and duplicated, files
/// replaced by noise, emptied or given CRLF line ends, renamed to hostile
/// names, and joined by things that are not source files (a folder named
/// `x.swift`, a FIFO, symbolic links out of the folder and in a loop).
///
/// Each folder is graded by the built `descent`, which must either grade it
/// (exit 0, a report with every item) or refuse it with one clear line on
/// standard error (exit 2 or 3); it must never crash or hang.
@Suite("Fuzzed submission folders")
struct SubmissionFolderFuzzTests {
  static let seeds: [UInt64] = Array(0..<24)

  @Test("A fuzzed submission folder is graded or refused in one line, never crashes descent", arguments: seeds)
  func fuzzedFolder(seed: UInt64) throws {
    let work = FileManager.default.temporaryDirectory.appendingPathComponent("descent-fuzz-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: work) }
    let folder = work.appendingPathComponent("submission")
    let mutation = try Self.makeFolder(at: folder, seed: seed)
    let reportFile = work.appendingPathComponent("report.json")
    let context = "seed \(seed) (\(mutation))"

    let result = try DescentExecutable.run(
      [
        "grade", "--assignment", "optimizers", "--submission", folder.path, "--rubric", Self.rubric.path,
        "--feedback", work.appendingPathComponent("feedback.txt").path, "--report-json", reportFile.path,
      ], timeout: .seconds(100))
    #expect(!result.wasSignaled, "\(context): descent was killed by a signal\n\(result)")
    switch result.status {
    case 0:
      let data = try Data(contentsOf: reportFile)
      let report = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any], "\(context): report")
      let items = report["items"] as? [[String: Any]] ?? []
      #expect(items.count == 10, "\(context): \(items.count) items in the report")
      let feedback = try String(contentsOf: work.appendingPathComponent("feedback.txt"), encoding: .utf8)
      #expect(feedback.contains("Score"), "\(context): feedback without a total\n\(feedback.prefix(1_000))")
    case 2, 3:
      #expect(result.standardErrorLines.count == 1, "\(context): the refusal should be one line\n\(result)")
      #expect(result.standardErrorLines.first?.isEmpty == false, "\(context): \(result)")
    default:
      Issue.record("\(context): descent exited \(result.status)\n\(result)")
    }
  }

  /// The corpus's short rubric (1 s per item, short runs).
  static var rubric: URL {
    repository.appendingPathComponent("Tests/DescentEndToEndTests/Submissions/hostile-rubric/optimizers-short.yaml")
  }

  static var repository: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  }

  /// Copies the solution into `folder`, mutates it as `seed` says, and
  /// returns what was done, for failure messages.
  static func makeFolder(at folder: URL, seed: UInt64) throws -> String {
    let manager = FileManager.default
    let solution = repository.appendingPathComponent("assignments/optimizers/solution")
    try manager.createDirectory(at: folder.deletingLastPathComponent(), withIntermediateDirectories: true)
    try manager.copyItem(at: solution, to: folder)
    var files = (manager.enumerator(atPath: folder.path)?.allObjects as? [String] ?? [])
      .filter { $0.hasSuffix(".swift") }.sorted()
    var random = SeededGenerator(seed: 0x5EED_0000 + seed)
    var done: [String] = []
    for _ in 0..<(1 + random.nextInt(below: 3)) {
      let name = files[random.nextInt(below: files.count)]
      let file = folder.appendingPathComponent(name)
      var bytes = [UInt8]((try? Data(contentsOf: file)) ?? Data())
      switch random.nextInt(below: 9) {
      case 0 where !bytes.isEmpty:
        let start = random.nextInt(below: bytes.count)
        let end = min(bytes.count, start + 1 + random.nextInt(below: 200))
        bytes.removeSubrange(start..<end)
        done.append("cut \(end - start) bytes of \(name) at \(start)")
      case 1:
        let noise = (0..<(1 + random.nextInt(below: 40))).map { _ in
          Self.hostileBytes[random.nextInt(below: Self.hostileBytes.count)]
        }
        bytes.insert(contentsOf: noise, at: random.nextInt(below: bytes.count + 1))
        done.append("inserted \(noise.count) hostile bytes into \(name)")
      case 2 where !bytes.isEmpty:
        let start = random.nextInt(below: bytes.count)
        let slice = bytes[start..<min(bytes.count, start + random.nextInt(below: 600))]
        bytes.insert(contentsOf: slice, at: random.nextInt(below: bytes.count + 1))
        done.append("duplicated \(slice.count) bytes of \(name)")
      case 3:
        bytes = (0..<random.nextInt(below: 3_000)).map { _ in UInt8(32 + random.nextInt(below: 95)) }
        done.append("replaced \(name) with printable noise")
      case 4:
        bytes = random.nextInt(below: 2) == 0 ? [] : [0xEF, 0xBB, 0xBF]
        done.append("emptied \(name)")
      case 5:
        bytes = Array(String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "\n", with: "\r\n").utf8)
        done.append("CRLF line ends in \(name)")
      case 6:
        let newName = Self.hostileNames[random.nextInt(below: Self.hostileNames.count)]
        let target = folder.appendingPathComponent(newName)
        if rename(file.path, target.path) == 0 {
          files.removeAll { $0 == name }
          done.append("renamed \(name) to \(newName.debugDescription)")
          continue
        }
      case 7:
        let kind = random.nextInt(below: 5)
        Self.addNonSource(to: folder, kind: kind)
        done.append("added a non-source entry of kind \(kind)")
      default:
        let path = Array(folder.path.utf8) + Array("/B".utf8) + [0xFF, 0xFE] + Array(".swift".utf8) + [0]
        let descriptor = path.withUnsafeBufferPointer { bytes in
          bytes.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_CREAT | O_WRONLY, 0o644) }
        }
        if descriptor >= 0 {
          _ = write(descriptor, "let fromInvalidName = 1\n", 24)
          close(descriptor)
        }
        done.append("added a file whose name is not UTF-8")
      }
      try Data(bytes).write(to: file)
    }
    return done.joined(separator: "; ")
  }

  /// Bytes that are not UTF-8 or are control characters, plus Swift's own delimiters.
  static let hostileBytes: [UInt8] =
    [0x00, 0x01, 0x07, 0x1B, 0x7F, 0x80, 0xBF, 0xC0, 0xC3, 0xED, 0xF5, 0xFE, 0xFF]
    + Array("{}()[]\"'\\`#@$/*".utf8)

  /// File names a careless or hostile student might use.
  static let hostileNames = [
    "-o.swift", "--help.swift", "with space.swift", " leading.swift", "ünïcödé — ∇f.swift", "x\ny.swift",
    String(repeating: "n", count: 240) + ".swift", "Grad\\ients.swift", "$(touch pwned).swift", "*.swift",
    "main.swift", "DescentEntryPoint.swift", ".hidden.swift", "No extension", "Capital.SWIFT",
  ]

  /// Adds something that is not a plain source file.
  static func addNonSource(to folder: URL, kind: Int) {
    let manager = FileManager.default
    switch kind {
    // A second mutation of the same kind finds the entry already there and leaves it.
    case 0:
      try? manager.createDirectory(at: folder.appendingPathComponent("x.swift"), withIntermediateDirectories: true)
    case 1: _ = mkfifo(folder.appendingPathComponent("Pipe.swift").path, 0o644)
    case 2:
      try? manager.createSymbolicLink(
        atPath: folder.appendingPathComponent("Passwd.swift").path, withDestinationPath: "/etc/passwd")
    case 3:
      try? manager.createSymbolicLink(
        atPath: folder.appendingPathComponent("Loop").path, withDestinationPath: folder.path)
    default:
      try? manager.createSymbolicLink(
        atPath: folder.appendingPathComponent("Dangling.swift").path, withDestinationPath: "nowhere")
    }
  }
}
