/// Turns any `Encodable` message into a ``WireValue`` (and so into bytes)
/// without rounding a single number.
///
/// ```swift
/// let bytes = try WireEncoder.encode(reply)          // [UInt8]
/// let back = try WireDecoder.decode(HarnessReply.self, from: bytes)
/// ```
public enum WireEncoder {
  /// The binary form of `value`.
  public static func encode(_ value: some Encodable) throws -> [UInt8] {
    try tree(value).bytes
  }

  /// The tree form of `value`.
  public static func tree(_ value: some Encodable) throws -> WireValue {
    let node = WireNode()
    try value.encode(to: NodeEncoder(node: node, codingPath: []))
    return node.finished
  }
}

/// A value being built: reference semantics so nested containers can fill it.
final class WireNode {
  enum Content {
    case empty
    case value(WireValue)
    case array([WireNode])
    case object([String: WireNode])
  }

  var content: Content = .empty

  var finished: WireValue {
    switch content {
    case .empty: .null
    case .value(let value): value
    case .array(let nodes): .array(nodes.map(\.finished))
    case .object(let nodes): .object(nodes.mapValues(\.finished))
    }
  }

  // Each container is taken out of `content` before it grows, so that it
  // grows in place instead of being copied for every member.

  func child(forKey key: String) -> WireNode {
    var members: [String: WireNode] = [:]
    if case .object(let existing) = content {
      members = existing
      content = .empty
    }
    let node = WireNode()
    members[key] = node
    content = .object(members)
    return node
  }

  func appendChild() -> WireNode {
    var elements: [WireNode] = []
    if case .array(let existing) = content {
      elements = existing
      content = .empty
    }
    let node = WireNode()
    elements.append(node)
    content = .array(elements)
    return node
  }

  /// The primitive form of `value`, or nil for a composite to encode itself.
  static func primitive(_ value: some Encodable) -> WireValue? {
    switch value {
    case let value as Double: .double(bitPattern: value.bitPattern)
    case let value as Float: .double(bitPattern: Double(value).bitPattern)
    case let value as Bool: .bool(value)
    case let value as String: .string(value)
    case let value as Int: .integer(Int64(value))
    case let value as Int8: .integer(Int64(value))
    case let value as Int16: .integer(Int64(value))
    case let value as Int32: .integer(Int64(value))
    case let value as Int64: .integer(value)
    case let value as UInt: .unsigned(UInt64(value))
    case let value as UInt8: .unsigned(UInt64(value))
    case let value as UInt16: .unsigned(UInt64(value))
    case let value as UInt32: .unsigned(UInt64(value))
    case let value as UInt64: .unsigned(value)
    default: nil
    }
  }

  func storePrimitive(_ value: some Encodable) {
    content = .value(Self.primitive(value) ?? .null)
  }

  func store(_ value: some Encodable, codingPath: [any CodingKey]) throws {
    if let primitive = Self.primitive(value) {
      content = .value(primitive)
    } else if let numbers = value as? [Double] {
      // What most messages are made of (points, gradients, trajectories), without a node per number.
      content = .value(.array(numbers.map { .double(bitPattern: $0.bitPattern) }))
    } else {
      try value.encode(to: NodeEncoder(node: self, codingPath: codingPath))
    }
  }
}

struct NodeEncoder: Encoder {
  let node: WireNode
  let codingPath: [any CodingKey]
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    if case .object = node.content {} else { node.content = .object([:]) }
    return KeyedEncodingContainer(KeyedNodeEncoder<Key>(node: node, codingPath: codingPath))
  }

  func unkeyedContainer() -> any UnkeyedEncodingContainer {
    if case .array = node.content {} else { node.content = .array([]) }
    return UnkeyedNodeEncoder(node: node, codingPath: codingPath)
  }

  func singleValueContainer() -> any SingleValueEncodingContainer {
    SingleNodeEncoder(node: node, codingPath: codingPath)
  }
}

struct KeyedNodeEncoder<Key: CodingKey>: KeyedEncodingContainerProtocol {
  let node: WireNode
  let codingPath: [any CodingKey]

  mutating func encodeNil(forKey key: Key) throws { node.child(forKey: key.stringValue).content = .value(.null) }

  mutating func encode(_ value: some Encodable, forKey key: Key) throws {
    try node.child(forKey: key.stringValue).store(value, codingPath: codingPath + [key])
  }

  mutating func encode(_ value: Bool, forKey key: Key) throws {
    node.child(forKey: key.stringValue).storePrimitive(value)
  }
  mutating func encode(_ value: String, forKey key: Key) throws {
    node.child(forKey: key.stringValue).storePrimitive(value)
  }
  mutating func encode(_ value: Double, forKey key: Key) throws {
    node.child(forKey: key.stringValue).storePrimitive(value)
  }
  mutating func encode(_ value: Float, forKey key: Key) throws {
    node.child(forKey: key.stringValue).storePrimitive(value)
  }
  mutating func encode(_ value: Int, forKey key: Key) throws {
    node.child(forKey: key.stringValue).storePrimitive(value)
  }
  mutating func encode(_ value: Int8, forKey key: Key) throws {
    node.child(forKey: key.stringValue).storePrimitive(value)
  }
  mutating func encode(_ value: Int16, forKey key: Key) throws {
    node.child(forKey: key.stringValue).storePrimitive(value)
  }
  mutating func encode(_ value: Int32, forKey key: Key) throws {
    node.child(forKey: key.stringValue).storePrimitive(value)
  }
  mutating func encode(_ value: Int64, forKey key: Key) throws {
    node.child(forKey: key.stringValue).storePrimitive(value)
  }
  mutating func encode(_ value: UInt, forKey key: Key) throws {
    node.child(forKey: key.stringValue).storePrimitive(value)
  }
  mutating func encode(_ value: UInt8, forKey key: Key) throws {
    node.child(forKey: key.stringValue).storePrimitive(value)
  }
  mutating func encode(_ value: UInt16, forKey key: Key) throws {
    node.child(forKey: key.stringValue).storePrimitive(value)
  }
  mutating func encode(_ value: UInt32, forKey key: Key) throws {
    node.child(forKey: key.stringValue).storePrimitive(value)
  }
  mutating func encode(_ value: UInt64, forKey key: Key) throws {
    node.child(forKey: key.stringValue).storePrimitive(value)
  }

  mutating func nestedContainer<NestedKey: CodingKey>(
    keyedBy keyType: NestedKey.Type, forKey key: Key
  ) -> KeyedEncodingContainer<NestedKey> {
    NodeEncoder(node: node.child(forKey: key.stringValue), codingPath: codingPath + [key]).container(keyedBy: keyType)
  }

  mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
    NodeEncoder(node: node.child(forKey: key.stringValue), codingPath: codingPath + [key]).unkeyedContainer()
  }

  mutating func superEncoder() -> any Encoder {
    NodeEncoder(node: node.child(forKey: "super"), codingPath: codingPath)
  }

  mutating func superEncoder(forKey key: Key) -> any Encoder {
    NodeEncoder(node: node.child(forKey: key.stringValue), codingPath: codingPath + [key])
  }
}

struct UnkeyedNodeEncoder: UnkeyedEncodingContainer {
  let node: WireNode
  let codingPath: [any CodingKey]

  var count: Int {
    if case .array(let elements) = node.content { return elements.count }
    return 0
  }

  mutating func encodeNil() throws { node.appendChild().content = .value(.null) }

  mutating func encode(_ value: some Encodable) throws {
    try node.appendChild().store(value, codingPath: codingPath)
  }

  mutating func encode(_ value: Bool) throws { node.appendChild().storePrimitive(value) }
  mutating func encode(_ value: String) throws { node.appendChild().storePrimitive(value) }
  mutating func encode(_ value: Double) throws { node.appendChild().storePrimitive(value) }
  mutating func encode(_ value: Float) throws { node.appendChild().storePrimitive(value) }
  mutating func encode(_ value: Int) throws { node.appendChild().storePrimitive(value) }
  mutating func encode(_ value: Int8) throws { node.appendChild().storePrimitive(value) }
  mutating func encode(_ value: Int16) throws { node.appendChild().storePrimitive(value) }
  mutating func encode(_ value: Int32) throws { node.appendChild().storePrimitive(value) }
  mutating func encode(_ value: Int64) throws { node.appendChild().storePrimitive(value) }
  mutating func encode(_ value: UInt) throws { node.appendChild().storePrimitive(value) }
  mutating func encode(_ value: UInt8) throws { node.appendChild().storePrimitive(value) }
  mutating func encode(_ value: UInt16) throws { node.appendChild().storePrimitive(value) }
  mutating func encode(_ value: UInt32) throws { node.appendChild().storePrimitive(value) }
  mutating func encode(_ value: UInt64) throws { node.appendChild().storePrimitive(value) }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<
    NestedKey
  > {
    NodeEncoder(node: node.appendChild(), codingPath: codingPath).container(keyedBy: keyType)
  }

  mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
    NodeEncoder(node: node.appendChild(), codingPath: codingPath).unkeyedContainer()
  }

  mutating func superEncoder() -> any Encoder { NodeEncoder(node: node.appendChild(), codingPath: codingPath) }
}

struct SingleNodeEncoder: SingleValueEncodingContainer {
  let node: WireNode
  let codingPath: [any CodingKey]

  mutating func encodeNil() throws { node.content = .value(.null) }

  mutating func encode(_ value: some Encodable) throws { try node.store(value, codingPath: codingPath) }

  mutating func encode(_ value: Bool) throws { node.storePrimitive(value) }
  mutating func encode(_ value: String) throws { node.storePrimitive(value) }
  mutating func encode(_ value: Double) throws { node.storePrimitive(value) }
  mutating func encode(_ value: Float) throws { node.storePrimitive(value) }
  mutating func encode(_ value: Int) throws { node.storePrimitive(value) }
  mutating func encode(_ value: Int8) throws { node.storePrimitive(value) }
  mutating func encode(_ value: Int16) throws { node.storePrimitive(value) }
  mutating func encode(_ value: Int32) throws { node.storePrimitive(value) }
  mutating func encode(_ value: Int64) throws { node.storePrimitive(value) }
  mutating func encode(_ value: UInt) throws { node.storePrimitive(value) }
  mutating func encode(_ value: UInt8) throws { node.storePrimitive(value) }
  mutating func encode(_ value: UInt16) throws { node.storePrimitive(value) }
  mutating func encode(_ value: UInt32) throws { node.storePrimitive(value) }
  mutating func encode(_ value: UInt64) throws { node.storePrimitive(value) }
}
