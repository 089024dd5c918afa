import DescentJudging
import DescentWire

/// What one rubric item checks: the validated parameters of its kind of
/// check (``CheckDefinition``).
public struct CheckSpecification: Sendable, Equatable {
  /// The check of the item's kind.
  public let definition: any CheckDefinition

  /// Wraps the check of one kind.
  public init(_ definition: some CheckDefinition) {
    self.definition = definition
  }

  /// The kind's name (`trajectory`).
  public var kind: String { type(of: definition).kind }

  /// The check as `type`, or nil when it is of another kind.
  public func parameters<Definition: CheckDefinition>(as type: Definition.Type) -> Definition? {
    definition as? Definition
  }

  /// The work to ask of the student's process, in order.
  public var tasks: [HarnessTask] { definition.tasks }

  /// What the answers are judged against, from the reference in this process:
  /// the same data a student kit's manifest carries for a visible item.
  ///
  /// - Throws: when the reference cannot run the check, for the instructor.
  public func expectation() throws -> ItemExpectation { ItemExpectation(try definition.expectation()) }

  public static func == (lhs: CheckSpecification, rhs: CheckSpecification) -> Bool {
    lhs.definition.isEqual(to: rhs.definition)
  }
}
