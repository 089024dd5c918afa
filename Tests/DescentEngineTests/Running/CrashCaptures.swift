/// Standard error of real crashes, captured from the Swift 6.3 runtime's
/// backtracer (`swift-backtrace`) under bubblewrap: a submission with
/// `Submission.swift` and `Optimizers/Traps.swift` (the traps of
/// ``ContainedCrashReportTests``), compiled `-Onone -g` in a scratch folder.
enum CrashCaptures {
  /// The student's files, relative to the submission folder.
  static let studentFiles = ["Optimizers/Traps.swift", "Submission.swift"]
  /// The submission folder the program was compiled from.
  static let submissionFolder = "/tmp/descent-runner-test-9408F351-9F4A-4D51-8CC0-7F91F959805B"

  /// `index`.
  static let index = #"""
    Swift/ContiguousArrayBuffer.swift:692: Fatal error: Index out of range

    *** Signal 4: Backtracing from 0x7f3fe1b6df7f... done ***

    *** Program crashed: Illegal instruction at 0x00007f3fe1b6df7f ***

    Platform: x86_64 Linux (Debian GNU/Linux 12 (bookworm))

    Thread 0 "submission" crashed:

      0               0x00007f3fe1b6df7f closure #1 in closure #1 in _assertionFailure(_:_:file:line:flags:) + 623 in libswiftCore.so
      1 [ra]          0x00007f3fe1cf961f _assertionFailure(_:_:file:line:flags:) + 302 in libswiftCore.so
      2 [ra]          0x00007f3fe2259286 specialized Array.subscript.getter + 85 in libswiftSwiftOnoneSupport.so
      3 [ra]          0x0000564a510dee49 static Traps.index(_:) + 568 in submission at /tmp/descent-runner-test-9408F351-9F4A-4D51-8CC0-7F91F959805B/Optimizers/Traps.swift:8:17
      4 [ra] [system] 0x0000564a510df879 implicit closure #1 in descentSubmission() + 24 in submission at /tmp/descent-runner-test-9408F351-9F4A-4D51-8CC0-7F91F959805B/Submission.swift
      5 [ra]          0x00007f3fe0f99a28 static TaskPerformer.perform(_:with:) + 855 in libDescentStudentRuntime.so at /tmp/crash-wt/Sources/DescentHarness/TaskPerformer.swift:58:34
      6 [ra]          0x00007f3fe0f9b347 static TaskPerformer.perform(_:with:) + 870 in libDescentStudentRuntime.so at /tmp/crash-wt/Sources/DescentHarness/TaskPerformer.swift:16:46
      7 [ra]          0x00007f3fe0f95112 static DescentHarness.run(catalog:) + 1201 in libDescentStudentRuntime.so at /tmp/crash-wt/Sources/DescentHarness/DescentHarness.swift:52:34
      8 [ra]          0x0000564a510e0174 static DescentHarnessEntryPoint.main() + 19 in submission at /tmp/descent-build-859476C8-E2AB/DescentEntryPoint.swift:5:39
      9 [ra] [system] 0x0000564a510e0149 static DescentHarnessEntryPoint.$main() + 8 in submission at //<compiler-generated>
     10 [ra] [system] 0x0000564a510e0189 main + 8 in submission at /tmp/descent-build-859476C8-E2AB/DescentEntryPoint.swift
    ...

    Backtrace took 0.23s


    """#

  /// `overflow`.
  static let overflow = #"""

    *** Signal 4: Backtracing from 0x5644b4e500c9... done ***

    *** Swift runtime failure: arithmetic overflow ***

    Platform: x86_64 Linux (Debian GNU/Linux 12 (bookworm))

    Thread 0 "submission" crashed:

      0 [inlined] [system] 0x00005644b4e500c9 Swift runtime failure: arithmetic overflow in submission at //<compiler-generated>
      1                    0x00005644b4e500c9 static Traps.overflow(_:) + 601 in submission at /tmp/descent-runner-test-9408F351-9F4A-4D51-8CC0-7F91F959805B/Optimizers/Traps.swift:11:29
      2 [ra] [system]      0x00005644b4e50899 implicit closure #2 in descentSubmission() + 24 in submission at /tmp/descent-runner-test-9408F351-9F4A-4D51-8CC0-7F91F959805B/Submission.swift
      3 [ra]               0x00007fa007dc0a28 static TaskPerformer.perform(_:with:) + 855 in libDescentStudentRuntime.so at /tmp/crash-wt/Sources/DescentHarness/TaskPerformer.swift:58:34
      4 [ra]               0x00007fa007dc2347 static TaskPerformer.perform(_:with:) + 870 in libDescentStudentRuntime.so at /tmp/crash-wt/Sources/DescentHarness/TaskPerformer.swift:16:46
      5 [ra]               0x00007fa007dbc112 static DescentHarness.run(catalog:) + 1201 in libDescentStudentRuntime.so at /tmp/crash-wt/Sources/DescentHarness/DescentHarness.swift:52:34
      6 [ra]               0x00005644b4e51174 static DescentHarnessEntryPoint.main() + 19 in submission at /tmp/descent-build-859476C8-E2AB/DescentEntryPoint.swift:5:39
      7 [ra] [system]      0x00005644b4e51149 static DescentHarnessEntryPoint.$main() + 8 in submission at //<compiler-generated>
      8 [ra] [system]      0x00005644b4e51189 main + 8 in submission at /tmp/descent-build-859476C8-E2AB/DescentEntryPoint.swift
    ...

    Backtrace took 0.15s


    """#

  /// `unwrap`.
  static let unwrap = #"""
    Submission/Traps.swift:16: Fatal error: Unexpectedly found nil while unwrapping an Optional value

    *** Signal 4: Backtracing from 0x7fe07f36df7f... done ***

    *** Program crashed: Illegal instruction at 0x00007fe07f36df7f ***

    Platform: x86_64 Linux (Debian GNU/Linux 12 (bookworm))

    Thread 0 "submission" crashed:

      0               0x00007fe07f36df7f closure #1 in closure #1 in _assertionFailure(_:_:file:line:flags:) + 623 in libswiftCore.so
      1 [ra]          0x00007fe07f4f961f _assertionFailure(_:_:file:line:flags:) + 302 in libswiftCore.so
      2 [ra]          0x000055e22aa311d3 static Traps.unwrap(_:) + 258 in submission at /tmp/descent-runner-test-9408F351-9F4A-4D51-8CC0-7F91F959805B/Optimizers/Traps.swift:16:17
      3 [ra] [system] 0x000055e22aa318b9 implicit closure #3 in descentSubmission() + 24 in submission at /tmp/descent-runner-test-9408F351-9F4A-4D51-8CC0-7F91F959805B/Submission.swift
      4 [ra]          0x00007fe07dfc0a28 static TaskPerformer.perform(_:with:) + 855 in libDescentStudentRuntime.so at /tmp/crash-wt/Sources/DescentHarness/TaskPerformer.swift:58:34
      5 [ra]          0x00007fe07dfc2347 static TaskPerformer.perform(_:with:) + 870 in libDescentStudentRuntime.so at /tmp/crash-wt/Sources/DescentHarness/TaskPerformer.swift:16:46
      6 [ra]          0x00007fe07dfbc112 static DescentHarness.run(catalog:) + 1201 in libDescentStudentRuntime.so at /tmp/crash-wt/Sources/DescentHarness/DescentHarness.swift:52:34
      7 [ra]          0x000055e22aa32174 static DescentHarnessEntryPoint.main() + 19 in submission at /tmp/descent-build-859476C8-E2AB/DescentEntryPoint.swift:5:39
      8 [ra] [system] 0x000055e22aa32149 static DescentHarnessEntryPoint.$main() + 8 in submission at //<compiler-generated>
      9 [ra] [system] 0x000055e22aa32189 main + 8 in submission at /tmp/descent-build-859476C8-E2AB/DescentEntryPoint.swift
    ...

    Backtrace took 0.13s


    """#

  /// `divide`.
  static let divide = #"""
    Swift/IntegerTypes.swift:9012: Fatal error: Division by zero

    *** Signal 4: Backtracing from 0x7f81d876df7f... done ***

    *** Program crashed: Illegal instruction at 0x00007f81d876df7f ***

    Platform: x86_64 Linux (Debian GNU/Linux 12 (bookworm))

    Thread 0 "submission" crashed:

      0               0x00007f81d876df7f closure #1 in closure #1 in _assertionFailure(_:_:file:line:flags:) + 623 in libswiftCore.so
      1 [ra]          0x00007f81d88f961f _assertionFailure(_:_:file:line:flags:) + 302 in libswiftCore.so
      2 [ra]          0x000055fc32e6746f static Traps.divide(_:) + 654 in submission at /tmp/descent-runner-test-9408F351-9F4A-4D51-8CC0-7F91F959805B/Optimizers/Traps.swift:20:23
      3 [ra] [system] 0x000055fc32e678d9 implicit closure #4 in descentSubmission() + 24 in submission at /tmp/descent-runner-test-9408F351-9F4A-4D51-8CC0-7F91F959805B/Submission.swift
      4 [ra]          0x00007f81d73c0a28 static TaskPerformer.perform(_:with:) + 855 in libDescentStudentRuntime.so at /tmp/crash-wt/Sources/DescentHarness/TaskPerformer.swift:58:34
      5 [ra]          0x00007f81d73c2347 static TaskPerformer.perform(_:with:) + 870 in libDescentStudentRuntime.so at /tmp/crash-wt/Sources/DescentHarness/TaskPerformer.swift:16:46
      6 [ra]          0x00007f81d73bc112 static DescentHarness.run(catalog:) + 1201 in libDescentStudentRuntime.so at /tmp/crash-wt/Sources/DescentHarness/DescentHarness.swift:52:34
      7 [ra]          0x000055fc32e68174 static DescentHarnessEntryPoint.main() + 19 in submission at /tmp/descent-build-859476C8-E2AB/DescentEntryPoint.swift:5:39
      8 [ra] [system] 0x000055fc32e68149 static DescentHarnessEntryPoint.$main() + 8 in submission at //<compiler-generated>
      9 [ra] [system] 0x000055fc32e68189 main + 8 in submission at /tmp/descent-build-859476C8-E2AB/DescentEntryPoint.swift
    ...

    Backtrace took 0.20s


    """#

  /// `give-up`.
  static let giveUp = #"""
    Submission/Traps.swift:23: Fatal error: gave up at 1.0

    *** Signal 4: Backtracing from 0x7f65f96f9361... done ***

    *** Program crashed: Illegal instruction at 0x00007f65f96f9361 ***

    Platform: x86_64 Linux (Debian GNU/Linux 12 (bookworm))

    Thread 0 "submission" crashed:

      0               0x00007f65f96f9361 _assertionFailure(_:_:file:line:flags:) + 225 in libswiftCore.so
      1 [ra]          0x0000558c57e1d5d9 static Traps.giveUp(_:) + 328 in submission at /tmp/descent-runner-test-9408F351-9F4A-4D51-8CC0-7F91F959805B/Optimizers/Traps.swift:23:5
      2 [ra] [system] 0x0000558c57e1d8f9 implicit closure #5 in descentSubmission() + 24 in submission at /tmp/descent-runner-test-9408F351-9F4A-4D51-8CC0-7F91F959805B/Submission.swift
      3 [ra]          0x00007f65f7fc0a28 static TaskPerformer.perform(_:with:) + 855 in libDescentStudentRuntime.so at /tmp/crash-wt/Sources/DescentHarness/TaskPerformer.swift:58:34
      4 [ra]          0x00007f65f7fc2347 static TaskPerformer.perform(_:with:) + 870 in libDescentStudentRuntime.so at /tmp/crash-wt/Sources/DescentHarness/TaskPerformer.swift:16:46
      5 [ra]          0x00007f65f7fbc112 static DescentHarness.run(catalog:) + 1201 in libDescentStudentRuntime.so at /tmp/crash-wt/Sources/DescentHarness/DescentHarness.swift:52:34
      6 [ra]          0x0000558c57e1e174 static DescentHarnessEntryPoint.main() + 19 in submission at /tmp/descent-build-859476C8-E2AB/DescentEntryPoint.swift:5:39
      7 [ra] [system] 0x0000558c57e1e149 static DescentHarnessEntryPoint.$main() + 8 in submission at //<compiler-generated>
      8 [ra] [system] 0x0000558c57e1e189 main + 8 in submission at /tmp/descent-build-859476C8-E2AB/DescentEntryPoint.swift
    ...

    Backtrace took 0.07s


    """#

  /// `recurse`.
  static let recurse = #"""

    *** Signal 11: Backtracing from 0x55e86986b5f7... done ***

    *** Program crashed: Bad pointer dereference at 0x00007ffc473cdfd8 ***

    Platform: x86_64 Linux (Debian GNU/Linux 12 (bookworm))

    Thread 0 "submission" crashed:

      0      0x000055e86986b5f7 static Traps.dive(_:) + 23 in submission at /tmp/descent-runner-test-9408F351-9F4A-4D51-8CC0-7F91F959805B/Optimizers/Traps.swift:25
      1 [ra] 0x000055e86986b62d static Traps.dive(_:) + 76 in submission at /tmp/descent-runner-test-9408F351-9F4A-4D51-8CC0-7F91F959805B/Optimizers/Traps.swift:26:21
      2 [ra] 0x000055e86986b62d static Traps.dive(_:) + 76 in submission at /tmp/descent-runner-test-9408F351-9F4A-4D51-8CC0-7F91F959805B/Optimizers/Traps.swift:26:21
      3 [ra] 0x000055e86986b62d static Traps.dive(_:) + 76 in submission at /tmp/descent-runner-test-9408F351-9F4A-4D51-8CC0-7F91F959805B/Optimizers/Traps.swift:26:21
      4 [ra] 0x000055e86986b62d static Traps.dive(_:) + 76 in submission at /tmp/descent-runner-test-9408F351-9F4A-4D51-8CC0-7F91F959805B/Optimizers/Traps.swift:26:21
      5 [ra] 0x000055e86986b62d static Traps.dive(_:) + 76 in submission at /tmp/descent-runner-test-9408F351-9F4A-4D51-8CC0-7F91F959805B/Optimizers/Traps.swift:26:21
      6 [ra] 0x000055e86986b62d static Traps.dive(_:) + 76 in submission at /tmp/descent-runner-test-9408F351-9F4A-4D51-8CC0-7F91F959805B/Optimizers/Traps.swift:26:21
      7 [ra] 0x000055e86986b62d static Traps.dive(_:) + 76 in submission at /tmp/descent-runner-test-9408F351-9F4A-4D51-8CC0-7F91F959805B/Optimizers/Traps.swift:26:21
      8 [ra] 0x000055e86986b62d static Traps.dive(_:) + 76 in submission at /tmp/descent-runner-test-9408F351-9F4A-4D51-8CC0-7F91F959805B/Optimizers/Traps.swift:26:21
      9 [ra] 0x000055e86986b62d static Traps.dive(_:) + 76 in submission at /tmp/descent-runner-test-9408F351-9F4A-4D51-8CC0-7F91F959805B/Optimizers/Traps.swift:26:21
     10 [ra] 0x000055e86986b62d static Traps.dive(_:) + 76 in submission at /tmp/descent-runner-test-9408F351-9F4A-4D51-8CC0-7F91F959805B/Optimizers/Traps.swift:26:21
     11 [ra] 0x000055e86986b62d static Traps.dive(_:) + 76 in submission at /tmp/descent-runner-test-9408F351-9F4A-4D51-8CC0-7F91F959805B/Optimizers/Traps.swift:26:21
     12 [ra] 0x000055e86986b62d static Traps.dive(_:) + 76 in submission at /tmp/descent-runner-test-9408F351-9F4A-4D51-8CC0-7F91F959805B/Optimizers/Traps.swift:26:21
     13 [ra] 0x000055e86986b62d static Traps.dive(_:) + 76 in submission at /tmp/descent-runner-test-9408F351-9F4A-4D51-8CC0-7F91F959805B/Optimizers/Traps.swift:26:21
     14 [ra] 0x000055e86986b62d static Traps.dive(_:) + 76 in submission at /tmp/descent-runner-test-9408F351-9F4A-4D51-8CC0-7F91F959805B/Optimizers/Traps.swift:26:21
     15 [ra] 0x000055e86986b62d static Traps.dive(_:) + 76 in submission at /tmp/descent-runner-test-9408F351-9F4A-4D51-8CC0-7F91F959805B/Optimizers/Traps.swift:26:21
     16 [ra] 0x000055e86986b62d static Traps.dive(_:) + 76 in submission at /tmp/descent-runner-test-9408F351-9F4A-4D51-8CC0-7F91F959805B/Optimizers/Traps.swift:26:21
     17 [ra] 0x000055e86986b62d static Traps.dive(_:) + 76 in submission at /tmp/descent-runner-test-9408F351-9F4A-4D51-8CC0-7F91F959805B/Optimizers/Traps.swift:26:21
     18 [ra] 0x000055e86986b62d static Traps.dive(_:) + 76 in submission at /tmp/descent-runner-test-9408F351-9F4A-4D51-8CC0-7F91F959805B/Optimizers/Traps.swift:26:21
     19 [ra] 0x000055e86986b62d static Traps.dive(_:) + 76 in submission at /tmp/descent-runner-test-9408F351-9F4A-4D51-8CC0-7F91F959805B/Optimizers/Traps.swift:26:21
     20 [ra] 0x000055e86986b62d static Traps.dive(_:) + 76 in submission at /tmp/descent-runner-test-9408F351-9F4A-4D51-8CC0-7F91F959805B/Optimizers/Traps.swift:26:21
     21 [ra] 0x000055e86986b62d static Traps.dive(_:) + 76 in submission at /tmp/descent-runner-test-9408F351-9F4A-4D51-8CC0-7F91F959805B/Optimizers/Traps.swift:26:21
     22 [ra] 0x000055e86986b62d static Traps.dive(_:) + 76 in submission at /tmp/descent-runner-test-9408F351-9F4A-4D51-8CC0-7F91F959805B/Optimizers/Traps.swift:26:21
     23 [ra] 0x000055e86986b62d static Traps.dive(_:) + 76 in submission at /tmp/descent-runner-test-9408F351-9F4A-4D51-8CC0-7F91F959805B/Optimizers/Traps.swift:26:21
     24 [ra] 0x000055e86986b62d static Traps.dive(_:) + 76 in submission at /tmp/descent-runner-test-9408F351-9F4A-4D51-8CC0-7F91F959805B/Optimizers/Traps.swift:26:21
     25 [ra] 0x000055e86986b62d static Traps.dive(_:) + 76 in submission at /tmp/descent-runner-test-9408F351-9F4A-4D51-8CC0-7F91F959805B/Optimizers/Traps.swift:26:21
     26 [ra] 0x000055e86986b62d static Traps.dive(_:) + 76 in submission at /tmp/descent-runner-test-9408F351-9F4A-4D51-8CC0-7F91F959805B/Optimizers/Traps.swift:26:21
     27 [ra] 0x000055e86986b62d static Traps.dive(_:) + 76 in submission at /tmp/descent-runner-test-9408F351-9F4A-4D51-8CC0-7F91F959805B/Optimizers/Traps.swift:26:21
     28 [ra] 0x000055e86986b62d static Traps.dive(_:) + 76 in submission at /tmp/descent-runner-test-9408F351-9F4A-4D51-8CC0-7F91F959805B/Optimizers/Traps.swift:26:21
     29 [ra] 0x000055e86986b62d static Traps.dive(_:) + 76 in submission at /tmp/descent-runner-test-9408F351-9F4A-4D51-8CC0-7F91F959805B/Optimizers/Traps.swift:26:21
     30 [ra] 0x000055e86986b62d static Traps.dive(_:) + 76 in submission at /tmp/descent-runner-test-9408F351-9F4A-4D51-8CC0-7F91F959805B/Optimizers/Traps.swift:26:21
    ...

    Backtrace took 0.02s


    """#

  /// `segfault`.
  static let segfault = #"""

    *** Signal 11: Backtracing from 0x7f8fce2cfeec... done ***

    *** Program crashed: Bad pointer dereference at 0x0000000000000002 ***

    Platform: x86_64 Linux (Debian GNU/Linux 12 (bookworm))

    Thread 0 "submission" crashed:

      0               0x00007f8fce2cfeec __pthread_kill_implementation + 268 in libc.so.6
      1 [ra] [system] 0x00005616236c3b39 implicit closure #6 in descentSubmission() + 24 in submission at /tmp/descent-runner-test-9408F351-9F4A-4D51-8CC0-7F91F959805B/Submission.swift
      2 [ra]          0x00007f8fced99a28 static TaskPerformer.perform(_:with:) + 855 in libDescentStudentRuntime.so at /tmp/crash-wt/Sources/DescentHarness/TaskPerformer.swift:58:34
      3 [ra]          0x00007f8fced9b347 static TaskPerformer.perform(_:with:) + 870 in libDescentStudentRuntime.so at /tmp/crash-wt/Sources/DescentHarness/TaskPerformer.swift:16:46
      4 [ra]          0x00007f8fced95112 static DescentHarness.run(catalog:) + 1201 in libDescentStudentRuntime.so at /tmp/crash-wt/Sources/DescentHarness/DescentHarness.swift:52:34
      5 [ra]          0x00005616236c4174 static DescentHarnessEntryPoint.main() + 19 in submission at /tmp/descent-build-859476C8-E2AB/DescentEntryPoint.swift:5:39
      6 [ra] [system] 0x00005616236c4149 static DescentHarnessEntryPoint.$main() + 8 in submission at //<compiler-generated>
      7 [ra] [system] 0x00005616236c4189 main + 8 in submission at /tmp/descent-build-859476C8-E2AB/DescentEntryPoint.swift
    ...

    Backtrace took 0.08s


    """#
}
