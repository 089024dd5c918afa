import DescentContract

// HOSTILE: types named like the contract's and the wire's own.

/// Shares its name with the contract's catalog; Submission.swift qualifies the real one.
struct SubmissionCatalog {
  /// Unused.
  var entries: [String] = []
}

/// Shares its name with the engine's request type.
struct HarnessRequest {}

/// Shares its name with the engine's reply type.
struct HarnessReply {}

/// Shares its name with the harness's launch description.
struct HarnessLaunch {}
