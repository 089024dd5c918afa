/// Isotropic Gaussian clusters, one per class (scikit-learn's `make_blobs`
/// with its defaults): a linearly separable data set for the linear
/// classifiers.
///
/// First the K centers, each coordinate uniform in [−`centerBox`, `centerBox`);
/// then, class by class (class-major order), N points
///
/// ```
/// xᵢ = μ_j + σ·z,   z ~ N(0, I_D),   yᵢ = j
/// ```
///
/// with every draw from one ``SeededGenerator`` seeded with `seed`.
public enum GaussianBlobs {
  /// N·K points in D dimensions with their cluster as label.
  ///
  /// - Parameters:
  ///   - pointsPerClass: N (≥ 0).
  ///   - classes: K (≥ 1).
  ///   - dimension: D (≥ 1).
  ///   - spread: σ, the standard deviation around each center (default 1).
  ///   - centerBox: the half-width of the box the centers are drawn in (default 10).
  ///   - seed: the generator's seed.
  public static func make(
    pointsPerClass: Int, classes: Int, dimension: Int, spread: Double = 1, centerBox: Double = 10, seed: UInt64
  ) -> LabeledData {
    let n = max(0, pointsPerClass)
    let k = max(1, classes)
    let d = max(1, dimension)
    var generator = SeededGenerator(seed: seed)
    let centers = (0..<k).map { _ in (0..<d).map { _ in generator.uniform(in: -centerBox..<centerBox) } }
    var scalars: [Double] = []
    scalars.reserveCapacity(n * k * d)
    var labels: [Int] = []
    labels.reserveCapacity(n * k)
    for j in 0..<k {
      for _ in 0..<n {
        for c in 0..<d { scalars.append(centers[j][c] + spread * generator.nextNormal()) }
        labels.append(j)
      }
    }
    let features = Matrix(rows: n * k, columns: d, generated: scalars)
    return LabeledData(generated: features, labels: labels, classes: k)
  }
}
