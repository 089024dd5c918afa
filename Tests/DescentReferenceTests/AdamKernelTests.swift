import DescentCore
import Foundation
import Testing

@testable import DescentReference

/// The AVX2 Adam kernel and the portable Swift lanes: the same operations
/// in the same order, so the same bits, special values included.
@Suite("Adam AVX2 kernel")
struct AdamKernelTests {
  static let specials: [Double] = [
    .nan, .infinity, -.infinity, 0, -0.0, .leastNonzeroMagnitude, .leastNormalMagnitude, .greatestFiniteMagnitude,
    1e-300, -1e300, 1, -1,
  ]

  @Test(
    "kernel and portable path agree bit for bit, amsgrad and weight decay included",
    .enabled(if: Adam.hasVectorKernel, "this CPU has no AVX2"),
    arguments: [false, true], [0.0, 0.01])
  func sameBits(amsgrad: Bool, weightDecay: Double) {
    var generator = SeededGenerator(seed: amsgrad ? 11 : 12)
    let count = 1_027
    func column(_ scale: Double) -> [Double] {
      (0..<count).map { i in
        i % 13 == 5 ? Self.specials[i % Self.specials.count] : generator.nextNormal(mean: 0, standardDeviation: scale)
      }
    }
    let (x, g, m) = (column(3), column(1), column(0.5))
    let v = column(1).map { abs($0) }
    let vMax = column(1).map { abs($0) }
    let coefficients = AdamCoefficients(
      beta1: 0.9, beta2: 0.999, weightDecay: weightDecay, epsilon: 1e-8, stepSize: 1e-3 / (1 - 0.9),
      rootCorrection2: (1 - 0.999).squareRoot())
    func run(kernel: Bool) -> [[Double]] {
      var (x, m, v, vMax) = (x, m, v, vMax)
      x.withUnsafeMutableBufferPointer { x in
        g.withUnsafeBufferPointer { g in
          m.withUnsafeMutableBufferPointer { m in
            v.withUnsafeMutableBufferPointer { v in
              vMax.withUnsafeMutableBufferPointer { vMax in
                coefficients.apply(x: x, g: g, m: m, v: v, vMax: amsgrad ? vMax : nil, usingKernel: kernel)
              }
            }
          }
        }
      }
      return [x, m, v, vMax]
    }
    let (kernel, portable) = (run(kernel: true), run(kernel: false))
    for (name, (a, b)) in zip(["x", "m", "v", "v_max"], zip(kernel, portable)) {
      let first = a.indices.first { a[$0].bitPattern != b[$0].bitPattern }
      #expect(
        first == nil,
        "\(name)[\(first ?? -1)]: kernel \(first.map { a[$0] } ?? 0), portable \(first.map { b[$0] } ?? 0)")
    }
  }
}
