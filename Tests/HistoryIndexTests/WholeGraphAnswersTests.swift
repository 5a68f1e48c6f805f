import Foundation
import HistoryGraph
import HistoryGraphTestSupport
import Testing

@testable import HistoryIndex

/// Commands that read a part of the index, or what it stored, answer exactly as
/// the whole graph does: on the curated graph and on a generated one.
@Suite(.serialized) struct WholeGraphAnswersTests {
  /// Kinds to list by: none, one, two, and one the schema lacks.
  static func listings(_ graph: CuratedGraph) -> [Set<String>?] {
    let kinds = graph.schema.kinds.map(\.name)
    return [nil, [kinds[0]], Set(kinds.prefix(2)), ["no-such-kind"]]
  }

  /// Compares the stored ranking with the whole graph's for every measure, size and listing.
  func expectStoredRankings(graph folder: String, corpus: String?, whole: CuratedGraph) throws {
    let network = ClaimNetwork(whole)
    var compared = 0
    for measure in CentralityMeasure.allCases {
      for top in [1, 5, 20, whole.entities.count + 1] {
        for listing in Self.listings(whole) {
          let stored = GraphIndex.ranked(by: measure, top: top, listing: listing, graph: folder, corpus: corpus)
          guard GraphIndexFile.storedCentralities.contains(measure), listing != ["no-such-kind"] else {
            // Not stored, or a kind the whole graph reports as unknown: asked of the whole graph.
            #expect(stored == nil, "\(measure) \(String(describing: listing))")
            continue
          }
          let expected = try network.rank(by: measure, top: top, listing: listing)
          #expect(stored == expected, "\(measure), top \(top), listing \(String(describing: listing))")
          compared += 1
        }
      }
    }
    #expect(compared == GraphIndexFile.storedCentralities.count * 4 * 3)
  }

  /// Compares the neighbours found in each entity's neighbourhood part with the whole graph's.
  func expectNeighborhoods(graph folder: String, corpus: String?, whole: CuratedGraph, every stride: Int) throws -> Int {
    let network = ClaimNetwork(whole)
    let kinds = whole.schema.kinds.map(\.name)
    let filters = [
      NetworkFilter(), NetworkFilter(kinds: Array(kinds.prefix(3))), NetworkFilter(keepsUndated: false),
      NetworkFilter(relations: Array(whole.schema.relations.map(\.name).prefix(4))),
    ]
    var parts = 0
    for (i, entity) in whole.entities.values.enumerated() where i % stride == 0 {
      for depth in [1, 2, 3] {
        guard let load = GraphIndex.neighborhood(of: entity.id, depth: depth, graph: folder, corpus: corpus) else { continue }
        #expect(load.isPart && load.outcome == .read)
        parts += 1
        let part = ClaimNetwork(load.graph)
        for filter in filters {
          for direction in [TraversalDirection.both, .outgoing, .incoming] {
            let expected = try network.neighbors(of: entity.id, depth: depth, filter: filter, direction: direction)
            #expect(
              try part.neighbors(of: entity.id, depth: depth, filter: filter, direction: direction) == expected,
              "\(entity.id), depth \(depth), \(filter.summary), \(direction)")
          }
        }
      }
    }
    return parts
  }

  /// Every search a route part answers, with counts at both ends of their ranges.
  static let routeSearches: [PathSearch] = [.informative, .shortest, .allShortest, .kShortest(1), .kShortest(3), .kShortest(10), .all(maxHops: 3)]

  /// What the route comparisons met: pairs joined by some route, pairs with no
  /// route, and pairs whose shortest or informative route had an equal-cost rival.
  struct RoutesCompared { var joined = 0, unjoined = 0, rivals = 0 }

  /// Compares the routes each part read for a search between two entities gives
  /// (with their claims, hub loads and order) with the whole graph's, and for the
  /// informative route the shorter route its report mentions.
  func expectRoutes(graph folder: String, corpus: String?, whole: CuratedGraph, pairs: [(EntityID, EntityID)]) throws -> RoutesCompared {
    let network = ClaimNetwork(whole)
    var compared = RoutesCompared()
    for (a, b) in pairs where a != b {
      var expected: [PathSearch: [Route]] = [:]
      for search in Self.routeSearches {
        let part = try #require(GraphIndex.routeNetwork(for: search, between: a, and: b, graph: folder, corpus: corpus))
        #expect(part.load.isPart && part.load.outcome == .read)
        expected[search] = try network.routes(from: a, to: b, search: search)
        let found = try part.network.routes(from: a, to: b, search: search)
        #expect(found == expected[search], "\(a) → \(b), \(search)")
        if search == .informative, let route = expected[search]?.first {
          #expect(part.network.graph.entities.count < whole.entities.count, "\(a) → \(b): the part is the whole graph")
          #expect(try part.network.shorterRoute(than: found[0]) == network.shorterRoute(than: route), "\(a) → \(b): the shorter route")
        }
      }
      guard let route = expected[.informative]?.first else {
        compared.unjoined += 1
        continue
      }
      compared.joined += 1
      // A rival: another route of the informative route's cost, or another of the fewest steps.
      let others = expected[.kShortest(10), default: []].filter { $0.entities != route.entities }
      if others.contains(where: { $0.cost == route.cost }) || expected[.allShortest, default: []].count > 1 { compared.rivals += 1 }
    }
    return compared
  }

  /// Compares the stored disagreements, and what the part read with them gives of
  /// their claims (corroboration, independence, the entities named), with the
  /// whole graph's; returns how many disagreements there are.
  func expectDisagreements(graph folder: String, corpus: String?, whole: CuratedGraph) throws -> Int {
    let (found, part) = try #require(GraphIndex.disagreements(graph: folder, corpus: corpus))
    #expect(found == whole.disagreements())
    #expect(part.disagreements() == whole.disagreements())
    #expect(Set(part.claims.keys) == Set(found.flatMap { $0.claims.map(\.id) }), "the part holds the disagreeing claims alone")
    for claim in part.claims.values {
      #expect(part.corroboration(of: claim) == whole.corroboration(of: claim), "\(claim.id)")
      for id in [claim.subject] + (claim.object.map { [$0] } ?? []) { #expect(part.entities[id] == whole.entities[id], "\(id)") }
    }
    for disagreement in found { #expect(part.isIndependent(disagreement) == whole.isIndependent(disagreement)) }
    return found.count
  }

  /// Pairs of entities spread over the graph: every `stride`th with another far
  /// in the order, and each of those with an entity no relation claim names.
  static func routePairs(_ graph: CuratedGraph, every stride: Int) -> [(EntityID, EntityID)] {
    let entities = Array(graph.entities.keys)
    var pairs = Swift.stride(from: 0, to: entities.count, by: stride).map { (entities[$0], entities[($0 * 7 + 11) % entities.count]) }
    let tied = Set(graph.claims.values.flatMap { claim in claim.object.map { [claim.subject, $0] } ?? [] })
    if let alone = entities.first(where: { !tied.contains($0) }) { pairs += pairs.prefix(3).map { ($0.0, alone) } }
    return pairs
  }

  @Test func theRoutesOfAPartAreTheCuratedGraphs() throws {
    let copy = try GraphCopy(keepingIndex: false)
    let whole = try GraphIndex.load(graph: copy.graph, corpus: Paths.corpus).graph
    let named = try ["bokeikhanov", "lenin", "jangeldin", "dutov", "mustafa-shokai"].map { try whole.resolve($0).id }
    let pairs = [(named[0], named[1]), (named[0], named[2]), (named[4], named[3]), (named[1], named[0])] + Self.routePairs(whole, every: 61)
    let compared = try expectRoutes(graph: copy.graph, corpus: Paths.corpus, whole: whole, pairs: pairs)
    #expect(compared.joined > pairs.count / 2 && compared.unjoined > 0 && compared.rivals > 3, "\(compared)")
  }

  @Test func theStoredDisagreementsAreTheCuratedGraphs() throws {
    let copy = try GraphCopy(keepingIndex: false)
    let whole = try GraphIndex.load(graph: copy.graph, corpus: Paths.corpus).graph
    #expect(try expectDisagreements(graph: copy.graph, corpus: Paths.corpus, whole: whole) > 5)
    // Some claims are corroborated by more than one independent document, and some disagreements are not independent.
    #expect(whole.claims.values.contains { whole.corroboration(of: $0).count > 1 })
    #expect(whole.disagreements().contains { !whole.isIndependent($0) })
  }

  @Test func theStoredRankingsAreTheCuratedGraphs() throws {
    let copy = try GraphCopy(keepingIndex: false)
    let whole = try GraphIndex.load(graph: copy.graph, corpus: Paths.corpus).graph
    try expectStoredRankings(graph: copy.graph, corpus: Paths.corpus, whole: whole)
    // A stale index is not read: the ranking is asked of the whole graph.
    try copy.append("\n- id: ranking-test-entity\n  kind: person\n  labels: {kk: \"Сынақ\"}\n", to: "entities/core.yaml")
    #expect(GraphIndex.ranked(by: .degree, top: 5, graph: copy.graph, corpus: Paths.corpus) == nil)
  }

  @Test func theNeighborhoodsListTheCuratedGraphsNeighbors() throws {
    let copy = try GraphCopy(keepingIndex: false)
    let whole = try GraphIndex.load(graph: copy.graph, corpus: Paths.corpus).graph
    let alash = try whole.resolve("alash-orda").id
    #expect(GraphIndex.neighborhood(of: alash, depth: 2, graph: copy.graph, corpus: Paths.corpus) != nil)
    let parts = try expectNeighborhoods(graph: copy.graph, corpus: Paths.corpus, whole: whole, every: 23)
    #expect(parts > 40)
    // No part for an entity the index lacks.
    #expect(GraphIndex.neighborhood(of: EntityID("no-such-entity"), depth: 2, graph: copy.graph, corpus: Paths.corpus) == nil)
  }

  @Test(.tags(.python, .slow), .requiresPython("yaml"))
  func aGeneratedGraphsStoredAnswersAreItsWholeGraphs() throws {
    let generated = try GeneratedIndexedGraph(claims: 3000)
    let (graph, whole) = (generated.graph, generated.whole)
    try expectStoredRankings(graph: graph, corpus: nil, whole: whole.graph)
    let disagreements = try expectDisagreements(graph: graph, corpus: nil, whole: whole.graph)
    #expect(disagreements > 0, "\(disagreements)")
    #expect(try expectNeighborhoods(graph: graph, corpus: nil, whole: whole.graph, every: 97) > 6)
    let pairs = Self.routePairs(whole.graph, every: 53)
    let compared = try expectRoutes(graph: graph, corpus: nil, whole: whole.graph, pairs: pairs)
    #expect(compared.joined > pairs.count / 2 && compared.rivals > 0, "\(compared)")
  }
}
