/// What `descent --version` prints: Descent's version and the Swift
/// compiler that built this `descent` (students' code is compiled by the
/// toolchain found at grading time, which `descent grade` reports).
enum DescentVersion {
  /// Descent's version, as the CHANGELOG numbers releases.
  static let number = "0.9.0"

  /// The Swift language mode of the compiler that built this binary, to the
  /// minor version.
  static var compiler: String {
    #if compiler(>=7.0)
      "7.0 or later"
    #elseif compiler(>=6.4)
      "6.4"
    #elseif compiler(>=6.3)
      "6.3"
    #elseif compiler(>=6.2)
      "6.2"
    #else
      "before 6.2"
    #endif
  }

  /// "descent 0.9.0 (built with Swift 6.3)".
  static var text: String { "descent \(number) (built with Swift \(compiler))" }
}
