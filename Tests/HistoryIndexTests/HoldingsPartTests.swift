import Foundation
import GraphEngine
import HistoryGraph
import HistoryGraphTestSupport
import Testing

@testable import HistoryIndex

/// `as-of` read from the part of the index its dates and filters need (the
/// territorial claims whose stored periods meet the dates, through the R*Tree)
/// answers exactly as the whole graph does: holdings, changes, claimants and what a
/// document states, for many dates, both readings and every filter.
@Suite(.serialized) struct HoldingsPartTests {
  /// Windows to ask about: single days, months, years and intervals across `years`, and intervals open at one end.
  static func windows(_ years: ClosedRange<Int>) -> [DayInterval] {
    var windows: [DayInterval] = []
    for year in years {
      for month in stride(from: 1, through: 12, by: 6) {
        let first = CalendarDay.day(year: year, month: month, day: 1, calendar: .gregorian)
        windows.append(DayInterval(day: first + Int32(month * 2)))
        windows.append(DayInterval(earliest: first, latest: CalendarDay.day(year: year, month: month + 1, day: 1, calendar: .gregorian) - 1))
      }
      let january = CalendarDay.day(year: year, month: 1, day: 1, calendar: .gregorian)
      windows.append(DayInterval(earliest: january, latest: CalendarDay.day(year: year + 1, month: 1, day: 1, calendar: .gregorian) - 1))
      windows.append(DayInterval(earliest: january + 40, latest: january + 220))
    }
    let middle = CalendarDay.day(year: years.lowerBound + 1, month: 3, day: 15, calendar: .gregorian)
    windows.append(DayInterval(earliest: .min, latest: middle))
    windows.append(DayInterval(earliest: middle, latest: .max))
    return windows
  }

  /// What as-of asks for one filter, answered by `graph`: each outcome, or the error in words.
  static func answers(
    _ graph: CuratedGraph, window: DayInterval, later: DayInterval, place: String?, holder: String?, kind: String?, document: DocumentID?
  ) -> [AnyHashable] {
    var found: [AnyHashable] = []
    func record(_ ask: () throws -> AnyHashable) {
      do { found.append(try ask()) } catch { found.append("error: \(error)") }
    }
    var filter = HoldingFilter(holderKind: kind, document: document)
    do {
      filter.places = try place.map { try graph.places(within: graph.resolve($0).id) }
      filter.holder = try holder.map { try graph.resolve($0).id }
    } catch {
      return ["error: \(error)"]
    }
    for mode in [TemporalMode.possible, .certain] {
      record { try graph.holdings(during: window, reading: mode, filter: filter) }
      record { try graph.claimants(during: window, reading: mode, filter: filter) }
      record {
        let changes = try graph.holdingChanges(from: window, to: later, reading: mode, filter: filter)
        return [changes.ended, changes.began, changes.continued]
      }
      if window.hasStart && window.hasEnd {
        for step in window.steps(by: .month, limit: 24) { record { try graph.holdings(during: step, reading: mode, filter: filter) } }
      }
    }
    if let document { found.append(graph.territorialClaims(statedBy: document, filter: filter)) }
    return found
  }

  /// Compares every answer of a part with the whole graph's; returns how many parts were read (not the whole graph).
  func expectHoldings(
    graph folder: String, corpus: String?, whole: CuratedGraph, windows: [DayInterval],
    filters: [(place: String?, holder: String?, kind: String?, document: DocumentID?)]
  ) throws -> Int {
    var parts = 0
    for (i, window) in windows.enumerated() {
      let later = windows[(i + 7) % windows.count]
      for f in filters {
        let load = try GraphIndex.load(
          .holdings(during: [window, later], in: f.place, holder: f.holder, document: f.document), graph: folder, corpus: corpus)
        if load.isPart { parts += 1 }
        let expected = Self.answers(whole, window: window, later: later, place: f.place, holder: f.holder, kind: f.kind, document: f.document)
        #expect(
          Self.answers(load.graph, window: window, later: later, place: f.place, holder: f.holder, kind: f.kind, document: f.document) == expected,
          "\(window), \(f)")
        // A part reads less than the whole graph where it can.
        if load.isPart { #expect(load.graph.claims.count <= whole.claims.count) }
      }
    }
    return parts
  }

  /// Filters made from the graph's own holdings: none, places (with what is within them), holders, a kind, a document, and names no entity has.
  static func filters(_ whole: CuratedGraph) -> [(place: String?, holder: String?, kind: String?, document: DocumentID?)] {
    let all = whole.holdings(during: .unbounded)
    let places = Array(Set(all.map(\.place.rawValue)).sorted().prefix(3))
    let holders = Array(Set(all.map(\.holder.rawValue)).sorted().prefix(2))
    let kind = all.first.flatMap { whole.entities[$0.holder]?.kind }
    let document = all.first?.claim.sources.first?.document
    var filters: [(place: String?, holder: String?, kind: String?, document: DocumentID?)] = [
      (nil, nil, nil, nil), (nil, nil, kind, nil), (nil, nil, nil, document),
    ]
    filters += places.map { ($0, nil, nil, nil) } + holders.map { (nil, $0, nil, nil) }
    filters.append((places.first, holders.first, kind, document))
    // A label as a user types it (resolved by its words), and names of nothing.
    if let label = places.first.flatMap({ whole.entities[EntityID($0)]?.labels.values.sorted().first }) { filters.append((label, nil, nil, nil)) }
    filters += [
      ("no-such-place", nil, nil, nil), (nil, "no-such-holder", nil, nil), (nil, nil, "no-such-kind", nil),
      (nil, nil, nil, DocumentID("no-such-document")),
    ]
    return filters
  }

  @Test func theCuratedGraphsHoldingsAreTheWholeGraphs() throws {
    let copy = try GraphCopy(keepingIndex: false)
    let whole = try GraphIndex.load(graph: copy.graph, corpus: Paths.corpus).graph
    let parts = try expectHoldings(
      graph: copy.graph, corpus: Paths.corpus, whole: whole, windows: Self.windows(1917...1919), filters: Self.filters(whole))
    #expect(parts > 130)
    // Reading a window reads its holdings, not the whole graph.
    let march = try GraphIndex.load(
      .holdings(during: [Self.windows(1918...1918)[2]], in: nil, holder: nil, document: nil), graph: copy.graph, corpus: Paths.corpus)
    #expect(march.isPart && march.graph.claims.count < whole.claims.count / 2)
  }

  @Test(.tags(.python, .slow), .requiresPython("yaml"))
  func aGeneratedGraphsHoldingsAreItsWholeGraphs() throws {
    let generated = try GeneratedIndexedGraph(claims: 3000)
    let (graph, whole) = (generated.graph, generated.whole)
    #expect(!whole.graph.holdings(during: .unbounded).isEmpty)
    #expect(
      try expectHoldings(graph: graph, corpus: nil, whole: whole.graph, windows: Self.windows(1918...1919), filters: Self.filters(whole.graph)) > 75)
  }
}
