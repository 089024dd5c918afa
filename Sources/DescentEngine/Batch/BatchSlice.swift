/// One of `count` disjoint slices of a class, for grading it on several
/// machines: `--slice 0/4` … `--slice 3/4`.
///
/// Students are sorted by id and dealt round-robin: slice `index` gets the
/// students at sorted positions `index`, `index + count`, … Every student is
/// in exactly one slice, the slices differ in size by at most one, and the
/// assignment depends only on the set of ids, so every machine computes the
/// same slices from the same submissions folder. Indices start at 0, as
/// Kubernetes' `JOB_COMPLETION_INDEX` and an sbatch `--array=0-(N-1)` do.
public struct BatchSlice: Codable, Sendable, Equatable, CustomStringConvertible {
  /// This slice, `0 ..< count`.
  public var index: Int
  /// How many slices there are.
  public var count: Int

  /// The whole class as one slice.
  public static let whole = BatchSlice(validIndex: 0, count: 1)

  /// A slice from `I/N` text.
  ///
  /// - Throws: ``BatchError`` when the text is not `I/N` with `0 ≤ I < N`.
  public init(parsing text: String) throws(BatchError) {
    let parts = text.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]), count >= 1,
      (0..<count).contains(index)
    else {
      throw BatchError("--slice \(text) is not I/N with 0 ≤ I < N (for example 0/4 … 3/4)")
    }
    self.init(validIndex: index, count: count)
  }

  private init(validIndex index: Int, count: Int) {
    self.index = index
    self.count = count
  }

  /// The students of this slice, from every student's id (in any order).
  public func students(of ids: [String]) -> [String] {
    ids.sorted().enumerated().filter { $0.offset % count == index }.map(\.element)
  }

  /// Whether this is the whole class.
  public var isWhole: Bool { count == 1 }

  /// `I/N`.
  public var description: String { "\(index)/\(count)" }
}
