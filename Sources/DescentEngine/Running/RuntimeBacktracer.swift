import Foundation

/// The Swift runtime's backtracer set up for student processes: when a
/// student's program crashes, the runtime starts the toolchain's
/// `swift-backtrace`, which writes the crashed thread's frames, with files
/// and lines from the program's debug information, to standard error.
///
/// Under bubblewrap the helper's folder is made visible read-only (it holds
/// only the helper); the environment names the helper and asks for a short,
/// plain, non-interactive report of the innermost frames only.
enum RuntimeBacktracer {
  /// The innermost frames a backtrace lists. Unwinding stops there, so a
  /// stack overflow costs no more than a shallow crash.
  static let frameLimit = 32

  /// `<toolchain>/usr/libexec/swift/linux/swift-backtrace` for runtime
  /// libraries at `<toolchain>/usr/lib/swift/linux`, when it is there.
  static func helper(toolchainLibraries: URL?) -> URL? {
    #if os(Linux)
      guard let libraries = toolchainLibraries else { return nil }
      let helper = libraries.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("libexec/swift/linux/swift-backtrace")
      guard FileManager.default.isExecutableFile(atPath: helper.path), !helper.path.contains(",") else { return nil }
      return helper
    #else
      return nil
    #endif
  }

  /// The `SWIFT_BACKTRACE` setting that runs `helper` on a crash: plain
  /// text on standard error, the crashed thread only, no registers or
  /// images, at most ``frameLimit`` frames.
  static func environment(helper: URL) -> String {
    let settings = [
      "enable=yes", "interactive=no", "color=no", "output-to=stderr", "format=text", "threads=crashed",
      "registers=none", "images=none", "limit=\(frameLimit)", "top=0", "symbolicate=full",
      "swift-backtrace=\(helper.path)",
    ]
    return "SWIFT_BACKTRACE=" + settings.joined(separator: ",")
  }
}
