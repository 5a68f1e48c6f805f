/// Counts that describe a graph: what it holds, what it rests on, how much is dated.
/// Its `Encodable` conformance is the JSON of `stats --json`.
public struct GraphStatistics: Hashable, Sendable, Codable {
  public let entities: Int
  public let claims: Int
  public let sources: Int
  public let entitiesByKind: [String: Int]
  public let claimsByRelation: [String: Int]
  public let claimsByProperty: [String: Int]
  /// Claims citing each document.
  public let claimsByDocument: [String: Int]
  public let datedClaims: Int
  /// Share of claims with a time, 0–1.
  public let datedShare: Double
  /// Earliest and latest New Style day of any bounded claim time.
  public let earliest: String?
  public let latest: String?
  public let claimsByCalendar: [String: Int]
  /// Claims that two or more independent documents state (on their own or through agreeing claims).
  public let corroboratedClaims: Int
  public let disagreements: Int

  public init(_ graph: CuratedGraph) {
    entities = graph.entities.count
    claims = graph.claims.count
    sources = graph.claims.values.reduce(0) { $0 + $1.sources.count }
    entitiesByKind = graph.entities.values.reduce(into: [:]) { $0[$1.kind, default: 0] += 1 }
    var relations: [String: Int] = [:]
    var properties: [String: Int] = [:]
    var documents: [String: Int] = [:]
    var calendars: [String: Int] = [:]
    var dated = 0
    var first = Int32.max
    var last = Int32.min
    var corroborated = 0
    for claim in graph.claims.values {
      switch claim.predicate {
      case .relation(let name, _): relations[name, default: 0] += 1
      case .property(let name, _): properties[name, default: 0] += 1
      }
      for document in Set(claim.sources.map(\.document)) { documents[document.rawValue, default: 0] += 1 }
      if let time = claim.time {
        dated += 1
        calendars[time.calendar.rawValue, default: 0] += 1
        if time.interval.hasStart { first = min(first, time.interval.earliest) }
        if time.interval.hasEnd { last = max(last, time.interval.latest) }
      }
      if graph.corroboration(of: claim).count > 1 { corroborated += 1 }
    }
    claimsByRelation = relations
    claimsByProperty = properties
    claimsByDocument = documents
    claimsByCalendar = calendars
    datedClaims = dated
    datedShare = claims == 0 ? 0 : Double(dated) / Double(claims)
    earliest = first == .max ? nil : CalendarDay.iso(first)
    latest = last == .min ? nil : CalendarDay.iso(last)
    corroboratedClaims = corroborated
    disagreements = graph.disagreements().filter(\.isDisagreement).count
  }
}
