/// Byte counts in binary units, as limits are stated.
enum ByteCountText {
  /// "1 GiB", "512 MiB", "1.5 GiB", "100 bytes".
  static func describe(_ bytes: Int) -> String {
    let units: [(Int, String)] = [(1 << 30, "GiB"), (1 << 20, "MiB"), (1 << 10, "KiB")]
    for (size, unit) in units where bytes >= size && bytes % size == 0 { return "\(bytes / size) \(unit)" }
    for (size, unit) in units where bytes >= size {
      return "\((Double(bytes) / Double(size) * 10).rounded() / 10) \(unit)"
    }
    return "\(bytes) bytes"
  }
}
