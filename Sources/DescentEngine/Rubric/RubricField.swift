import Yams

/// One node of a rubric's YAML with the dotted path that reached it
/// (`check.problem.dimension`), read through typed accessors that throw a
/// ``RubricError`` naming the file, the line, the item and the field.
struct RubricField {
  /// The YAML node.
  var node: Node
  /// The path from the item (or the top level) to this node.
  var path: String
  /// Where errors point.
  var context: Context

  /// The file and item an error belongs to.
  struct Context {
    var file: String
    var item: String?
  }

  /// The line of this node, from 1.
  var line: Int? { node.mark?.line }

  /// An error at this node.
  func error(_ message: String) -> RubricError {
    RubricError(file: context.file, line: line, item: context.item, message: message)
  }

  /// An error saying this field must be `expectation`, quoting what it holds.
  func mismatch(_ expectation: String) -> RubricError {
    error("\(path.isEmpty ? "the rubric" : path) must be \(expectation), got \(shown)")
  }

  /// The node as an error message quotes it: `"two hundred"`, `0.5`, `a list`.
  var shown: String {
    switch node {
    case .scalar(let scalar):
      if scalar.style == .plain || scalar.style == .any, isNumberLike(scalar.string) || isBooleanLike(scalar.string) {
        return scalar.string
      }
      let text = scalar.string.count > 60 ? String(scalar.string.prefix(60)) + "…" : scalar.string
      return "\"" + text.replacingAll("\"", with: "\\\"").replacingAll("\n", with: "\\n") + "\""
    case .mapping: return "a mapping"
    case .sequence: return "a list"
    case .alias: return "an alias"
    }
  }

  /// The child field at `key`.
  func child(_ key: String, _ node: Node) -> RubricField {
    RubricField(node: node, path: path.isEmpty ? key : "\(path).\(key)", context: context)
  }

  /// The entries of a mapping whose keys must all be in `allowed`, in
  /// document order; an unknown key is an error at its line, with the
  /// closest allowed key suggested.
  func mapping(allowed: [String]) throws(RubricError) -> [String: RubricField] {
    guard case .mapping(let mapping) = node else { throw mismatch("a mapping") }
    var fields: [String: RubricField] = [:]
    for (keyNode, value) in mapping {
      guard case .scalar(let key) = keyNode else {
        throw RubricField(node: keyNode, path: path, context: context).error("\(where_) has a key that is not a name")
      }
      let name = key.string
      guard allowed.contains(name) else {
        let keyField = RubricField(node: keyNode, path: path, context: context)
        var message = "unknown field \(path.isEmpty ? name : "\(path).\(name)")"
        if let suggestion = RubricField.closest(to: name, among: allowed) {
          message += " (did you mean '\(suggestion)'?)"
        }
        message += "; expected one of: \(allowed.joined(separator: ", "))"
        throw keyField.error(message)
      }
      guard fields[name] == nil else {
        throw RubricField(node: keyNode, path: path, context: context).error("\(where_) repeats the field \(name)")
      }
      fields[name] = child(name, value)
    }
    return fields
  }

  private var where_: String { path.isEmpty ? "the rubric" : path }

  /// A mapping of names to numbers (a problem's `parameters`, a schedule's
  /// `hyperparameters`), each number checked at its own line.
  func numberMapping() throws(RubricError) -> [String: Double] {
    guard case .mapping(let mapping) = node else { throw mismatch("a mapping") }
    var numbers: [String: Double] = [:]
    for (keyNode, valueNode) in mapping {
      let key = keyNode.string ?? ""
      numbers[key] = try child(key, valueNode).number()
    }
    return numbers
  }

  /// The elements of a list.
  func list() throws(RubricError) -> [RubricField] {
    guard case .sequence(let sequence) = node else { throw mismatch("a list") }
    return sequence.enumerated().map { index, element in
      RubricField(node: element, path: "\(path)[\(index)]", context: context)
    }
  }

  /// A string scalar (any style).
  func string() throws(RubricError) -> String {
    guard case .scalar(let scalar) = node else { throw mismatch("text") }
    return scalar.string
  }

  /// A non-empty string.
  func nonEmptyString() throws(RubricError) -> String {
    let text = try string()
    guard !text.allSatisfy(\.isWhitespace) else { throw mismatch("non-empty text") }
    return text
  }

  /// A plain scalar read as a finite number.
  func number(_ expectation: String = "a number") throws(RubricError) -> Double {
    guard case .scalar(let scalar) = node, scalar.style == .plain || scalar.style == .any,
      isNumberLike(scalar.string), let value = Double(scalar.string), value.isFinite
    else { throw mismatch(expectation) }
    return value
  }

  /// A number ≥ 0.
  func nonNegativeNumber() throws(RubricError) -> Double {
    let value = try number("a number ≥ 0")
    guard value >= 0 else { throw mismatch("a number ≥ 0") }
    return value
  }

  /// A number > 0.
  func positiveNumber() throws(RubricError) -> Double {
    let value = try number("a positive number")
    guard value > 0 else { throw mismatch("a positive number") }
    return value
  }

  /// An integer in `range`, described in errors as `expectation`.
  func integer(in range: ClosedRange<Int>, _ expectation: String) throws(RubricError) -> Int {
    guard case .scalar(let scalar) = node, scalar.style == .plain || scalar.style == .any,
      let value = Int(scalar.string), range.contains(value)
    else { throw mismatch(expectation) }
    return value
  }

  /// A positive integer no larger than `limit`.
  func positiveInteger(atMost limit: Int) throws(RubricError) -> Int {
    let value = try integer(in: 1...Int.max, "a positive integer")
    guard value <= limit else { throw mismatch("at most \(limit)") }
    return value
  }

  /// A seed: an integer ≥ 0.
  func seed() throws(RubricError) -> UInt64 {
    UInt64(try integer(in: 0...Int.max, "an integer ≥ 0"))
  }

  /// `true` or `false`.
  func boolean() throws(RubricError) -> Bool {
    guard case .scalar(let scalar) = node, scalar.style == .plain || scalar.style == .any else {
      throw mismatch("true or false")
    }
    switch scalar.string {
    case "true", "True", "TRUE": return true
    case "false", "False", "FALSE": return false
    default: throw mismatch("true or false")
    }
  }

  /// A list of finite numbers.
  func numbers() throws(RubricError) -> [Double] {
    var values: [Double] = []
    for element in try list() { values.append(try element.number()) }
    return values
  }

  /// One of `choices`, returned as written.
  func choice(_ choices: [String]) throws(RubricError) -> String {
    let text: String
    do { text = try string() } catch { throw mismatch("one of \(choices.joined(separator: ", "))") }
    guard choices.contains(text) else { throw mismatch("one of \(choices.joined(separator: ", "))") }
    return text
  }

  /// The allowed name closest to `name` by edit distance (a swap of two
  /// neighbours counting as one edit), when close enough to be a likely misspelling.
  static func closest(to name: String, among allowed: [String]) -> String? {
    let scored = allowed.map { ($0, editDistance(Array(name), Array($0))) }
    guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= 2, best.1 < min(name.count, best.0.count) else {
      return nil
    }
    return best.0
  }

  /// The optimal string alignment distance between `a` and `b`.
  private static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    guard !a.isEmpty else { return b.count }
    guard !b.isEmpty else { return a.count }
    var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in 0...a.count { table[i][0] = i }
    for j in 0...b.count { table[0][j] = j }
    for i in 1...a.count {
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
        }
      }
    }
    return table[a.count][b.count]
  }
}

/// Whether `text` looks like a YAML number: digits with an optional sign,
/// point and exponent (no `inf`, `nan`, hex or underscores).
func isNumberLike(_ text: String) -> Bool {
  guard !text.isEmpty else { return false }
  var sawDigit = false
  for character in text {
    switch character {
    case "0"..."9": sawDigit = true
    case "+", "-", ".", "e", "E": continue
    default: return false
    }
  }
  return sawDigit
}

private func isBooleanLike(_ text: String) -> Bool {
  ["true", "false", "True", "False", "TRUE", "FALSE"].contains(text)
}

extension String {
  /// The string with every occurrence of `target` replaced by `replacement`.
  func replacingAll(_ target: String, with replacement: String) -> String {
    split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
  }
}
