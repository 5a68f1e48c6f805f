/// Near misses in typed names, for "did you mean" hints.
public enum Spelling {
  /// The Levenshtein distance between two strings, in characters.
  ///
  /// - Complexity: O(*m* × *n*)
  public static func distance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    if a.isEmpty { return b.count }
    var row = Array(0...b.count)
    for i in 1...a.count {
      var previous = row[0]
      row[0] = i
      for j in stride(from: 1, through: b.count, by: 1) {
        let current = row[j]
        row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
        previous = current
      }
    }
    return row[b.count]
  }

  /// The candidate nearest to `name` within three edits (ties by spelling), if any.
  public static func closest(to name: String, among candidates: some Sequence<String>) -> String? {
    var best: (distance: Int, candidate: String)?
    for candidate in candidates {
      let d = distance(candidate, name)
      if d <= 3, best.map({ (d, candidate) < ($0.distance, $0.candidate) }) ?? true { best = (d, candidate) }
    }
    return best?.candidate
  }
}
