import DescentReports
import Foundation

/// Grades a class (or one slice of it) into a batch output folder, with
/// ``jobs`` compilations at once, and writes the gradebook and class report
/// at the end.
///
/// Students go through a pipeline: at most ``jobs`` compile at once and at
/// most ``jobs`` run at once, so one student's process runs while the next
/// compiles (compiling is the batch's bottleneck).
///
/// - A broken submission (no build, a crash, a timeout) is graded like any
///   other: its report says what went wrong.
/// - A grader failure for one student (the grader threw, or their files
///   could not be written) is recorded for that student, the batch goes on,
///   and a rerun grades them again.
/// - Resume: a student whose `grade.json` matches their submission's
///   content hash, the rubric and the resource limits, with every report
///   file present, is not regraded. Files are written atomically, the record last, so killing a
///   batch at any moment loses at most the students in flight.
public struct BatchRunner<Executor: SubmissionExecutor>: Sendable {
  /// Grades one student.
  public var grader: Grader<Executor>
  /// The assignment's rubric.
  public var rubric: Rubric
  /// How many students compile at once (at least 1); as many may run at once.
  public var jobs: Int
  /// The limits `grader`'s executor compiles and runs with. Part of what
  /// resume compares, so a rerun with a longer compile time or more memory
  /// regrades every student; the defaults add nothing to the comparison.
  public var limits: ResourceLimits

  /// What a run did.
  public struct Outcome: Sendable {
    /// Students graded by this run, sorted.
    public var graded: [String]
    /// Students skipped because an earlier run had finished them, sorted.
    public var resumed: [String]
    /// The class report written at the end.
    public var classReport: ClassReport
  }

  /// When set, each student is graded in a grading worker, a `descent
  /// grade-worker` process that grades one student at a time
  /// (``GradingWorkers``), so that nothing on the grader's side while
  /// grading one student can end the batch; else in this process.
  public var isolation: GradingWorkers?
  /// Whether each student also gets `report.html`, the feedback with
  /// figures (the grader must then draw them: ``Grader/drawsFigures``, or
  /// `--figures` for a child `descent grade`).
  public var writesHTML = false

  /// Creates a runner.
  public init(
    grader: Grader<Executor>, rubric: Rubric, jobs: Int, limits: ResourceLimits = .default,
    isolation: GradingWorkers? = nil
  ) {
    self.grader = grader
    self.rubric = rubric
    self.jobs = max(1, jobs)
    self.limits = limits
    self.isolation = isolation
  }

  /// Grades `slice` of `roster` into `out`.
  ///
  /// - Parameters:
  ///   - roster: the whole class (the slice is taken from it).
  ///   - slice: which students to grade; ``BatchSlice/whole`` for all.
  ///   - out: the output folder; created if needed, resumed if it holds an earlier run.
  ///   - progress: called after each student, from one task at a time.
  /// - Throws: ``BatchError`` only when the batch as a whole cannot run
  ///   (output folder unusable, another assignment's results in it).
  public func run(
    roster: SubmissionRoster, slice: BatchSlice = .whole, out: URL,
    progress: @Sendable (BatchProgress) -> Void = { _ in }
  ) async throws(BatchError) -> Outcome {
    let manifest = BatchManifest(rubric: rubric, slice: slice, classIDs: roster.ids)
    if let earlier = try? BatchManifest.read(from: out), earlier.assignment != manifest.assignment {
      throw BatchError(
        "\(out.path) holds results for assignment '\(earlier.assignment)', not '\(manifest.assignment)':"
          + " choose another --out folder")
    }
    try manifest.write(to: out)
    let chosen = Set(manifest.students)
    let students = roster.submissions.filter { chosen.contains($0.id) }
    let rubricDigest = Self.digest(of: rubric, limits: limits)
    let pipeline = {
      var pipeline = Grader(executor: PipelinedExecutor(grader.executor, compileSlots: jobs, runSlots: jobs))
      pipeline.drawsFigures = writesHTML || grader.drawsFigures
      return pipeline
    }()
    // A child that compiles takes a compile slot until its program is built; one whose program is kept from an
    // earlier grading (a regrade) only runs it, and takes a slot of its own kind: such
    // children mostly wait for processes to start, so more of them share the cores.
    let children = ChildSlots(
      compiling: AsyncSemaphore(limit: jobs), reusing: AsyncSemaphore(limit: ChildSlots.reusePerJob * jobs))
    let inFlight = (1 + ChildSlots.reusePerJob) * jobs

    var status = BatchProgress(total: students.count)
    progress(status)
    var records: [StudentRecord] = []
    var graded: [String] = []
    var resumed: [String] = []
    await withTaskGroup(of: Finished.self) { group in
      var pending = students.makeIterator()
      for _ in 0..<inFlight {
        guard let next = pending.next() else { break }
        group.addTask { await grade(next, with: pipeline, children: children, out: out, rubricDigest: rubricDigest) }
      }
      while let finished = await group.next() {
        if let next = pending.next() {
          group.addTask { await grade(next, with: pipeline, children: children, out: out, rubricDigest: rubricDigest) }
        }
        records.append(finished.record)
        if finished.wasResumed {
          resumed.append(finished.record.student)
        } else {
          graded.append(finished.record.student)
        }
        status.finished += 1
        status.resumed += finished.wasResumed ? 1 : 0
        status.buildFailures += finished.record.report?.build.succeeded == false ? 1 : 0
        status.graderFailures += finished.record.graderFailure == nil ? 0 : 1
        status.latest = finished.record.student
        progress(status)
      }
    }
    isolation?.stopWorkers()
    let report = try BatchSummary.write(
      manifest: manifest, records: records.sorted { $0.student < $1.student }, to: out)
    return Outcome(graded: graded.sorted(), resumed: resumed.sorted(), classReport: report)
  }

  /// The slots for child graders: those that compile, and those that reuse a kept program.
  private struct ChildSlots: Sendable {
    var compiling: AsyncSemaphore
    var reusing: AsyncSemaphore
    /// Children reusing a kept program, per job.
    static var reusePerJob: Int { 3 }
  }

  private struct Finished: Sendable {
    var record: StudentRecord
    var wasResumed: Bool
  }

  /// Grades one student, or takes their finished record; never throws.
  private func grade(
    _ submission: SubmissionRoster.StudentSubmission, with grader: Grader<PipelinedExecutor<Executor>>,
    children: ChildSlots, out: URL, rubricDigest: String
  ) async -> Finished {
    let folder = {
      var folder = StudentResultFolder(out: out, student: submission.id)
      folder.writesHTML = writesHTML
      return folder
    }()
    let digest: String
    do {
      digest = try rubricDigest + ":" + SubmissionDigest.of(submission.folder)
    } catch {
      return Finished(
        record: recordFailure(error.message, for: submission.id, digest: "", in: folder), wasResumed: false)
    }
    if let done = folder.completedRecord(digest: digest) { return Finished(record: done, wasResumed: true) }
    let report: GradeReport
    do {
      if let isolation {
        let reportFile = folder.folder.appendingPathComponent(".grading.json")
        if grader.executor.hasCompiledProgram(forSubmissionAt: submission.folder) {
          report = try await children.reusing.withPermit {
            try await isolation.grade(submission.folder, as: submission.id, reportingTo: reportFile)
          }
        } else {
          // The compile slot is handed back once the program is built, so the next
          // compilation starts while this student's items run.
          report = try await children.compiling.withPermit { releaseEarly in
            try await isolation.grade(
              submission.folder, as: submission.id, reportingTo: reportFile, whenCompiled: releaseEarly)
          }
        }
      } else {
        report = try await grader.grade(
          submissionAt: submission.folder, rubric: rubric, scope: .all, name: submission.id)
      }
    } catch {
      let message =
        "the grader failed on \(submission.folder.path): \(ReportText.singleLine(String(describing: error)))"
      return Finished(record: recordFailure(message, for: submission.id, digest: digest, in: folder), wasResumed: false)
    }
    let record = StudentRecord(student: submission.id, submissionDigest: digest, report: report)
    do {
      try folder.write(record)
      return Finished(record: record, wasResumed: false)
    } catch {
      return Finished(
        record: recordFailure(error.message, for: submission.id, digest: digest, in: folder), wasResumed: false)
    }
  }

  /// Records a grader failure for a student, as far as the disk allows.
  private func recordFailure(_ message: String, for student: String, digest: String, in folder: StudentResultFolder)
    -> StudentRecord
  {
    let record = StudentRecord(student: student, submissionDigest: digest, graderFailure: message)
    try? folder.write(record)
    return record
  }

  /// A hash of everything in the rubric and the limits that grading
  /// depends on: a changed rubric or limit regrades every student. Default
  /// limits leave the hash what it was before limits could be set, so
  /// earlier batches resume.
  static func digest(of rubric: Rubric, limits: ResourceLimits = .default) -> String {
    var hasher = SHA256()
    hasher.update(Array(CanonicalText.of(rubric).utf8))
    if limits != .default { hasher.update(Array(("\n" + CanonicalText.of(limits)).utf8)) }
    return String(hasher.finalizeHex().prefix(16))
  }
}
