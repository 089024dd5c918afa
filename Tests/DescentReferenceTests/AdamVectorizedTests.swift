import DescentCore
import DescentReference
import Foundation
import Testing

/// The reference Adam works on SIMD lanes with a zero-padded last lane; it
/// must give the bits of the update written one parameter at a time.
@Suite("Adam vectorized")
struct AdamVectorizedTests {
  /// One of Adam's switch settings.
  struct Setting: Sendable, CustomTestStringConvertible {
    var amsgrad: Bool
    var weightDecay: Double
    var biasCorrection: Bool
    var testDescription: String {
      "amsgrad \(amsgrad), weight decay \(weightDecay), bias correction \(biasCorrection)"
    }
  }

  static let settings: [Setting] = [false, true].flatMap { amsgrad in
    [0, 0.01].flatMap { decay in
      [true, false].map { Setting(amsgrad: amsgrad, weightDecay: decay, biasCorrection: $0) }
    }
  }

  /// The lecture's update, one parameter at a time, in the reference's
  /// order of operations (step size γ/(1 − β₁ᵗ), √v̂ as √v / √(1 − β₂ᵗ)).
  struct ScalarAdam {
    let lr = 1e-3
    let beta1 = 0.9
    let beta2 = 0.999
    let epsilon = 1e-8
    let setting: Setting
    var t = 0
    var m: [Double]
    var v: [Double]
    var vMax: [Double]

    init(count: Int, setting: Setting) {
      self.setting = setting
      m = [Double](repeating: 0, count: count)
      v = m
      vMax = setting.amsgrad ? m : []
    }

    mutating func update(_ x: inout [Double], gradient: [Double]) {
      t += 1
      let correction1 = setting.biasCorrection ? 1 - pow(beta1, Double(t)) : 1
      let correction2 = setting.biasCorrection ? 1 - pow(beta2, Double(t)) : 1
      let stepSize = lr / correction1
      let rootCorrection2 = correction2.squareRoot()
      let lambda = setting.weightDecay
      for i in x.indices {
        let g = lambda == 0 ? gradient[i] : gradient[i] + lambda * x[i]
        m[i] = beta1 * m[i] + (1 - beta1) * g
        v[i] = beta2 * v[i] + (1 - beta2) * g * g
        var vHat = v[i]
        if setting.amsgrad {
          vMax[i] = max(vMax[i], v[i])
          vHat = vMax[i]
        }
        x[i] = x[i] - stepSize * m[i] / (vHat.squareRoot() / rootCorrection2 + epsilon)
      }
    }
  }

  /// The first index where two arrays' bits differ, if any.
  static func firstDifference(_ a: [Double], _ b: [Double]) -> Int? {
    guard a.count == b.count else { return -1 }
    return a.indices.first { a[$0].bitPattern != b[$0].bitPattern }
  }

  @Test(
    "Adam.update gives the scalar update's bits for 50 steps",
    arguments: [0, 1, 3, 4, 5, 17, 1001], settings)
  func sameBits(count: Int, setting: Setting) throws {
    var generator = SeededGenerator(seed: UInt64(count) &* 31 &+ 7)
    let start = (0..<count).map { i in i % 7 == 3 ? -0.0 : generator.nextNormal(mean: 0, standardDeviation: 3) }
    var (x, expectedX) = (start, start)
    var adam = Adam(
      learningRate: 1e-3, beta1: 0.9, beta2: 0.999, epsilon: 1e-8, weightDecay: setting.weightDecay,
      amsgrad: setting.amsgrad, biasCorrection: setting.biasCorrection)
    var scalar = ScalarAdam(count: count, setting: setting)
    for step in 1...50 {
      // Gradients of every size, exact zeros and sign changes, so that v
      // sometimes falls below v_max.
      let scale = step % 5 == 0 ? 1e-3 : 10
      let gradient = (0..<count).map { i in
        i % 11 == 5 ? 0 : generator.nextNormal(mean: 0, standardDeviation: scale)
      }
      try adam.update(&x, gradient: gradient)
      scalar.update(&expectedX, gradient: gradient)
      let differences = [
        ("x", Self.firstDifference(x, expectedX)), ("m", Self.firstDifference(adam.firstMoment, scalar.m)),
        ("v", Self.firstDifference(adam.secondMoment, scalar.v)),
        ("v_max", Self.firstDifference(adam.maxSecondMoment, scalar.vMax)),
      ].compactMap { name, index in index.map { "\(name)[\($0)]" } }
      #expect(differences.isEmpty, "step \(step): bits differ at \(differences)")
      guard differences.isEmpty else { return }
    }
    #expect(x != start || count == 0)
  }
}
