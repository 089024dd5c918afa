import DescentCore
import DescentJudging
import DescentWire
import Testing

@Suite("Wire framing")
struct WireFrameTests {
  static let specials: [Double] = [
    .nan, -.nan, .signalingNaN, Double(bitPattern: 0x7ff4_0000_0000_0001), .infinity, -.infinity, 0.0, -0.0,
    .leastNonzeroMagnitude, -.leastNonzeroMagnitude, Double.leastNormalMagnitude.nextDown, .greatestFiniteMagnitude,
    0.1, 1.0 / 3.0,
  ]

  @Test func repliesRoundTripBitForBit() throws {
    let reply = HarnessReply(
      id: 7,
      result: .evaluations(
        values: Self.specials, gradients: [Self.specials, []],
        stoppedBy: StudentError(kind: .thrown, message: "é ∇ \u{0}")))
    let bytes = try WireFrame.frame(reply)
    #expect(try WireFrame.payloadLength(header: Array(bytes.prefix(4))) == bytes.count - 4)
    let back = try WireDecoder.decode(HarnessReply.self, from: Array(bytes.dropFirst(4)))
    guard case .evaluations(let values, let gradients, let stoppedBy) = back.result else {
      Issue.record("decoded \(back)")
      return
    }
    #expect(back.id == 7)
    #expect(values.map(\.bitPattern) == Self.specials.map(\.bitPattern))
    #expect(gradients?.map { $0.map(\.bitPattern) } == [Self.specials.map(\.bitPattern), []])
    #expect(stoppedBy?.message == "é ∇ \u{0}")
  }

  @Test("lists of numbers take the short way with the same bytes, and a list holding anything else is refused")
  func listsOfNumbers() throws {
    let rows = [Self.specials, [], [1, 2]]
    let spelledOut = WireValue.array(rows.map { .array($0.map { .double(bitPattern: $0.bitPattern) }) })
    #expect(try WireEncoder.encode(rows) == spelledOut.bytes)
    let back = try WireDecoder.decode([[Double]].self, from: spelledOut.bytes)
    #expect(back.map { $0.map(\.bitPattern) } == rows.map { $0.map(\.bitPattern) })
    let mixed = WireValue.array([.double(bitPattern: 1.0.bitPattern), .integer(2), .string("3")])
    #expect(throws: DecodingError.self) { try WireDecoder.decode([Double].self, from: mixed) }
    #expect(try WireDecoder.decode([Double?].self, from: .array([.null, .double(bitPattern: 0)])) == [nil, 0])
  }

  @Test func requestsRoundTrip() throws {
    let request = HarnessRequest(
      id: 3,
      task: .trajectory(
        TrajectoryTask(
          optimizer: "adam",
          hyperparameters: Hyperparameters(numbers: ["lr": 1e-3, "eps": 5e-324], flags: ["amsgrad": true]),
          problem: ProblemSpecification(name: "quadratic", dimension: 3, parameters: ["condition": 100]),
          start: [-0.0, .infinity, 1], steps: 200, seed: .max)))
    let back = try WireDecoder.decode(HarnessRequest.self, from: WireEncoder.encode(request))
    #expect(back.id == request.id)
    #expect(back.task.target == "adam")
    guard case .trajectory(let task) = back.task else { return }
    #expect(task.start.map(\.bitPattern) == [(-0.0).bitPattern, Double.infinity.bitPattern, 1.0.bitPattern])
    #expect(task.seed == .max)
    #expect(task.hyperparameters == Hyperparameters(numbers: ["lr": 1e-3, "eps": 5e-324], flags: ["amsgrad": true]))
  }

  @Test(arguments: [
    [UInt8](), [9], [2, 1, 2], [6, 255, 255, 255, 255, 255, 255, 255, 127],
    [5, 3, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xfe, 0xfd],
    [1, 2], [0, 0],
  ])
  func garbageIsAnErrorNotACrash(bytes: [UInt8]) {
    #expect(throws: (any Error).self, "\(bytes)") { try WireDecoder.decode(HarnessReply.self, from: bytes) }
  }

  @Test func oversizedFramesAreRefused() {
    #expect(throws: WireFormatError.self) { try WireFrame.payloadLength(header: [0x7f, 0xff, 0xff, 0xff]) }
  }

  @Test("the largest honest reply, its error's message at the cut, fits the request's reply limit")
  func honestRepliesFitTheirLimit() throws {
    let longest = StudentError(kind: .thrown, message: String(repeating: "é", count: StudentError.messageByteLimit))
    let start = Array(repeating: -Double.greatestFiniteMagnitude, count: 7)
    let trajectory = HarnessTask.trajectory(
      TrajectoryTask(
        optimizer: "adam", hyperparameters: Hyperparameters(),
        problem: ProblemSpecification(name: "quadratic", dimension: 7), start: start, steps: 300, seed: 1))
    let path = HarnessResult.trajectory(points: Array(repeating: start, count: 300), stoppedBy: longest)
    #expect(try WireFrame.frame(HarnessReply(id: .max, result: path)).count - 4 <= trajectory.replyByteLimit)

    let points = Array(repeating: start, count: 40)
    let evaluation = HarnessTask.evaluation(EvaluationTask(function: "f", points: points, includesGradient: true))
    let answers = HarnessResult.evaluations(
      values: Array(repeating: .nan, count: 39), gradients: Array(points.prefix(39)), stoppedBy: longest)
    #expect(try WireFrame.frame(HarnessReply(id: .min, result: answers)).count - 4 <= evaluation.replyByteLimit)
    #expect(trajectory.replyByteLimit < 2 << 20, "a small request's limit stays small")
  }

  @Test("an error's message is cut to the limit on a scalar boundary, its full length kept for the report")
  func longMessagesAreCut() {
    let error = StudentError(kind: .thrown, message: "a" + String(repeating: "∇", count: 10_000))
    #expect(error.message.utf8.count <= StudentError.messageByteLimit)
    #expect(error.message.utf8.count > StudentError.messageByteLimit - 3)
    #expect(error.originalByteCount == 30_001)
    #expect(StudentError(kind: .thrown, message: "short").originalByteCount == nil)
    let line = StudentErrorWording.message(for: error, target: "adam")
    #expect(line.hasSuffix("… (truncated, 30001 bytes)»"))
  }
}
