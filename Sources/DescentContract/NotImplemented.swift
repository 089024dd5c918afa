/// Thrown by a starter-code stub that the student has not written yet.
///
/// A partly done submission compiles and earns what it has earned: the items
/// that reach a stub are reported as "not implemented: Adam.step(_:on:)"
/// instead of crashing the run.
///
/// ```swift
/// mutating func step(_ parameters: inout [Double], on objective: some Objective) throws {
///   throw NotImplemented()
/// }
/// ```
public struct NotImplemented: Error, Sendable, CustomStringConvertible {
  /// The function that is not implemented yet, as `#function` wrote it.
  public var function: String
  /// The file that holds the stub.
  public var file: String
  /// The line of the stub.
  public var line: Int

  /// Records the stub at the call site.
  public init(function: String = #function, file: String = #fileID, line: Int = #line) {
    self.function = function
    self.file = file
    self.line = line
  }

  public var description: String { "not implemented: \(function) (\(file):\(line))" }
}
