/// How strongly a student's process is isolated.
public enum SandboxPolicy: Sendable, Hashable {
  /// Bubblewrap when it works on this machine, otherwise resource limits
  /// and process separation only (said so in every report).
  case automatic
  /// Bubblewrap or nothing: a grader that cannot sandbox refuses to run
  /// student code (``ContainedExecutorError/sandboxUnavailable(_:)``).
  case required
  /// Resource limits and process separation only.
  case disabled
}

/// The isolation actually in force, decided once per executor.
enum SandboxMode: Sendable, Hashable {
  /// Run under bubblewrap at this path.
  case bubblewrap(path: String)
  /// Plain child process with resource limits.
  case processOnly(reason: String)
}
