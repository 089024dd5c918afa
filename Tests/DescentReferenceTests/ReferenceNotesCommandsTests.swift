import DescentCore
import DescentReference
import DescentTestSupport
import Foundation
import Testing

/// `descent reference schedule`, `clip`, `init`, `hessian` and `gradcheck`: what lecture notes are
/// written from, printed by the built executable and checked against the
/// formulas and against the reference in this process.
@Suite("descent reference schedule, clip, init")
struct ReferenceNotesCommandsTests {
  static func json(_ arguments: [String]) throws -> [String: Any] {
    let result = try DescentExecutable.run(["reference"] + arguments, timeout: .seconds(30))
    try #require(result.status == 0, "\(result)")
    return try #require(
      try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any], "\(result)")
  }

  @Test("schedules follow their closed forms")
  func schedules() throws {
    let step = try #require(
      try Self.json(["schedule", "--schedule", "step", "--lr", "0.1", "--step-size", "3", "--steps", "7"])["rates"]
        as? [Double])
    #expect(step.count == 7 && step[2] == 0.1 && abs(step[3] - 0.01) < 1e-15 && abs(step[6] - 0.001) < 1e-15)
    let exponential = try #require(
      try Self.json(["schedule", "--schedule", "exponential", "--lr", "1", "--gamma", "0.5", "--steps", "4"])["rates"]
        as? [Double])
    #expect(exponential == [1, 0.5, 0.25, 0.125])
    let linear = try #require(
      try Self.json([
        "schedule", "--schedule", "linear", "--lr", "1", "--final", "0.1", "--horizon", "4", "--steps", "6",
      ])["rates"] as? [Double])
    #expect(abs(linear[2] - 0.55) < 1e-15 && linear[4] == 0.1 && linear[5] == 0.1, "\(linear)")
    let cosine = try #require(
      try Self.json(["schedule", "--schedule", "cosine", "--lr", "0.1", "--period", "4", "--steps", "5"])["rates"]
        as? [Double])
    #expect(cosine[0] == 0.1 && abs(cosine[2] - 0.05) < 1e-15 && abs(cosine[4]) < 1e-15, "\(cosine)")
  }

  @Test("clipping by norm scales by c / (‖g‖ + 1e-6); by value clamps")
  func clipping() throws {
    let byNorm = try Self.json(["clip", "--norm", "1", "--gradient", "3,4"])
    let clipped = try #require(byNorm["gradient"] as? [Double])
    #expect(byNorm["total_norm"] as? Double == 5)
    #expect(abs(clipped[0] - 3 / (5 + 1e-6)) < 1e-15 && abs(clipped[1] - 4 / (5 + 1e-6)) < 1e-15)
    let byValue = try Self.json(["clip", "--value", "0.5", "--gradient", "3,-0.2,-4"])
    #expect(byValue["gradient"] as? [Double] == [0.5, -0.2, -0.5])
  }

  /// What `descent reference init` prints, read with JSONDecoder (exact for every float64).
  struct Drawn: Decodable {
    var weights: [[Double]]
    var bound: Double
  }

  static func drawn(seed: Int) throws -> Drawn {
    let result = try DescentExecutable.run(
      ["reference", "init", "--scheme", "he", "--inputs", "64", "--outputs", "32", "--seed", "\(seed)"],
      timeout: .seconds(30))
    try #require(result.status == 0, "\(result)")
    return try JSONDecoder().decode(Drawn.self, from: Data(result.standardOutput.utf8))
  }

  @Test("initialization: the same seed gives the reference's weights, inside the scheme's bound")
  func initialization() throws {
    let printed = try Self.drawn(seed: 9)
    var generator = SeededGenerator(seed: 9)
    let expected = KaimingInitialization(.uniform).weights(inputs: 64, outputs: 32, using: &generator)
    #expect(printed.weights.count == 64 && printed.weights.allSatisfy { $0.count == 32 })
    #expect(printed.weights.joined().elementsEqual(expected.scalars), "the reference's draw, bit for bit")
    #expect(abs(printed.bound - (6.0 / 64).squareRoot()) < 1e-15)
    #expect(printed.weights.joined().allSatisfy { abs($0) <= printed.bound })
    #expect(try Self.drawn(seed: 10).weights != printed.weights, "another seed, other weights")
  }

  @Test("the Hessian, its eigenvalues and the second-derivative test at the course's critical points")
  func hessian() throws {
    let saddle = try Self.json(["hessian", "--problem", "saddle", "--point", "0,0"])
    #expect(saddle["eigenvalues"] as? [Double] == [-2, 2])
    #expect(saddle["kind"] as? String == "saddle" && saddle["critical"] as? Bool == true)
    let minimum = try Self.json(["hessian", "--problem", "rosenbrock", "--point", "1,1"])
    #expect(minimum["hessian"] as? [[Double]] == [[802, -400], [-400, 200]])
    #expect(minimum["kind"] as? String == "minimum")
    let away = try Self.json(["hessian", "--problem", "rosenbrock", "--point", "-1.2,1"])
    #expect(away["critical"] as? Bool == false)
  }

  @Test("a trajectory counts each step's evaluations: a line search's values and gradients, Newton's Hessians")
  func evaluationCounts() throws {
    let bfgs = try Self.json([
      "trajectory", "--optimizer", "bfgs", "--problem", "rosenbrock", "--start", "-1.2,1", "--steps", "5",
    ])
    let counts = try #require(bfgs["evaluations"] as? [String: [Int]])
    #expect(counts["values"]?.count == 5 && counts["gradients"]?.count == 5)
    #expect(counts["values"]?.allSatisfy { $0 >= 1 } == true, "a line search evaluates f: \(counts)")
    #expect(counts["hessians"] == [0, 0, 0, 0, 0], "BFGS never asks for the Hessian")
    #expect((bfgs["step_lengths"] as? [Double])?.count == 5)
    // Each step's accepted α: the first try is lr·min(1, 1/‖∇f‖₁), later ones start at 1.
    let alphas = try #require(bfgs["line_search_steps"] as? [Double])
    #expect(alphas.count == 5 && alphas.allSatisfy { $0 > 0 } && alphas[0] < 1e-2, "\(alphas)")
    let newton = try Self.json([
      "trajectory", "--optimizer", "newton", "--problem", "rosenbrock", "--start", "-1.2,1", "--steps", "3",
    ])
    #expect((newton["evaluations"] as? [String: [Int]])?["hessians"] == [1, 1, 1])
  }

  @Test("gradcheck: ≈ 1e-10 for the exact gradient, 0.1 / 2.1 for one 10 % off, the course's verdict in words")
  func gradientCheck() throws {
    let exact = try Self.json(["gradcheck", "--function", "rosenbrock", "--point", "-1.2,1"])
    let error = try #require(exact["relative_error"] as? Double)
    #expect(error < 1e-9 && exact["verdict"] as? String == "correct (relative error ≤ 1e-7)", "\(exact)")
    let gradient = try #require(exact["gradient"] as? [Double])
    for (printed, reference) in zip(gradient, Rosenbrock(dimension: 2).gradient(at: [-1.2, 1])) {
      #expect(isApproximatelyEqual(printed, reference, relativeTolerance: 1e-14))
    }
    let off = try Self.json(["gradcheck", "--function", "himmelblau", "--point", "1,2", "--gradient-scale", "1.1"])
    #expect(abs((off["relative_error"] as? Double ?? 0) - 0.1 / 2.1) < 1e-8, "\(off)")
    #expect((off["verdict"] as? String)?.hasPrefix("wrong") == true)
    let forward = try Self.json([
      "gradcheck", "--function", "rosenbrock", "--point", "-1.2,1", "--formula", "forward", "--step", "1e-4",
    ])
    #expect((forward["relative_error"] as? Double ?? 0) > 1e-5, "forward differences are O(h) off: \(forward)")
  }

  @Test(
    "input that cannot be used is one line, exit 2",
    arguments: [
      ["schedule", "--schedule", "warmup", "--lr", "1", "--steps", "3"],
      ["schedule", "--schedule", "step", "--lr", "1", "--steps", "3"],
      ["schedule", "--schedule", "cosine", "--lr", "1", "--steps", "3", "--period", "0"],
      ["clip", "--gradient", "1,2"],
      ["clip", "--norm", "-1", "--gradient", "1,2"],
      ["init", "--scheme", "lecun", "--inputs", "2", "--outputs", "2", "--seed", "1"],
      ["init", "--scheme", "he", "--inputs", "0", "--outputs", "2", "--seed", "1"],
      ["hessian", "--problem", "saddle", "--point", "0,0,0"],
      ["hessian", "--problem", "nosuch", "--point", "0"],
      ["gradcheck", "--function", "beale", "--point", "1,2,3"],
      ["gradcheck", "--function", "rosenbrock", "--point", "1,x"],
      ["gradcheck", "--function", "rosenbrock", "--point", "1,1", "--step", "0"],
      ["gradcheck", "--function", "rosenbrock", "--point", "1,1", "--formula", "sideways"],
    ])
  func misuse(arguments: [String]) throws {
    let result = try DescentExecutable.run(["reference"] + arguments, timeout: .seconds(30))
    #expect(result.status == 2, "\(result)")
    #expect(result.standardErrorLines.count == 1, "\(result)")
    if arguments.first == "schedule" {
      #expect(result.standardErrorLines.first?.contains("--schedule") == true, "named by its options: \(result)")
    }
  }
}
