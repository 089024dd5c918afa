import Foundation

/// Why a file or folder cannot be created where the person asked, in their
/// words rather than Foundation's ("The operation could not be completed.
/// (NSCocoaErrorDomain error 512.)").
public enum PathProblem {
  /// Why `folder` cannot be created: "/tmp/notes is a file, not a folder"
  /// when a file stands where a folder of the path should be, else the
  /// system's reason ("Permission denied", "No space left on device").
  public static func creatingFolder(_ folder: URL, error: any Error) -> String {
    var ancestor = folder.standardizedFileURL
    while ancestor.path != "/" && !ancestor.path.isEmpty {
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: ancestor.path, isDirectory: &isDirectory) {
        if !isDirectory.boolValue { return "\(ancestor.path) is a file, not a folder" }
        break
      }
      ancestor.deleteLastPathComponent()
    }
    return systemReason(error)
  }

  /// The operating system's words for `error`: the text of its POSIX error
  /// code when it carries one, else its description.
  public static func systemReason(_ error: any Error) -> String {
    let error = error as NSError
    for candidate in [error, error.userInfo[NSUnderlyingErrorKey] as? NSError].compactMap({ $0 })
    where candidate.domain == NSPOSIXErrorDomain {
      return String(cString: strerror(Int32(candidate.code)))
    }
    return error.localizedDescription
  }
}
