import DescentKernels

/// The reference's AVX2 kernels (`DescentKernels`): the same operations as
/// the Swift loops, in the same order, four parameters at a time, so the
/// same bits. Used for whole groups of four when the CPU has AVX2; the
/// Swift loop does the rest (and everything elsewhere).
enum VectorKernels {
  /// Whether this CPU runs the kernels, checked once.
  static let isAvailable = descent_cpu_has_avx2() != 0
}
