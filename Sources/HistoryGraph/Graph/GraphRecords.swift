/// A graph as an export reads it, a slice at a time, so that the export writes
/// each record as it reads it and never holds the graph whole: first what must be
/// known of the whole graph before any record (``outline()``, the schema and the
/// documents), then the entities and the claims in the graph's order.
///
/// `CuratedGraph` is one (the whole graph, already loaded); a compiled index is
/// another (`GraphIndex.withRecords`), reading slices of its rows. Both give the
/// same records in the same order, so an export writes the same bytes from either.
public protocol GraphRecords {
  var schema: Schema { get }
  /// The documents, in the graph's order (a handful, held whole).
  var documents: KeyedList<DocumentID, Document> { get }
  /// What the whole graph holds that sets an export's columns.
  func outline() throws -> GraphOutline
  /// Calls `body` with every entity in the graph's order, a slice at a time,
  /// each with the `parts` of its ``EntityRecord`` asked for.
  func forEachEntitySlice(_ parts: EntityRecord.Parts, _ body: ([EntityRecord]) throws -> Void) throws
  /// Calls `body` with every claim in the graph's order, a slice at a time.
  func forEachClaimSlice(_ body: ([ClaimRecord]) throws -> Void) throws
  /// What a map of the located places needs (see ``MapPart``).
  func mapPart(of places: Gazetteer) throws -> MapPart
  /// The gazetteer of the graph folder `folder` (see `Gazetteer.load(graph:for:)`), checked against this graph.
  ///
  /// - Throws: `LoadError` as `Gazetteer.load(graph:for:)` throws it for the whole graph.
  func gazetteer(graph folder: String) throws -> Gazetteer
}

/// What a map of a gazetteer's places needs of a graph: a graph that holds each
/// located place and every holding and taking of it, so that its holdings over
/// all time (`CuratedGraph.holdings(during:reading:)`, leaders aside) are the
/// whole graph's; and how many claims of the whole graph name each located place.
public struct MapPart: Sendable {
  /// The located places, the claims that hold or take them, and their holders.
  public let graph: CuratedGraph
  /// How many claims of the whole graph name each located place.
  public let claimCounts: [EntityID: Int]

  public init(graph: CuratedGraph, claimCounts: [EntityID: Int]) {
    self.graph = graph
    self.claimCounts = claimCounts
  }
}

/// An entity and what an export may ask about it with it.
public struct EntityRecord: Sendable {
  /// What a record holds besides its entity.
  public struct Parts: OptionSet, Sendable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }
    /// ``EntityRecord/properties``.
    public static let properties = Parts(rawValue: 1)
    /// ``EntityRecord/span``.
    public static let span = Parts(rawValue: 2)
  }

  public let entity: Entity
  /// The property claims whose subject it is, in the graph's order (empty unless asked for).
  public let properties: [Claim]
  /// `CuratedGraph.claimSpan(of:)` (`nil` unless asked for).
  public let span: DayInterval?

  public init(_ entity: Entity, properties: [Claim] = [], span: DayInterval? = nil) {
    self.entity = entity
    self.properties = properties
    self.span = span
  }
}

/// A claim and its independent corroborating documents (see `CuratedGraph.corroboration(of:)`), found in the whole graph.
public struct ClaimRecord: Sendable {
  public let claim: Claim
  public let corroboration: [DocumentID]

  public init(_ claim: Claim, corroboration: [DocumentID]) {
    self.claim = claim
    self.corroboration = corroboration
  }
}

/// What the whole graph holds that sets the columns of an export, known before
/// its first record: the qualifiers in use, the most sources of a claim, the
/// languages quotes are translated into and entities are labelled in, and the
/// most claims of each property about one entity.
public struct GraphOutline: Sendable, Equatable {
  /// The name of every qualifier some claim has.
  public var qualifiers: Set<String>
  /// The most sources any claim has.
  public var mostSources: Int
  /// Every language some quote is translated into.
  public var translations: Set<Language>
  /// Every language some entity has a label in.
  public var labelLanguages: Set<Language>
  /// For each property some entity has, the most claims of it about one entity.
  public var propertySlots: [String: Int]

  public init(qualifiers: Set<String>, mostSources: Int, translations: Set<Language>, labelLanguages: Set<Language>, propertySlots: [String: Int]) {
    self.qualifiers = qualifiers
    self.mostSources = mostSources
    self.translations = translations
    self.labelLanguages = labelLanguages
    self.propertySlots = propertySlots
  }

  /// The outline of `graph`.
  public init(_ graph: CuratedGraph) {
    var qualifiers: Set<String> = []
    var mostSources = 0
    var translations: Set<Language> = []
    var counts: [PropertyKey: Int] = [:]
    for claim in graph.claims.values {
      for qualifier in claim.qualifiers { qualifiers.insert(qualifier.name) }
      mostSources = max(mostSources, claim.sources.count)
      for source in claim.sources { translations.formUnion(source.translations.keys) }
      if case .property(let name, _) = claim.predicate { counts[PropertyKey(subject: claim.subject, name: name), default: 0] += 1 }
    }
    var slots: [String: Int] = [:]
    for (key, count) in counts { slots[key.name] = max(slots[key.name] ?? 0, count) }
    self.init(
      qualifiers: qualifiers, mostSources: mostSources, translations: translations,
      labelLanguages: Set(graph.entities.values.lazy.flatMap(\.labels.keys)), propertySlots: slots)
  }

  private struct PropertyKey: Hashable {
    let subject: EntityID
    let name: String
  }
}

extension CuratedGraph: GraphRecords {
  /// Records are handed on this many at a time.
  static let sliceSize = 4096

  public func outline() -> GraphOutline { GraphOutline(self) }

  public func forEachEntitySlice(_ parts: EntityRecord.Parts, _ body: ([EntityRecord]) throws -> Void) rethrows {
    var owned: [EntityID: [Claim]] = [:]
    if parts.contains(.properties) {
      for claim in claims.values where claim.object == nil { owned[claim.subject, default: []].append(claim) }
    }
    for start in stride(from: 0, to: entities.count, by: Self.sliceSize) {
      try body(
        entities.values[start..<min(start + Self.sliceSize, entities.count)].map {
          EntityRecord($0, properties: owned[$0.id] ?? [], span: parts.contains(.span) ? claimSpan(of: $0.id) : nil)
        })
    }
  }

  public func forEachClaimSlice(_ body: ([ClaimRecord]) throws -> Void) rethrows {
    for start in stride(from: 0, to: claims.count, by: Self.sliceSize) {
      try body(claims.values[start..<min(start + Self.sliceSize, claims.count)].map { ClaimRecord($0, corroboration: corroboration(of: $0)) })
    }
  }

  public func mapPart(of places: Gazetteer) -> MapPart {
    MapPart(graph: self, claimCounts: Dictionary(places.locations.keys.lazy.map { ($0, (try? self.claims(about: $0).count) ?? 0) }) { a, _ in a })
  }

  public func gazetteer(graph folder: String) throws -> Gazetteer { try Gazetteer.load(graph: folder, for: self) }
}

extension CuratedGraph {
  /// The days from the earliest to the latest of the claims `id` takes part in,
  /// when every one of them is dated; `nil` when one is not, or there is none.
  public func claimSpan(of id: EntityID) -> DayInterval? {
    guard let indices = claimsByEntity[id], let first = indices.first, var span = claims.values[first].time?.interval else { return nil }
    for index in indices.dropFirst() {
      guard let interval = claims.values[index].time?.interval else { return nil }
      span = DayInterval(earliest: min(span.earliest, interval.earliest), latest: max(span.latest, interval.latest))
    }
    return span
  }

  /// How many claims have `id` as subject or object.
  package func claimCount(of id: EntityID) -> Int { claimsByEntity[id]?.count ?? 0 }
}

extension GraphRecords {
  /// The language a source's quote is in: its document's `language:`, else the graph's primary one.
  public func quoteLanguage(of source: Source) -> Language? {
    documents[source.document]?.bibliography.language ?? schema.languages.primary
  }
}
