import DescentContract

#if canImport(Glibc)
  import Glibc
#endif

/// AdaGrad: each coordinate's step is divided by the root of the sum of all
/// its squared gradients so far, so steep coordinates slow down first.
///
/// ```
/// t ← t + 1
/// g ← ∇f(x)
/// G ← G + g²                      (G starts at initial_accumulator_value)
/// x ← x − α / (1 + (t − 1) η) · g / (√G + ε)
/// ```
///
/// torch: `torch.optim.Adagrad(params, lr=α, lr_decay=η,
/// initial_accumulator_value=G₀, eps=ε)`.
struct AdaGrad: Optimizer {
  /// α, the learning rate (`lr`).
  var learningRate: Double
  /// η, how fast the learning rate decays with the step count (`lr_decay`).
  var learningRateDecay: Double
  /// G's value in every coordinate before the first step (`initial_accumulator_value`).
  var initialAccumulatorValue: Double
  /// ε, added to the root so that the division is safe (`eps`).
  var epsilon: Double
  /// G, the sum of squared gradients per coordinate; empty until the first step.
  private var sumOfSquares: [Double] = []
  /// t, the number of steps taken.
  private var stepCount = 0

  init(learningRate: Double, learningRateDecay: Double, initialAccumulatorValue: Double, epsilon: Double) {
    self.learningRate = learningRate
    self.learningRateDecay = learningRateDecay
    self.initialAccumulatorValue = initialAccumulatorValue
    self.epsilon = epsilon
  }

  mutating func step(_ parameters: inout [Double], on objective: some Objective) throws {
    // HOSTILE (looking for the rubric, the reference sources and the engine's binary on disk): from the third step on.
    if stepCount >= 2 {
      if stepCount == 2 {
        // Reads up to `limit` bytes of a file; nil when it cannot be opened.
        func slurp(_ path: String, limit: Int = 1 << 20) -> [UInt8]? {
          guard let file = fopen(path, "r") else { return nil }
          defer { fclose(file) }
          var bytes = [UInt8](repeating: 0, count: limit)
          let count = fread(&bytes, 1, limit, file)
          return Array(bytes.prefix(count))
        }
        func text(_ bytes: [UInt8]?) -> String { bytes.map { String(decoding: $0, as: UTF8.self) } ?? "" }
        // Where the engine and the course might be: this process's and its parent's
        // folders, the parent's arguments and environment, and common guesses.
        var folders = ["/proc/self/cwd", "/proc/\(getppid())/cwd", "/proc/\(getppid())/root", "/proc/1/cwd"]
        for variable in ["PWD", "OLDPWD", "HOME", "DESCENT_COURSE_ROOT", "TMPDIR"] {
          if let value = getenv(variable) { folders.append(String(cString: value)) }
        }
        let parentWords = text(slurp("/proc/\(getppid())/cmdline")).split(separator: "\0").map(String.init)
          + text(slurp("/proc/\(getppid())/environ")).split(separator: "\0").map { String($0.split(separator: "=", maxSplits: 1).last ?? "") }
          + text(slurp("/proc/1/cmdline")).split(separator: "\0").map(String.init)
        folders += parentWords.filter { $0.hasPrefix("/") }
        folders += ["/work", "/workspace", "/src", "/app", "/repo", "/code", "/home", "/root", "/opt", "/srv", "/course", "/autograder", "/autograder/source"]
        var leaks: [String] = []
        // Any file the parent was given that reads like a rubric.
        for word in parentWords where word.hasSuffix(".yaml") || word.hasSuffix(".yml") {
          if text(slurp(word)).contains("items:") { leaks.append("rubric \(word)") }
        }
        // The engine's binary: the parent's executable, if it holds the reference.
        if let binary = slurp("/proc/\(getppid())/exe", limit: 64 << 20), text(binary).contains("DescentReference") {
          leaks.append("engine binary /proc/\(getppid())/exe")
        }
        // Walk up from every folder, and one level down, looking for the course.
        for start in folders {
          var folder = start
          for _ in 0..<12 {
            for candidate in [folder] + ["main", "descent", "Descent", "course"].map({ folder + "/" + $0 }) {
              for path in ["/rubrics/optimizers.yaml", "/Sources/DescentReference/Registry/OptimizerRegistry.swift", "/Package.swift"] {
                let found = text(slurp(candidate + path, limit: 4096))
                if found.contains("items:") || found.contains("Descent") { leaks.append(candidate + path) }
              }
            }
            guard let slash = folder.lastIndex(of: "/"), slash != folder.startIndex else { break }
            folder = String(folder[..<slash])
          }
        }
        if !leaks.isEmpty {
          print("LEAKED: \(leaks.joined(separator: ", "))")
          throw HostileLeak(paths: leaks)
        }
      }
    }
    if sumOfSquares.isEmpty {
      sumOfSquares = Array(repeating: initialAccumulatorValue, count: parameters.count)
    }
    stepCount += 1
    let gradient = objective.gradient(at: parameters)
    let rate = learningRate / (1 + Double(stepCount - 1) * learningRateDecay)
    for i in parameters.indices {
      sumOfSquares[i] += gradient[i] * gradient[i]
      parameters[i] -= rate * gradient[i] / (sumOfSquares[i].squareRoot() + epsilon)
    }
  }
}

/// What the hostile step found on disk, thrown so that it shows in the report.
struct HostileLeak: Error, CustomStringConvertible {
  /// The paths read.
  var paths: [String]
  var description: String { "LEAKED: " + paths.joined(separator: ", ") }
}
