import DescentCore
import DescentReports
import Foundation
import Testing

@testable import DescentEngine

@Suite("Batch slices and merge")
struct BatchSliceMergeTests {
  @Test("slices deal sorted ids round-robin: disjoint, complete, sizes within one")
  func slicesPartition() throws {
    var generator = SeededGenerator(seed: 7)
    let ids = (0..<23).map { "s\($0)" }.shuffled(using: &generator)
    var seen: [String] = []
    for index in 0..<4 {
      let slice = try BatchSlice(parsing: "\(index)/4")
      let part = slice.students(of: ids)
      #expect((5...6).contains(part.count), "slice \(slice) has \(part.count)")
      seen += part
    }
    #expect(seen.sorted() == ids.sorted())
    #expect(Set(seen).count == ids.count)
    #expect(try BatchSlice(parsing: "1/3").students(of: ["c", "a", "e", "b", "d"]) == ["b", "e"])
  }

  @Test("malformed slices are refused, naming the text", arguments: ["4/4", "-1/2", "1", "a/b", "0/0", "1/2/3"])
  func malformedSlice(text: String) {
    #expect(throws: BatchError.self) { try BatchSlice(parsing: text) }
  }

  @Test("merging three slices gives the same gradebook and class report as one run")
  func mergeEqualsSingleRun() async throws {
    let root = try BatchFixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let names = ["amy", "bo", "cy", "di", "ed", "flo", "gus"]
    let contents = ["ok", "BROKEN", "CRASH", "ok", "BROKEN", "ok", "CRASH"]
    let submissions = try BatchFixtures.submissions(Dictionary(uniqueKeysWithValues: zip(names, contents)), in: root)
    let roster = try SubmissionRoster(listing: submissions)
    let runner = BatchRunner(grader: Grader(executor: CountingExecutor()), rubric: BatchFixtures.rubric, jobs: 2)
    let single = root.appendingPathComponent("single")
    let singleReport = try await runner.run(roster: roster, out: single).classReport
    var slices: [URL] = []
    for index in 0..<3 {
      let folder = root.appendingPathComponent("slice-\(index)")
      _ = try await runner.run(roster: roster, slice: try BatchSlice(parsing: "\(index)/3"), out: folder)
      slices.append(folder)
    }
    let merged = root.appendingPathComponent("merged")
    let mergedReport = try BatchMerge.merge(slices: slices.reversed(), into: merged)
    #expect(mergedReport == singleReport)
    let singleCSV = try String(contentsOf: single.appendingPathComponent("gradebook.csv"), encoding: .utf8)
    let mergedCSV = try String(contentsOf: merged.appendingPathComponent("gradebook.csv"), encoding: .utf8)
    #expect(mergedCSV == singleCSV)
    for name in names {
      #expect(FileManager.default.fileExists(atPath: merged.appendingPathComponent("students/\(name)/junit.xml").path))
    }

    let missing = #expect(throws: BatchError.self) {
      try BatchMerge.merge(slices: [slices[0], slices[2]], into: merged)
    }
    #expect(missing?.message.contains("slice 1/3 missing") == true, "\(String(describing: missing))")
    let twice = #expect(throws: BatchError.self) {
      try BatchMerge.merge(slices: [slices[0], slices[1], slices[2], slices[1]], into: merged)
    }
    #expect(twice?.message.contains("given twice") == true, "\(String(describing: twice))")
  }

  @Test("a student in two slices, or without a result, is refused by name")
  func overlappingAndUnfinished() async throws {
    let root = try BatchFixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let submissions = try BatchFixtures.submissions(["amy": "ok", "bo": "ok", "cy": "ok"], in: root)
    let roster = try SubmissionRoster(listing: submissions)
    let runner = BatchRunner(grader: Grader(executor: CountingExecutor()), rubric: BatchFixtures.rubric, jobs: 1)
    let slices = [root.appendingPathComponent("slice-0"), root.appendingPathComponent("slice-1")]
    for (index, folder) in slices.enumerated() {
      _ = try await runner.run(roster: roster, slice: try BatchSlice(parsing: "\(index)/2"), out: folder)
    }
    // Slice 1's manifest is edited to also claim amy, who is slice 0's.
    var manifest = try BatchManifest.read(from: slices[1])
    manifest.students.append("amy")
    try manifest.write(to: slices[1])
    let overlap = #expect(throws: BatchError.self) {
      try BatchMerge.merge(slices: slices, into: root.appendingPathComponent("merged"))
    }
    #expect(overlap?.message.contains("student amy is in both") == true, "\(String(describing: overlap))")

    manifest.students.removeAll { $0 == "amy" }
    try manifest.write(to: slices[1])
    try FileManager.default.removeItem(at: slices[0].appendingPathComponent("students/cy/grade.json"))
    let unfinished = #expect(throws: BatchError.self) {
      try BatchMerge.merge(slices: slices, into: root.appendingPathComponent("merged"))
    }
    #expect(unfinished?.message.contains("student cy of slice 0/2 has no result") == true)
  }
}
