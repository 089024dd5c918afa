import Foundation

/// The engine's sources as an autograder package carries them, read from
/// the course repo (which is the engine's package): `Package.swift`,
/// `Package.resolved`, and every file under `Sources/` and `Tests/`
/// (SwiftPM refuses a manifest whose targets have no folder, so the test
/// folders come along although they are never built).
public enum EngineSources {
  /// The top-level folders copied.
  public static let folders = ["Sources", "Tests"]
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
    return entries
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
