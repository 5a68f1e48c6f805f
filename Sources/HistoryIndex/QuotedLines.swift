import HistoryGraph

/// Where the claims' quotes stand, by document and line, to find the claims quoting a sentence.
///
/// A line's quotes are also kept sorted by where they start, with the furthest
/// end reached so far, so that finding those overlapping some columns looks at
/// the overlapping quotes and a few more, not at every quote of the line: a text
/// written on one line (as OCR output often is) holds all its quotes on that line.
struct QuotedLines {
  private var quotes: [DocumentID: [Int: QuotesOfLine]] = [:]

  /// No quote yet: ``add(_:in:of:)`` them in graph order.
  init() {}

  init(_ graph: CuratedGraph) {
    for claim in graph.claims.values {
      for source in claim.sources {
        if let locator = source.locator { add(locator, in: source.document, of: claim.id) }
      }
    }
  }

  /// A quote of `claim` at `locator` in `document`.
  mutating func add(_ locator: Locator, in document: DocumentID, of claim: ClaimID) {
    guard locator.line <= locator.endLine else { return }
    for line in locator.line...locator.endLine {
      let quotes = self.quotes[document, default: [:]][line] ?? QuotesOfLine()
      quotes.add(locator, of: claim)
      self.quotes[document, default: [:]][line] = quotes
    }
  }

  /// The claims, in graph order, with a quote overlapping these columns of a line.
  func claims(quoting document: DocumentID, line: Int, columns: ClosedRange<Int>) -> [ClaimID] {
    quotes[document]?[line]?.claims(overlapping: (line, columns.lowerBound), (line, columns.upperBound)) ?? []
  }
}

/// The quotes on one line, in graph order, and sorted by their start (sorted on first use after an addition).
private final class QuotesOfLine {
  /// A place in a text: line, column.
  typealias Place = (line: Int, column: Int)

  private var quotes: [(locator: Locator, claim: ClaimID)] = []
  /// Positions in `quotes`, by the quote's start.
  private var byStart: [Int] = []
  /// For each position of `byStart`, the furthest end of the quotes up to it.
  private var furthestEnd: [Place] = []

  func add(_ locator: Locator, of claim: ClaimID) {
    quotes.append((locator, claim))
    byStart = []
  }

  /// The claims, in graph order (each once in a row), whose quotes start by `last` and end at `first` or after it.
  func claims(overlapping first: Place, _ last: Place) -> [ClaimID] {
    if byStart.count != quotes.count { sort() }
    // The quotes starting by `last` come first in `byStart`; of these, walk back while some may still end at `first` or after.
    var low = 0, high = byStart.count
    while low < high {
      let mid = (low + high) / 2
      if Self.start(quotes[byStart[mid]].locator) <= last { low = mid + 1 } else { high = mid }
    }
    var found: [Int] = []
    var i = low - 1
    while i >= 0, furthestEnd[i] >= first {
      if Self.end(quotes[byStart[i]].locator) >= first { found.append(byStart[i]) }
      i -= 1
    }
    var claims: [ClaimID] = []
    for position in found.sorted() where claims.last != quotes[position].claim { claims.append(quotes[position].claim) }
    return claims
  }

  private func sort() {
    byStart = quotes.indices.sorted { a, b in
      let (x, y) = (Self.start(quotes[a].locator), Self.start(quotes[b].locator))
      return x < y || (x == y && a < b)
    }
    furthestEnd = []
    furthestEnd.reserveCapacity(byStart.count)
    for position in byStart {
      let end = Self.end(quotes[position].locator)
      furthestEnd.append(furthestEnd.last.map { $0 >= end ? $0 : end } ?? end)
    }
  }

  private static func start(_ locator: Locator) -> Place { (locator.line, locator.column) }
  private static func end(_ locator: Locator) -> Place { (locator.endLine, locator.endColumn) }
}
