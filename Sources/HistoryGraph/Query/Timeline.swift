import GraphEngine

/// One entry of a timeline: a claim and, when it is reached through an event
/// the entity took part in, that event.
public struct TimelineEntry: Hashable, Sendable {
  public let claim: Claim
  /// The event through which the claim concerns the entity, if not directly.
  public let via: EntityID?
}

/// A timeline: the dated claims in time order, kept apart from those inherited
/// from events and from undated ones.
public struct Timeline: Sendable {
  /// The entities' own dated claims (or every dated claim of the graph), in time order.
  public let dated: [TimelineEntry]
  /// With `inherited`: the dates and places of the events the entities took part in, marked `via`, in time order.
  public let inherited: [TimelineEntry]
  /// With `undated`: the entities' claims that carry no date, in file order.
  public let undated: [Claim]

  /// Whether the timeline has no entry at all.
  public var isEmpty: Bool { dated.isEmpty && inherited.isEmpty && undated.isEmpty }
}

extension CuratedGraph {
  /// Everything dated about some entities, or about the whole graph, in time order.
  ///
  /// - Parameters:
  ///   - ids: the entities; empty for every claim of the graph.
  ///   - filter: the claims kept (relations, document, confidence, time window
  ///     overlapping or certainly within, kinds of the entity on the other side).
  ///   - inherited: also the dates of the events the entities are tied to (their
  ///     value-less properties such as "occurred", and where they took place; for
  ///     places, only their taking place there), kept apart and marked `via`.
  ///   - undated: also the claims without a date, kept apart.
  /// - Returns: entries in time order: by the first possible day, or by the last
  ///   for an interval open at its start ("…–3 Mar 1918" stands at March 1918).
  /// - Throws: ``QueryError`` for an unknown entity or a filter the schema does not know.
  /// - Complexity: O(*c* log *c*) in the number of claims concerned.
  public func timeline(of ids: [EntityID], filter: NetworkFilter = NetworkFilter(), inherited: Bool = false, undated: Bool = false) throws(QueryError)
    -> Timeline
  {
    for id in ids { _ = try entity(id) }
    let admits = try filter.claimTest(in: self)
    let concerned = Set(ids)
    var seen = Set<ClaimID>()
    let own = (ids.isEmpty ? Array(claims.values) : ids.flatMap(claimsMentioning)).filter { seen.insert($0.id).inserted && admits($0) }
    var fromEvents: [TimelineEntry] = []
    if inherited {
      let eventKinds = schema.kinds(withRole: .event)
      let places = schema.relations(withRole: .locatedIn)
      let occurrences = Set(schema.properties.filter { $0.type == .none }.map(\.name))
      // For places, an event's other places are not their history (an event in three towns).
      let placeKinds = schema.kinds(withRole: .place)
      let askingPlaces = !ids.isEmpty && ids.allSatisfy { entities[$0].map { placeKinds.contains($0.kind) } == true }
      var events: [EntityID] = []
      for claim in own {
        for other in [claim.subject] + (claim.object.map { [$0] } ?? []) where !concerned.contains(other) {
          if let kind = entities[other]?.kind, eventKinds.contains(kind), !events.contains(other) { events.append(other) }
        }
      }
      for event in events {
        for claim in claimsMentioning(event)
        where claim.subject == event && claim.time != nil && !seen.contains(claim.id)
          && (occurrences.contains(claim.predicateName) && claim.object == nil
            || places.contains(claim.predicateName) && (!askingPlaces || claim.object.map(concerned.contains) == true))
          && admits(claim)
        {
          seen.insert(claim.id)
          fromEvents.append(TimelineEntry(claim: claim, via: event))
        }
      }
    }
    func inOrder(_ entries: [TimelineEntry]) -> [TimelineEntry] {
      entries.sorted {
        let a = $0.claim.time!.interval, b = $1.claim.time!.interval
        return (a.hasStart ? a.earliest : a.latest, a.latest, $0.claim.id) < (b.hasStart ? b.earliest : b.latest, b.latest, $1.claim.id)
      }
    }
    return Timeline(
      dated: inOrder(own.filter { $0.time != nil }.map { TimelineEntry(claim: $0, via: nil) }),
      inherited: inOrder(fromEvents),
      undated: undated ? own.filter { $0.time == nil } : [])
  }
}
