import HistoryGraph

/// The claims that tie an entity to others within some hops, one row a claim,
/// as `neighbors` prints them.
package struct NeighborsReport: QueryReport {
  let network: ClaimNetwork
  let entity: Entity
  let depth: Int
  let filter: NetworkFilter
  let listing: [String]
  let direction: TraversalDirection
  let quotes: Bool
  let language: LabelLanguage
  /// The claims of the entities of the kinds listed; `entries` the first `limit` of them.
  let shown: [NeighborEntry]
  let entries: [NeighborEntry]

  /// The claims within `depth` hops of `entity` that `filter` keeps.
  ///
  /// - Parameters:
  ///   - listing: the kinds of entities to list (all when empty); the network is walked whole.
  ///   - limit: the most claims to list.
  ///   - quotes: print every quote whole under its row.
  /// - Throws: as ``ClaimNetwork/neighbors(of:depth:filter:direction:)``.
  package init(
    _ graph: CuratedGraph, around entity: Entity, depth: Int, filter: NetworkFilter, listing: [String], direction: TraversalDirection, limit: Int?,
    quotes: Bool, language: LabelLanguage
  ) throws(QueryError) {
    network = ClaimNetwork(graph)
    (self.entity, self.depth, self.filter, self.listing, self.direction, self.quotes, self.language) = (
      entity, depth, filter, listing, direction, quotes, language
    )
    let shown = try network.neighbors(of: entity.id, depth: depth, filter: filter, direction: direction).filter {
      listing.isEmpty || listing.contains($0.entity.kind)
    }
    (self.shown, entries) = (shown, limit.map { Array(shown.prefix($0)) } ?? shown)
  }

  package var record: any Encodable { entries.map { Records.Neighbor($0, graph: network.graph, language: language) } }

  package var nothingFound: String? {
    get throws {
      guard entries.isEmpty else { return nil }
      let instead = try network.relationsInstead(around: entity.id, depth: depth, filter: filter, direction: direction)
      return "\(entity.label(in: language)) (\(entity.id)) has no connection with filters: \(filter.summary(listing: listing))"
        + (instead.map { "\n  \($0.description)" } ?? "")
    }
  }

  package var text: String {
    let graph = network.graph
    let others = Set(shown.map(\.entity.id)).count
    let listed = entries.count < shown.count ? " (the first \(entries.count) listed)" : ""
    var lines = [
      "\(entity.label(in: language)) [\(entity.kind)]: \(counted(shown.count, "claim")) with \(counted(others, "entity", "entities"))\(listed)",
      "filters: \(filter.summary(listing: listing))", "",
    ]
    var table = depth > 1 ? TextTable("hops", "from", "relation", "entity", "date", "source") : TextTable("relation", "entity", "date", "source")
    var quoteLines: [[String]] = []
    for e in entries {
      let reading = graph.schema.wording(of: e.claim.predicateName, reversed: e.direction == .incoming).clipped(to: 22)
      let more = e.claim.sources.count > 1 ? "+\(e.claim.sources.count - 1) more; " : ""
      let source = more + (e.claim.sources.first.map { "\($0.document) «\($0.quote)»" } ?? "")
      let row = [reading, e.entity.label(in: language).clipped(to: 30), e.claim.time?.display.clipped(to: 24) ?? "", source]
      let from = (graph.entities[e.via]?.label(in: language) ?? e.via.rawValue).clipped(to: 24)
      table.rows.append(depth > 1 ? [String(e.distance), from] + row : row)
      quoteLines.append(
        e.claim.sources.flatMap { source in
          ["    \(source.document): «\(source.quote)»  {\(e.claim.id)}"]
            + (ClaimText.translationLine(source, in: graph, language: language, indent: "      ").map { [$0] } ?? [])
        })
    }
    let rendered = table.rendered(fitting: 100)
    guard quotes else { return (lines + [rendered]).joined(separator: "\n") }
    let rows = rendered.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    lines += rows.prefix(2)
    for (row, quoted) in zip(rows.dropFirst(2), quoteLines) { lines += [row] + quoted }
    return lines.joined(separator: "\n")
  }
}
