import Foundation

/// Programs compiled from submissions, kept by a hash of everything the
/// program depends on, so that regrading after a rubric change runs the
/// students' programs again without compiling them again.
///
/// The key is SHA-256 over: the compile recipe (flags, the generated entry
/// point), the compiler and the student runtime (``ToolchainIdentity``:
/// the resolved path, size, inode and modification time of the driver,
/// `swift-frontend` and each runtime file), the submission folder's path
/// (debug information names it) and every source file's relative path and
/// bytes. Different compilers or runtimes therefore never share an entry.
///
/// An entry is a folder `<key>/` holding `program` and `entry.json` (the
/// program's SHA-256 and size, the student's files, the compiler's
/// warnings). It is written in a temporary folder and renamed into place,
/// so concurrent graders never see half of one; a program whose bytes no
/// longer match its record (tampered with, truncated) is removed and
/// rebuilt, never run. Past ``byteLimit``, the least recently used entries
/// are removed.
public struct CompiledProgramCache: Sendable {
  /// The cache's folder.
  public var folder: URL
  /// The most the entries may take together; the least recently used go first.
  public var byteLimit: Int

  /// The default bound: 2 GiB, about a thousand programs.
  public static let defaultByteLimit = 2 << 30

  /// A cache in `folder` (created when first written).
  public init(folder: URL, byteLimit: Int = defaultByteLimit) {
    self.folder = folder
    self.byteLimit = byteLimit
  }

  /// What an entry records beside its program.
  struct Entry: Codable, Equatable {
    /// The program's SHA-256, hex.
    var programDigest: String
    /// The program's size in bytes.
    var programBytes: Int
    /// The student's files, relative to the submission folder.
    var studentFiles: [String]
    /// The compiler's warnings.
    var diagnostics: String
  }

  static let programName = "program"
  static let entryName = "entry.json"

  /// The verified program of `key`, copied to `destination`, with its record;
  /// nil when there is none or it fails verification (then it is removed).
  func program(for key: String, copyingTo destination: URL) -> Entry? {
    let entryFolder = folder.appendingPathComponent(key)
    guard let data = try? Data(contentsOf: entryFolder.appendingPathComponent(Self.entryName)),
      let entry = try? JSONDecoder().decode(Entry.self, from: data)
    else { return nil }
    let program = entryFolder.appendingPathComponent(Self.programName)
    do {
      try FileManager.default.copyItem(at: program, to: destination)
    } catch {
      try? FileManager.default.removeItem(at: entryFolder)
      return nil
    }
    // The copy is what runs, so the copy is what is verified.
    guard let digest = try? Self.digest(of: destination), digest.bytes == entry.programBytes,
      digest.hex == entry.programDigest
    else {
      try? FileManager.default.removeItem(at: destination)
      try? FileManager.default.removeItem(at: entryFolder)
      return nil
    }
    _ = try? FileManager.default.setAttributes(
      [.posixPermissions: 0o755], ofItemAtPath: destination.path)
    // Recently used: eviction goes by this time.
    _ = try? FileManager.default.setAttributes(
      [.modificationDate: Date()], ofItemAtPath: entryFolder.appendingPathComponent(Self.entryName).path)
    return entry
  }

  /// Whether an entry for `key` exists (not yet verified).
  func hasEntry(for key: String) -> Bool {
    FileManager.default.fileExists(
      atPath: folder.appendingPathComponent(key).appendingPathComponent(Self.entryName).path)
  }

  /// Keeps `program` under `key`; a failure to keep it only costs a later compile.
  func store(_ program: URL, key: String, studentFiles: [String], diagnostics: String) {
    let manager = FileManager.default
    let final = folder.appendingPathComponent(key)
    guard !manager.fileExists(atPath: final.path) else { return }
    let staging = folder.appendingPathComponent(".staging-\(UUID().uuidString)")
    do {
      try manager.createDirectory(at: staging, withIntermediateDirectories: true)
      let copy = staging.appendingPathComponent(Self.programName)
      try manager.copyItem(at: program, to: copy)
      let digest = try Self.digest(of: copy)
      let entry = Entry(
        programDigest: digest.hex, programBytes: digest.bytes, studentFiles: studentFiles, diagnostics: diagnostics)
      try JSONEncoder().encode(entry).write(to: staging.appendingPathComponent(Self.entryName))
      if rename(staging.path, final.path) != 0 { try? manager.removeItem(at: staging) }
    } catch {
      try? manager.removeItem(at: staging)
      return
    }
    evictBeyondLimit()
  }

  /// Removes the least recently used entries until the cache fits ``byteLimit``.
  func evictBeyondLimit() {
    let manager = FileManager.default
    guard let keys = try? manager.contentsOfDirectory(atPath: folder.path) else { return }
    var entries: [(folder: URL, used: Date, bytes: Int)] = []
    for key in keys where !key.hasPrefix(".") {
      let entryFolder = folder.appendingPathComponent(key)
      let record = entryFolder.appendingPathComponent(Self.entryName)
      let used = (try? manager.attributesOfItem(atPath: record.path))?[.modificationDate] as? Date
      let program = entryFolder.appendingPathComponent(Self.programName).path
      let bytes = (try? manager.attributesOfItem(atPath: program))?[.size] as? Int
      entries.append((entryFolder, used ?? .distantPast, bytes ?? 0))
    }
    var total = entries.reduce(0) { $0 + $1.bytes }
    for entry in entries.sorted(by: { $0.used < $1.used }) where total > byteLimit {
      try? manager.removeItem(at: entry.folder)
      total -= entry.bytes
    }
  }

  /// The SHA-256 of `file` and its size, read a mebibyte at a time.
  static func digest(of file: URL) throws -> (hex: String, bytes: Int) {
    var hasher = SHA256()
    let bytes = try hasher.update(contentsOf: file)
    return (hasher.finalizeHex(), bytes)
  }
}
