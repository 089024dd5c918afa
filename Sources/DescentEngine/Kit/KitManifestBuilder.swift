import DescentJudging

/// The self-check manifest (`descent-selfcheck.json`) for a rubric: every
/// visible item with the tasks the grader would send and the expectation
/// the reference computes; every hidden or after-due-date item as its
/// points and visibility alone, so that neither its id, its name nor its
/// parameters reach the kit.
public enum KitManifestBuilder {
  /// The manifest for `rubric`.
  ///
  /// - Throws: ``KitError`` naming the rubric and the item the reference
  ///   cannot compute an expectation for.
  public static func manifest(for rubric: Rubric) throws(KitError) -> SelfCheckManifest {
    var items: [SelfCheckItem] = []
    var withheld: [WithheldItem] = []
    for item in rubric.items {
      guard item.visibility == .visible else {
        withheld.append(WithheldItem(points: item.points, visibility: item.visibility))
        continue
      }
      let expectation: ItemExpectation
      do {
        expectation = try item.check.expectation()
      } catch {
        throw KitError(
          "\(rubric.source): item '\(item.id)': the reference cannot compute its expected answers: \(error)")
      }
      items.append(
        SelfCheckItem(
          id: item.id, name: item.name, points: item.points, hint: item.hint,
          timeLimitSeconds: item.timeLimit.descentSeconds, tasks: ItemCheck(item: item).tasks, expectation: expectation)
      )
    }
    return SelfCheckManifest(assignment: rubric.assignment, title: rubric.title, items: items, withheldItems: withheld)
  }
}
