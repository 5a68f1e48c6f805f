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
  /// Includes the dated claims in which it is subject or object, and the dates of
  /// the events it took part in (or founded, led, suppressed…), marked `via`.
  ///
  /// - Throws: ``QueryError/unknownEntity(_:)``.
  /// - Complexity: O(*c* log *c*) in the number of claims concerned.
  public func timeline(of id: EntityID) throws(QueryError) -> [TimelineEntry] {
    _ = try entity(id)
    var entries: [TimelineEntry] = []
    var seen = Set<ClaimID>()
    for claim in claims(about: id) {
      if claim.time != nil, seen.insert(claim.id).inserted { entries.append(TimelineEntry(claim: claim, via: nil)) }
      guard let other = claim.subject == id ? claim.object : claim.subject, other != id, entities[other]?.kind == "event" else { continue }
      for eventClaim in claims(about: other) where eventClaim.subject == other && eventClaim.time != nil
        && ["occurred_in", "occurred"].contains(eventClaim.predicateName) && seen.insert(eventClaim.id).inserted
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
