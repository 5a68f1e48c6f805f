import GraphEngine

/// Who held a place over some days, on what claim, and who led the holder then.
public struct Holding: Hashable, Sendable {
  public let place: EntityID
  public let holder: EntityID
  /// The claim that states the holding (a `holds-territory` relation) or opens it
  /// (a `takes-territory` relation: the day the place was taken).
  public let claim: Claim
  /// The New Style days the holding may cover: the claim's own time for a stated
  /// holding; for a taking, from its first possible day until the day before the
  /// place was next taken or held by another (open when the sources say nothing more).
  /// A stated holding with an open end is closed the same way.
  public let period: DayInterval
  /// Whether the holding was opened by a taking rather than stated for a period.
  public let isTaken: Bool
  /// The claim of the next holder whose taking or holding closed this one (an
  /// inference from the two claims, not a statement of either), if one did.
  public let endedBy: Claim?
  /// The holder's leadership-role claims in force during the days asked about
  /// (possibly: those that overlap them, then the undated ones; certainly: those
  /// certainly in force then, see ``Dating/certainlyOverlaps(_:)``).
  public let leaders: [Claim]
}

extension CuratedGraph {
  /// Which bodies held which places during `window` and who led them then.
  ///
  /// Reads the schema's roles, not relation names: dated claims of a
  /// `holds-territory` relation hold their object while their time lasts;
  /// dated claims of a `takes-territory` relation start a holding that lasts
  /// until another subject takes or starts holding the same place, and end the
  /// open holding of the one before. Undated claims say nothing about a day and
  /// are left out.
  ///
  /// - Parameter mode: `.possible` (the default) keeps every holding and leader that
  ///   may be in force during `window` (its days overlap it) and the undated leaders;
  ///   `.certain` keeps only those in force on some day of `window` under every
  ///   reading of their dates (see ``Dating/certainlyOverlaps(_:)``): an uncertain
  ///   or approximate date is never certain, an open end lasts only its start's
  ///   days, and an end inferred from the next holder's claim counts (the holding
  ///   lasts until the day before that claim may first begin).
  /// - Complexity: O(*C* + *h* log *h*) for *h* territorial claims.
  public func holdings(during window: DayInterval, reading mode: TemporalMode = .possible) -> [Holding] {
    let leadership = schema.relations(withRole: .leadership)
    var result: [Holding] = []
    // Each holder's leadership claims, found once however many places it holds.
    var ledBy: [EntityID: [Claim]] = [:]
    for span in holdingSpans() {
      // Certainly in force on some day of the window: begun by its last day, not ended before its first.
      let inForce: Bool
      switch mode {
      case .possible: inForce = span.period.overlaps(window)
      case .certain: inForce = span.claim.time!.latestStart <= window.latest && span.earliestEnd >= window.earliest
      }
      guard inForce else { continue }
      let holder = span.claim.subject
      if ledBy[holder] == nil {
        ledBy[holder] = claimsMentioning(holder).filter { leadership.contains($0.predicateName) && $0.object == holder }
      }
      let led = ledBy[holder]!
      let leaders: [Claim]
      switch mode {
      case .possible: leaders = led.filter { $0.time?.interval.overlaps(window) == true } + led.filter { $0.time == nil }
      case .certain: leaders = led.filter { $0.time?.certainlyOverlaps(window) == true }
      }
      result.append(
        Holding(
          place: span.place, holder: holder, claim: span.claim, period: span.period, isTaken: span.isTaken, endedBy: span.endedBy, leaders: leaders))
    }
    return result.sorted { ($0.place, $0.holder, $0.claim.id) < ($1.place, $1.holder, $1.claim.id) }
  }

  /// The days each dated territorial claim may be in force, as ``holdings(during:reading:)``
  /// and ``claimants(during:reading:filter:)`` read them: for a holding or a taking, its
  /// ``Holding/period`` and the claim that ended it (if inferred); for a claim to a place
  /// (``RelationRole/claimsTerritory``), its own days. A holding, taking or claim is in
  /// force during a window, possibly or certainly, only if these days overlap it; what
  /// decides it is the claim itself and the claim that ended it. (What a compiled
  /// index stores to answer `as-of` from the claims these name.)
  ///
  /// - Complexity: O(*C* + *h* log *h*) for *h* territorial claims.
  public func territorialPeriods() -> [(claim: Claim, period: DayInterval, endedBy: Claim?)] {
    let claiming = schema.relations(withRole: .claimsTerritory)
    var periods = holdingSpans().map { (claim: $0.claim, period: $0.period, endedBy: $0.endedBy) }
    for claim in claims.values where claiming.contains(claim.predicateName) && claim.object != nil {
      if let time = claim.time { periods.append((claim, time.interval, nil)) }
    }
    return periods
  }

  /// A dated holding or taking with the days it may cover (see ``Holding/period``).
  struct HoldingSpan: Sendable {
    let place: EntityID
    let claim: Claim
    let isTaken: Bool
    let period: DayInterval
    /// The earliest day it may end under every reading (an inferred end counts).
    let earliestEnd: Int32
    let endedBy: Claim?
  }

  /// Every dated holding and taking, each with its period and the next holder's
  /// claim that ended it: worked out once for the graph (`as-of --step` asks for
  /// them at every step).
  private func holdingSpans() -> [HoldingSpan] { holdingSpanCache.get(spansOfHoldings) }

  private func spansOfHoldings() -> [HoldingSpan] {
    let holds = schema.relations(withRole: .holdsTerritory)
    let takes = schema.relations(withRole: .takesTerritory)
    // Every dated territorial claim, by place, in time order.
    var byPlace: [EntityID: [(claim: Claim, isTaken: Bool)]] = [:]
    for claim in claims.values {
      guard let place = claim.object, claim.time != nil else { continue }
      let isHeld = holds.contains(claim.predicateName)
      let isTaken = takes.contains(claim.predicateName)
      if isHeld || isTaken { byPlace[place, default: []].append((claim, isTaken && !isHeld)) }
    }
    var spans: [HoldingSpan] = []
    for (place, events) in byPlace {
      let ordered = events.sorted { ($0.claim.time!.interval.earliest, $0.claim.id) < ($1.claim.time!.interval.earliest, $1.claim.id) }
      for (i, event) in ordered.enumerated() {
        let time = event.claim.time!
        let stated = time.interval
        var period = stated
        var earliestEnd = time.earliestEnd
        let endedBy: Claim?
        if event.isTaken || !stated.hasEnd {
          // Runs until another holder's next taking or holding begins.
          let next = ordered[(i + 1)...].first {
            $0.claim.subject != event.claim.subject && $0.claim.time!.interval.earliest > stated.earliest
          }
          let end = next.map { $0.claim.time!.interval.earliest - 1 } ?? .max
          period = DayInterval(earliest: stated.earliest, latest: max(end, stated.earliest))
          // Inferred or open, the end is no earlier than the holding's first possible day.
          earliestEnd = next == nil ? stated.earliest : max(end, stated.earliest)
          endedBy = next?.claim
        } else {
          endedBy = nil
        }
        spans.append(
          HoldingSpan(place: place, claim: event.claim, isTaken: event.isTaken, period: period, earliestEnd: earliestEnd, endedBy: endedBy))
      }
    }
    return spans
  }

  /// Holdings that look coded backwards: a holding with no start and a dated end
  /// that no other holder's taking or holding follows within a month. Often the
  /// text gives the date as when control was established ("by March 1918"), which
  /// is a start, not an end.
  ///
  /// - Complexity: O(*C* log *C*)
  public func implausibleHoldings() -> [Diagnostic] {
    let holds = schema.relations(withRole: .holdsTerritory)
    let territorial = holds.union(schema.relations(withRole: .takesTerritory))
    var startsByPlace: [EntityID: [(holder: EntityID, day: Int32)]] = [:]
    for claim in claims.values where territorial.contains(claim.predicateName) {
      guard let place = claim.object, let interval = claim.time?.interval, interval.hasStart else { continue }
      startsByPlace[place, default: []].append((claim.subject, interval.earliest))
    }
    return claims.values.compactMap { claim in
      guard holds.contains(claim.predicateName), let place = claim.object, let time = claim.time,
        !time.interval.hasStart, time.interval.hasEnd
      else { return nil }
      let end = time.interval.latest
      let followed = (startsByPlace[place] ?? []).contains { $0.holder != claim.subject && abs(Int($0.day) - Int(end)) <= 31 }
      guard !followed else { return nil }
      return Diagnostic(
        .implausibleTime, at: claim.location,
        "claim '\(claim.id)' says \(claim.subject) held \(place) with time '\(time.edtf.text)' (an end and no start), and no other holder follows then",
        hint:
          "if the text gives that date as when the holding began or was established, write the time as '\(time.edtf.text.replacingOccurrences(of: "../", with: ""))/..'",
        severity: .warning)
    }
  }

  /// `place` and every place within it: those that are, directly or through
  /// others, part of it or located in it (by the schema's roles).
  ///
  /// - Throws: ``QueryError/unknownEntity(_:)`` for an unknown place.
  /// - Complexity: O(*C*) for *C* claims.
  public func places(within place: EntityID) throws(QueryError) -> Set<EntityID> {
    guard entities[place] != nil else { throw .unknownEntity(place) }
    let containing = schema.relations(withRole: .partOf).union(schema.relations(withRole: .locatedIn))
    let placeKinds = schema.kinds(withRole: .place)
    var inside: [EntityID: [EntityID]] = [:]
    for claim in claims.values where containing.contains(claim.predicateName) {
      guard let outer = claim.object, entities[claim.subject].map({ placeKinds.contains($0.kind) }) == true else { continue }
      inside[outer, default: []].append(claim.subject)
    }
    var found: Set<EntityID> = [place]
    var queue = [place]
    while let next = queue.popLast() {
      for part in inside[next] ?? [] where found.insert(part).inserted { queue.append(part) }
    }
    return found
  }

  /// The events held at any of `places`: entities of an event kind (``KindRole/event``)
  /// with a located-in claim (``RelationRole/locatedIn``) naming one of them.
  ///
  /// - Complexity: O(*claims*)
  public func eventsHeld(in places: Set<EntityID>) -> Set<EntityID> {
    let locating = schema.relations(withRole: .locatedIn)
    let eventKinds = schema.kinds(withRole: .event)
    var found: Set<EntityID> = []
    for claim in claims.values where locating.contains(claim.predicateName) {
      guard let place = claim.object, places.contains(place), entities[claim.subject].map({ eventKinds.contains($0.kind) }) == true else { continue }
      found.insert(claim.subject)
    }
    return found
  }
}
