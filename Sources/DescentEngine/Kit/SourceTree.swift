import Foundation

/// The files under a folder, as paths relative to it: what a kit or an
/// autograder package copies from the course repo.
///
/// Hidden files and folders (`.build`, `.git`, `.DS_Store`) are never
/// listed, nor any folder whose name is in `skipping`; symbolic links are
/// not followed, so a link cannot pull files from outside the course in.
public enum SourceTree {
  /// The regular files under `root`, relative to it, sorted.
  ///
  /// - Throws: ``KitError`` naming `root` when it is not a readable folder.
  public static func files(under root: URL, skipping: Set<String> = []) throws(KitError) -> [String] {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue else {
      throw KitError("\(root.path) is not a folder")
    }
    let base = root.standardizedFileURL.path
    let keys: [URLResourceKey] = [.isRegularFileKey, .isDirectoryKey, .isSymbolicLinkKey]
    guard
      let enumerator = FileManager.default.enumerator(
        at: root.standardizedFileURL, includingPropertiesForKeys: keys, options: [.skipsHiddenFiles])
    else {
      throw KitError("cannot list \(root.path)")
    }
    var files: [String] = []
    while let url = enumerator.nextObject() as? URL {
      let values = try? url.resourceValues(forKeys: Set(keys))
      if values?.isDirectory == true {
        if skipping.contains(url.lastPathComponent) { enumerator.skipDescendants() }
        continue
      }
      guard values?.isRegularFile == true, values?.isSymbolicLink != true else { continue }
      let path = url.standardizedFileURL.path
      guard path.hasPrefix(base + "/") else { continue }
      files.append(String(path.dropFirst(base.count + 1)))
    }
    return files.sorted()
  }

  /// The `.swift` files under `root`, relative to it, sorted.
  public static func swiftFiles(under root: URL) throws(KitError) -> [String] {
    try files(under: root).filter { $0.hasSuffix(".swift") }
  }
}
