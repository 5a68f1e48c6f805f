import GraphEngine

/// Work mapped on all cores a window at a time, each window's results handed on
/// in order before the next window is made: rows are written as they are made,
/// and only one window's results are held at once, not a whole text's.
enum ParallelWindows {
  /// Calls `consume` with each index of `0..<count` and what `transform` made of it,
  /// in order, making `window` of them at a time on all cores.
  static func forEach<T>(
    _ count: Int, window: Int, _ transform: @Sendable (Int) -> T, _ consume: (Int, T) throws(SQLiteError) -> Void
  ) throws(SQLiteError) {
    var start = 0
    while start < count {
      let first = start
      let results = Parallel.map(min(count, first + window) - first) { transform(first + $0) }
      for (offset, result) in results.enumerated() { try consume(first + offset, result) }
      start += window
    }
  }
}
