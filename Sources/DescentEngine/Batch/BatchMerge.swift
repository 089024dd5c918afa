import DescentReports
import Foundation

/// Joins the output folders of a class's slices (`descent batch --slice I/N`)
/// into one output folder: every student's files, one gradebook, one class
/// report, as a single run over the whole class would have written them.
///
/// Refuses, naming the folder or student at fault: slices of different
/// assignments, rubrics or classes; a slice given twice or missing; a
/// student in two slices; a student of a slice without a result.
public enum BatchMerge {
  /// Merges `slices` into `out` and returns the class report.
  ///
  /// - Throws: ``BatchError`` when the slices do not fit together or a file cannot be copied or written.
  @discardableResult
  public static func merge(slices: [URL], into out: URL) throws(BatchError) -> ClassReport {
    guard !slices.isEmpty else { throw BatchError("--merge needs the slices' output folders") }
    let target = out.standardizedFileURL.path
    if let clash = slices.first(where: { $0.standardizedFileURL.path == target }) {
      throw BatchError("--out \(out.path) is also a slice to merge (\(clash.path)): choose a new folder")
    }
    var manifests: [(folder: URL, manifest: BatchManifest)] = []
    for folder in slices { manifests.append((folder, try BatchManifest.read(from: folder))) }
    let first = manifests[0]
    try checkCompatible(manifests, with: first)
    try checkCoverage(manifests, count: first.manifest.slice.count)

    var owner: [String: URL] = [:]
    for (folder, manifest) in manifests {
      for student in manifest.students {
        if let other = owner[student] {
          throw BatchError("student \(student) is in both \(other.path) and \(folder.path): merge each slice once")
        }
        owner[student] = folder
      }
    }
    guard owner.count == first.manifest.classSize else {
      throw BatchError(
        "the slices hold \(owner.count) students but the class has \(first.manifest.classSize):"
          + " the slices were not cut from one submissions folder")
    }

    var records: [StudentRecord] = []
    for (folder, manifest) in manifests {
      let (found, missing) = BatchSummary.records(in: folder, students: manifest.students)
      if let student = missing.first {
        throw BatchError(
          "student \(student) of slice \(manifest.slice) has no result in \(folder.path)"
            + " (\(missing.count) missing): rerun that slice with the same --out to finish it")
      }
      records += found
    }
    for record in records {
      guard let source = owner[record.student] else { continue }
      try copyStudent(record.student, from: source, to: out)
    }
    let ids = owner.keys.sorted()
    let merged = BatchManifest(
      assignment: first.manifest.assignment, items: first.manifest.items, slice: .whole, students: ids, classIDs: ids)
    try merged.write(to: out)
    return try BatchSummary.write(manifest: merged, records: records.sorted { $0.student < $1.student }, to: out)
  }

  private static func checkCompatible(
    _ manifests: [(folder: URL, manifest: BatchManifest)], with first: (folder: URL, manifest: BatchManifest)
  ) throws(BatchError) {
    for (folder, manifest) in manifests.dropFirst() {
      guard manifest.assignment == first.manifest.assignment else {
        throw BatchError(
          "\(folder.path) grades '\(manifest.assignment)' but \(first.folder.path) grades '\(first.manifest.assignment)'"
        )
      }
      guard manifest.items == first.manifest.items else {
        throw BatchError("\(folder.path) was graded with a different rubric than \(first.folder.path)")
      }
      guard manifest.classDigest == first.manifest.classDigest, manifest.slice.count == first.manifest.slice.count
      else {
        throw BatchError(
          "\(folder.path) (slice \(manifest.slice)) and \(first.folder.path) (slice \(first.manifest.slice))"
            + " are slices of different classes or slicings")
      }
    }
  }

  private static func checkCoverage(
    _ manifests: [(folder: URL, manifest: BatchManifest)], count: Int
  ) throws(BatchError) {
    var seen: [Int: URL] = [:]
    for (folder, manifest) in manifests {
      if let other = seen[manifest.slice.index] {
        throw BatchError("slice \(manifest.slice) is given twice: \(other.path) and \(folder.path)")
      }
      seen[manifest.slice.index] = folder
    }
    let absent = (0..<count).filter { seen[$0] == nil }
    guard absent.isEmpty else {
      let names = absent.map { "\($0)/\(count)" }.joined(separator: ", ")
      throw BatchError("slice \(names) missing: grade it with `descent batch --slice I/N` and merge every slice")
    }
  }

  private static func copyStudent(_ student: String, from slice: URL, to out: URL) throws(BatchError) {
    let source = StudentResultFolder(out: slice, student: student).folder
    let destination = StudentResultFolder(out: out, student: student).folder
    do {
      try FileManager.default.createDirectory(
        at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
      if FileManager.default.fileExists(atPath: destination.path) {
        try FileManager.default.removeItem(at: destination)
      }
      try FileManager.default.copyItem(at: source, to: destination)
    } catch {
      throw BatchError("cannot copy \(source.path) to \(destination.path): \(error.localizedDescription)")
    }
  }
}
