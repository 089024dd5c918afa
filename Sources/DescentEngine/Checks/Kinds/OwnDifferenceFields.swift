import DescentCore

/// How a loss kind checks the student's gradient against centered
/// differences of their own loss (`linear_loss`, `network_loss`): how many
/// entries, h, the largest relative error, and the seed choosing the entries.
struct OwnDifferenceFields {
  /// How many entries the student's own loss is differenced at (0: none).
  var probes: Int
  /// h for those differences.
  var step: Double
  /// The largest relative error between a gradient entry and its difference.
  var threshold: Double
  /// Seeds the choice of entries.
  var seed: UInt64

  /// `probes` of the flat indices `0..<entries`, drawn from `seed`, in order.
  static func indices(_ probes: Int, of entries: Int, seed: UInt64) -> [Int] {
    var generator = SeededGenerator(seed: seed)
    return generator.shuffledIndices(count: entries).prefix(probes).sorted()
  }
}

extension CheckFields {
  /// `gradient_probes` (0 to 100, none when absent), `step` and `threshold`
  /// (the rubric's defaults when absent) and `seed`.
  func ownDifferences() throws(RubricError) -> OwnDifferenceFields {
    OwnDifferenceFields(
      probes: try self["gradient_probes"]?.integer(in: 0...100, "an integer from 0 to 100") ?? 0,
      step: try self["step"]?.positiveNumber() ?? defaults.step,
      threshold: try self["threshold"]?.positiveNumber() ?? defaults.threshold, seed: try seed())
  }
}
