import Foundation

/// A content hash of a submission folder, so that a resumed batch regrades
/// a student whose submission changed and skips one whose did not.
///
/// SHA-256 over every regular file below the folder (hidden ones too:
/// whatever the compiler might see), in sorted relative-path order, each
/// contributing its path, its length and its bytes. Timestamps and
/// permissions do not count.
public enum SubmissionDigest {
  /// The digest of `folder` as 64 hex digits.
  ///
  /// - Throws: ``BatchError`` naming the file that cannot be read.
  public static func of(_ folder: URL) throws(BatchError) -> String {
    let root = folder.standardizedFileURL.resolvingSymlinksInPath()
    guard let enumerator = FileManager.default.enumerator(atPath: root.path) else {
      throw BatchError("cannot read submission folder \(folder.path)")
    }
    var files: [String] = []
    while let relative = enumerator.nextObject() as? String {
      let attributes = enumerator.fileAttributes
      if attributes?[.type] as? FileAttributeType == .typeRegular { files.append(relative) }
    }
    var hasher = SHA256()
    for relative in files.sorted() {
      let url = root.appendingPathComponent(relative)
      let data: Data
      do {
        data = try Data(contentsOf: url)
      } catch {
        throw BatchError("cannot read \(url.path) to hash the submission: \(error.localizedDescription)")
      }
      let path = Array(relative.utf8)
      hasher.update(withLength(path.count))
      hasher.update(path)
      hasher.update(withLength(data.count))
      hasher.update(data)
    }
    return hasher.finalizeHex()
  }

  private static func withLength(_ count: Int) -> [UInt8] {
    (0..<8).map { UInt8(truncatingIfNeeded: UInt64(count) >> UInt64(8 * $0)) }
  }
}
