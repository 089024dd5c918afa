import DescentCore
import Testing

@testable import DescentEngine

private let tokens = [
  "", " ", "\n", "  ", "-", ":", "[", "]", "{", "}", ",", "\"", "'", "#", "&a", "*a", "!!str", "?", "|", ">",
  "0", "-1", "1e309", "nan", ".inf", "true", "null", "~", "kind", "steps", "points", "check", "id", "x", "\t", "\u{0}",
  "é", "🙂", "999999999999999999999", "0x10", "1_000", "[[1, 2], [3]]", "{count: 99999999, dimension: 99999999}",
]

@Suite("Rubric fuzzing")
struct RubricFuzzTests {
  @Test("mutated rubrics load or fail with a RubricError, never crash", arguments: 0..<8)
  func mutations(batch: UInt64) {
    var generator = SeededGenerator(seed: 0xDE5C_E47 &+ batch)
    for iteration in 0..<250 {
      var lines = RubricFixtures.valid.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      let edits = Int.random(in: 1...4, using: &generator)
      for _ in 0..<edits {
        let index = Int.random(in: 0..<lines.count, using: &generator)
        switch Int.random(in: 0..<5, using: &generator) {
        case 0: lines.remove(at: index)
        case 1: lines.insert(lines[Int.random(in: 0..<lines.count, using: &generator)], at: index)
        case 2:
          var characters = Array(lines[index])
          let position = Int.random(in: 0...characters.count, using: &generator)
          characters.insert(contentsOf: tokens.randomElement(using: &generator) ?? "", at: position)
          lines[index] = String(characters)
        case 3:
          var characters = Array(lines[index])
          if !characters.isEmpty { characters.remove(at: Int.random(in: 0..<characters.count, using: &generator)) }
          lines[index] = String(characters)
        default:
          let parts = lines[index].split(separator: ":", maxSplits: 1)
          if parts.count == 2 { lines[index] = parts[0] + ": " + (tokens.randomElement(using: &generator) ?? "") }
        }
        if lines.isEmpty { lines = [""] }
      }
      let yaml = lines.joined(separator: "\n")
      do {
        let rubric = try RubricLoader.parse(yaml, source: "fuzz.yaml", vocabulary: .testing)
        #expect(!rubric.items.isEmpty, "batch \(batch) iteration \(iteration)")
      } catch {
        #expect(error.file == "fuzz.yaml", "batch \(batch) iteration \(iteration)")
        #expect(
          !error.message.isEmpty && !error.message.contains("\n"), "batch \(batch) iteration \(iteration): \(error)")
      }
    }
  }

  @Test("random text never crashes the loader", arguments: 0..<4)
  func randomText(batch: UInt64) {
    var generator = SeededGenerator(seed: 0xF00D &+ batch)
    for iteration in 0..<250 {
      let count = Int.random(in: 0..<40, using: &generator)
      let yaml = (0..<count).map { _ in tokens.randomElement(using: &generator) ?? "" }.joined()
      do {
        _ = try RubricLoader.parse(yaml, source: "fuzz.yaml", vocabulary: .testing)
      } catch {
        #expect(error.file == "fuzz.yaml", "batch \(batch) iteration \(iteration)")
      }
    }
  }
}
