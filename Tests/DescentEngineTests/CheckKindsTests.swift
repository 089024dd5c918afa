import DescentEngine
import DescentJudging
import Testing

/// The two halves of every kind of check are registered together: each
/// grading half has a judging half of the same name, and the other way round.
@Suite("Check kinds")
struct CheckKindsTests {
  @Test("the grader's kinds and the judges' kinds are the same list")
  func sameKinds() {
    #expect(CheckKinds.names == ExpectationKinds.names)
    #expect(Set(CheckKinds.names).count == CheckKinds.names.count, "\(CheckKinds.names)")
  }

  @Test("no kind takes a field twice, nor `kind` or `timeout_seconds` among its own")
  func fields() {
    for kind in CheckKinds.all {
      #expect(Set(kind.fieldNames).count == kind.fieldNames.count, "\(kind.kind)")
      #expect(!kind.fieldNames.contains("kind") && !kind.fieldNames.contains("timeout_seconds"), "\(kind.kind)")
    }
  }
}
