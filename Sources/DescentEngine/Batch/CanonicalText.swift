/// A value written out in full, the same in every process: what a content
/// hash of an in-memory value (a rubric) is computed from.
///
/// `String(reflecting:)` is not enough: dictionaries and sets print in an
/// order that changes from one process to the next (hash seeding). Here
/// their entries are sorted by their own canonical text.
enum CanonicalText {
  /// The canonical text of `value`.
  static func of(_ value: Any) -> String {
    let mirror = Mirror(reflecting: value)
    guard !mirror.children.isEmpty else { return String(reflecting: value) }
    let children = mirror.children.map { child in (child.label ?? "") + ":" + of(child.value) }
    let ordered: [String]
    switch mirror.displayStyle {
    case .dictionary, .set: ordered = children.sorted()
    default: ordered = children
    }
    return "\(mirror.subjectType)(" + ordered.joined(separator: ",") + ")"
  }
}
