// swift-tools-version: 6.0
//
// Descent: an autograder and test suite for deep-learning optimization courses.
//
// Module graph (one direction only):
//
//   DescentCore  ←  DescentReference  ←  DescentEngine  ←  DescentCLI (the `descent` tool)
//        ↑                                  ↑
//        ├── DescentWire ←── DescentJudging ┘  (verdicts from expectations as data;
//        │                        ↑             DescentReports: report model + writers)
//   DescentContract ← DescentHarness ← DescentSelfCheck (the student kit's runner)
//   (what a student's build sees)
//
// A student's module is compiled by the engine with swiftc against the
// `DescentStudentRuntime` dynamic library (contract + harness + core + wire)
// and a curated module folder; the reference and the engine are never visible
// to it.
import PackageDescription

let package = Package(
  name: "Descent",
  platforms: [.macOS(.v14)],
  products: [
    .executable(name: "descent", targets: ["DescentCLI"]),
    .library(name: "DescentReference", targets: ["DescentReference"]),
    .library(name: "DescentEngine", targets: ["DescentEngine"]),
    // What student code links against: built as one shared object so that
    // the engine can compile a submission with a single swiftc call.
    .library(name: "DescentStudentRuntime", type: .dynamic, targets: ["DescentHarness"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
  ],
  targets: [
    // Dense Float64 linear algebra, the seeded generator, the objective and
    // optimizer protocols, and the course's test problems.
    .target(name: "DescentCore"),
    // The truth every grade is compared against: losses, gradient checks,
    // every optimizer of the course. Never linked into a student's process.
    .target(name: "DescentReference", dependencies: ["DescentCore", "DescentKernels"]),
    // The reference's elementwise optimizer loops compiled for AVX2 (C, chosen
    // at run time), giving the same bits as the portable Swift loops.
    .target(name: "DescentKernels"),
    // What student code imports: the core plus the submission catalog.
    .target(name: "DescentContract", dependencies: ["DescentCore"]),
    // Messages between the engine and the harness in the student's process.
    .target(name: "DescentWire", dependencies: ["DescentCore"]),
    // The loop that runs inside the student's process: reads requests,
    // calls the student's code, writes raw numbers back.
    .target(name: "DescentHarness", dependencies: ["DescentContract", "DescentWire"]),
    // The grade report and its writers (JUnit XML, feedback text, Gradescope
    // results.json): shared by the engine and the student kit's self-check,
    // so it depends on nothing of ours.
    .target(name: "DescentReports"),
    // Verdicts from numbers: a student's answers judged against expectations
    // held as data (computed by the engine from the reference, or read from a
    // student kit's manifest). One judging path for the grader and the kit.
    .target(name: "DescentJudging", dependencies: ["DescentCore", "DescentWire", "DescentReports"]),
    // The student kit's self-check: runs the visible items in child
    // processes and judges them with DescentJudging against the kit's
    // manifest. Shipped as source inside every kit.
    .target(name: "DescentSelfCheck", dependencies: ["DescentJudging", "DescentHarness", "DescentReports"]),
    // Rubrics, compiling and supervising submissions, expectations from the
    // reference, fingerprints, kits, batches.
    .target(
      name: "DescentEngine",
      dependencies: [
        "DescentReference", "DescentWire", "DescentReports", "DescentJudging",
        .product(name: "Yams", package: "Yams"),
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ]),
    .executableTarget(
      name: "DescentCLI",
      dependencies: [
        "DescentEngine", "DescentReference", "DescentReports",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),
    // Speed and memory figures for the README: `swift run -c release DescentBenchmarks`.
    .executableTarget(name: "DescentBenchmarks", dependencies: ["DescentReference", "DescentEngine"]),
    // Helpers shared by the test targets (fixture paths, seeded inputs,
    // approximate comparisons, running the built `descent`).
    .target(name: "DescentTestSupport", dependencies: ["DescentCore"], path: "Sources/DescentTestSupport"),

    .testTarget(name: "DescentCoreTests", dependencies: ["DescentCore", "DescentTestSupport"]),
    .testTarget(
      name: "DescentReferenceTests",
      dependencies: ["DescentReference", "DescentTestSupport"],
      resources: [.copy("Fixtures")]),
    .testTarget(
      name: "DescentEngineTests",
      dependencies: [
        "DescentEngine", "DescentJudging", "DescentReports", "DescentContract", "DescentTestSupport",
        .product(name: "Yams", package: "Yams"),
      ]),
    .testTarget(
      name: "DescentJudgingTests", dependencies: ["DescentJudging", "DescentCore", "DescentWire", "DescentReports"]),
    .testTarget(
      name: "DescentSelfCheckTests",
      dependencies: ["DescentSelfCheck", "DescentHarness", "DescentJudging", "DescentContract", "DescentReports"]),
    .testTarget(
      name: "DescentEndToEndTests",
      dependencies: ["DescentEngine", "DescentJudging", "DescentReports", "DescentTestSupport"],
      // Student code the tests grade (read from the source tree, never compiled into the target).
      exclude: ["Submissions"]),
  ]
)
