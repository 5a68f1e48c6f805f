import HistoryGraph

/// Everything dated about some entities, or the whole graph in a period, in time
/// order, as `timeline` prints it.
package struct TimelineReport: QueryReport {
  let graph: CuratedGraph
  let ids: [EntityID]
  let filters: String
  let inherited: Bool
  let undated: Bool
  let language: LabelLanguage
  let dated: [TimelineEntry]
  /// The dates of the events they took part in (with `inherited`).
  let fromEvents: [TimelineEntry]
  let withoutDate: [Claim]

  /// The timeline of `entities` (every claim of the graph when none), with the places
  /// within `place` and the events held there.
  ///
  /// - Parameters:
  ///   - listing: the kinds of entities on the other side of a claim to list (all when empty).
  ///   - inherited: also the dates of the events they took part in, listed apart.
  ///   - undated: also their undated claims, listed apart.
  /// - Throws: as ``CuratedGraph/timeline(of:filter:inherited:undated:)``.
  package init(
    _ graph: CuratedGraph, of entities: [EntityID], in place: EntityID?, filter: NetworkFilter, listing: [String], inherited: Bool, undated: Bool,
    language: LabelLanguage
  ) throws(QueryError) {
    var ids = entities
    if let place {
      let places = try graph.places(within: place)
      ids += places.sorted() + graph.eventsHeld(in: places).subtracting(ids).sorted()
    }
    var filter = filter
    filter.keep = ids
    let found = try graph.timeline(of: ids, filter: filter, inherited: inherited, undated: undated)
    let concerned = Set(ids)
    func listed(_ claim: Claim) -> Bool {
      let others = ([claim.subject] + (claim.object.map { [$0] } ?? [])).filter { !concerned.contains($0) }
      return others.isEmpty || others.contains { graph.entities[$0].map { listing.isEmpty || listing.contains($0.kind) } == true }
    }
    (dated, fromEvents, withoutDate) = (
      found.dated.filter { listed($0.claim) }, found.inherited.filter { listed($0.claim) }, found.undated.filter(listed)
    )
    (self.graph, self.ids, filters, self.inherited, self.undated, self.language) = (
      graph, ids, filter.summary(listing: listing), inherited, undated, language
    )
  }

  package var record: any Encodable {
    Records.Timeline(ids: ids, filters: filters, dated: dated, inherited: fromEvents, undated: withoutDate, graph: graph)
  }

  var scope: String {
    ids.isEmpty
      ? "the whole graph"
      : ids.prefix(5).map { graph.entities[$0]!.label(in: language) }.joined(separator: ", ") + (ids.count > 5 ? " and \(ids.count - 5) more" : "")
  }

  package var nothingFound: String? {
    dated.isEmpty && fromEvents.isEmpty && withoutDate.isEmpty ? "nothing about \(scope) is dated with filters: \(filters)" : nil
  }

  package var text: String {
    let viewpoint = ids.count == 1 ? ids[0] : nil
    var lines = ["\(scope): \(counted(dated.count, "dated claim")) (filters: \(filters))", ""]
    for entry in dated { lines += [entry.claim.time!.display, ClaimText.describe(entry.claim, from: viewpoint, in: graph, language: language)] }
    if inherited {
      lines += ["", "through the events they took part in: \(fromEvents.count)", ""]
      for entry in fromEvents {
        lines.append("\(entry.claim.time!.display)  (via \(graph.entities[entry.via!]?.label(in: language) ?? entry.via!.rawValue))")
        lines.append(ClaimText.describe(entry.claim, from: nil, in: graph, language: language))
      }
    }
    if undated {
      lines += ["", "undated: \(withoutDate.count)", ""] + withoutDate.map { ClaimText.describe($0, from: viewpoint, in: graph, language: language) }
    }
    return lines.joined(separator: "\n")
  }
}
