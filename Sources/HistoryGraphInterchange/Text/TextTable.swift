/// A plain-text table with columns padded to their widest cell (counted in characters).
struct TextTable {
  var header: [String]
  var rows: [[String]] = []

  init(_ header: String...) { self.header = header }
  init(_ header: [String]) { self.header = header }

  mutating func add(_ cells: String...) { rows.append(cells) }

  var rendered: String { rendered(fitting: nil) }

  /// The table, its last column cut short with "…" where a line would pass `width` characters.
  func rendered(fitting width: Int?) -> String {
    let all = [header] + rows
    let widths = header.indices.map { column in all.map { $0.indices.contains(column) ? $0[column].count : 0 }.max() ?? 0 }
    let lead = widths.dropLast().reduce(0) { $0 + $1 + 2 }
    func line(_ cells: [String]) -> String {
      cells.enumerated().map { i, cell in
        guard i == cells.count - 1 else { return cell + String(repeating: " ", count: widths[i] - cell.count) }
        return width.map { cell.clipped(to: max(8, $0 - lead)) } ?? cell
      }.joined(separator: "  ")
    }
    let rule = widths.enumerated().map { i, w in
      String(repeating: "─", count: i == widths.count - 1 ? min(w, max(8, (width ?? w + lead) - lead)) : w)
    }.joined(separator: "  ")
    return ([line(header), rule] + rows.map(line)).joined(separator: "\n")
  }
}

extension String {
  /// The text cut to at most `width` characters, ending in "…" if cut.
  func clipped(to width: Int) -> String {
    count <= width ? self : String(prefix(max(0, width - 1))) + "…"
  }
}
