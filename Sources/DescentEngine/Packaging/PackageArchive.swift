import DescentReports
import Foundation
import ZIPFoundation

/// One file of an autograder package: its path inside the zip, its bytes,
/// and whether it is executable (`setup.sh`, `run_autograder`).
public struct ArchiveEntry: Sendable, Equatable {
  /// The path inside the archive, `/`-separated, relative.
  public var path: String
  /// The file's contents.
  public var data: Data
  /// Whether the file gets mode 755 (else 644).
  public var isExecutable: Bool

  /// Creates an entry.
  public init(path: String, data: Data, isExecutable: Bool = false) {
    self.path = path
    self.data = data
    self.isExecutable = isExecutable
  }

  /// An entry holding `text` as UTF-8.
  public init(path: String, text: String, isExecutable: Bool = false) {
    self.init(path: path, data: Data(text.utf8), isExecutable: isExecutable)
  }
}

/// Writes and reads the zip files of autograder packages.
///
/// Archives are reproducible: entries are written in path order with one
/// fixed modification date, so the same course gives the same bytes. The
/// zip is written beside its destination and renamed into place, so a
/// reader never sees half an archive.
public enum PackageArchive {
  /// The modification date of every entry: 2020-01-01T00:00:00Z.
  public static let entryDate = Date(timeIntervalSince1970: 1_577_836_800)

  /// Writes `entries` as a deflated zip at `destination`, replacing it.
  ///
  /// - Throws: ``KitError`` naming `destination` or the entry that could not be written.
  public static func write(_ entries: [ArchiveEntry], to destination: URL) throws(KitError) {
    let folder = destination.standardizedFileURL.deletingLastPathComponent()
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    } catch {
      throw KitError("cannot create \(folder.path): \(PathProblem.creatingFolder(folder, error: error))")
    }
    let partial = folder.appendingPathComponent(
      ".\(destination.lastPathComponent).partial-\(UUID().uuidString.prefix(8))")
    defer { try? FileManager.default.removeItem(at: partial) }
    do {
      let archive = try Archive(url: partial, accessMode: .create)
      for entry in entries.sorted(by: { $0.path < $1.path }) {
        let data = entry.data
        try archive.addEntry(
          with: entry.path, type: .file, uncompressedSize: Int64(data.count), modificationDate: entryDate,
          permissions: entry.isExecutable ? 0o755 : 0o644, compressionMethod: .deflate
        ) { position, size in
          data.subdata(in: Int(position)..<Int(position) + size)
        }
      }
    } catch {
      throw KitError("cannot write \(destination.path): \(error)")
    }
    guard rename(partial.path, destination.path) == 0 else {
      throw KitError("cannot move the archive to \(destination.path): \(String(cString: strerror(errno)))")
    }
  }

  /// The entries of the zip at `url`, in archive order.
  ///
  /// - Throws: ``KitError`` naming `url` when it is not a readable zip.
  public static func read(_ url: URL) throws(KitError) -> [ArchiveEntry] {
    do {
      let archive = try Archive(url: url, accessMode: .read)
      var entries: [ArchiveEntry] = []
      for entry in archive where entry.type == .file {
        var data = Data()
        _ = try archive.extract(entry, skipCRC32: false) { data.append($0) }
        let permissions = entry.fileAttributes[.posixPermissions] as? Int ?? 0o644
        entries.append(ArchiveEntry(path: entry.path, data: data, isExecutable: permissions & 0o100 != 0))
      }
      return entries
    } catch {
      throw KitError("\(url.path) is not a readable zip: \(error)")
    }
  }

  /// Unpacks the zip at `url` into `folder` (created if needed), keeping
  /// executable bits; no entry may leave the folder.
  ///
  /// - Throws: ``KitError`` naming the archive or the entry at fault.
  public static func extract(_ url: URL, to folder: URL) throws(KitError) {
    let root = folder.standardizedFileURL
    for entry in try read(url) {
      let target = root.appendingPathComponent(entry.path).standardizedFileURL
      guard target.path.hasPrefix(root.path + "/") else {
        throw KitError("\(url.path): entry '\(entry.path)' would be written outside \(root.path)")
      }
      do {
        try FileManager.default.createDirectory(
          at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try entry.data.write(to: target)
        try FileManager.default.setAttributes(
          [.posixPermissions: entry.isExecutable ? 0o755 : 0o644], ofItemAtPath: target.path)
      } catch {
        throw KitError("cannot unpack \(entry.path) into \(root.path): \(error.localizedDescription)")
      }
    }
  }
}
