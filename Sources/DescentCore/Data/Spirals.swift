#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// CS231n's spiral data set: K interleaved arms in the plane, N points per
/// arm, which no linear classifier separates (the example that motivates a
/// two-layer network).
///
/// For class j = 0, …, K−1 and point i = 0, …, N−1, in class-major order:
///
/// ```
/// r = i / (N − 1)                              (r = 0 when N = 1)
/// t = 4j + 4·i/(N − 1) + noise·z,   z ~ N(0, 1)   (t = 4j + noise·z when N = 1)
/// x = (r·sin t, r·cos t),   y = j
/// ```
///
/// exactly as the course notes' numpy code (`np.linspace(0, 1, N)`,
/// `np.linspace(j*4, (j+1)*4, N) + np.random.randn(N)*0.2`), with the
/// normals drawn from ``SeededGenerator/nextNormal()`` in order.
public enum Spirals {
  /// N·K points in 2-D with their arm as label.
  ///
  /// - Parameters:
  ///   - pointsPerClass: N (≥ 0).
  ///   - classes: K (≥ 1).
  ///   - noise: the standard deviation of the angle noise (the notes use 0.2).
  ///   - seed: the seed of the generator the noise comes from.
  public static func make(pointsPerClass: Int, classes: Int, noise: Double = 0.2, seed: UInt64) -> LabeledData {
    let n = max(0, pointsPerClass)
    let k = max(1, classes)
    var generator = SeededGenerator(seed: seed)
    var scalars: [Double] = []
    scalars.reserveCapacity(2 * n * k)
    var labels: [Int] = []
    labels.reserveCapacity(n * k)
    for j in 0..<k {
      for i in 0..<n {
        let fraction = n > 1 ? Double(i) / Double(n - 1) : 0
        let angle = 4 * Double(j) + 4 * fraction + noise * generator.nextNormal()
        scalars.append(fraction * sin(angle))
        scalars.append(fraction * cos(angle))
        labels.append(j)
      }
    }
    let features = Matrix(rows: n * k, columns: 2, generated: scalars)
    return LabeledData(generated: features, labels: labels, classes: k)
  }
}
