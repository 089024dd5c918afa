import Foundation

/// A content hash of a submission, so that a resumed batch regrades a
/// student whose submission changed and skips one whose did not.
///
/// SHA-256 over exactly what the grader compiles: the source folder the
/// submission's layout names (``SubmissionLayout``) and each `.swift` file
/// in it (``SubmissionCompiler/sourceFiles(in:)``), in sorted order, each
/// contributing its relative path, its length and its bytes, read in
/// chunks. Nothing else in the folder is read (a 2 GiB data file costs
/// nothing), and sources over ``SubmissionCompiler/largestSourceBytes``
/// (which the compiler refuses anyway) contribute their lengths only.
/// Timestamps and permissions do not count.
public enum SubmissionDigest {
  /// The digest of the submission in `folder` as 64 hex digits.
  ///
  /// - Throws: ``BatchError`` naming the file that cannot be read.
  public static func of(_ folder: URL) throws(BatchError) -> String {
    let root = folder.standardizedFileURL.resolvingSymlinksInPath()
    var hasher = SHA256()
    let sources: URL
    do {
      sources = try SubmissionLayout.sourceFolder(of: root)
    } catch {
      // Not a submission: the grader reports it as a build failure; the digest is of the reason.
      hasher.update(Array(error.message.utf8))
      return hasher.finalizeHex()
    }
    let base = root.path
    hasher.update(field: Array(sources.path.dropFirst(min(base.count, sources.path.count)).utf8))
    let files = SubmissionCompiler.sourceFiles(in: sources)
    let sizes = files.map(SubmissionCompiler.byteCount(of:))
    let readsContents = sizes.reduce(0, +) <= SubmissionCompiler.largestSourceBytes
    for (file, size) in zip(files, sizes) {
      hasher.update(field: Array(SubmissionCompiler.relative(file, to: sources).utf8))
      hasher.update(length: size)
      guard readsContents else { continue }
      do {
        try hasher.update(contentsOf: file)
      } catch {
        throw BatchError("cannot read \(file.path) to hash the submission: \(error.localizedDescription)")
      }
    }
    return hasher.finalizeHex()
  }
}
