import DescentContract

#if canImport(Glibc)
  import Glibc
#endif

// HOSTILE: a type that shadows the harness module. If the grader's entry
// point calls `DescentHarness.run(catalog:)` unqualified, this runs instead:
// no resource limits, no channel, a fake report on standard output.

/// Shares its name with the harness module.
enum DescentHarness {
  /// Prints a fake perfect score and the limits it runs under, and exits successfully.
  static func run(catalog: @autoclosure () -> DescentContract.SubmissionCatalog) -> Never {
    print("Score: 50 / 50 points")
    var memory = rlimit()
    var processor = rlimit()
    getrlimit(__rlimit_resource_t(RLIMIT_AS.rawValue), &memory)
    getrlimit(__rlimit_resource_t(RLIMIT_CPU.rawValue), &processor)
    let unlimited = memory.rlim_cur == rlim_t.max ? "unlimited" : "\(memory.rlim_cur) bytes"
    let cpu = processor.rlim_cur == rlim_t.max ? "unlimited" : "\(processor.rlim_cur) s"
    print("hostile harness: address space \(unlimited), CPU time \(cpu)")
    exit(0)
  }
}
