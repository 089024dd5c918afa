// Student code writes `import DescentContract` and gets the numerics core
// (Matrix, the seeded generator, Objective, Optimizer, the test problems) and
// the C math library (pow, exp, log, sqrt, …) too; Foundation stays out of a
// student's program unless the student imports it, which keeps compiling and
// starting a submission fast.
@_exported import DescentCore

#if canImport(Glibc)
  @_exported @preconcurrency import Glibc
#elseif canImport(Darwin)
  @_exported @preconcurrency import Darwin
#endif
