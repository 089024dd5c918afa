import DescentContract

/// L-BFGS: the last m pairs (s, y) and the two-loop recursion, with the
/// grader's strong-Wolfe line search.
struct LBFGS: Optimizer {
  /// lr: the first step the line search tries once the history holds a pair.
  var learningRate: Double
  /// m, the pairs kept.
  var historySize: Int
  /// Stop moving where ‖∇f‖∞ ≤ this.
  var gradientTolerance: Double
  /// The grader's line search.
  let lineSearch: LineSearch
  /// (s, y, ρ), oldest first.
  private var history: [(s: [Double], y: [Double], rho: Double)] = []
  private var previous: (point: [Double], gradient: [Double])?

  init(learningRate: Double, historySize: Int, gradientTolerance: Double, lineSearch: LineSearch) {
    self.learningRate = learningRate
    self.historySize = historySize
    self.gradientTolerance = gradientTolerance
    self.lineSearch = lineSearch
  }

  mutating func step(_ x: inout [Double], on objective: some Objective) throws {
    let value = objective.value(at: x)
    let g = objective.gradient(at: x)
    if let previous {
      let s = x.indices.map { x[$0] - previous.point[$0] }
      let y = x.indices.map { g[$0] - previous.gradient[$0] }
      let ys = dot(y, s)
      if ys > 0 {
        history.append((s, y, 1 / ys))
        if history.count > historySize { history.removeFirst() }
      }
    }
    previous = nil
    guard g.map(abs).max() ?? 0 > gradientTolerance else { return }
    var p = twoLoop(g).map { -$0 }
    if !(dot(p, g) < 0) {
      history.removeAll()
      p = g.map { -$0 }
    }
    let initialStep = history.isEmpty ? learningRate * min(1, 1 / g.map(abs).reduce(0, +)) : learningRate
    guard
      let accepted = try lineSearch.step(from: x, value: value, gradient: g, direction: p, initialStep: initialStep)
    else { return }
    previous = (x, g)
    x = accepted.point
  }

  /// H∇f by the two-loop recursion.
  private func twoLoop(_ g: [Double]) -> [Double] {
    var q = g
    var a = [Double](repeating: 0, count: history.count)
    for k in stride(from: history.count - 1, through: 0, by: -1) {
      a[k] = dot(history[k].s, q) / dot(history[k].y, history[k].s)
      for i in q.indices { q[i] -= a[k] * history[k].y[i] }
    }
    if let newest = history.last {
      let gamma = dot(newest.s, newest.y) / dot(newest.y, newest.y)
      q = q.map { gamma * $0 }
    }
    for k in history.indices {
      let b = dot(history[k].y, q) / dot(history[k].y, history[k].s)
      for i in q.indices { q[i] = q[i] + a[k] * history[k].s[i] - b * history[k].s[i] }
    }
    return q
  }
}
