/// One named benchmark: `run` prints its figures, including the ratio
/// against a peer measured in the same run.
struct Benchmark: Sendable {
  /// The name given on the command line (`matmul`).
  var name: String
  /// Measures and prints.
  var run: @Sendable () throws -> Void
}
