import ArgumentParser
import DescentCore
import DescentJudging
import DescentReference
import DescentReports
import Foundation

/// `descent plot`: the lecture's comparison figures from the reference
/// alone, as SVG (or PNG through `rsvg-convert`).
struct PlotCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "plot",
    abstract: "Draw reference optimizers side by side on a test problem (SVG, or PNG with rsvg-convert).",
    usage: """
      descent plot --problem <name> --start <x1,x2,...> --steps <n> --run "<optimizer> [--<hyper-parameter> <value>]..." \
      [--run ...] [--sweep <name>=<v1,v2,...>] [--condition <κ>] [--figure path|loss] --out <file.svg|file.png>
      """,
    discussion: """
      Each --run is an optimizer and its hyper-parameters as `descent reference trajectory` takes them. \
      --sweep repeats every run for each value of one hyper-parameter. A path figure (2-D problems: \
      the runs over the problem's contour lines) is the default in 2-D; elsewhere the loss per step.

      Examples:
        descent plot --problem rosenbrock --start -1.2,1 --steps 300 --run "sgd --lr 0.001" \\
          --run "sgd --lr 0.001 --momentum 0.9" --run "adam --lr 0.05" --out race.svg
        descent plot --problem quadratic --condition 100 --start 1,1 --steps 100 --figure loss \\
          --run "sgd --lr 0.01" --run "adagrad --lr 0.5" --run "adam --lr 0.1" --out quadratic.svg
        descent plot --problem square --start 1 --steps 30 --run sgd --sweep lr=0.1,0.5,0.9,1.0,1.05 --out sweep.svg

      PNG: written by rsvg-convert (Debian's librsvg2-bin) from the same SVG, when it is installed.

      Exit status: 0 when the figure is written; 2 for input that cannot be used (one line naming it); \
      1 when an optimizer itself fails.
      """)

  @Option(help: ArgumentHelp("The test problem's name.", valueName: "name"))
  var problem: String

  @Option(
    parsing: .unconditional,
    help: ArgumentHelp("The starting point, comma-separated; its length is the dimension.", valueName: "x1,..."))
  var start: String

  @Option(help: ArgumentHelp("How many steps each run takes.", valueName: "n"))
  var steps: Int

  @Option(
    name: .customLong("run"),
    help: ArgumentHelp("An optimizer and its hyper-parameters, quoted as one argument.", valueName: "run"))
  var runTexts: [String] = []

  @Option(help: ArgumentHelp("One hyper-parameter's values, each making its own run.", valueName: "name=v1,v2,..."))
  var sweep: String?

  @Option(help: ArgumentHelp("The condition number κ of the quadratic problem.", valueName: "κ"))
  var condition: Double?

  @Option(help: ArgumentHelp("path (2-D only) or loss.", valueName: "kind"))
  var figure: String?

  @Option(help: ArgumentHelp("The file to write: .svg, or .png (needs rsvg-convert).", valueName: "file"))
  var out: String

  func run() throws {
    try CommandFailure.reporting {
      let point = try TrajectoryRequest.point(start)
      guard steps >= 0, steps <= 100_000 else {
        throw CommandFailure.misuse("--steps must be 0 to 100000, got \(steps)")
      }
      guard !runTexts.isEmpty else {
        throw CommandFailure.misuse("give at least one --run, e.g. --run \"adam --lr 0.05\"")
      }
      let specification = ProblemSpecification(
        name: problem, dimension: point.count, parameters: condition.map { ["condition": $0] } ?? [:])
      let objective = try ReferenceLookup.objective(for: specification)
      var runs: [LectureFigures.Run] = []
      for text in try expandedRuns() {
        let tokens = text.split(separator: " ").map(String.init)
        guard let name = tokens.first else { throw CommandFailure.misuse("--run is empty") }
        let descriptor = try ReferenceLookup.descriptor(named: name)
        let hyperparameters = try ReferenceLookup.resolve(
          try HyperparameterArguments.parse(Array(tokens.dropFirst()), for: descriptor), for: descriptor)
        let optimizer = try ReferenceLookup.makeOptimizer(descriptor, hyperparameters)
        do {
          let trajectory = try Trajectory.run(optimizer, on: objective, from: point, steps: steps)
          runs.append(LectureFigures.Run(name: text, points: trajectory.points))
        } catch {
          ReferenceFailure.report(error)
          throw ReferenceFailure.methodFailed
        }
      }
      let kind = figure ?? (point.count == 2 ? "path" : "loss")
      let chart: Figure
      switch kind {
      case "path":
        guard point.count == 2 else {
          throw CommandFailure.misuse("--figure path needs a 2-D problem; use --figure loss")
        }
        chart = LectureFigures.paths(runs, on: specification)
      case "loss": chart = LectureFigures.losses(runs, on: specification)
      default: throw CommandFailure.misuse("--figure must be path or loss, got '\(kind)'")
      }
      try write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + SVGFigure(chart).markup + "\n")
      print("wrote \(out): \(runs.count) runs, \(kind) figure")
    }
  }

  /// The runs, each repeated for every value of --sweep.
  private func expandedRuns() throws(CommandFailure) -> [String] {
    guard let sweep else { return runTexts }
    let parts = sweep.split(separator: "=", maxSplits: 1)
    guard parts.count == 2, !parts[0].isEmpty else {
      throw .misuse("--sweep must read name=v1,v2,..., got '\(sweep)'")
    }
    let values = parts[1].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
    guard !values.isEmpty, values.allSatisfy({ Double($0) != nil }) else {
      throw .misuse("--sweep \(parts[0]): '\(parts[1])' is not a list of numbers")
    }
    return runTexts.flatMap { base in values.map { "\(base) --\(parts[0]) \($0)" } }
  }

  /// Writes the SVG to --out, or converts it to PNG there.
  private func write(_ svg: String) throws {
    let destination = URL(fileURLWithPath: out)
    guard destination.pathExtension.lowercased() == "png" else {
      do {
        try ReportFiles.write(Data(svg.utf8), to: destination)
      } catch {
        throw CommandFailure.misuse(error.description)
      }
      return
    }
    let converter = ["/usr/bin/rsvg-convert", "/usr/local/bin/rsvg-convert"].first {
      FileManager.default.isExecutableFile(atPath: $0)
    }
    guard let converter else {
      throw CommandFailure.misuse(
        "PNG needs rsvg-convert (apt-get install librsvg2-bin); or write --out with .svg")
    }
    let source = destination.deletingPathExtension().appendingPathExtension("svg.tmp")
    defer { try? FileManager.default.removeItem(at: source) }
    try Data(svg.utf8).write(to: source)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: converter)
    process.arguments = ["--format", "png", "--output", destination.path, source.path]
    try process.run()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      throw CommandFailure.unavailable("rsvg-convert could not write \(out) (status \(process.terminationStatus))")
    }
  }
}
