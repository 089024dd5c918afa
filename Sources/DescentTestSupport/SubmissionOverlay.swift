import Foundation

/// A test submission stored as what it changes in a base submission (the
/// instructor's solution): its folder holds only the files it adds or
/// replaces, and optionally, at its top level,
///
/// - `removed.txt`: the base's paths (files or folders) it deletes, one per
///   line (blank lines and lines starting with `#` are ignored);
/// - `expected.yaml`, `rubric.yaml`: what a test expects of it and the
///   rubric it is graded with, never part of the submission.
///
/// ```swift
/// let overlay = SubmissionOverlay(folder: cases.appendingPathComponent("hostile-nan-result"))
/// try overlay.materialize(onto: solution, at: temporary.appendingPathComponent("hostile-nan-result"))
/// ```
///
/// Files are copied byte for byte: invalid UTF-8, names with spaces or
/// non-ASCII letters stay as committed.
public struct SubmissionOverlay: Sendable {
  /// The case's folder.
  public var folder: URL

  /// The manifest of deleted base paths.
  public static let removalsFile = "removed.txt"
  /// Top-level files that describe the case rather than belong to it.
  public static let metadataFiles: Set<String> = [removalsFile, "expected.yaml", "rubric.yaml"]

  /// The case whose folder is `folder`.
  public init(folder: URL) {
    self.folder = folder
  }

  /// The case's name: its folder's.
  public var name: String { folder.lastPathComponent }

  /// The paths, relative to the folder and sorted, of the files the case adds or replaces.
  public func files() throws -> [String] {
    try Self.files(under: folder).filter { !Self.metadataFiles.contains($0) }
  }

  /// The base paths the case deletes, as `removed.txt` lists them; empty without one.
  public func removals() throws -> [String] {
    let manifest = folder.appendingPathComponent(Self.removalsFile)
    guard FileManager.default.fileExists(atPath: manifest.path) else { return [] }
    return try String(contentsOf: manifest, encoding: .utf8).split(whereSeparator: \.isNewline)
      .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && !$0.hasPrefix("#") }
  }

  /// What makes the case no longer a change of `base`, one line each: a
  /// replacing file identical to the base's, a removal of a path the base
  /// lacks, or no change at all. Empty when every part of the case still matters.
  public func staleParts(comparedWith base: URL) throws -> [String] {
    var problems: [String] = []
    let files = try files()
    let removals = try removals()
    for file in files {
      let baseFile = base.appendingPathComponent(file)
      if let original = FileManager.default.contents(atPath: baseFile.path),
        original == FileManager.default.contents(atPath: folder.appendingPathComponent(file).path)
      {
        problems.append("\(name)/\(file) is identical to the base's: delete it from the case")
      }
    }
    for removal in removals where !FileManager.default.fileExists(atPath: base.appendingPathComponent(removal).path) {
      problems.append("\(name)/\(Self.removalsFile) removes \(removal), which the base does not have")
    }
    if files.isEmpty && removals.isEmpty {
      problems.append("\(name) changes nothing: it is the base itself")
    }
    return problems
  }

  /// Writes the case's submission at `destination` (which must not exist):
  /// `base`, minus the removals, plus the case's files.
  ///
  /// - Throws: ``SubmissionOverlayError`` when a removal names a path the
  ///   base lacks; Foundation's errors when copying fails.
  public func materialize(onto base: URL, at destination: URL) throws {
    let manager = FileManager.default
    try manager.createDirectory(at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
    try manager.copyItem(at: base, to: destination)
    for removal in try removals() {
      let target = destination.appendingPathComponent(removal)
      guard manager.fileExists(atPath: target.path) else {
        throw SubmissionOverlayError.missingRemoval(case: name, path: removal)
      }
      try manager.removeItem(at: target)
    }
    for file in try files() {
      let target = destination.appendingPathComponent(file)
      try manager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
      if manager.fileExists(atPath: target.path) { try manager.removeItem(at: target) }
      try manager.copyItem(at: folder.appendingPathComponent(file), to: target)
    }
  }

  /// The regular files under `folder`, as sorted relative paths.
  static func files(under folder: URL) throws -> [String] {
    let manager = FileManager.default
    let root = folder.standardizedFileURL.path
    guard let enumerator = manager.enumerator(atPath: root) else {
      throw SubmissionOverlayError.unreadable(root)
    }
    var files: [String] = []
    while let relative = enumerator.nextObject() as? String {
      var isFolder: ObjCBool = false
      if manager.fileExists(atPath: root + "/" + relative, isDirectory: &isFolder), !isFolder.boolValue {
        files.append(relative)
      }
    }
    return files.sorted()
  }
}

/// Why a ``SubmissionOverlay`` cannot be materialized.
public enum SubmissionOverlayError: Error, CustomStringConvertible {
  /// `removed.txt` of the case names a path its base does not have.
  case missingRemoval(case: String, path: String)
  /// The case's folder cannot be listed.
  case unreadable(String)

  /// One line naming the case and what is wrong with it.
  public var description: String {
    switch self {
    case .missingRemoval(let name, let path):
      "\(name)/\(SubmissionOverlay.removalsFile) removes \(path), which the base does not have"
    case .unreadable(let path): "cannot list the test submission folder \(path)"
    }
  }
}
