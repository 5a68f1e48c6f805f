import Foundation
import HistoryGraph

/// The records of a graph for an export (``GraphRecords``), read from its index a
/// slice at a time: the rows of each table in their order, never the whole graph.
extension GraphIndexReader {
  /// The graph's ``GraphOutline``, from SQL aggregates over its rows.
  func outline() throws(SQLiteError) -> GraphOutline {
    var qualifiers: Set<String> = []
    let names = try db.prepare("SELECT DISTINCT name FROM qualifiers")
    while try names.step() { qualifiers.insert(names.text(0)) }
    let most = try db.prepare("SELECT coalesce(max(sources), 0) FROM claims")
    guard try most.step() else { throw SQLiteError(description: "the claims cannot be counted") }
    var translations: Set<Language> = []
    let translated = try db.prepare("SELECT DISTINCT translations FROM sources WHERE translations <> ''")
    while try translated.step() { translations.formUnion(GraphIndexFile.labels(translated.text(0)).keys) }
    var labelLanguages: Set<Language> = []
    let labels = try db.prepare("SELECT labels FROM entities")
    while try labels.step() { labelLanguages.formUnion(GraphIndexFile.labels(labels.text(0)).keys) }
    var slots: [String: Int] = [:]
    let counts = try db.prepare(
      "SELECT property, max(n) FROM (SELECT property, count(*) AS n FROM claims WHERE property IS NOT NULL GROUP BY subject, property) GROUP BY property"
    )
    while try counts.step() { slots[counts.text(0)] = counts.int(1) }
    return GraphOutline(
      qualifiers: qualifiers, mostSources: most.int(0), translations: translations, labelLanguages: labelLanguages, propertySlots: slots)
  }

  /// Calls `body` with every entity in the graph's order, `size` at a time, with
  /// the `parts` asked for: its property claims (read by the entities' rowids), its
  /// claims' span (stored when the index was compiled).
  ///
  /// - Throws: ``SQLiteError`` when a row is not as written (and what `body` throws).
  mutating func forEachEntitySlice(size: Int, _ parts: EntityRecord.Parts, _ body: ([EntityRecord]) throws -> Void) throws {
    let rows = try TableStatement<EntitiesTable>.select(from: db, "ORDER BY rowid")
    let owned = try db.prepare(
      "SELECT c.rowid FROM entities e JOIN claims c ON c.subject = e.id WHERE e.rowid BETWEEN ?1 AND ?2 AND c.property IS NOT NULL ORDER BY c.rowid")
    var slice: [(entity: Entity, span: DayInterval?)] = []
    var first = 0
    var count = 0
    func hand(last: Int) throws {
      var claims: [EntityID: [Claim]] = [:]
      if parts.contains(.properties) {
        try owned.bind(1, first)
        try owned.bind(2, last)
        var claimRows: [Int] = []
        while try owned.step() { claimRows.append(owned.int(0)) }
        owned.reset()
        for claim in try self.claims(atRows: claimRows) { claims[claim.subject, default: []].append(claim) }
      }
      try body(slice.map { EntityRecord($0.entity, properties: claims[$0.entity.id] ?? [], span: $0.span) })
      slice.removeAll(keepingCapacity: true)
    }
    var last = 0
    while try rows.step() {
      if slice.isEmpty { first = rows.rowID }
      last = rows.rowID
      slice.append((try entity(rows), parts.contains(.span) ? try Self.span(rows) : nil))
      count += 1
      if slice.count == size { try hand(last: last) }
    }
    if !slice.isEmpty { try hand(last: last) }
    try expect(count, rowsOf: EntitiesTable.self)
  }

  /// Calls `body` with every claim in the graph's order, `size` at a time, each
  /// with the corroboration stored when the index was compiled: one pass over the
  /// claims, their qualifiers and their sources side by side (each table in rowid order).
  ///
  /// - Throws: ``SQLiteError`` when a row is not as written (and what `body` throws).
  mutating func forEachClaimSlice(size: Int, _ body: ([ClaimRecord]) throws -> Void) throws {
    _ = try documents()  // each source is checked against its document's lines
    let claimCount = try GraphIndexFile.writtenCount(of: ClaimsTable.self, in: db)
    let claimRows = try TableStatement<ClaimsTable>.select(from: db, "ORDER BY rowid")
    let qualifierRows = try TableStatement<QualifiersTable>.select(from: db, "ORDER BY rowid")
    let sourceRows = try TableStatement<SourcesTable>.select(from: db, "ORDER BY rowid")
    var hasQualifier = try qualifierRows.step()
    var hasSource = try sourceRows.step()
    var (index, qualifiersRead, sourcesRead) = (0, 0, 0)
    var slice: [ClaimRecord] = []
    slice.reserveCapacity(size)
    while try claimRows.step() {
      guard index < claimCount else { throw SQLiteError(description: "the claims changed while read") }
      var qualifiers: [Qualifier] = []
      while hasQualifier, qualifierRows.int(.claim) <= index {
        guard qualifierRows.int(.claim) == index else { throw SQLiteError(description: "a qualifier of no claim") }
        qualifiers.append(Self.qualifier(qualifierRows))
        qualifiersRead += 1
        hasQualifier = try qualifierRows.step()
      }
      var sources: [Source] = []
      while hasSource, sourceRows.int(.claim) <= index {
        guard sourceRows.int(.claim) == index else { throw SQLiteError(description: "a source of no claim") }
        sources.append(try source(sourceRows))
        sourcesRead += 1
        hasSource = try sourceRows.step()
      }
      let claim = try claim(claimRows, qualifiers: qualifiers, sources: sources)
      let corroboration = GraphIndexFile.words(claimRows.text(.independent)).map { DocumentID($0) }
      slice.append(ClaimRecord(claim, corroboration: corroboration))
      index += 1
      if slice.count == size {
        try body(slice)
        slice.removeAll(keepingCapacity: true)
      }
    }
    if !slice.isEmpty { try body(slice) }
    if hasQualifier { throw SQLiteError(description: "a qualifier of no claim") }
    if hasSource { throw SQLiteError(description: "a source of no claim") }
    try expect(index, rowsOf: ClaimsTable.self)
    try expect(qualifiersRead, rowsOf: QualifiersTable.self)
    try expect(sourcesRead, rowsOf: SourcesTable.self)
  }

  /// The span of an entity's claims stored in its row.
  private static func span(_ row: TableStatement<EntitiesTable>) throws(SQLiteError) -> DayInterval? {
    guard let earliest = row.optionalInt(.spanEarliest), let latest = row.optionalInt(.spanLatest) else { return nil }
    guard let start = Int32(exactly: earliest), let end = Int32(exactly: latest), start <= end else {
      throw SQLiteError(description: "an entity's stored span is out of range")
    }
    return DayInterval(earliest: start, latest: end)
  }

  /// The documents and every entity of a place kind: what `Gazetteer.load(graph:for:)` looks a place up in.
  /// What a map of `places` needs (see `MapPart`): the places, every holding and
  /// taking of them (the claims whose object is one of them, by the holding roles),
  /// and each place's claims as counted when written, checked against the claims table.
  mutating func mapPart(of places: [EntityID]) throws(SQLiteError) -> MapPart {
    let territorial = schema.relations(withRole: .holdsTerritory).union(schema.relations(withRole: .takesTerritory))
    var (rows, claimRows, counts) = (Set<Int>(), Set<Int>(), [EntityID: Int]())
    let rowOfID = try TableStatement<EntitiesTable>.select([.claimCount], from: db, "WHERE id = :id")
    let claimsAbout = try db.prepare("SELECT count(*) FROM claims WHERE subject = :id OR object = :id")
    let claimsNaming = try TableStatement<ClaimsTable>.select([.relation], from: db, "WHERE object = :object")
    for place in places {
      try rowOfID.bind(.id, place.rawValue)
      defer { rowOfID.reset() }
      guard try rowOfID.step() else { continue }
      try claimsAbout.bind(claimsAbout.parameterIndex(":id")!, place.rawValue)
      guard try claimsAbout.step(), claimsAbout.int(0) == rowOfID.int(.claimCount) else {
        throw SQLiteError(description: "the claims about \(place) are not those written")
      }
      claimsAbout.reset()
      rows.insert(rowOfID.rowID)
      counts[place] = rowOfID.int(.claimCount)
      try claimsNaming.bind(.object, place.rawValue)
      while try claimsNaming.step() {
        if claimsNaming.optionalText(.relation).map(territorial.contains) == true { claimRows.insert(claimsNaming.rowID) }
      }
      claimsNaming.reset()
    }
    return MapPart(graph: try part(entities: rows, claims: claimRows).0, claimCounts: counts)
  }

  mutating func places() throws(SQLiteError) -> CuratedGraph {
    let documents = try documents()
    var entities: [Entity] = []
    let rows = try TableStatement<EntitiesTable>.select(from: db, "WHERE kind = :kind ORDER BY rowid")
    for kind in schema.kinds(withRole: .place).sorted() {
      try rows.bind(.kind, kind)
      while try rows.step() { entities.append(try entity(rows)) }
      rows.reset()
    }
    return CuratedGraph(schema: schema, documents: documents, entities: entities, claims: [])
  }
}

/// A graph's records read from its current index (see ``GraphIndex/withRecords(graph:corpus:sliceSize:notify:_:)``).
final class IndexRecords: GraphRecords {
  let schema: Schema
  let documents: KeyedList<DocumentID, Document>
  private var reader: GraphIndexReader
  private let sliceSize: Int

  init(_ reader: GraphIndexReader, schema: Schema, sliceSize: Int) throws(SQLiteError) {
    self.reader = reader
    self.schema = schema
    self.sliceSize = sliceSize
    documents = KeyedList(try self.reader.documents().map { ($0.id, $0) })
  }

  func outline() throws -> GraphOutline { try reader.outline() }

  func forEachEntitySlice(_ parts: EntityRecord.Parts, _ body: ([EntityRecord]) throws -> Void) throws {
    try reader.forEachEntitySlice(size: sliceSize, parts, body)
  }

  func forEachClaimSlice(_ body: ([ClaimRecord]) throws -> Void) throws {
    try reader.forEachClaimSlice(size: sliceSize, body)
  }

  func mapPart(of places: Gazetteer) throws -> MapPart { try reader.mapPart(of: Array(places.locations.keys)) }

  /// Looked up among the places read alone; when that fails, in the whole graph, which says why as loading it would.
  func gazetteer(graph folder: String) throws -> Gazetteer {
    guard FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent(Gazetteer.fileName)) else {
      // With no file there is nothing to look up.
      return try Gazetteer.load(graph: folder, for: CuratedGraph(schema: schema, documents: Array(documents.values), entities: [], claims: []))
    }
    do {
      return try Gazetteer.load(graph: folder, for: try reader.places())
    } catch is LoadError {
      return try Gazetteer.load(graph: folder, for: try reader.whole().0)
    }
  }
}
