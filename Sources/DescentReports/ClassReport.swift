/// What a whole class's submissions say about an assignment: the score
/// distribution, how each rubric item went, the classic mistakes students
/// made (and who made them), and whose code did not build.
///
/// Built from the students' grade reports by ``init(assignment:reports:graderFailures:itemOrder:)``;
/// written as JSON (this type, keys snake_case) and as Markdown by
/// ``ClassReportMarkdown``. Students the grader itself could not grade are
/// listed in ``graderFailures`` and left out of every statistic.
public struct ClassReport: Codable, Sendable, Equatable {
  /// The assignment's name.
  public var assignment: String
  /// Points available on the assignment.
  public var maxScore: Double
  /// Students in the batch, graded or not.
  public var studentCount: Int
  /// Students with a grade (every statistic is over these).
  public var gradedCount: Int
  /// Mean, median, lowest and highest total.
  public var scores: ScoreSummary
  /// The totals in ``binCount`` equal bins from 0 to ``maxScore``.
  public var histogram: [HistogramBin]
  /// One entry per rubric item, in rubric order.
  public var items: [ItemStatistics]
  /// Named mistakes, most frequent first (ties by id).
  public var mistakes: [MistakeStatistics]
  /// Students whose submission did not compile, sorted.
  public var buildFailures: [String]
  /// Students the grader could not grade, with why, sorted by student.
  public var graderFailures: [StudentFailure]

  /// The number of histogram bins: tenths of the maximum score.
  public static let binCount = 10

  /// Mean, median and range of the totals; all zero when nobody was graded.
  public struct ScoreSummary: Codable, Sendable, Equatable {
    /// The arithmetic mean.
    public var mean: Double
    /// The middle total (the mean of the two middle ones for an even count).
    public var median: Double
    /// The lowest total.
    public var minimum: Double
    /// The highest total.
    public var maximum: Double

    /// Creates a summary.
    public init(mean: Double, median: Double, minimum: Double, maximum: Double) {
      self.mean = mean
      self.median = median
      self.minimum = minimum
      self.maximum = maximum
    }
  }

  /// Totals in `low ..< high` (the last bin includes `high`).
  public struct HistogramBin: Codable, Sendable, Equatable {
    /// The bin's lowest total.
    public var low: Double
    /// The bin's upper end.
    public var high: Double
    /// How many students' totals fall in it.
    public var count: Int
  }

  /// How one rubric item went across the class.
  public struct ItemStatistics: Codable, Sendable, Equatable {
    /// The item's id.
    public var id: String
    /// The item's display name.
    public var name: String
    /// Points available.
    public var points: Double
    /// Students who passed it.
    public var passed: Int
    /// Students whose answer was wrong.
    public var failed: Int
    /// Students whose code could not answer (crash, timeout, no build).
    public var errored: Int
    /// `passed` over graded students (0 when none).
    public var passRate: Double
    /// Mean points earned on it.
    public var meanScore: Double
  }

  /// One classic mistake and who made it.
  public struct MistakeStatistics: Codable, Sendable, Equatable {
    /// The mistake's stable id.
    public var id: String
    /// What the mistake is.
    public var title: String
    /// How to fix it.
    public var fix: String
    /// The students who made it, sorted (each once).
    public var students: [String]
    /// The rubric items where it showed, in rubric order.
    public var items: [String]
  }

  /// A student the grader itself could not grade.
  public struct StudentFailure: Codable, Sendable, Equatable {
    /// The student's id.
    public var student: String
    /// What went wrong, in one line.
    public var message: String

    /// Creates a failure entry.
    public init(student: String, message: String) {
      self.student = student
      self.message = message
    }
  }

  /// Builds the report.
  ///
  /// - Parameters:
  ///   - assignment: the assignment's name.
  ///   - reports: one report per graded student.
  ///   - graderFailures: students the grader could not grade.
  ///   - itemOrder: the rubric's items as (id, name, points); by default the first report's.
  public init(
    assignment: String, reports: [GradeReport], graderFailures: [StudentFailure] = [],
    itemOrder: [(id: String, name: String, points: Double)]? = nil
  ) {
    let order = itemOrder ?? reports.first?.items.map { ($0.id, $0.name, $0.points) } ?? []
    let totals = reports.map(\.score)
    self.assignment = assignment
    self.maxScore = order.reduce(0) { $0 + $1.points }
    self.studentCount = reports.count + graderFailures.count
    self.gradedCount = reports.count
    self.scores = Self.summary(of: totals)
    self.histogram = Self.histogram(of: totals, maxScore: maxScore)
    self.items = order.map { entry in Self.statistics(of: entry, in: reports) }
    self.mistakes = Self.mistakes(in: reports, itemOrder: order.map(\.id))
    self.buildFailures = reports.filter { !$0.build.succeeded }.map(\.submission).sorted()
    self.graderFailures = graderFailures.sorted { $0.student < $1.student }
  }

  static func summary(of totals: [Double]) -> ScoreSummary {
    guard !totals.isEmpty else { return ScoreSummary(mean: 0, median: 0, minimum: 0, maximum: 0) }
    let sorted = totals.sorted()
    let middle = sorted.count / 2
    let median = sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    return ScoreSummary(
      mean: sorted.reduce(0, +) / Double(sorted.count), median: median, minimum: sorted[0],
      maximum: sorted[sorted.count - 1])
  }

  static func histogram(of totals: [Double], maxScore: Double) -> [HistogramBin] {
    guard maxScore > 0 else { return [HistogramBin(low: 0, high: 0, count: totals.count)] }
    let width = maxScore / Double(binCount)
    var counts = Array(repeating: 0, count: binCount)
    for total in totals where total.isFinite {
      let bin = min(max(Int((total / width).rounded(.down)), 0), binCount - 1)
      counts[bin] += 1
    }
    return counts.enumerated().map { index, count in
      HistogramBin(low: Double(index) * width, high: Double(index + 1) * width, count: count)
    }
  }

  static func statistics(
    of entry: (id: String, name: String, points: Double), in reports: [GradeReport]
  ) -> ItemStatistics {
    let results = reports.compactMap { report in report.items.first { $0.id == entry.id } }
    let passed = results.filter { $0.outcome == .passed }.count
    let graded = reports.count
    return ItemStatistics(
      id: entry.id, name: entry.name, points: entry.points, passed: passed,
      failed: results.filter { $0.outcome == .failed }.count,
      errored: results.filter { $0.outcome == .error }.count,
      passRate: graded == 0 ? 0 : Double(passed) / Double(graded),
      meanScore: graded == 0 ? 0 : results.reduce(0) { $0 + $1.score } / Double(graded))
  }

  static func mistakes(in reports: [GradeReport], itemOrder: [String]) -> [MistakeStatistics] {
    var found: [String: MistakeStatistics] = [:]
    for report in reports {
      for item in report.items {
        guard let mistake = item.mistake else { continue }
        var entry =
          found[mistake.id]
          ?? MistakeStatistics(id: mistake.id, title: mistake.title, fix: mistake.fix, students: [], items: [])
        if !entry.students.contains(report.submission) { entry.students.append(report.submission) }
        if !entry.items.contains(item.id) { entry.items.append(item.id) }
        found[mistake.id] = entry
      }
    }
    let rank = Dictionary(itemOrder.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    return found.values.map { entry in
      var entry = entry
      entry.students.sort()
      entry.items.sort { (rank[$0] ?? Int.max, $0) < (rank[$1] ?? Int.max, $1) }
      return entry
    }.sorted { ($1.students.count, $0.id) < ($0.students.count, $1.id) }
  }
}
