import HistoryGraph
import HistoryGraphTestSupport
import Testing

@testable import HistoryIndex

@Suite struct QuotedLinesTests {
  /// The claims every quote of the line gives, looked at one by one in graph order (what `QuotedLines` answered before it sorted them).
  static func expected(_ quotes: [(Locator, ClaimID)], line: Int, columns: ClosedRange<Int>) -> [ClaimID] {
    var claims: [ClaimID] = []
    for (quote, claim) in quotes where quote.line <= line && line <= quote.endLine && claims.last != claim {
      if (quote.line, quote.column) <= (line, columns.upperBound), (quote.endLine, quote.endColumn) >= (line, columns.lowerBound) {
        claims.append(claim)
      }
    }
    return claims
  }

  @Test(
    "The claims quoting some columns of a line are those every quote of the line gives, in graph order, with quotes over several lines, nested, overlapping and added after a search"
  )
  func theClaimsQuotingColumnsAreFoundAsByEveryQuote() {
    var random = SeededGenerator(seed: 27)
    var quoted = QuotedLines()
    var added: [(Locator, ClaimID)] = []
    let document = DocumentID("text")
    func search(_ count: Int) {
      for _ in 0..<count {
        let line = Int.random(in: 1...6, using: &random)
        let first = Int.random(in: 1...240, using: &random)
        let columns = first...(first + Int.random(in: 0...40, using: &random))
        #expect(
          quoted.claims(quoting: document, line: line, columns: columns) == Self.expected(added, line: line, columns: columns),
          "line \(line), \(columns)")
      }
    }
    for round in 0..<2 {
      for c in 0..<300 {
        let claim = ClaimID("c\(round)-\(c)")
        for _ in 0..<Int.random(in: 1...3, using: &random) {
          let line = Int.random(in: 1...5, using: &random)
          let endLine = line + (Int.random(in: 0...4, using: &random) == 0 ? 1 : 0)
          let column = Int.random(in: 1...200, using: &random)
          let endColumn = endLine == line ? column + Int.random(in: 0...60, using: &random) : Int.random(in: 1...200, using: &random)
          let locator = Locator(line: line, column: column, endLine: endLine, endColumn: endColumn)
          quoted.add(locator, in: document, of: claim)
          added.append((locator, claim))
        }
      }
      search(1500)
    }
    #expect(quoted.claims(quoting: DocumentID("other"), line: 1, columns: 1...10).isEmpty)
  }

  @Test("The sentences of a text of 200,000 quotes on one line find their claims in well under the time a look at every quote would take")
  func oneLongLine() {
    // Every quote against every sentence would be 4 × 10¹⁰ comparisons here (many minutes); sorted, a few per sentence.
    var quoted = QuotedLines()
    let document = DocumentID("text")
    let count = 200_000
    for c in 0..<count { quoted.add(Locator(line: 1, column: 60 * c + 1, endLine: 1, endColumn: 60 * c + 50), in: document, of: ClaimID("c\(c)")) }
    let clock = ContinuousClock()
    var found = 0
    let elapsed = clock.measure {
      for c in 0..<count { found += quoted.claims(quoting: document, line: 1, columns: (60 * c + 40)...(60 * c + 70)).count }
    }
    #expect(found == 2 * count - 1)
    #expect(elapsed < .seconds(60), "a regression guard, not a timing: sorted takes seconds at most, every quote against every sentence many minutes")
  }
}
