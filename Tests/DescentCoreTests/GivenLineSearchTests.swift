import DescentCore
import Testing

/// The line search the grader hands a student's BFGS, L-BFGS or CG: the
/// strong-Wolfe search bound to one objective, usable only while its run lasts.
@Suite("The given line search")
struct GivenLineSearchTests {
  static let paraboloid = Paraboloid()

  @Test("it returns the strong-Wolfe search's step along lines of its objective")
  func searches() throws {
    let search = try StrongWolfeLineSearch(sufficientDecrease: 1e-4, curvature: 0.9, maximumEvaluations: 25)
    let given = LineSearch(objective: Self.paraboloid, search: search, lease: LineSearchLease())
    let x = [1.0, 2.0]
    let g = Self.paraboloid.gradient(at: x)
    let p = g.map { -$0 }
    let accepted = try #require(
      try given.step(from: x, value: Self.paraboloid.value(at: x), gradient: g, direction: p, initialStep: 1))
    let direct = try search.search(
      on: Self.paraboloid, from: x, value: Self.paraboloid.value(at: x), gradient: g, direction: p, initialStep: 1)
    #expect(accepted == direct)
    #expect(given.sufficientDecrease == 1e-4 && given.curvature == 0.9)
  }

  @Test("kept past its run, it throws instead of searching")
  func leaseEnds() throws {
    let lease = LineSearchLease()
    let given = LineSearch(objective: Self.paraboloid, search: try StrongWolfeLineSearch(), lease: lease)
    lease.close()
    #expect(throws: LineSearchError.leaseEnded) {
      try given.step(from: [1, 2], value: 5, gradient: [2, 4], direction: [-2, -4], initialStep: 1)
    }
    #expect(LineSearchError.leaseEnded.description.contains("after the run it was handed to had ended"))
  }

  /// f that never changes, with a gradient that says it falls to the right.
  struct Plateau: Objective {
    var dimension: Int { 1 }
    func value(at x: [Double]) -> Double { 1 }
    func gradient(at x: [Double]) -> [Double] { [-1] }
  }

  @Test("where no trial lowers f it returns nil: the method leaves x as it is, as converged")
  func roundingStall() throws {
    let given = LineSearch(objective: Plateau(), search: try StrongWolfeLineSearch(), lease: LineSearchLease())
    #expect(try given.step(from: [0], value: 1, gradient: [-1], direction: [1], initialStep: 1) == nil)
  }
}
