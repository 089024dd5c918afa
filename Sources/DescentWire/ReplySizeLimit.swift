extension HarnessTask {
  /// The largest reply payload, in bytes, the engine reads for this task: a
  /// bound on what Descent's harness can send, with room to spare.
  ///
  /// An honest answer holds, for a trajectory, the start and one point per
  /// step of the start's dimension; for an evaluation, one value per point
  /// and, when asked, one gradient of the point's dimension; for a routine,
  /// one vector, number or short label per input; and at most
  /// one error whose message the harness cut to
  /// ``StudentError/messageByteLimit``. Each number takes 9 bytes on the
  /// wire. The limit is four times that, plus 1 MiB, so that a buggy step
  /// that grows its parameters is still judged as such, but a reply of
  /// megabytes to a request of kilobytes is refused as soon as its header
  /// arrives, before the engine allocates for it. Never over
  /// ``WireFrame/maximumLength``.
  public var replyByteLimit: Int {
    let numbers: Double
    let lists: Double
    switch self {
    case .trajectory(let task):
      let points = Double(max(0, task.steps)) + 1
      numbers = points * Double(task.start.count)
      lists = points
    case .evaluation(let task):
      let coordinates = Double(task.points.reduce(0) { $0 + $1.count })
      numbers = Double(task.points.count) + (task.includesGradient ? coordinates : 0)
      lists = task.includesGradient ? Double(task.points.count) : 0
    case .numericGradient(let task):
      numbers = Double(task.points.reduce(0) { $0 + $1.count })
      lists = Double(task.points.count)
    case .gradientCheck(let task):
      numbers = Double(task.points.count)
      lists = 0
    case .lineSearch(let task):
      numbers = Double(task.points.count)
      lists = 0
    case .schedule(let task):
      numbers = Double(task.steps.count)
      lists = 0
    case .clipping(let task):
      numbers = Double(task.gradients.reduce(0) { $0 + $1.count })
      lists = Double(task.gradients.count)
    case .networkLoss(let task):
      numbers = task.displacements.isEmpty ? Double(task.network.parameterCount) + 7 : Double(task.displacements.count)
      lists = 3
    case .networkTraining(let task):
      numbers = Double(task.network.parameterCount)
      lists = 1
    case .initialization(let task):
      numbers = Double(max(0, task.fanIn)) * Double(max(0, task.fanOut))
      lists = Double(max(0, task.fanIn))
    case .randomSearch(let task):
      numbers = Double(task.problem.dimension)
      lists = 1
    case .linearLoss(let task):
      let entries = Double(max(0, task.weights.rows)) * Double(max(0, task.weights.columns))
      numbers = task.displacements.isEmpty ? entries + 1 : Double(task.displacements.count)
      lists = task.displacements.isEmpty ? Double(max(0, task.weights.rows)) : 0
    case .linearTraining(let task):
      numbers = Double(max(0, task.weights.rows)) * Double(max(0, task.weights.columns))
      lists = Double(max(0, task.weights.rows))
    case .linearPrediction(let task):
      numbers = Double(task.data.exampleCount)
      lists = 0
    case .criticalPoints(let task):
      // A label is at most "degenerate": ten bytes and its length.
      numbers = 2 * Double(task.hessians.count)
      lists = 0
    }
    let honest = 9 * (numbers + lists + 4) + Double(StudentError.messageByteLimit) + 1024
    let limit = 4 * honest + Double(1 << 20)
    return limit >= Double(WireFrame.maximumLength) ? WireFrame.maximumLength : Int(limit)
  }
}
