import GraphEngine
/// One dated entry of a timeline: a claim and, when it is reached through an
/// event the entity took part in, that event.
public struct TimelineEntry: Hashable, Sendable {
  public let claim: Claim
  /// The event through which the claim concerns the entity, if not directly.
  public let via: EntityID?
}

extension CuratedGraph {
  /// Everything dated about an entity, in time order (by earliest New Style day, then latest).
  ///
  /// Includes the dated claims in which it is subject or object and, for every
  /// entity of a kind with the role `event` that it is tied to, the event's own
  /// dates (its claims with a `located-in` relation, and its value-less
  /// properties such as "occurred"), marked `via`.
  ///
  /// - Throws: ``QueryError/unknownEntity(_:)``.
  /// - Complexity: O(*c* log *c*) in the number of claims concerned.
  public func timeline(of id: EntityID) throws(QueryError) -> [TimelineEntry] {
    _ = try entity(id)
    let eventKinds = schema.kinds(withRole: .event)
    let places = schema.relations(withRole: .locatedIn)
    let occurrences = Set(schema.properties.filter { $0.type == .none }.map(\.name))
    var entries: [TimelineEntry] = []
    var seen = Set<ClaimID>()
    for claim in claimsMentioning(id) {
      if claim.time != nil, seen.insert(claim.id).inserted { entries.append(TimelineEntry(claim: claim, via: nil)) }
      guard let other = claim.subject == id ? claim.object : claim.subject, other != id,
        let kind = entities[other]?.kind, eventKinds.contains(kind)
      else { continue }
      for eventClaim in claimsMentioning(other) where eventClaim.subject == other && eventClaim.time != nil
        && (places.contains(eventClaim.predicateName) && eventClaim.object != nil
          || occurrences.contains(eventClaim.predicateName) && eventClaim.object == nil)
        && seen.insert(eventClaim.id).inserted
      {
        entries.append(TimelineEntry(claim: eventClaim, via: other))
      }
    }
    return entries.sorted {
      let a = $0.claim.time!.interval
      let b = $1.claim.time!.interval
      return (a.earliest, a.latest, $0.claim.id) < (b.earliest, b.latest, $1.claim.id)
    }
  }
}
