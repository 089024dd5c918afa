import DescentJudging
import Foundation

/// The self-check's command line, parsed by hand (the kit has no package
/// dependencies):
///
/// ```
/// selfcheck [--item ID]... [--junit FILE] [--markdown FILE] [--html FILE] [--data FILE] [--no-color]
/// ```
///
/// `--run-item ID --reply FILE` is the child mode the self-check starts
/// itself in, one item per process.
public struct SelfCheckOptions: Equatable, Sendable {
  /// Run only these items (all visible items when empty).
  public var items: [String] = []
  /// Write JUnit XML here.
  public var junit: String?
  /// Write the Markdown feedback here (append when the file exists, as a CI job summary wants).
  public var markdown: String?
  /// Write the HTML report (feedback and figures) here.
  public var html: String?
  /// The kit's data file, instead of the default next to the package.
  public var data: String?
  /// Never colour the output.
  public var noColor = false
  /// Print the usage and exit.
  public var help = false
  /// Child mode: the item to run.
  public var runItem: String?
  /// Child mode: where to write the answers.
  public var reply: String?

  /// The usage text.
  public static let usage = """
    usage: swift run selfcheck [--item ID]... [--junit FILE] [--markdown FILE] [--html FILE] [--data FILE] [--no-color]

    Runs the assignment's visible items against your code and explains every
    failure. Hidden items are graded after you submit and are not counted here.

      --item ID        check only this item (repeatable)
      --junit FILE     also write the results as JUnit XML (for CI test reports)
      --markdown FILE  also append the feedback as Markdown (e.g. "$GITHUB_STEP_SUMMARY")
      --html FILE      also write an HTML report with a figure of each item (open it in a browser)
      --data FILE      the kit's \(SelfCheckManifest.fileName) (default: the one next to Package.swift)
      --no-color       plain text even on a terminal (NO_COLOR=1 does the same)

    Exit status: 0 when every visible item passes, 1 when one does not, 2 on a usage error.
    """

  /// Creates default options.
  public init() {}

  /// Parses `arguments` (without the program name).
  ///
  /// - Throws: ``SelfCheckUsageError`` naming the argument at fault.
  public init(parsing arguments: [String]) throws(SelfCheckUsageError) {
    var index = 0
    func value(for flag: String) throws(SelfCheckUsageError) -> String {
      index += 1
      guard index < arguments.count, !arguments[index].hasPrefix("--") else {
        throw SelfCheckUsageError(message: "\(flag) needs a value")
      }
      return arguments[index]
    }
    while index < arguments.count {
      let argument = arguments[index]
      switch argument {
      case "--item": items.append(try value(for: argument))
      case "--junit": junit = try value(for: argument)
      case "--markdown": markdown = try value(for: argument)
      case "--html": html = try value(for: argument)
      case "--data": data = try value(for: argument)
      case "--no-color": noColor = true
      case "--help", "-h": help = true
      case "--run-item": runItem = try value(for: argument)
      case "--reply": reply = try value(for: argument)
      default: throw SelfCheckUsageError(message: "unknown argument '\(argument)' (see --help)")
      }
      index += 1
    }
    if (runItem == nil) != (reply == nil) {
      throw SelfCheckUsageError(message: "--run-item and --reply go together")
    }
  }
}

/// A command line the self-check cannot follow, in one line.
public struct SelfCheckUsageError: Error, Equatable, Sendable, CustomStringConvertible {
  /// What is wrong.
  public var message: String

  /// Creates the error.
  public init(message: String) { self.message = message }

  public var description: String { message }
}
