import DescentReports
import Foundation

/// A folder written in full beside its destination and then moved into
/// place with one rename, so that an interrupted `descent kit` leaves
/// either nothing or a whole kit, never half of one.
public struct StagedDirectory {
  /// The folder being filled.
  public let root: URL

  /// Creates an empty staging folder next to `destination` (same file
  /// system, so the final move is a rename).
  ///
  /// - Throws: ``KitError`` naming the parent folder when it cannot be created.
  public init(besides destination: URL) throws(KitError) {
    let parent = destination.standardizedFileURL.deletingLastPathComponent()
    let name = ".\(destination.lastPathComponent).partial-\(UUID().uuidString.prefix(8))"
    root = parent.appendingPathComponent(name)
    do {
      try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    } catch {
      throw KitError("cannot create a folder in \(parent.path): \(PathProblem.creatingFolder(root, error: error))")
    }
  }

  /// Writes `data` at `path` (relative, `/`-separated), creating its folders.
  public func write(_ data: Data, to path: String, executable: Bool = false) throws(KitError) {
    let url = root.appendingPathComponent(path)
    do {
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try data.write(to: url)
      if executable {
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
      }
    } catch {
      throw KitError("cannot write \(path) into \(root.path): \(PathProblem.systemReason(error))")
    }
  }

  /// Writes `text` as UTF-8 at `path`.
  public func write(_ text: String, to path: String, executable: Bool = false) throws(KitError) {
    try write(Data(text.utf8), to: path, executable: executable)
  }

  /// Copies the file at `source` to `path`.
  public func copy(_ source: URL, to path: String) throws(KitError) {
    let data: Data
    do {
      data = try Data(contentsOf: source)
    } catch {
      throw KitError("cannot read \(source.path): \(error.localizedDescription)")
    }
    try write(data, to: path)
  }

  /// Copies every file under `folder` (see ``SourceTree``) below `path`.
  public func copyTree(_ folder: URL, to path: String) throws(KitError) {
    for file in try SourceTree.files(under: folder) {
      try copy(folder.appendingPathComponent(file), to: "\(path)/\(file)")
    }
  }

  /// Checks that `destination` does not exist or is an empty folder, before any work is done.
  ///
  /// - Throws: ``KitError`` naming `destination` when it holds files.
  public static func checkWritable(_ destination: URL) throws(KitError) {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: destination.path, isDirectory: &isDirectory) else { return }
    let contents = (try? FileManager.default.contentsOfDirectory(atPath: destination.path)) ?? ["?"]
    guard isDirectory.boolValue, contents.isEmpty else {
      throw KitError("\(destination.path) already exists and is not an empty folder: remove it or choose another --out")
    }
  }

  /// Writes `entries` into a new folder at `destination` (which must not
  /// exist or be empty), all or nothing; returns how many were written.
  ///
  /// - Throws: ``KitError`` naming the destination or the entry at fault;
  ///   nothing is then left at `destination`.
  @discardableResult
  public static func write(_ entries: [ArchiveEntry], to destination: URL) throws(KitError) -> Int {
    try checkWritable(destination)
    let stage = try StagedDirectory(besides: destination)
    do {
      for entry in entries { try stage.write(entry.data, to: entry.path, executable: entry.isExecutable) }
      try stage.commit(to: destination)
    } catch {
      stage.discard()
      throw error
    }
    return entries.count
  }

  /// Moves the staged folder to `destination`, which must not exist or be
  /// an empty folder.
  ///
  /// - Throws: ``KitError`` naming `destination` when it holds files; the
  ///   staged folder is removed either way.
  public func commit(to destination: URL) throws(KitError) {
    defer { discard() }
    let manager = FileManager.default
    try Self.checkWritable(destination)
    if manager.fileExists(atPath: destination.path) { try? manager.removeItem(at: destination) }
    do {
      try manager.moveItem(at: root, to: destination)
    } catch {
      throw KitError("cannot move the kit into \(destination.path): \(PathProblem.systemReason(error))")
    }
  }

  /// Removes the staged folder (nothing happens once it was committed).
  public func discard() {
    try? FileManager.default.removeItem(at: root)
  }
}
