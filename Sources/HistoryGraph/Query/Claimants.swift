import GraphEngine

/// A body that declared authority over a place, on a claim of a `claims-territory`
/// relation (``RelationRole/claimsTerritory``): a claim to the place, not a holding of it.
public struct Claimant: Hashable, Sendable {
  public let place: EntityID
  public let claimant: EntityID
  /// The claim that states the declaration.
  public let claim: Claim
}

extension CuratedGraph {
  /// The bodies that claimed places during `window` (dated claims of the schema's
  /// `claims-territory` relations whose days overlap it, or with `.certain` that
  /// are in force on some day of it under every reading), kept by `filter` as
  /// holdings are: the places, the claimant (``HoldingFilter/holder``), its kind, the document.
  ///
  /// - Throws: as ``holdings(during:reading:filter:)`` does.
  /// - Complexity: O(*C* + *c* log *c*) for *c* claims to territory.
  public func claimants(during window: DayInterval, reading mode: TemporalMode = .possible, filter: HoldingFilter = HoldingFilter())
    throws(QueryError)
    -> [Claimant]
  {
    try check(filter)
    let claiming = schema.relations(withRole: .claimsTerritory)
    return claims.values.compactMap { claim -> Claimant? in
      guard claiming.contains(claim.predicateName), let place = claim.object, let time = claim.time else { return nil }
      let inForce = mode == .possible ? time.interval.overlaps(window) : time.certainlyOverlaps(window)
      guard inForce, keeps(filter, place: place, holder: claim.subject, claim: claim) else { return nil }
      return Claimant(place: place, claimant: claim.subject, claim: claim)
    }.sorted { ($0.place, $0.claimant, $0.claim.id) < ($1.place, $1.claimant, $1.claim.id) }
  }

  /// The claims `document` states about who held, took or claimed places (the
  /// schema's `holds-territory`, `takes-territory` and `claims-territory` roles),
  /// whatever their dates, kept by `filter`'s places, holder and kind: what the
  /// document says when none of it covers a day asked about.
  ///
  /// - Complexity: O(*C*)
  public func territorialClaims(statedBy document: DocumentID, filter: HoldingFilter = HoldingFilter()) -> [Claim] {
    let territorial = schema.relations(withRole: .holdsTerritory).union(schema.relations(withRole: .takesTerritory))
      .union(schema.relations(withRole: .claimsTerritory))
    return claims.values.filter { claim in
      guard territorial.contains(claim.predicateName), let place = claim.object, claim.sources.contains(where: { $0.document == document }) else {
        return false
      }
      return keeps(filter, place: place, holder: claim.subject, claim: claim)
    }
  }

  private func keeps(_ filter: HoldingFilter, place: EntityID, holder: EntityID, claim: Claim) -> Bool {
    (filter.places?.contains(place) ?? true) && (filter.holder.map { $0 == holder } ?? true)
      && (filter.holderKind.map { entities[holder]?.kind == $0 } ?? true)
      && (filter.document.map { document in claim.sources.contains { $0.document == document } } ?? true)
  }
}
