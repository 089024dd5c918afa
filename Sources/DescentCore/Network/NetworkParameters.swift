/// The parameters of the course's two-layer network, affine–ReLU–affine:
/// W1 (D×H), b1 (H), W2 (H×C), b2 (C), with scores
/// S = max(0, X·W1 + b1)·W2 + b2. A loss's gradients have the same shapes
/// and travel in the same type.
public struct NetworkParameters: Sendable, Equatable {
  /// W1, D×H.
  public var w1: Matrix
  /// b1, H entries.
  public var b1: [Double]
  /// W2, H×C.
  public var w2: Matrix
  /// b2, C entries.
  public var b2: [Double]

  /// Creates the parameters.
  public init(w1: Matrix, b1: [Double], w2: Matrix, b2: [Double]) {
    self.w1 = w1
    self.b1 = b1
    self.w2 = w2
    self.b2 = b2
  }

  /// How many entries a D×H×C network has: D·H + H + H·C + C.
  public static func entryCount(inputs: Int, hidden: Int, classes: Int) -> Int {
    parts(inputs: inputs, hidden: hidden, classes: classes).reduce(0) { $0 + $1.size }
  }

  /// The four parameters of a D×H×C network in ``flattened`` order, with their sizes.
  static func parts(inputs: Int, hidden: Int, classes: Int) -> [(part: Entry.Part, size: Int)] {
    [(.w1, inputs * hidden), (.b1, hidden), (.w2, hidden * classes), (.b2, classes)]
  }

  /// Every entry in one list: W1 row by row, b1, W2 row by row, b2.
  public var flattened: [Double] { w1.scalars + b1 + w2.scalars + b2 }

  /// The parameters with entry `index` of ``flattened`` moved by `amount`;
  /// nil when there is no such entry, or the four shapes do not fit together.
  public func displaced(at index: Int, by amount: Double) -> NetworkParameters? {
    guard w1.columns == b1.count, w2.rows == b1.count, w2.columns == b2.count,
      let entry = Entry(at: index, inputs: w1.rows, hidden: b1.count, classes: b2.count)
    else { return nil }
    var moved = self
    switch entry.part {
    case .w1: moved.w1.scalars[entry.offset] += amount
    case .b1: moved.b1[entry.offset] += amount
    case .w2: moved.w2.scalars[entry.offset] += amount
    case .b2: moved.b2[entry.offset] += amount
    }
    return moved
  }

  /// Where an entry of ``flattened`` lies: which parameter, and where in it.
  public struct Entry: Equatable, Sendable {
    /// The four parameters, named as the lecture writes them.
    public enum Part: String, Sendable {
      case w1 = "W1", b1, w2 = "W2", b2
    }

    /// The parameter holding the entry.
    public var part: Part
    /// Its place in that parameter, row by row for W1 and W2.
    public var offset: Int

    /// The entry at `offset` in `part`.
    public init(part: Part, offset: Int) {
      self.part = part
      self.offset = offset
    }

    /// Entry `index` of a D×H×C network's flattened parameters; nil past the last.
    public init?(at index: Int, inputs: Int, hidden: Int, classes: Int) {
      var offset = index
      guard offset >= 0 else { return nil }
      for (part, size) in NetworkParameters.parts(inputs: inputs, hidden: hidden, classes: classes) {
        if offset < size {
          self.init(part: part, offset: offset)
          return
        }
        offset -= size
      }
      return nil
    }
  }
}

/// A network's parameters as a rubric describes them: the sizes D, H and C
/// and seeded standard normal draws times `scale`, built identically by the
/// grader and in the student's process.
public struct NetworkSpecification: Codable, Hashable, Sendable {
  /// D, the input features.
  public var inputs: Int
  /// H, the hidden units.
  public var hidden: Int
  /// C, the classes.
  public var classes: Int
  /// The factor on each standard normal draw.
  public var scale: Double
  /// Seeds the generator.
  public var seed: UInt64

  /// Creates a specification.
  public init(inputs: Int, hidden: Int, classes: Int, scale: Double, seed: UInt64) {
    self.inputs = inputs
    self.hidden = hidden
    self.classes = classes
    self.scale = scale
    self.seed = seed
  }

  /// How many entries the parameters have: D·H + H + H·C + C.
  public var parameterCount: Int {
    NetworkParameters.entryCount(inputs: inputs, hidden: hidden, classes: classes)
  }

  /// The parameters: W1, b1, W2, b2 drawn in that order, entry by entry.
  public func make() -> NetworkParameters {
    var generator = SeededGenerator(seed: seed)
    func draws(_ count: Int) -> [Double] { (0..<max(0, count)).map { _ in scale * generator.nextNormal() } }
    let d = max(0, inputs)
    let h = max(0, hidden)
    let c = max(0, classes)
    let w1 = Matrix(rows: d, columns: h, generated: draws(d * h))
    let b1 = draws(h)
    let w2 = Matrix(rows: h, columns: c, generated: draws(h * c))
    return NetworkParameters(w1: w1, b1: b1, w2: w2, b2: draws(c))
  }
}

extension NetworkParameters {
  /// The parameters of a D×H×C network from their ``flattened`` entries;
  /// nil when the count does not fit. For the grader (the reference's
  /// network objective, the judges): a student's build cannot see it.
  package init?(flattened entries: [Double], inputs: Int, hidden: Int, classes: Int) {
    let sizes = Self.parts(inputs: inputs, hidden: hidden, classes: classes).map(\.size)
    guard inputs >= 0, hidden >= 0, classes >= 0,
      entries.count == Self.entryCount(inputs: inputs, hidden: hidden, classes: classes)
    else { return nil }
    var start = 0
    func next(_ count: Int) -> [Double] {
      defer { start += count }
      return Array(entries[start..<start + count])
    }
    self.init(
      w1: Matrix(rows: inputs, columns: hidden, generated: next(sizes[0])), b1: next(sizes[1]),
      w2: Matrix(rows: hidden, columns: classes, generated: next(sizes[2])), b2: next(sizes[3]))
  }

  /// The class with the highest score S = max(0, X·W1 + b1)·W2 + b2 for each
  /// row of X; nil when X's columns are not D. For the grader's judges: a
  /// student's build cannot see it (the forward pass is theirs to write).
  package func predictedClasses(for inputs: Matrix) -> [Int]? {
    guard let hidden = try? inputs.matmul(w1).addingRow(b1),
      let scores = try? hidden.map({ max(0, $0) }).matmul(w2).addingRow(b2)
    else { return nil }
    return scores.rowArgmax
  }
}
