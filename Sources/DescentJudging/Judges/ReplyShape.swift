import DescentCore
import DescentWire

/// What Descent's own harness can send in answer to a task, checked before
/// any judge reads a number.
///
/// The harness answers a trajectory task with the start and one point per
/// step (fewer, ending where a step threw, when it says it stopped), and an
/// evaluation task with one value per point and, when asked, one gradient
/// per value (again fewer only when it says it stopped), and a routine's
/// task with one answer per input (a random search: one point), each label
/// a kind of critical point. A reply of any
/// other shape was not written by the harness: the student's code wrote on
/// the grader's channel, and the item is the student's error, whatever flags
/// the reply carries.
///
/// ```swift
/// ReplyShape.violation(of: .trajectory(points: [], stoppedBy: nil), for: task)
/// // "the answer from adam holds 0 points where Descent's harness sends 101 (the start and one per step)…"
/// ```
public enum ReplyShape {
  /// Why `result` cannot be the harness's answer to `task`; nil when it can.
  public static func violation(of result: HarnessResult, for task: HarnessTask) -> String? {
    switch (task, result) {
    case (_, .failed):
      return nil
    case (.trajectory(let task), .trajectory(let points, let stoppedBy)):
      let full = max(0, task.steps) + 1
      let allowed = stoppedBy == nil ? full...full : 1...max(1, full - 1)
      guard allowed.contains(points.count) else {
        let sent = stoppedBy == nil ? "\(full)" : "1 to \(max(1, full - 1)) when a step threw"
        return breach(
          task.optimizer,
          "holds \(points.count) points where Descent's harness sends \(sent) (the start and one per step)")
      }
      return nil
    case (.evaluation(let task), .evaluations(let values, let gradients, let stoppedBy)):
      let full = task.points.count
      let valuesFit = stoppedBy == nil ? values.count == full : values.count < full
      guard valuesFit else {
        let sent = stoppedBy == nil ? "\(full)" : "fewer than \(full) when your code threw"
        return breach(task.function, "holds \(values.count) values where Descent's harness sends \(sent)")
      }
      switch (task.includesGradient, gradients) {
      case (false, nil): return nil
      case (false, .some): return breach(task.function, "holds gradients where none were asked for")
      case (true, nil): return breach(task.function, "holds no gradients where one per point was asked for")
      case (true, let gradients?):
        guard gradients.count == values.count else {
          return breach(task.function, "holds \(gradients.count) gradients for \(values.count) values")
        }
        return nil
      }
    case (.numericGradient(let task), .vectors(let vectors, let stoppedBy)):
      return countViolation(
        vectors.count, inputs: task.points.count, stopped: stoppedBy != nil, task.routine, "gradients")
    case (.gradientCheck(let task), .numbers(let numbers, let stoppedBy)):
      return countViolation(numbers.count, inputs: task.points.count, stopped: stoppedBy != nil, task.routine, "errors")
    case (.lineSearch(let task), .numbers(let steps, let stoppedBy)):
      return countViolation(steps.count, inputs: task.points.count, stopped: stoppedBy != nil, task.routine, "steps")
    case (.schedule(let task), .numbers(let rates, let stoppedBy)):
      return countViolation(rates.count, inputs: task.steps.count, stopped: stoppedBy != nil, task.routine, "rates")
    case (.clipping(let task), .vectors(let vectors, let stoppedBy)):
      return countViolation(
        vectors.count, inputs: task.gradients.count, stopped: stoppedBy != nil, task.routine, "gradients")
    case (.networkLoss(let task), .vectors(let lists, let stoppedBy)) where task.displacements.isEmpty:
      guard stoppedBy == nil, lists.count == 3, lists[0].count == 1, lists[2].count == 6 else {
        return breach(task.routine, "is not a loss followed by its gradients and their shapes")
      }
      return nil
    case (.networkLoss(let task), .numbers(let losses, let stoppedBy)) where !task.displacements.isEmpty:
      return countViolation(
        losses.count, inputs: task.displacements.count, stopped: stoppedBy != nil, task.routine, "losses")
    case (.networkTraining(let task), .vectors(let lists, let stoppedBy)):
      return stoppedBy == nil && lists.count == 1
        ? nil : breach(task.trainer, "is not one list of trained parameters")
    case (.initialization(let task), .vectors(_, let stoppedBy)):
      return stoppedBy == nil ? nil : breach(task.routine, "says it stopped, which Descent's harness never does here")
    case (.randomSearch(let task), .vectors(let vectors, let stoppedBy)):
      return countViolation(vectors.count, inputs: 1, stopped: stoppedBy != nil, task.routine, "points")
    case (.criticalPoints(let task), .labels(let labels, let stoppedBy)):
      if let label = labels.first(where: { CriticalPoint(rawValue: $0) == nil }) {
        return breach(task.routine, "holds the label '\(label.prefix(40))', which is no kind of critical point")
      }
      return countViolation(
        labels.count, inputs: task.hessians.count, stopped: stoppedBy != nil, task.routine, "labels")
    case (.linearLoss(let task), .lossAndGradient):
      return task.displacements.isEmpty ? nil : breach(task.routine, "holds a gradient where losses were asked for")
    case (.linearLoss(let task), .numbers(let losses, let stoppedBy)) where !task.displacements.isEmpty:
      return countViolation(
        losses.count, inputs: task.displacements.count, stopped: stoppedBy != nil, task.routine, "losses")
    case (.linearTraining(let task), .vectors(_, let stoppedBy)):
      return stoppedBy == nil ? nil : breach(task.trainer, "says it stopped, which Descent's harness never does here")
    case (.linearPrediction(let task), .integers(_, let stoppedBy)):
      return stoppedBy == nil ? nil : breach(task.routine, "says it stopped, which Descent's harness never does here")
    case (.trajectory(let task), _):
      return breach(task.optimizer, "is not a trajectory")
    case (.evaluation(let task), _):
      return breach(task.function, "is not a list of evaluations")
    case (let task, _):
      return breach(task.target, "is not the kind of answer this task asks for")
    }
  }

  /// Why `count` answers cannot be the harness's for `inputs` inputs: one
  /// per input, or fewer when the student's code threw.
  private static func countViolation(
    _ count: Int, inputs: Int, stopped: Bool, _ target: String, _ answers: String
  ) -> String? {
    if stopped ? count < inputs : count == inputs { return nil }
    let sent = stopped ? "fewer than \(inputs) when your code threw" : "\(inputs)"
    return breach(target, "holds \(count) \(answers) where Descent's harness sends \(sent)")
  }

  private static func breach(_ target: String, _ what: String) -> String {
    "the answer from \(target) \(what): it was not written by Descent's harness;"
      + " your code must not write to the grader's channel"
  }
}
