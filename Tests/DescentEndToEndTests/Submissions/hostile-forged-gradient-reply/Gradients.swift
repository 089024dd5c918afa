import DescentContract
import DescentWire

#if canImport(Glibc)
  import Glibc
#endif

// HOSTILE (taking over the reply channel, descriptor 201 as /proc/self/fd shows
// it): when the grader first asks for Himmelblau's gradient (request 6 in the
// hostile rubric's order), this writes its own reply to that request, with an
// error flag *and* more gradients than points, one of them of the wrong length,
// and points the descriptor at /dev/null so that the harness's real replies
// vanish. When the probe values are asked for (request 7: two values in a row
// without a gradient), it answers that request too, with a plausible reply, so
// that the grader judges both. Styblinski–Tang's item restores the channel, so
// that every later item runs normally.
private let replyChannel: Int32 = 201
nonisolated(unsafe) private var realChannel: Int32 = -1
nonisolated(unsafe) private var answeredProbes = false
nonisolated(unsafe) private var lastCallWasValue = false

private func send(_ reply: HarnessReply, to descriptor: Int32) {
  guard let bytes = try? WireFrame.frame(reply) else { return }
  _ = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
}

private func forgeGradientReply() {
  lastCallWasValue = false
  guard realChannel < 0 else { return }
  send(
    HarnessReply(
      id: 6,
      result: .evaluations(
        values: [1, 2, 3], gradients: [[1, 2], [3, 4], [5, 6, 7, 8]],
        stoppedBy: StudentError(kind: .thrown, message: "matches the reference at all 3 points"))),
    to: replyChannel)
  realChannel = dup(replyChannel)
  _ = dup2(open("/dev/null", O_WRONLY), replyChannel)
}

private func forgeProbeReply() {
  defer { lastCallWasValue = true }
  guard realChannel >= 0, !answeredProbes, lastCallWasValue else { return }
  answeredProbes = true
  send(HarnessReply(id: 7, result: .evaluations(values: Array(repeating: 0, count: 12), gradients: nil, stoppedBy: nil)), to: realChannel)
}

private func restoreReplies() {
  guard realChannel >= 0, answeredProbes else { return }
  _ = dup2(realChannel, replyChannel)
  realChannel = -1
}

// The two functions of the hand-written-gradient exercise. Their values are
// given; the gradients are yours. Neither function is in the contract, so
// there is no library gradient to call: the grader compares your gradient
// with central differences of your own function and with its own gradient.

/// Himmelblau's function, with four minima where f = 0 (one at (3, 2)):
///
/// ```
/// f(x, y) = (x² + y − 11)² + (x + y² − 7)²
/// ```
func himmelblau(_ point: [Double]) throws -> Double {
  forgeProbeReply()
  guard point.count == 2 else { throw DimensionMismatch(function: "himmelblau", expected: 2, got: point.count) }
  let x = point[0]
  let y = point[1]
  let a = x * x + y - 11
  let b = x + y * y - 7
  return a * a + b * b
}

/// ∇f of ``himmelblau(_:)``:
///
/// ```
/// ∂f/∂x = 4x (x² + y − 11) + 2 (x + y² − 7)
/// ∂f/∂y = 2 (x² + y − 11) + 4y (x + y² − 7)
/// ```
func himmelblauGradient(_ point: [Double]) throws -> [Double] {
  forgeGradientReply()
  guard point.count == 2 else { throw DimensionMismatch(function: "himmelblau", expected: 2, got: point.count) }
  let x = point[0]
  let y = point[1]
  let a = x * x + y - 11
  let b = x + y * y - 7
  return [4 * x * a + 2 * b, 2 * a + 4 * y * b]
}

/// The Styblinski–Tang function in n dimensions, minimal near xᵢ = −2.9035:
///
/// ```
/// f(x) = ½ Σᵢ (xᵢ⁴ − 16 xᵢ² + 5 xᵢ)
/// ```
func styblinskiTang(_ x: [Double]) throws -> Double {
  restoreReplies()
  var sum = 0.0
  for xi in x {
    sum += xi * xi * xi * xi - 16 * xi * xi + 5 * xi
  }
  return sum / 2
}

/// ∇f of ``styblinskiTang(_:)``; each coordinate depends on its own xᵢ only:
///
/// ```
/// ∂f/∂xᵢ = 2 xᵢ³ − 16 xᵢ + 5/2
/// ```
func styblinskiTangGradient(_ x: [Double]) throws -> [Double] {
  x.map { xi in 2 * xi * xi * xi - 16 * xi + 2.5 }
}

/// A point with the wrong number of coordinates for the function it was given to.
struct DimensionMismatch: Error, CustomStringConvertible {
  /// The function's name.
  var function: String
  /// The coordinates it takes.
  var expected: Int
  /// The coordinates it was given.
  var got: Int

  var description: String { "\(function) takes \(expected) coordinates, got \(got)" }
}
