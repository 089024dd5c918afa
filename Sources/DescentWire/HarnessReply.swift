/// The harness's answer to one ``HarnessRequest``: raw numbers, or the
/// student error that stopped the work. Never a verdict.
public struct HarnessReply: Codable, Hashable, Sendable {
  /// The id of the request answered.
  public var id: Int
  /// What the student's code produced.
  public var result: HarnessResult

  /// Creates a reply.
  public init(id: Int, result: HarnessResult) {
    self.id = id
    self.result = result
  }
}

/// What the student's code produced for one task.
public enum HarnessResult: Codable, Hashable, Sendable {
  /// The start and then one point per completed step; `stoppedBy` is set
  /// when a step threw before `steps` were done.
  case trajectory(points: [[Double]], stoppedBy: StudentError?)
  /// f at each point evaluated and, when asked, ∇f; `stoppedBy` is set when
  /// an evaluation threw (the arrays then hold the points done before it).
  case evaluations(values: [Double], gradients: [[Double]]?, stoppedBy: StudentError?)
  /// One vector per input (a numeric gradient per point; the one best point
  /// of a random search); `stoppedBy` is set when the routine threw (the
  /// list then holds the vectors done before it).
  case vectors([[Double]], stoppedBy: StudentError?)
  /// One number per input (a gradient check's relative error per point).
  case numbers([Double], stoppedBy: StudentError?)
  /// One label per input (a critical point's kind per Hessian, as
  /// `CriticalPoint`'s raw value).
  case labels([String], stoppedBy: StudentError?)
  /// A loss and its gradient (rows of dW).
  case lossAndGradient(loss: Double, gradient: [[Double]])
  /// One whole number per input (a predicted class per example).
  case integers([Int], stoppedBy: StudentError?)
  /// The work could not start: the catalog lacks the name, or the student's
  /// factory threw.
  case failed(StudentError)
}

/// An error the student's code threw (as opposed to a crash, which ends the
/// process and is reported by the engine).
public struct StudentError: Codable, Hashable, Sendable, CustomStringConvertible {
  /// What kind of error it was.
  public var kind: Kind
  /// A message for the student, at most ``messageByteLimit`` UTF-8 bytes.
  public var message: String
  /// The message's length in UTF-8 bytes before it was cut to
  /// ``messageByteLimit``; nil when it is whole.
  public var originalByteCount: Int?

  /// The most of an error's message the harness sends, in UTF-8 bytes: far
  /// more than a report shows, and a bound on every reply's size.
  public static let messageByteLimit = 16 * 1024

  /// The kinds of student error.
  public enum Kind: String, Codable, Hashable, Sendable {
    /// A starter-code stub: `NotImplemented`.
    case notImplemented
    /// The catalog has no entry of the requested name.
    case missingFromCatalog
    /// Any other error the student's code threw.
    case thrown
  }

  /// Creates a student error, its message cut to ``messageByteLimit``
  /// bytes on a Unicode scalar boundary when it is longer.
  public init(kind: Kind, message: String) {
    self.kind = kind
    let length = message.utf8.count
    guard length > Self.messageByteLimit else {
      self.message = message
      return
    }
    let utf8 = message.utf8
    var end = utf8.index(utf8.startIndex, offsetBy: Self.messageByteLimit)
    while end > utf8.startIndex, utf8[end] & 0xC0 == 0x80 { end = utf8.index(before: end) }
    self.message = String(message.unicodeScalars[..<end])
    originalByteCount = length
  }

  public var description: String { message }
}
