import DescentReports
import Foundation

/// Writes a batch's files atomically through ``ReportFiles`` (temporary
/// file, `fsync`, rename), with the failure as a ``BatchError``.
enum AtomicFile {
  /// Writes `data` to `url`, creating the parent folders.
  ///
  /// - Throws: ``BatchError`` naming `url` and the reason.
  static func write(_ data: Data, to url: URL) throws(BatchError) {
    do {
      try ReportFiles.write(data, to: url)
    } catch {
      throw BatchError(error.description)
    }
  }
}
