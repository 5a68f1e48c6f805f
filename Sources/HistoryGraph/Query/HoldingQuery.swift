import GraphEngine

/// Which holdings an `as-of` question asks about: within some places, of one
/// holder, of holders of one kind, stated by one document. Each part left `nil`
/// keeps every holding.
public struct HoldingFilter: Hashable, Sendable {
  /// The places (a place and those within it, see ``CuratedGraph/places(within:)``).
  public var places: Set<EntityID>?
  public var holder: EntityID?
  /// A kind of the schema the holder must be of.
  public var holderKind: String?
  /// A document one of the holding claim's sources must cite.
  public var document: DocumentID?

  public init(places: Set<EntityID>? = nil, holder: EntityID? = nil, holderKind: String? = nil, document: DocumentID? = nil) {
    self.places = places
    self.holder = holder
    self.holderKind = holderKind
    self.document = document
  }
}

/// How the holdings of two dates differ: those of the first date only (ended), of
/// the second only (began), and of both (continued), each in the order of
/// ``CuratedGraph/holdings(during:reading:)``.
public struct HoldingChanges: Sendable {
  public let ended: [Holding]
  public let began: [Holding]
  public let continued: [Holding]
}

extension CuratedGraph {
  /// The holdings of ``holdings(during:reading:)`` that `filter` keeps.
  ///
  /// - Throws: ``QueryError/unknownVocabulary(_:known:)`` for a holder kind the schema
  ///   lacks, ``QueryError/unknownDocument(_:known:)`` for a document the graph lacks.
  ///   A filter that keeps nothing is not an error: the answer is empty.
  public func holdings(during window: DayInterval, reading mode: TemporalMode = .possible, filter: HoldingFilter) throws(QueryError) -> [Holding] {
    try check(filter)
    return holdings(during: window, reading: mode).filter { holding in
      (filter.places?.contains(holding.place) ?? true) && (filter.holder.map { $0 == holding.holder } ?? true)
        && (filter.holderKind.map { entities[holding.holder]?.kind == $0 } ?? true)
        && (filter.document.map { document in holding.claim.sources.contains { $0.document == document } } ?? true)
    }
  }

  /// Which holdings `filter` keeps ended, began and continued between two dates.
  ///
  /// - Throws: as ``holdings(during:reading:filter:)``.
  public func holdingChanges(from first: DayInterval, to second: DayInterval, reading mode: TemporalMode = .possible, filter: HoldingFilter)
    throws(QueryError)
    -> HoldingChanges
  {
    let before = try holdings(during: first, reading: mode, filter: filter)
    let after = try holdings(during: second, reading: mode, filter: filter)
    let beforeIDs = Set(before.map(\.claim.id)), afterIDs = Set(after.map(\.claim.id))
    return HoldingChanges(
      ended: before.filter { !afterIDs.contains($0.claim.id) }, began: after.filter { !beforeIDs.contains($0.claim.id) },
      continued: after.filter { beforeIDs.contains($0.claim.id) })
  }

  func check(_ filter: HoldingFilter) throws(QueryError) {
    try schema.checkKinds(filter.holderKind.map { [$0] } ?? [])
    if let document = filter.document, documents[document] == nil { throw .unknownDocument(document, known: Array(documents.keys)) }
  }
}

extension DayInterval {
  /// A calendar step of a series of snapshots.
  public enum Step: String, Hashable, Sendable, CaseIterable {
    case month, year
  }

  /// The Gregorian months or years this interval touches, each clipped to it, at
  /// most `limit + 1` of them (so that a caller can tell that there are more than
  /// `limit`). An interval open at either end has none.
  ///
  /// - Complexity: O(min(*n*, `limit`)).
  public func steps(by step: Step, limit: Int) -> [DayInterval] {
    guard hasStart, hasEnd else { return [] }
    var result: [DayInterval] = []
    var start = earliest
    while start <= latest && result.count <= limit {
      let (y, m, _) = CalendarDay.components(of: start, calendar: .gregorian)
      let next =
        step == .month
        ? CalendarDay.day(year: m == 12 ? y + 1 : y, month: m == 12 ? 1 : m + 1, day: 1, calendar: .gregorian)
        : CalendarDay.day(year: y + 1, month: 1, day: 1, calendar: .gregorian)
      result.append(DayInterval(earliest: start, latest: Swift.min(next - 1, latest)))
      start = next
    }
    return result
  }
}
