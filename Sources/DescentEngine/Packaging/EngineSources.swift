import Foundation

/// The engine's sources as an autograder package carries them, read from
/// the course repo (which is the engine's package): `Package.swift`,
/// `Package.resolved` and every file under `Sources/`.
///
/// The tests are not shipped: their fixtures include submissions that are
/// the instructor's solution but for one mistake, and the student's code
/// runs on the same machine as the autograder. SwiftPM refuses a manifest
/// whose targets have no folder, so each test target's folder is shipped
/// with a placeholder source file, and each of its subfolders (resources
/// such as `Fixtures/`) with a placeholder README; none is ever built.
public enum EngineSources {
  /// The top-level folders copied in full.
  public static let folders = ["Sources"]
  /// The folder whose targets are replaced by placeholders.
  public static let testsFolder = "Tests"
  /// The top-level files copied; the first is required.
  public static let files = ["Package.swift", "Package.resolved"]

  /// The entries, below `prefix` (`engine/`).
  ///
  /// - Throws: ``KitError`` naming the course root when it holds no `Package.swift`.
  public static func entries(courseRoot: URL, prefix: String) throws(KitError) -> [ArchiveEntry] {
    let manifest = courseRoot.appendingPathComponent(files[0])
    guard FileManager.default.fileExists(atPath: manifest.path) else {
      throw KitError(
        "\(courseRoot.path) holds no Package.swift: the course folder must be the engine's package to package it")
    }
    var entries: [ArchiveEntry] = []
    for name in files {
      let url = courseRoot.appendingPathComponent(name)
      guard FileManager.default.fileExists(atPath: url.path) else { continue }
      entries.append(ArchiveEntry(path: "\(prefix)\(name)", data: try read(url)))
    }
    for folder in folders {
      let root = courseRoot.appendingPathComponent(folder)
      guard FileManager.default.fileExists(atPath: root.path) else { continue }
      for file in try SourceTree.files(under: root) {
        entries.append(
          ArchiveEntry(path: "\(prefix)\(folder)/\(file)", data: try read(root.appendingPathComponent(file))))
      }
    }
    entries += try testPlaceholders(courseRoot: courseRoot, prefix: prefix)
    return entries
  }

  /// A placeholder per test target folder and per subfolder of it.
  static func testPlaceholders(courseRoot: URL, prefix: String) throws(KitError) -> [ArchiveEntry] {
    let tests = courseRoot.appendingPathComponent(testsFolder)
    var entries: [ArchiveEntry] = []
    for target in subfolders(of: tests) {
      entries.append(
        ArchiveEntry(
          path: "\(prefix)\(testsFolder)/\(target)/Placeholder.swift",
          text: "// The tests are not part of the autograder package; this file keeps the manifest valid.\n"))
      for folder in subfolders(of: tests.appendingPathComponent(target)) {
        entries.append(
          ArchiveEntry(
            path: "\(prefix)\(testsFolder)/\(target)/\(folder)/README.md",
            text: "Omitted from the autograder package.\n"))
      }
    }
    return entries
  }

  /// The names of the visible subfolders of `folder`, sorted (none when it does not exist).
  static func subfolders(of folder: URL) -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { name in
      var isDirectory: ObjCBool = false
      return !name.hasPrefix(".")
        && FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path, isDirectory: &isDirectory)
        && isDirectory.boolValue
    }.sorted()
  }

  /// The bytes of `url`.
  static func read(_ url: URL) throws(KitError) -> Data {
    do {
      return try Data(contentsOf: url)
    } catch {
      throw KitError("cannot read \(url.path): \(error.localizedDescription)")
    }
  }
}
