/// Counts that describe a graph: what it holds, what it rests on, how much is dated.
public struct GraphStatistics: Codable, Hashable, Sendable, NullKeepingEncodable {
  public let entities: Int
  public let claims: Int
  public let sources: Int
  public let entities_by_kind: [String: Int]
  public let claims_by_relation: [String: Int]
  public let claims_by_property: [String: Int]
  /// Claims citing each document.
  public let claims_by_document: [String: Int]
  public let dated_claims: Int
  /// Share of claims with a time, 0–1.
  public let dated_share: Double
  /// Earliest and latest New Style day of any bounded claim time.
  public let earliest: String?
  public let latest: String?
  public let claims_by_calendar: [String: Int]
  /// Claims that two or more independent documents state (on their own or through agreeing claims).
  public let corroborated_claims: Int
  public let disagreements: Int

  public init(_ graph: CuratedGraph) {
    entities = graph.entities.count
    claims = graph.claims.count
    sources = graph.claims.values.reduce(0) { $0 + $1.sources.count }
    entities_by_kind = graph.entities.values.reduce(into: [:]) { $0[$1.kind, default: 0] += 1 }
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
    claims_by_relation = relations
    claims_by_property = properties
    claims_by_document = documents
    claims_by_calendar = calendars
    dated_claims = dated
    dated_share = claims == 0 ? 0 : Double(dated) / Double(claims)
    earliest = first == .max ? nil : CalendarDay.iso(first)
    latest = last == .min ? nil : CalendarDay.iso(last)
    corroborated_claims = corroborated
    disagreements = graph.disagreements().count
  }
}
