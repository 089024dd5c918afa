import Foundation

/// The three JUnit schemas CI tools validate against, kept beside the
/// repository in `../shared/junit-xsd`, and xmllint (Debian's
/// libxml2-utils) to check documents with. Tests that need them run only
/// when both are present (``isAvailable``).
public enum JUnitSchemas {
  /// `../shared/junit-xsd`, beside the repository.
  public static let folder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("shared/junit-xsd")
  /// The schema files in ``folder``.
  public static let names = ["windyroad-JUnit.xsd", "jenkins-xunit-junit-10.xsd", "junit5-jenkins-junit.xsd"]
  /// xmllint.
  public static let xmllint = URL(fileURLWithPath: "/usr/bin/xmllint")

  /// Whether xmllint is installed.
  public static var hasXmllint: Bool { FileManager.default.isExecutableFile(atPath: xmllint.path) }

  /// Whether xmllint and every schema are present.
  public static var isAvailable: Bool {
    hasXmllint && names.allSatisfy { FileManager.default.fileExists(atPath: folder.appendingPathComponent($0).path) }
  }

  /// xmllint's complaints about the document at `file`: that it is not well
  /// formed, or (with `schema`, one of ``names``) not valid against that
  /// schema; nil when there are none.
  public static func problems(fileAt file: URL, schema: String? = nil) throws -> String? {
    let schemaArguments = schema.map { ["--schema", folder.appendingPathComponent($0).path] } ?? []
    let result = try ChildProcess.run(executable: xmllint, arguments: ["--noout"] + schemaArguments + [file.path])
    return result.status == 0 ? nil : String(result.standardError.prefix(2000))
  }

  /// The same for a document in memory.
  public static func problems(_ document: Data, schema: String) throws -> String? {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("junit-\(UUID().uuidString).xml")
    try document.write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }
    return try problems(fileAt: file, schema: schema)
  }
}
