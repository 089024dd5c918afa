import Foundation

/// What a batch output folder holds, as `batch.json` at its root: the
/// assignment and its rubric items (the gradebook's columns), which slice
/// of which class it grades, and the students it was given.
///
/// `descent batch --merge` reads the slices' manifests to check that they
/// come from the same class and rubric and together cover every student
/// exactly once.
public struct BatchManifest: Codable, Sendable, Equatable {
  /// The layout version of this file.
  public var format: Int
  /// The assignment's name.
  public var assignment: String
  /// The rubric's items in order: the gradebook's item columns.
  public var items: [Item]
  /// The slice graded (`0/1` for a whole class).
  public var slice: BatchSlice
  /// The students of this slice, sorted.
  public var students: [String]
  /// How many students the whole class has (every slice).
  public var classSize: Int
  /// SHA-256 of the whole class's sorted ids, one per line: equal for every slice of one class.
  public var classDigest: String

  /// A rubric item, as the reports need it.
  public struct Item: Codable, Sendable, Equatable {
    /// The item's id.
    public var id: String
    /// The item's display name.
    public var name: String
    /// Points available.
    public var points: Double

    /// Creates an item.
    public init(id: String, name: String, points: Double) {
      self.id = id
      self.name = name
      self.points = points
    }
  }

  /// The current ``format``.
  public static let currentFormat = 1
  /// The file name.
  public static let fileName = "batch.json"

  /// A manifest for grading `slice` of the class `classIDs` on `rubric`.
  public init(rubric: Rubric, slice: BatchSlice, classIDs: [String]) {
    self.init(
      assignment: rubric.assignment, items: rubric.items.map { Item(id: $0.id, name: $0.name, points: $0.points) },
      slice: slice, students: slice.students(of: classIDs), classIDs: classIDs)
  }

  /// A manifest from its parts.
  public init(assignment: String, items: [Item], slice: BatchSlice, students: [String], classIDs: [String]) {
    self.format = Self.currentFormat
    self.assignment = assignment
    self.items = items
    self.slice = slice
    self.students = students.sorted()
    self.classSize = classIDs.count
    var hasher = SHA256()
    for id in classIDs.sorted() { hasher.update(Array((id + "\n").utf8)) }
    self.classDigest = hasher.finalizeHex()
  }

  /// Reads the manifest of the batch output `folder`.
  ///
  /// - Throws: ``BatchError`` naming the file when it is missing or unreadable.
  public static func read(from folder: URL) throws(BatchError) -> BatchManifest {
    let url = folder.appendingPathComponent(fileName)
    guard let data = try? Data(contentsOf: url) else {
      throw BatchError("\(url.path) is missing: \(folder.path) is not a finished `descent batch` output folder")
    }
    let manifest: BatchManifest
    do {
      manifest = try JSONDecoder().decode(BatchManifest.self, from: data)
    } catch {
      throw BatchError("\(url.path) is not a batch manifest: \(error)")
    }
    guard manifest.format == currentFormat else {
      throw BatchError("\(url.path) has format \(manifest.format); this descent reads format \(currentFormat)")
    }
    return manifest
  }

  /// Writes the manifest into the batch output `folder`, atomically.
  ///
  /// - Throws: ``BatchError`` naming the file.
  public func write(to folder: URL) throws(BatchError) {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let url = folder.appendingPathComponent(Self.fileName)
    do {
      try AtomicFile.write(try encoder.encode(self), to: url)
    } catch let error as BatchError {
      throw error
    } catch {
      throw BatchError("cannot encode \(url.path): \(error)")
    }
  }
}
