/// What one item's answers are judged against: the expectation of its kind
/// of check (``CheckExpectation``).
///
/// The engine builds these from the reference; a student kit carries the
/// visible items' expectations in its manifest, written as
/// `{"kind": "trajectory", "expectation": {…}}`. Judges read nothing else.
public struct ItemExpectation: Codable, Sendable, Equatable {
  /// The expectation of the item's kind.
  public let content: any CheckExpectation

  /// Wraps the expectation of one kind.
  public init(_ content: some CheckExpectation) {
    self.content = content
  }

  /// The kind's name (`trajectory`).
  public var kind: String { type(of: content).kind }

  /// The expectation as `type`, or nil when it is of another kind.
  public func content<Expectation: CheckExpectation>(as type: Expectation.Type) -> Expectation? {
    content as? Expectation
  }

  public static func == (lhs: ItemExpectation, rhs: ItemExpectation) -> Bool { lhs.content.isEqual(to: rhs.content) }

  private enum CodingKeys: String, CodingKey {
    case kind, expectation
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let kind = try container.decode(String.self, forKey: .kind)
    guard let type = ExpectationKinds.type(named: kind) else {
      throw DecodingError.dataCorruptedError(
        forKey: .kind, in: container,
        debugDescription: "unknown check kind '\(kind)' (known: \(ExpectationKinds.names.joined(separator: ", ")))")
    }
    content = try Self.decode(type, from: container)
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(kind, forKey: .kind)
    try content.encode(into: &container, forKey: .expectation)
  }

  private static func decode<Expectation: CheckExpectation>(
    _ type: Expectation.Type, from container: KeyedDecodingContainer<CodingKeys>
  ) throws -> Expectation {
    try container.decode(type, forKey: .expectation)
  }
}
