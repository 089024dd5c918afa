import DescentHarness
import DescentJudging
import DescentContract
import DescentReports
import Foundation

/// The student kit's `selfcheck` executable: its whole `main.swift` is
///
/// ```swift
/// import DescentSelfCheck
/// import Submission
///
/// SelfCheck.main(catalog: descentSubmission, packageSource: #filePath)
/// ```
///
/// It runs every visible item in its own child process, judges the answers
/// against the kit's data, prints the feedback (coloured only on a terminal
/// without `NO_COLOR`), optionally writes JUnit XML and Markdown, and exits
/// 1 when a visible item does not pass.
public enum SelfCheck {
  /// The environment variable that names the data file, overriding the default.
  public static let dataEnvironmentVariable = "DESCENT_SELFCHECK_DATA"

  /// Runs the self-check with the process's arguments and exits.
  ///
  /// - Parameters:
  ///   - catalog: the student's `descentSubmission`.
  ///   - packageSource: `#filePath` of the kit's `main.swift`, from which the
  ///     data file next to `Package.swift` is found.
  public static func main(catalog: @escaping @Sendable () -> SubmissionCatalog, packageSource: String) -> Never {
    let arguments = Array(CommandLine.arguments.dropFirst())
    exit(run(arguments: arguments, catalog: catalog, packageSource: packageSource))
  }

  /// Runs the self-check and returns its exit status: 0 when every visible
  /// item passes, 1 when one does not, 2 when it cannot run.
  public static func run(
    arguments: [String], catalog: @escaping @Sendable () -> SubmissionCatalog, packageSource: String
  ) -> Int32 {
    let options: SelfCheckOptions
    do {
      options = try SelfCheckOptions(parsing: arguments)
    } catch {
      printError("selfcheck: \(error.message)")
      return 2
    }
    if options.help {
      print(SelfCheckOptions.usage)
      return 0
    }
    let dataFile = dataFile(options: options, packageSource: packageSource)
    let manifest: SelfCheckManifest
    do {
      manifest = try load(dataFile)
    } catch {
      printError("selfcheck: \(error)")
      return 2
    }
    if let id = options.runItem, let reply = options.reply {
      return runChild(id: id, reply: URL(fileURLWithPath: reply), manifest: manifest, catalog: catalog)
    }
    let known = Set(manifest.items.map(\.id))
    if let unknown = options.items.first(where: { !known.contains($0) }) {
      printError(
        "selfcheck: no visible item '\(unknown)' (visible: \(manifest.items.map(\.id).joined(separator: ", ")))")
      return 2
    }
    let executable = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
    let runner = SelfCheckRunner(
      manifest: manifest, executor: ChildProcessItemExecutor(executable: executable, dataFile: dataFile))
    let interactive = isatty(STDERR_FILENO) == 1
    let report = runner.run(only: options.items.isEmpty ? nil : Set(options.items)) { item, index, count in
      guard interactive else { return }
      let line = "checking \(item.id) (\(index + 1)/\(count))…"
      FileHandle.standardError.write(Data(("\r\u{1B}[K" + line).utf8))
    }
    if interactive { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    let color =
      !options.noColor
      && TerminalReport.wantsColor(
        isTerminal: isatty(STDOUT_FILENO) == 1, environment: ProcessInfo.processInfo.environment)
    print(TerminalReport(report: report, usesColor: color, audience: .student).text, terminator: "")
    do {
      try writeOutputs(report, options: options)
    } catch {
      printError("selfcheck: \(error)")
      return 2
    }
    return report.allGradedItemsPass ? 0 : 1
  }

  /// The data file: `--data`, then `$DESCENT_SELFCHECK_DATA`, then the one
  /// at the package root (two folders above `Sources/selfcheck/main.swift`),
  /// then the current directory's.
  static func dataFile(options: SelfCheckOptions, packageSource: String) -> URL {
    if let data = options.data { return URL(fileURLWithPath: data) }
    if let data = ProcessInfo.processInfo.environment[dataEnvironmentVariable], !data.isEmpty {
      return URL(fileURLWithPath: data)
    }
    let root = URL(fileURLWithPath: packageSource).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    let beside = root.appendingPathComponent(SelfCheckManifest.fileName)
    if FileManager.default.fileExists(atPath: beside.path) { return beside }
    return URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent(
      SelfCheckManifest.fileName)
  }

  /// Reads and checks a data file.
  static func load(_ file: URL) throws -> SelfCheckManifest {
    let data: Data
    do {
      data = try Data(contentsOf: file)
    } catch {
      throw SelfCheckUsageError(message: "cannot read \(file.path): run from the kit's folder or pass --data FILE")
    }
    let manifest: SelfCheckManifest
    do {
      manifest = try SelfCheckManifest.makeDecoder().decode(SelfCheckManifest.self, from: data)
    } catch {
      throw SelfCheckUsageError(
        message: "\(file.path) is not a self-check data file (\(error)); download the kit again")
    }
    guard manifest.formatVersion == SelfCheckManifest.currentFormatVersion else {
      throw SelfCheckUsageError(
        message: "\(file.path) has format \(manifest.formatVersion), this self-check reads"
          + " \(SelfCheckManifest.currentFormatVersion); download the kit again")
    }
    return manifest
  }

  /// The child: runs one item's tasks in this process and writes the answers.
  static func runChild(
    id: String, reply: URL, manifest: SelfCheckManifest, catalog: @Sendable () -> SubmissionCatalog
  ) -> Int32 {
    guard let item = manifest.items.first(where: { $0.id == id }) else {
      printError("selfcheck: no visible item '\(id)'")
      return 2
    }
    let submission = catalog()
    let results = item.tasks.map { TaskPerformer.perform($0, with: submission) }
    do {
      let data = try JSONEncoder().encode(results)
      try data.write(to: reply, options: .atomic)
    } catch {
      printError("selfcheck: cannot write \(reply.path): \(error.localizedDescription)")
      return 3
    }
    return 0
  }

  /// Writes `--junit` and `--html`, and appends the Markdown feedback to `--markdown`
  /// (a CI job summary may already hold other steps' text); both files are
  /// replaced atomically, so a reader never sees half of one.
  static func writeOutputs(_ report: GradeReport, options: SelfCheckOptions) throws(ReportFileError) {
    if let junit = options.junit {
      let host = ProcessInfo.processInfo.hostName
      try ReportFiles.write(
        JUnitReport(report: report, timestamp: Date(), hostname: host).data(), to: URL(fileURLWithPath: junit))
    }
    if let markdown = options.markdown {
      let url = URL(fileURLWithPath: markdown)
      var text = (try? Data(contentsOf: url)) ?? Data()
      if let last = text.last, last != UInt8(ascii: "\n") { text.append(UInt8(ascii: "\n")) }
      text.append(Data(MarkdownFeedbackReport(report: report, audience: .student).text.utf8))
      try ReportFiles.write(text, to: url)
    }
    if let html = options.html {
      try ReportFiles.write(
        Data(HTMLReport(report: report, audience: .student).text.utf8), to: URL(fileURLWithPath: html))
    }
  }

  private static func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
  }
}
