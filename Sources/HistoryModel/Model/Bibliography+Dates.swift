extension Bibliography {
  /// The year, month and day of an EDTF date as a citation gives them:
  /// `1979` → `[[1979]]`, `1917-11-07` → `[[1917, 11, 7]]`, an interval
  /// `1917-12-05/1917-12-13` → both ends. Qualifiers (`?`, `~`, `%`) are
  /// dropped, and so are a season (`1918-21` → `[[1918]]`) and an open end.
  /// Empty for a date with no year that can be read.
  public static func dateParts(of edtf: String) -> [[Int]] {
    edtf.split(separator: "/", omittingEmptySubsequences: false).prefix(2).compactMap { end -> [Int]? in
      let plain = end.filter { !"?~%".contains($0) }
      let fields = plain.split(separator: "-", omittingEmptySubsequences: false)
      guard let first = fields.first, first.count == 4, let year = Int(first) else { return nil }
      var parts = [year]
      if fields.count > 1, let month = Int(fields[1]), (1...12).contains(month) {
        parts.append(month)
        if fields.count > 2, let day = Int(fields[2]), (1...31).contains(day) { parts.append(day) }
      }
      return parts
    }
  }
}
