import DescentEngine
import DescentJudging
import DescentTestSupport
import Foundation
import Testing

/// The kit's own self-check, built with SwiftPM and run as a student runs
/// it: `swift run selfcheck` in the kit's folder.
@Suite("Student kit self-check")
struct KitSelfCheckTests {
  /// The visible items' ids, from the kit's manifest.
  static func visibleItems(in kit: URL) throws -> [String] {
    let data = try Data(contentsOf: kit.appendingPathComponent(SelfCheckManifest.fileName))
    return try SelfCheckManifest.makeDecoder().decode(SelfCheckManifest.self, from: data).items.map(\.id)
  }

  @Test("on the starter code it fails, exit 1, naming what is not implemented")
  func starter() async throws {
    let (result, items) = try await KitWorkspace.shared.withKit(.starter) { kit in
      (
        try KitCourse.shell("swift run --skip-build selfcheck", in: kit, timeout: .seconds(300)),
        try Self.visibleItems(in: kit)
      )
    }
    #expect(result.status == 1, "\(result)")
    let output = result.standardOutput
    for item in items {
      #expect(output.contains(item), "the self-check's output does not mention item \(item)")
    }
    #expect(output.contains("not implemented"), "\(result)")
    #expect(output.contains("Submission/"), "the output should name the student's file: \(result)")
    #expect(output.contains("hidden items"), "the output should say hidden items are not counted: \(result)")
    #expect(!output.contains("\u{1B}["), "colour codes in piped output")
    #expect(!output.contains("Compiled in"), "the self-check compiles nothing: \(result)")
  }

  @Test("on the instructor's solution every visible item passes, exit 0")
  func solution() async throws {
    let result = try await KitWorkspace.shared.withKit(.solution) { kit in
      try KitCourse.shell("swift run --skip-build selfcheck", in: kit, timeout: .seconds(300))
    }
    #expect(result.status == 0, "\(result)")
    let lines = result.standardOutput.split(separator: "\n")
    #expect(!lines.contains { $0.hasPrefix("✗") || $0.hasPrefix("!") }, "an item does not pass: \(result)")
    #expect(result.standardOutput.contains("All visible items pass"), "\(result)")
  }

  @Test("one item with --item; an unknown item is a usage error, exit 2")
  func oneItem() async throws {
    let (one, unknown, items) = try await KitWorkspace.shared.withKit(.solution) { kit in
      let items = try Self.visibleItems(in: kit)
      let first = try #require(items.first)
      return (
        try KitCourse.shell("swift run --skip-build selfcheck --item \(first)", in: kit, timeout: .seconds(300)),
        try KitCourse.shell("swift run --skip-build selfcheck --item no-such-item", in: kit, timeout: .seconds(300)),
        items
      )
    }
    #expect(one.status == 0, "\(one)")
    #expect(one.standardOutput.contains(items[0]))
    #expect(one.standardOutput.contains("The selected item passes"), "\(one)")
    #expect(!one.standardOutput.contains("All visible items pass"), "\(one)")
    for other in items.dropFirst() {
      #expect(!one.standardOutput.contains("\(other):"), "--item \(items[0]) also ran \(other)")
    }
    #expect(unknown.status == 2, "\(unknown)")
    #expect(unknown.standardError.contains("no-such-item"), "\(unknown)")
  }

  /// Whether this machine can run a program without a network: a user and
  /// network namespace of its own, its loopback interface down.
  static let canUnshareNetwork: Bool = {
    (try? KitCourse.shell("unshare -rn true", in: URL(fileURLWithPath: "/"), timeout: .seconds(10)).status) == 0
  }()

  @Test(
    "without a network (no loopback interface) every visible item still runs and passes",
    .enabled(if: canUnshareNetwork, "`unshare -rn` is not permitted here"))
  func withoutNetwork() async throws {
    let result = try await KitWorkspace.shared.withKit(.solution) { kit in
      try KitCourse.shell(
        "unshare -rn \"$(swift build --show-bin-path)/selfcheck\"", in: kit, timeout: .seconds(300))
    }
    #expect(result.status == 0, "\(result)")
    #expect(!result.standardOutput.contains("timed out"), "\(result)")
    #expect(result.standardOutput.contains("All visible items pass"), "\(result)")
  }
}
