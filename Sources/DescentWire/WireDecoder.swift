/// Rebuilds a `Decodable` message from the bytes ``WireEncoder`` wrote.
public enum WireDecoder {
  /// Decodes `type` from `bytes`.
  ///
  /// - Throws: ``WireFormatError`` for malformed bytes, `DecodingError` when
  ///   they are well formed but not a `type`.
  public static func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) throws -> T {
    try decode(type, from: WireValue(bytes: bytes))
  }

  /// Decodes `type` from a tree.
  public static func decode<T: Decodable>(_ type: T.Type, from value: WireValue) throws -> T {
    try T(from: ValueDecoder(value: value, codingPath: []))
  }
}

/// Reads primitives strictly: a Double only from a float64, an integer only
/// from an integer that fits.
enum WirePrimitive {
  static func read<T: Decodable>(_ type: T.Type, from value: WireValue, at path: [any CodingKey]) throws -> T {
    let result: Any?
    switch (value, type) {
    case (.double(let bits), is Double.Type): result = Double(bitPattern: bits)
    case (.double(let bits), is Float.Type): result = Float(Double(bitPattern: bits))
    case (.bool(let flag), is Bool.Type): result = flag
    case (.string(let text), is String.Type): result = text
    case (.integer(let number), let type as any FixedWidthInteger.Type): result = type.init(exactly: number)
    case (.unsigned(let number), let type as any FixedWidthInteger.Type): result = type.init(exactly: number)
    default: result = nil
    }
    guard let typed = result as? T else {
      throw DecodingError.typeMismatch(
        type, .init(codingPath: path, debugDescription: "expected \(type), found \(value.kindName)"))
    }
    return typed
  }
}

extension WireValue {
  var kindName: String {
    switch self {
    case .null: "nothing"
    case .bool: "a flag"
    case .integer, .unsigned: "an integer"
    case .double: "a number"
    case .string: "text"
    case .array: "a list"
    case .object: "an object"
    }
  }
}

struct WireKey: CodingKey {
  var stringValue: String
  var intValue: Int?
  init(stringValue: String) { self.stringValue = stringValue }
  init(intValue: Int) {
    self.stringValue = String(intValue)
    self.intValue = intValue
  }
}

struct ValueDecoder: Decoder {
  let value: WireValue
  let codingPath: [any CodingKey]
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
    guard case .object(let members) = value else {
      throw DecodingError.typeMismatch(
        [String: Any].self,
        .init(codingPath: codingPath, debugDescription: "expected an object, found \(value.kindName)"))
    }
    return KeyedDecodingContainer(KeyedValueDecoder<Key>(members: members, codingPath: codingPath))
  }

  func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
    guard case .array(let elements) = value else {
      throw DecodingError.typeMismatch(
        [Any].self, .init(codingPath: codingPath, debugDescription: "expected a list, found \(value.kindName)"))
    }
    return UnkeyedValueDecoder(elements: elements, codingPath: codingPath)
  }

  func singleValueContainer() throws -> any SingleValueDecodingContainer {
    SingleValueDecoder(value: value, codingPath: codingPath)
  }
}

struct KeyedValueDecoder<Key: CodingKey>: KeyedDecodingContainerProtocol {
  let members: [String: WireValue]
  let codingPath: [any CodingKey]

  var allKeys: [Key] { members.keys.compactMap { Key(stringValue: $0) } }

  func contains(_ key: Key) -> Bool { members[key.stringValue] != nil }

  func member(_ key: Key) throws -> WireValue {
    guard let value = members[key.stringValue] else {
      throw DecodingError.keyNotFound(
        key, .init(codingPath: codingPath, debugDescription: "missing \(key.stringValue)"))
    }
    return value
  }

  func decodeNil(forKey key: Key) throws -> Bool { try member(key) == .null }

  func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool {
    try WirePrimitive.read(type, from: member(key), at: codingPath + [key])
  }
  func decode(_ type: String.Type, forKey key: Key) throws -> String {
    try WirePrimitive.read(type, from: member(key), at: codingPath + [key])
  }
  func decode(_ type: Double.Type, forKey key: Key) throws -> Double {
    try WirePrimitive.read(type, from: member(key), at: codingPath + [key])
  }
  func decode(_ type: Float.Type, forKey key: Key) throws -> Float {
    try WirePrimitive.read(type, from: member(key), at: codingPath + [key])
  }
  func decode(_ type: Int.Type, forKey key: Key) throws -> Int {
    try WirePrimitive.read(type, from: member(key), at: codingPath + [key])
  }
  func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 {
    try WirePrimitive.read(type, from: member(key), at: codingPath + [key])
  }
  func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 {
    try WirePrimitive.read(type, from: member(key), at: codingPath + [key])
  }
  func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 {
    try WirePrimitive.read(type, from: member(key), at: codingPath + [key])
  }
  func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 {
    try WirePrimitive.read(type, from: member(key), at: codingPath + [key])
  }
  func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt {
    try WirePrimitive.read(type, from: member(key), at: codingPath + [key])
  }
  func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 {
    try WirePrimitive.read(type, from: member(key), at: codingPath + [key])
  }
  func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 {
    try WirePrimitive.read(type, from: member(key), at: codingPath + [key])
  }
  func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 {
    try WirePrimitive.read(type, from: member(key), at: codingPath + [key])
  }
  func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 {
    try WirePrimitive.read(type, from: member(key), at: codingPath + [key])
  }

  func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
    try decoder(for: key).decodeValue(type)
  }

  func nestedContainer<NestedKey: CodingKey>(
    keyedBy type: NestedKey.Type, forKey key: Key
  ) throws -> KeyedDecodingContainer<NestedKey> {
    try decoder(for: key).container(keyedBy: type)
  }

  func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
    try decoder(for: key).unkeyedContainer()
  }

  func superDecoder() throws -> any Decoder { try decoder(for: WireKey(stringValue: "super")) }

  func superDecoder(forKey key: Key) throws -> any Decoder { try decoder(for: key) }

  private func decoder(for key: some CodingKey) throws -> ValueDecoder {
    guard let value = members[key.stringValue] else {
      throw DecodingError.keyNotFound(
        key, .init(codingPath: codingPath, debugDescription: "missing \(key.stringValue)"))
    }
    return ValueDecoder(value: value, codingPath: codingPath + [key])
  }
}

struct UnkeyedValueDecoder: UnkeyedDecodingContainer {
  let elements: [WireValue]
  let codingPath: [any CodingKey]
  var currentIndex = 0

  init(elements: [WireValue], codingPath: [any CodingKey]) {
    self.elements = elements
    self.codingPath = codingPath
  }

  var count: Int? { elements.count }
  var isAtEnd: Bool { currentIndex >= elements.count }

  mutating func next() throws -> WireValue {
    guard !isAtEnd else {
      throw DecodingError.valueNotFound(
        Any.self, .init(codingPath: codingPath, debugDescription: "the list ends after \(elements.count) elements"))
    }
    defer { currentIndex += 1 }
    return elements[currentIndex]
  }

  mutating func decodeNil() throws -> Bool {
    guard !isAtEnd, elements[currentIndex] == .null else { return false }
    currentIndex += 1
    return true
  }

  mutating func decode(_ type: Bool.Type) throws -> Bool { try WirePrimitive.read(type, from: next(), at: codingPath) }
  mutating func decode(_ type: String.Type) throws -> String {
    try WirePrimitive.read(type, from: next(), at: codingPath)
  }
  mutating func decode(_ type: Double.Type) throws -> Double {
    try WirePrimitive.read(type, from: next(), at: codingPath)
  }
  mutating func decode(_ type: Float.Type) throws -> Float {
    try WirePrimitive.read(type, from: next(), at: codingPath)
  }
  mutating func decode(_ type: Int.Type) throws -> Int { try WirePrimitive.read(type, from: next(), at: codingPath) }
  mutating func decode(_ type: Int8.Type) throws -> Int8 { try WirePrimitive.read(type, from: next(), at: codingPath) }
  mutating func decode(_ type: Int16.Type) throws -> Int16 {
    try WirePrimitive.read(type, from: next(), at: codingPath)
  }
  mutating func decode(_ type: Int32.Type) throws -> Int32 {
    try WirePrimitive.read(type, from: next(), at: codingPath)
  }
  mutating func decode(_ type: Int64.Type) throws -> Int64 {
    try WirePrimitive.read(type, from: next(), at: codingPath)
  }
  mutating func decode(_ type: UInt.Type) throws -> UInt { try WirePrimitive.read(type, from: next(), at: codingPath) }
  mutating func decode(_ type: UInt8.Type) throws -> UInt8 {
    try WirePrimitive.read(type, from: next(), at: codingPath)
  }
  mutating func decode(_ type: UInt16.Type) throws -> UInt16 {
    try WirePrimitive.read(type, from: next(), at: codingPath)
  }
  mutating func decode(_ type: UInt32.Type) throws -> UInt32 {
    try WirePrimitive.read(type, from: next(), at: codingPath)
  }
  mutating func decode(_ type: UInt64.Type) throws -> UInt64 {
    try WirePrimitive.read(type, from: next(), at: codingPath)
  }

  mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
    let path = codingPath + [WireKey(intValue: currentIndex)]
    return try ValueDecoder(value: next(), codingPath: path).decodeValue(type)
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<
    NestedKey
  > {
    let path = codingPath + [WireKey(intValue: currentIndex)]
    return try ValueDecoder(value: next(), codingPath: path).container(keyedBy: type)
  }

  mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
    let path = codingPath + [WireKey(intValue: currentIndex)]
    return try ValueDecoder(value: next(), codingPath: path).unkeyedContainer()
  }

  mutating func superDecoder() throws -> any Decoder {
    let path = codingPath + [WireKey(intValue: currentIndex)]
    return ValueDecoder(value: try next(), codingPath: path)
  }
}

struct SingleValueDecoder: SingleValueDecodingContainer {
  let value: WireValue
  let codingPath: [any CodingKey]

  func decodeNil() -> Bool { value == .null }

  func decode(_ type: Bool.Type) throws -> Bool { try WirePrimitive.read(type, from: value, at: codingPath) }
  func decode(_ type: String.Type) throws -> String { try WirePrimitive.read(type, from: value, at: codingPath) }
  func decode(_ type: Double.Type) throws -> Double { try WirePrimitive.read(type, from: value, at: codingPath) }
  func decode(_ type: Float.Type) throws -> Float { try WirePrimitive.read(type, from: value, at: codingPath) }
  func decode(_ type: Int.Type) throws -> Int { try WirePrimitive.read(type, from: value, at: codingPath) }
  func decode(_ type: Int8.Type) throws -> Int8 { try WirePrimitive.read(type, from: value, at: codingPath) }
  func decode(_ type: Int16.Type) throws -> Int16 { try WirePrimitive.read(type, from: value, at: codingPath) }
  func decode(_ type: Int32.Type) throws -> Int32 { try WirePrimitive.read(type, from: value, at: codingPath) }
  func decode(_ type: Int64.Type) throws -> Int64 { try WirePrimitive.read(type, from: value, at: codingPath) }
  func decode(_ type: UInt.Type) throws -> UInt { try WirePrimitive.read(type, from: value, at: codingPath) }
  func decode(_ type: UInt8.Type) throws -> UInt8 { try WirePrimitive.read(type, from: value, at: codingPath) }
  func decode(_ type: UInt16.Type) throws -> UInt16 { try WirePrimitive.read(type, from: value, at: codingPath) }
  func decode(_ type: UInt32.Type) throws -> UInt32 { try WirePrimitive.read(type, from: value, at: codingPath) }
  func decode(_ type: UInt64.Type) throws -> UInt64 { try WirePrimitive.read(type, from: value, at: codingPath) }

  func decode<T: Decodable>(_ type: T.Type) throws -> T {
    try ValueDecoder(value: value, codingPath: codingPath).decodeValue(type)
  }
}

extension ValueDecoder {
  /// Primitives read directly; anything else decodes itself from here.
  func decodeValue<T: Decodable>(_ type: T.Type) throws -> T {
    // Lists of numbers (most of every reply) at once; anything else in one goes the long way, for its error.
    if type == [Double].self, case .array(let elements) = value, let numbers = Self.numbers(elements) as? T {
      return numbers
    }
    switch type {
    case is Double.Type, is Float.Type, is Bool.Type, is String.Type, is any FixedWidthInteger.Type:
      return try WirePrimitive.read(type, from: value, at: codingPath)
    default:
      return try T(from: self)
    }
  }

  /// `elements` as numbers, or nil unless every one is a float64.
  private static func numbers(_ elements: [WireValue]) -> [Double]? {
    var numbers: [Double] = []
    numbers.reserveCapacity(elements.count)
    for element in elements {
      guard case .double(let bits) = element else { return nil }
      numbers.append(Double(bitPattern: bits))
    }
    return numbers
  }
}
