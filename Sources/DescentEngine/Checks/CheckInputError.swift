/// A check the reference cannot run as the rubric writes it (a training
/// item asking for more accuracy than the method reaches): reported to the
/// instructor as the reference's failure on that item.
struct CheckInputError: Error, CustomStringConvertible {
  /// What the rubric asks that cannot be, in the instructor's words.
  var description: String

  init(_ description: String) { self.description = description }
}
