import HistoryGraphTestSupport
import Testing

@testable import HistoryGraph

@Suite("Holdings asked with filters, changes and steps")
struct HoldingQueryTests {
  static func day(_ y: Int, _ m: Int, _ d: Int) -> Int32 { CalendarDay.day(year: y, month: m, day: d, calendar: .gregorian) }

  @Test("A filter keeps exactly the holdings of its places, holder, holder kind and document")
  func filters() throws {
    let graph = try Curated.graph()
    let window = DayInterval(earliest: Self.day(1918, 1, 1), latest: Self.day(1918, 12, 31))
    let all = graph.holdings(during: window)
    #expect(all.count > 10)
    let holder = try #require(all.first?.holder)
    let byHolder = try graph.holdings(during: window, filter: HoldingFilter(holder: holder))
    #expect(!byHolder.isEmpty && byHolder.map(\.claim.id) == all.filter { $0.holder == holder }.map(\.claim.id))
    let kind = try #require(graph.entities[holder]?.kind)
    let byKind = try graph.holdings(during: window, filter: HoldingFilter(holderKind: kind))
    #expect(byKind.map(\.claim.id) == all.filter { graph.entities[$0.holder]?.kind == kind }.map(\.claim.id))
    let document = try #require(all.first?.claim.sources.first?.document)
    let byDocument = try graph.holdings(during: window, filter: HoldingFilter(document: document))
    #expect(byDocument.map(\.claim.id) == all.filter { $0.claim.sources.contains { $0.document == document } }.map(\.claim.id))
    #expect(byDocument.count < all.count)
    #expect(throws: QueryError.self) { try graph.holdings(during: window, filter: HoldingFilter(holderKind: "dragon")) }
    #expect(throws: QueryError.self) { try graph.holdings(during: window, filter: HoldingFilter(document: "d9")) }
  }

  @Test("Changes between two dates split the holdings of both into ended, began and continued")
  func changes() throws {
    let graph = try Curated.graph()
    let first = DayInterval(earliest: Self.day(1918, 1, 1), latest: Self.day(1918, 1, 31))
    let second = DayInterval(earliest: Self.day(1918, 7, 1), latest: Self.day(1918, 7, 31))
    let changes = try graph.holdingChanges(from: first, to: second, filter: HoldingFilter())
    let before = Set(graph.holdings(during: first).map(\.claim.id)), after = Set(graph.holdings(during: second).map(\.claim.id))
    #expect(Set(changes.ended.map(\.claim.id)) == before.subtracting(after))
    #expect(Set(changes.began.map(\.claim.id)) == after.subtracting(before))
    #expect(Set(changes.continued.map(\.claim.id)) == before.intersection(after))
    #expect(!changes.ended.isEmpty && !changes.began.isEmpty)
  }

  @Test("Steps cover an interval month by month or year by year, clipped, and stop one past the limit")
  func steps() {
    let window = DayInterval(earliest: Self.day(1917, 11, 15), latest: Self.day(1918, 2, 10))
    let months = window.steps(by: .month, limit: 600)
    #expect(
      months.map { Dating.isoText($0) } == ["1917-11-15/1917-11-30", "1917-12-01/1917-12-31", "1918-01-01/1918-01-31", "1918-02-01/1918-02-10"])
    #expect(window.steps(by: .year, limit: 600).count == 2)
    let long = DayInterval(earliest: Self.day(1000, 1, 1), latest: Self.day(2000, 12, 31))
    #expect(long.steps(by: .month, limit: 600).count == 601)
    #expect(DayInterval.unbounded.steps(by: .month, limit: 600).isEmpty, "an open interval has no steps")
  }
}
