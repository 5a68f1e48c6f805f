import Foundation
import GraphEngine
import HistoryGraph

/// Reads a graph back from its index file: the whole graph, or only the part
/// that questions about a few named entities need.
///
/// Rows are read in the graph's order (their rowid). A date is stored as its EDTF
/// text, calendar style, reason and switch to the Gregorian calendar, and read
/// back through ``Dating`` as loading reads it, each distinct date once.
struct GraphIndexReader {
  let db: SQLiteDatabase
  private let givenSchema: Schema?
  private var dates: [DateKey: Dating] = [:]
  /// Each document's number of lines, once the documents are read (``documents()``): no quote is located beyond them.
  private var documentLines: [DocumentID: Int]?

  /// A reader of `db`; `schema` is the one read from `schema.yaml`, needed by
  /// every read that builds a graph (`nil` for those that only count or search).
  init(_ db: SQLiteDatabase, schema: Schema?) {
    self.db = db
    self.givenSchema = schema
  }

  /// The schema the graphs read are built with.
  var schema: Schema {
    guard let givenSchema else { preconditionFailure("a read that builds a graph needs the reader opened with the schema") }
    return givenSchema
  }

  // MARK: The whole graph

  /// The whole graph and its load report.
  mutating func whole() throws(SQLiteError) -> (CuratedGraph, LoadReport) {
    let report = try self.report()
    let documents = try self.documents()
    let entities = try allEntities()
    let ids = Set(entities.map(\.id))

    let claimCount = try GraphIndexFile.writtenCount(of: ClaimsTable.self, in: db)
    var qualifiers = [[Qualifier]](repeating: [], count: claimCount)
    let qualifierRows = try TableStatement<QualifiersTable>.select(from: db, "ORDER BY rowid")
    while try qualifierRows.step() {
      let claim = qualifierRows.int(.claim)
      guard qualifiers.indices.contains(claim) else { throw SQLiteError(description: "a qualifier of no claim") }
      qualifiers[claim].append(Self.qualifier(qualifierRows))
    }
    try expect(qualifiers.reduce(0) { $0 + $1.count }, rowsOf: QualifiersTable.self)
    var sources = [[Source]](repeating: [], count: claimCount)
    let sourceRows = try TableStatement<SourcesTable>.select(from: db, "ORDER BY rowid")
    while try sourceRows.step() {
      let claim = sourceRows.int(.claim)
      guard sources.indices.contains(claim) else { throw SQLiteError(description: "a source of no claim") }
      sources[claim].append(try source(sourceRows))
    }
    try expect(sources.reduce(0) { $0 + $1.count }, rowsOf: SourcesTable.self)
    var claims: [Claim] = []
    claims.reserveCapacity(claimCount)
    let claimRows = try TableStatement<ClaimsTable>.select(from: db, "ORDER BY rowid")
    while try claimRows.step() {
      let index = claims.count
      guard index < claimCount else { throw SQLiteError(description: "the claims changed while read") }
      let claim = try claim(claimRows, qualifiers: qualifiers[index], sources: sources[index])
      guard ids.contains(claim.subject), claim.object.map(ids.contains) ?? true else {
        throw SQLiteError(description: "claim \(claim.id) names an entity the index does not hold")
      }
      claims.append(claim)
    }
    try expect(claims.count, rowsOf: ClaimsTable.self)
    let graph = CuratedGraph(schema: schema, documents: documents, entities: entities, claims: claims)
    // Read on the first name search only, from this connection (the file it opened, even if replaced since).
    graph.useFoldedNames { [db, entityCount = entities.count] in try? Self.names(from: db, entityCount: entityCount) }
    return (graph, report)
  }

  /// A name search (as `CuratedGraph.search` ranks it), each result described
  /// from the part of the graph about it. Only the entities that have a word that
  /// can match the query's most selective word (see `NameIndex.mayMatch`), and
  /// the entity whose id the query is, are read with their names; if those are
  /// more than ``largestSearchPart()``, every entity and name is.
  mutating func search(_ text: String, language: LabelLanguage, limit: Int) throws(SQLiteError) -> [SearchResult] {
    let folding = try GraphIndexFile.nameFolding(in: db)
    let entities: [Entity]
    let names: [NameIndex.Name]
    var rowOfID: [EntityID: Int] = [:]
    if let rows = try searchCandidates(text, folding: folding) {
      // Rows gone or added are seen here, as a read of every name sees them.
      let count = try db.prepare("SELECT count(*) FROM \(NamesTable.tableName)")
      guard try count.step(), count.int(0) == (try GraphIndexFile.writtenCount(of: NamesTable.self, in: db)) else {
        throw SQLiteError(description: "the names are not those written")
      }
      var read: [Entity] = []
      var readNames: [NameIndex.Name] = []
      let nameRows = try TableStatement<NamesTable>.select(from: db, "WHERE entity = :entity ORDER BY rowid")
      for row in rows.sorted() {
        let entity = try entity(at: row)
        try nameRows.bind(.entity, row - 1)
        while try nameRows.step() { readNames.append(try Self.name(nameRows, entity: read.count)) }
        nameRows.reset()
        rowOfID[entity.id] = row
        read.append(entity)
      }
      (entities, names) = (read, readNames)
    } else {
      entities = try allEntities()
      names = try Self.names(from: db, entityCount: entities.count)
      rowOfID = Dictionary(uniqueKeysWithValues: entities.enumerated().map { ($1.id, $0 + 1) })
    }
    let found = NameIndex(entities: entities, names: names, folding: folding).search(text, language: language, limit: limit)
    guard !found.isEmpty else { return [] }
    let (part, _) = try part(around: Set(found.compactMap { rowOfID[$0.id] }))
    return found.map { part.described($0, language: language) }
  }

  /// The rowids of the entities a name search for `text` may find: those with a
  /// word that can match the query word with the fewest such entities, and the
  /// entity whose id is `text`; `nil` if they are more than ``largestSearchPart``.
  func searchCandidates(_ text: String, folding: NameFolding) throws(SQLiteError) -> Set<Int>? {
    let trimmed = text.trimmingWhitespace()
    let query = NameKey.exactTokens(trimmed, folding: folding)
    guard !query.isEmpty else { return [] }
    let byWord = try TableStatement<NameWordsTable>.select([.entity, .entities], from: db, "WHERE word = :word")
    var fewest: (words: Set<String>, entities: Int)?
    for index in query.indices {
      var words = Set<String>()
      var entities = 0
      for term in try terms(in: NameIndex.reach(query, word: index, folding: folding))
      where NameIndex.mayMatch(query, word: index, folding: folding, exact: term.exact, loose: term.loose) && words.insert(term.loose).inserted {
        try byWord.bind(.word, term.loose)
        guard try byWord.step() else { throw SQLiteError(description: "no entity has the name word '\(term.loose)'") }
        entities += byWord.int(.entities)
        byWord.reset()
      }
      if entities < fewest?.entities ?? .max { fewest = (words, entities) }
    }
    guard let fewest, fewest.entities <= (try largestSearchPart()) else { return nil }
    var rows = Set<Int>()
    for word in fewest.words {
      var written = 0
      var these = 0
      try byWord.bind(.word, word)
      while try byWord.step() {
        rows.insert(byWord.int(.entity) + 1)  // entity index → rowid
        written = byWord.int(.entities)
        these += 1
      }
      byWord.reset()
      guard these == written else { throw SQLiteError(description: "the entities named '\(word)' are not those written") }
    }
    let byID = try TableStatement<EntitiesTable>.select([], from: db, "WHERE id = :id")
    try byID.bind(.id, trimmed)
    if try byID.step() { rows.insert(byID.rowID) }
    return rows
  }

  /// The most entities a name search reads one by one: ``largestPart``, or an
  /// eighth of the graph's entities in a larger graph (a first name many people
  /// share is read so, with its entities' names, not every entity and name).
  private func largestSearchPart() throws(SQLiteError) -> Int {
    max(Self.largestPart, (try GraphIndexFile.writtenCount(of: EntitiesTable.self, in: db)) / 8)
  }

  /// The name words (exact and loose forms) in the places `reach` gives: every word that can match its query word.
  private func terms(in reach: NameIndex.Reach) throws(SQLiteError) -> [(exact: String, loose: String)] {
    var found: [(exact: String, loose: String)] = []
    var rowsSeen = Set<Int>()
    func read(_ rows: TableStatement<NameTermsTable>) throws(SQLiteError) {
      while try rows.step() {
        if rowsSeen.insert(rows.rowID).inserted { found.append((rows.text(.exact), rows.text(.loose))) }
      }
    }
    for (column, words, prefixes) in [(NameTermsTable.exact, reach.exactWords, reach.exactPrefixes), (.loose, reach.looseWords, reach.loosePrefixes)]
    {
      let name = column.column.name
      let equal = try TableStatement<NameTermsTable>.select(from: db, "WHERE \(name) = :\(name)")
      for word in words {
        try equal.bind(column, word)
        try read(equal)
        equal.reset()
      }
      for prefix in prefixes {
        // Every text starting with `prefix` sorts (UTF-8, byte by byte) from it to its successor.
        let next = Self.successor(of: prefix)
        let rows = try TableStatement<NameTermsTable>.select(from: db, "WHERE \(name) >= :\(name)" + (next == nil ? "" : " AND \(name) < :bound"))
        try rows.bind(column, prefix)
        if let next { try rows.statement.bind(rows.statement.parameterIndex(":bound")!, next) }
        try read(rows)
      }
    }
    if let part = reach.part {
      let rows = try TableStatement<NameTermsTable>.select(
        from: db, "WHERE rowid IN (SELECT rowid FROM \(GraphIndexFile.nameTermGrams) WHERE \(GraphIndexFile.nameTermGrams) MATCH :exact)")
      try rows.bind(.exact, "\"" + part.replacingOccurrences(of: "\"", with: "\"\"") + "\"")
      try read(rows)
    }
    if let (lengths, keys) = reach.nearSpellings {
      let keyed = try TableStatement<NameTermKeysTable>.select([.terms], from: db, "WHERE key = :key AND length BETWEEN :length AND :longest")
      let term = try TableStatement<NameTermsTable>.select(from: db, "WHERE rowid = :rowid")
      var terms = Set<Int>()
      for key in keys {
        try keyed.bind(.key, key)
        try keyed.bind(.length, lengths.lowerBound)
        try keyed.statement.bind(keyed.statement.parameterIndex(":longest")!, lengths.upperBound)
        while try keyed.step() {
          guard let rows = keyed.numbers(.terms) else { throw SQLiteError(description: "a name key's words are not numbers") }
          for row in rows where !rowsSeen.contains(Int(row)) { terms.insert(Int(row)) }
        }
        keyed.reset()
      }
      for row in terms.sorted() {
        try term.bindRowID(row)
        guard try term.step() else { throw SQLiteError(description: "a name word's key is of no word") }
        rowsSeen.insert(row)
        found.append((term.text(.exact), term.text(.loose)))
        term.reset()
      }
    }
    return found
  }

  /// The first text after every text starting with `prefix` (byte by byte in
  /// UTF-8, which is scalar order): `prefix` with its last scalar made the next
  /// one; `nil` if every scalar is the last there is.
  static func successor(of prefix: String) -> String? {
    var scalars = Array(prefix.unicodeScalars)
    while let last = scalars.popLast() {
      if let next = (last.value + 1...0x10FFFF).lazy.compactMap(Unicode.Scalar.init).first {
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars + [next])
        return String(text)
      }
    }
    return nil
  }

  /// The first `limit` sentences of the documents naming `query` (see
  /// ``GraphIndex/mentions(_:in:)``), each with the claims quoting it, and how many
  /// name it; with `uncited`, only sentences no claim quotes. Ranked, limited and
  /// counted by FTS5 where it reads the words as the search does (see
  /// ``Mentions/firstRanked(_:in:documents:folding:excluding:limit:)``; with
  /// `uncited`, leaving out the quoted sentences of ``QuotedSentences``), the claims
  /// looked up for the sentences shown; else every sentence found is read and ranked.
  mutating func mentions(_ query: String, uncited: Bool, limit: Int) throws(SQLiteError) -> GraphIndex.FoundMentions {
    let documents = try documents().map(\.id)
    let folding = try GraphIndexFile.nameFolding(in: db)
    let quotes = try QuotePlaces(db)
    let excluded = uncited ? try QuotedSentences.read(in: db) : nil
    if let (passages, total) = try Mentions.firstRanked(query, in: db, documents: documents, folding: folding, excluding: excluded, limit: limit) {
      let shown = try passages.map { passage throws(SQLiteError) in
        GraphIndex.Mention(passage: passage, claims: try quotes.claims(quoting: passage))
      }
      guard !uncited || shown.allSatisfy(\.claims.isEmpty) else { throw SQLiteError(description: "a sentence found unquoted is quoted") }
      return GraphIndex.FoundMentions(shown: shown, total: total, uncited: uncited)
    }
    var shown: [GraphIndex.Mention] = []
    var total = 0
    for passage in try Mentions.search(query, in: db, documents: documents, folding: folding) {
      // Without `uncited`, only the sentences shown are looked up.
      guard uncited || shown.count < limit else {
        total += 1
        continue
      }
      let claims = try quotes.claims(quoting: passage)
      guard !uncited || claims.isEmpty else { continue }
      total += 1
      if shown.count < limit { shown.append(GraphIndex.Mention(passage: passage, claims: claims)) }
    }
    return GraphIndex.FoundMentions(shown: shown, total: total, uncited: uncited)
  }

  /// The graph's texts naming `query`, and the part of the graph about the first `limit` of them.
  mutating func texts(naming query: String, showing limit: Int) throws(SQLiteError) -> (hits: [TextHit], graph: CuratedGraph) {
    let hits = try GraphTexts.search(query, in: db, folding: try GraphIndexFile.nameFolding(in: db))
    var entityRows = Set<Int>()
    var claimRows = Set<Int>()
    let claimRow = try TableStatement<ClaimsTable>.select([], from: db, "WHERE id = :id")
    for hit in hits.prefix(limit) {
      entityRows.insert(try row(of: hit.entity))
      guard let claim = hit.claim else { continue }
      try claimRow.bind(.id, claim.rawValue)
      guard try claimRow.step() else { throw SQLiteError(description: "no claim \(claim) in the index") }
      claimRows.insert(claimRow.rowID)
      claimRow.reset()
    }
    return (hits, try part(entities: entityRows, claims: claimRows).0)
  }

  /// The folded names stored by ``GraphIndexFile/write(_:report:texts:graphFiles:corpusFiles:to:)``.
  private static func names(from db: SQLiteDatabase, entityCount: Int) throws(SQLiteError) -> [NameIndex.Name] {
    var names: [NameIndex.Name] = []
    let rows = try TableStatement<NamesTable>.select(from: db, "ORDER BY rowid")
    while try rows.step() {
      let entity = rows.int(.entity)
      guard (0..<entityCount).contains(entity) else { throw SQLiteError(description: "a name of no entity") }
      names.append(try name(rows, entity: entity))
    }
    guard names.count == (try GraphIndexFile.writtenCount(of: NamesTable.self, in: db)) else {
      throw SQLiteError(description: "the names are not those written")
    }
    return names
  }

  /// A names row, checked: not empty; `entity` is the entity's position in what is searched.
  private static func name(_ row: TableStatement<NamesTable>, entity: Int) throws(SQLiteError) -> NameIndex.Name {
    let name = NameIndex.Name(
      entity: entity, text: row.text(.text), exact: GraphIndexFile.words(row.text(.exact)), loose: GraphIndexFile.words(row.text(.loose)))
    guard !name.text.isEmpty, !name.exact.isEmpty, !name.loose.isEmpty else {
      throw SQLiteError(description: "an empty name of entity \(row.int(.entity))")
    }
    return name
  }

  /// The graph's statistics stored when the index was compiled, and its documents (which `stats` names).
  mutating func statistics() throws(SQLiteError) -> (GraphStatistics, [Document]) {
    (try stored(GraphStatistics.self, as: GraphIndexFile.statisticsName), try documents())
  }

  /// The disagreements stored when the index was compiled, with the part of the
  /// graph that holds their claims and the entities those name. The part answers
  /// `disagreements()` and each claim's corroboration as the whole graph does: both
  /// were stored at compile (the disagreements, and each claim's independent
  /// corroborating documents in its row), and the part is given them.
  mutating func disagreements() throws(SQLiteError) -> (disagreements: [Disagreement], graph: CuratedGraph) {
    let stored = try stored([GraphIndexFile.StoredDisagreement].self, as: GraphIndexFile.disagreementsName)
    let rowOfID = try TableStatement<ClaimsTable>.select([], from: db, "WHERE id = :id")
    var rows = Set<Int>()
    for id in stored.flatMap(\.claims) {
      try rowOfID.bind(.id, id)
      guard try rowOfID.step() else { throw SQLiteError(description: "no claim \(id) in the index") }
      rows.insert(rowOfID.rowID)
      rowOfID.reset()
    }
    let records = try claimRecords(atRows: rows.sorted())
    let (graph, _) = try part(entities: [], claims: records.map(\.claim))
    let disagreements = try stored.map { found throws(SQLiteError) in
      let claims = found.claims.compactMap { graph.claims[ClaimID($0)] }
      guard claims.count == found.claims.count else { throw SQLiteError(description: "a disagreement's claim went missing") }
      return Disagreement(aspect: found.aspect, claims: claims)
    }
    guard graph.claims.count == records.count else { throw SQLiteError(description: "two claims of the index have one id") }
    graph.useAgreements(disagreements: disagreements, corroboration: records.map(\.corroboration))
    return (disagreements, graph)
  }

  /// The JSON value of the meta row `name`.
  private func stored<Value: Decodable>(_ type: Value.Type, as name: String) throws(SQLiteError) -> Value {
    let text = try GraphIndexFile.metaValue(name, in: db, schema: "main")
    do {
      return try JSONDecoder().decode(type, from: Data(text.utf8))
    } catch {
      throw SQLiteError(description: "unreadable \(name) in the index: \(error)")
    }
  }

  /// The `top` entities by a measure of the unfiltered network as stored when the
  /// index was compiled (`ClaimNetwork.rank` with no filter), among those of the
  /// `listing` kinds if given, reading only the entities listed; `nil` if the index
  /// holds no ranking by that measure or a kind listed is not the schema's.
  func ranked(by measure: CentralityMeasure, top: Int, listing kinds: Set<String>?) throws(SQLiteError) -> [RankedEntity]? {
    if let kinds, !kinds.isSubset(of: schema.kinds.map(\.name)) { return nil }
    let rows = try TableStatement<CentralitiesTable>.select([.entity, .kind, .score], from: db, "WHERE measure = :measure ORDER BY position")
    try rows.bind(.measure, measure.rawValue)
    var stored = false
    var ranked: [RankedEntity] = []
    while ranked.count < top, try rows.step() {
      stored = true
      guard kinds?.contains(rows.text(.kind)) ?? true else { continue }
      ranked.append(RankedEntity(entity: try entity(at: rows.int(.entity) + 1), score: rows.double(.score)))
    }
    return stored ? ranked : nil
  }

  // MARK: A part of the graph

  /// Every entity one of `names` could denote, with every claim about those
  /// entities and the entities these claims name; `nil` if some name is made of
  /// initials alone (it has no word to look up) or the names could denote more
  /// than ``largestPart`` entities.
  ///
  /// A name denotes an entity by its id, or on a strong match (see
  /// `CuratedGraph.resolve`): each of its words, initials aside, equals a word of
  /// one of the entity's names when loosely folded. The part holds every entity
  /// matching so, so resolving a name in it finds what the whole graph finds, or
  /// the same candidates; only the nearest names for a name that matches nothing
  /// need the whole graph.
  mutating func part(naming names: [String]) throws(SQLiteError) -> (CuratedGraph, LoadReport)? {
    var seeds = Set<Int>()
    for name in names {
      guard let found = try candidates(for: name) else { return nil }
      seeds.formUnion(found)
      // Row by row, a part costs more than the whole graph read in one pass well before it is whole.
      guard seeds.count <= Self.largestPart else { return nil }
    }
    return try part(around: seeds)
  }

  /// The most entities a part is read around (a name as common as "Entity" is answered from the whole graph).
  static let largestPart = 500

  /// The rowids of the entities `name` could denote, or `nil` if it has no word but initials.
  private func candidates(for name: String) throws(SQLiteError) -> Set<Int>? {
    let byID = try TableStatement<EntitiesTable>.select([], from: db, "WHERE id = :id")
    try byID.bind(.id, name)
    if try byID.step() { return [byID.rowID] }
    let folding = try GraphIndexFile.nameFolding(in: db)
    let words = Set(
      NameKey.exactTokens(name.trimmingWhitespace(), folding: folding).filter { $0.count > 1 }.map { NameKey.loose($0, folding: folding) })
    guard !words.isEmpty else { return nil }
    let byWord = try TableStatement<NameWordsTable>.select([.entity, .entities], from: db, "WHERE word = :word")
    var common: Set<Int>?
    for word in words {
      var these = Set<Int>()
      var written = 0
      try byWord.bind(.word, word)
      while try byWord.step() {
        these.insert(byWord.int(.entity) + 1)  // entity index → rowid
        written = byWord.int(.entities)
      }
      byWord.reset()
      guard these.count == written || these.isEmpty else { throw SQLiteError(description: "the entities named '\(word)' are not those written") }
      common = common?.intersection(these) ?? these
    }
    return common ?? []
  }

  /// Every claim about the entities within `hops` ties of `center` (a breadth-first
  /// walk over the claims between entities, direction and filters ignored), and
  /// the entities those claims name; `nil` if more than ``largestPart`` entities
  /// are that near (the whole graph is then read in one pass).
  ///
  /// A walk of `hops + 1` steps from `center` in any filtered view of the network,
  /// either way along claims, meets only claims of this part: each step leaves an
  /// entity at most `hops` ties away.
  mutating func part(within hops: Int, of center: EntityID) throws(SQLiteError) -> (CuratedGraph, LoadReport)? {
    var reached: Set<String> = [center.rawValue]
    var frontier = [center.rawValue]
    let objects = try TableStatement<ClaimsTable>.select([.object], from: db, "WHERE subject = :subject AND object IS NOT NULL")
    let subjects = try TableStatement<ClaimsTable>.select([.subject], from: db, "WHERE object = :object")
    for _ in 0..<hops {
      var next: [String] = []
      for id in frontier {
        try objects.bind(.subject, id)
        while try objects.step() {
          let other = objects.text(.object)
          if reached.insert(other).inserted { next.append(other) }
        }
        objects.reset()
        try subjects.bind(.object, id)
        while try subjects.step() {
          let other = subjects.text(.subject)
          if reached.insert(other).inserted { next.append(other) }
        }
        subjects.reset()
        guard reached.count <= Self.largestPart else { return nil }
      }
      frontier = next
    }
    return try part(around: Set(reached.map { id throws(SQLiteError) in try row(of: EntityID(id)) }))
  }

  /// The entities of these rowids, every claim about them, and the entities those claims name.
  private mutating func part(around seeds: Set<Int>) throws(SQLiteError) -> (CuratedGraph, LoadReport) {
    try part(entities: seeds, claims: try claimRows(about: seeds))
  }

  /// The rowids of every claim about the entities of these rowids, as many as written for each.
  private func claimRows(about seeds: Set<Int>) throws(SQLiteError) -> Set<Int> {
    var claimRows = Set<Int>()
    let claimsAbout = try TableStatement<ClaimsTable>.select([], from: db, "WHERE subject = :subject OR object = :object")
    for row in seeds {
      let (entity, claimCount) = try entityRow(at: row)
      try claimsAbout.bind(.subject, entity.id.rawValue)
      try claimsAbout.bind(.object, entity.id.rawValue)
      var found = 0
      while try claimsAbout.step() {
        claimRows.insert(claimsAbout.rowID)
        found += 1
      }
      claimsAbout.reset()
      guard found == claimCount else { throw SQLiteError(description: "the claims about \(entity.id) are not those written") }
    }
    return claimRows
  }

  /// What `CuratedGraph.holdings(during:reading:filter:)`, `holdingChanges`,
  /// `claimants` and `territorialClaims(statedBy:filter:)` need to answer as the
  /// whole graph does for any date within `window`, with filters named as `as-of`
  /// names them:
  /// - every territorial claim whose days may meet `window` (the R*Tree over the
  ///   stored periods), the claim that ended each, and every leadership claim about
  ///   their subjects;
  /// - every entity the `names` (of a holder, of a place) could denote and every claim about it;
  /// - the part-of and located-in claims that reach the entities `place` could denote;
  /// - with `document`, every territorial claim it states.
  ///
  /// `nil` (ask the whole graph) if a name matches nothing (its nearest names are
  /// the whole graph's), has no word but initials, or could denote more than ``largestPart`` entities.
  mutating func part(holdingsDuring window: DayInterval, naming names: [String], within place: String?, statedBy document: DocumentID?)
    throws(SQLiteError)
    -> (CuratedGraph, LoadReport)?
  {
    var seeds = Set<Int>()
    var places = Set<Int>()
    for name in names + (place.map { [$0] } ?? []) {
      guard let found = try candidates(for: name), !found.isEmpty else { return nil }
      seeds.formUnion(found)
      if name == place { places.formUnion(found) }
      guard seeds.count <= Self.largestPart else { return nil }
    }
    var claimRows = try claimRows(about: seeds)
    let claimCount = try GraphIndexFile.writtenCount(of: ClaimsTable.self, in: db)
    let claimByRow = try TableStatement<ClaimsTable>.select([.subject, .relation], from: db, "WHERE rowid = :rowid")
    let claimsNaming = try TableStatement<ClaimsTable>.select([.subject, .relation], from: db, "WHERE object = :object")
    // The places within: the containing claims reached from each place the name could denote.
    let containing = schema.relations(withRole: .partOf).union(schema.relations(withRole: .locatedIn))
    var within = Set(try places.map { row throws(SQLiteError) in try entity(at: row).id.rawValue })
    var queue = Array(within)
    while let outer = queue.popLast() {
      try claimsNaming.bind(.object, outer)
      while try claimsNaming.step() {
        guard let relation = claimsNaming.optionalText(.relation), containing.contains(relation) else { continue }
        claimRows.insert(claimsNaming.rowID)
        if within.insert(claimsNaming.text(.subject)).inserted { queue.append(claimsNaming.text(.subject)) }
      }
      claimsNaming.reset()
    }
    // The territorial claims that may be in force, the claims that ended them, and their subjects' leaders.
    let periods = try TableStatement<TerritorialPeriodsTable>.select(
      from: db, "WHERE rowid IN (SELECT id FROM \(GraphIndexFile.territorialDays) WHERE earliest <= :latest AND latest >= :earliest)")
    try periods.bind(.latest, Int(window.latest))
    try periods.bind(.earliest, Int(window.earliest))
    var inForceRows = Set<Int>()
    while try periods.step() {
      let claim = periods.int(.claim)
      let next = periods.optionalInt(.next)
      guard (0..<claimCount).contains(claim), next.map({ (0..<claimCount).contains($0) }) ?? true,
        periods.int(.earliest) <= Int(window.latest), periods.int(.latest) >= Int(window.earliest), periods.int(.earliest) <= periods.int(.latest)
      else { throw SQLiteError(description: "a stored period of a territorial claim is not as written") }
      inForceRows.insert(claim + 1)
      if let next { claimRows.insert(next + 1) }
    }
    // Read whole once: their subjects are the holders whose leaders are looked up.
    let inForce = Array(zip(inForceRows.sorted(), try claims(atRows: inForceRows.sorted())))
    let subjects = Set(inForce.map(\.1.subject.rawValue))
    // Only the rows of a leadership relation are read out (and checked), not every claim naming a holder.
    let leadership = schema.relations(withRole: .leadership)
    let leaders = try TableStatement<ClaimsTable>.select([], from: db, "WHERE object = :object AND relation = :relation")
    for subject in subjects {
      for relation in leadership {
        try leaders.bind(.object, subject)
        try leaders.bind(.relation, relation)
        while try leaders.step() { claimRows.insert(leaders.rowID) }
        leaders.reset()
      }
    }
    if let document {
      let territorial = schema.relations(withRole: .holdsTerritory).union(schema.relations(withRole: .takesTerritory)).union(
        schema.relations(withRole: .claimsTerritory))
      let cited = try TableStatement<SourcesTable>.select([.claim], from: db, "WHERE document = :document")
      try cited.bind(.document, document.rawValue)
      while try cited.step() {
        let claim = cited.int(.claim)
        guard (0..<claimCount).contains(claim) else { throw SQLiteError(description: "a source of no claim") }
        try claimByRow.bindRowID(claim + 1)
        guard try claimByRow.step() else { throw SQLiteError(description: "a claim row went missing") }
        if claimByRow.optionalText(.relation).map(territorial.contains) == true { claimRows.insert(claim + 1) }
        claimByRow.reset()
      }
    }
    claimRows.subtract(inForceRows)
    let others = zip(claimRows.sorted(), try claims(atRows: claimRows.sorted()))
    return try part(entities: seeds, claims: (inForce + others).sorted { $0.0 < $1.0 }.map(\.1))
  }

  /// The claim of this id with its subject and object; `nil` if there is no such claim.
  mutating func part(citing claim: ClaimID) throws(SQLiteError) -> (CuratedGraph, LoadReport)? {
    let statement = try TableStatement<ClaimsTable>.select([], from: db, "WHERE id = :id")
    try statement.bind(.id, claim.rawValue)
    guard try statement.step() else { return nil }
    return try part(entities: [], claims: [statement.rowID])
  }

  /// A part that holds the routes `searches` find between two entities (see
  /// `ClaimNetwork.routes`), found over the stored ties as the whole network's
  /// ties are searched (the same ties, numbered by entity row, with each entity's
  /// number of ties): each route's entities and every claim joining two
  /// consecutive ones, with the routes found. Just the two entities when no route joins them.
  ///
  /// - Precondition: each search is one a route part answers (`ClaimNetwork.routePartAnswers`).
  mutating func routePart(_ searches: [PathSearch], between a: EntityID, and b: EntityID) throws(SQLiteError) -> (
    graph: CuratedGraph, report: LoadReport, found: FoundRoutes
  ) {
    let ends = try TableStatement<TiesTable>.select(from: db)
    guard try ends.step(), let degrees = ends.numbers(.degrees) else { throw SQLiteError(description: "no ties stored") }
    let count = try GraphIndexFile.writtenCount(of: EntitiesTable.self, in: db)
    guard degrees.count == count, let pairs = ends.numberPairs(.ends),
      pairs.first.allSatisfy({ (0..<Int32(count)).contains($0) }), pairs.second.allSatisfy({ (0..<Int32(count)).contains($0) })
    else {
      throw SQLiteError(description: "the stored ties do not fit the entities")
    }
    let start = try row(of: a) - 1
    let end = try row(of: b) - 1
    guard (0..<count).contains(start), (0..<count).contains(end) else {
      throw SQLiteError(description: "the entities' rows are not numbered as written")
    }
    var paths: [PathSearch: [GraphPath]] = [:]
    do {
      let ties = GraphView(GraphTopology(vertexCount: count, sources: pairs.first, targets: pairs.second))
      for search in searches {
        paths[search] = try ClaimNetwork.routePaths(
          over: ties, degrees: degrees, from: VertexID(start), to: VertexID(end), search: search, direction: .both)
      }
    } catch {
      preconditionFailure("a route part was read for a search it does not answer: \(error)")
    }
    // The entities on the routes (checked against the claims written about each), and the claims of their steps.
    var idOfRow: [Int: EntityID] = [:]
    let claimsAbout = try db.prepare("SELECT count(*) FROM claims WHERE subject = :id OR object = :id")
    for row in Set([start, end] + paths.values.joined().flatMap { $0.vertices.map(\.index) }) {
      let (entity, claimCount) = try entityRow(at: row + 1)
      try claimsAbout.bind(claimsAbout.parameterIndex(":id")!, entity.id.rawValue)
      guard try claimsAbout.step(), claimsAbout.int(0) == claimCount else {
        throw SQLiteError(description: "the claims about \(entity.id) are not those written")
      }
      claimsAbout.reset()
      idOfRow[row] = entity.id
    }
    var claimRows = Set<Int>()
    let claimsBetween = try TableStatement<ClaimsTable>.select([], from: db, "WHERE subject = :subject AND object = :object")
    let steps = Set(paths.values.joined().flatMap { path in zip(path.vertices, path.vertices.dropFirst()).map { [$0.index, $1.index].sorted() } })
    for step in steps {
      for (subject, object) in [(step[0], step[1]), (step[1], step[0])] {
        try claimsBetween.bind(.subject, idOfRow[subject]!.rawValue)
        try claimsBetween.bind(.object, idOfRow[object]!.rawValue)
        while try claimsBetween.step() { claimRows.insert(claimsBetween.rowID) }
        claimsBetween.reset()
      }
    }
    let (graph, report) = try part(entities: Set(idOfRow.keys.map { $0 + 1 }), claims: claimRows)
    let found = paths.mapValues { paths in
      paths.map { path in
        FoundRoutes.Found(
          entities: path.vertices.map { idOfRow[$0.index]! }, intermediaryTies: path.vertices.dropFirst().dropLast().map { Int(degrees[$0.index]) })
      }
    }
    return (graph, report, FoundRoutes(from: a, to: b, routes: found))
  }

  /// The rowid of an entity.
  private func row(of id: EntityID) throws(SQLiteError) -> Int {
    let statement = try TableStatement<EntitiesTable>.reusable([], from: db, "WHERE id = :id")
    try statement.bind(.id, id.rawValue)
    guard try statement.step() else { throw SQLiteError(description: "no entity \(id) in the index") }
    return statement.rowID
  }

  /// The entity at a rowid.
  private func entity(at row: Int) throws(SQLiteError) -> Entity { try entityRow(at: row).entity }

  /// The entity at a rowid, and how many claims name it (as written).
  private func entityRow(at row: Int) throws(SQLiteError) -> (entity: Entity, claimCount: Int) {
    let statement = try TableStatement<EntitiesTable>.reusable(from: db, "WHERE rowid = :rowid")
    try statement.bindRowID(row)
    guard try statement.step() else { throw SQLiteError(description: "an entity row went missing") }
    return (try entity(statement), statement.int(.claimCount))
  }

  /// Every entity, in the graph's order: as many as were written.
  private func allEntities() throws(SQLiteError) -> [Entity] {
    var entities: [Entity] = []
    let rows = try TableStatement<EntitiesTable>.select(from: db, "ORDER BY rowid")
    while try rows.step() { entities.append(try entity(rows)) }
    try expect(entities.count, rowsOf: EntitiesTable.self)
    return entities
  }

  /// Throws unless `count` rows were read of a table read whole: as many as it was written with.
  func expect(_ count: Int, rowsOf table: any IndexTable.Type) throws(SQLiteError) {
    guard count == (try GraphIndexFile.writtenCount(of: table, in: db)) else {
      throw SQLiteError(description: "the \(table.tableName) are not those written (rows gone or added)")
    }
  }

  /// A graph of the entities and claims of these rowids, and of the entities the claims name.
  mutating func part(entities seeds: Set<Int>, claims claimRows: Set<Int>) throws(SQLiteError) -> (CuratedGraph, LoadReport) {
    try part(entities: seeds, claims: try claims(atRows: claimRows.sorted()))
  }

  /// A graph of the entities of these rowids and these claims read, and of the entities the claims name.
  private mutating func part(entities seeds: Set<Int>, claims: [Claim]) throws(SQLiteError) -> (CuratedGraph, LoadReport) {
    let report = try self.report()
    let documents = try self.documents()
    var entities = try seeds.map { row throws(SQLiteError) in (row: row, entity: try entity(at: row)) }
    var named = Set(entities.map(\.entity.id))
    let byID = try TableStatement<EntitiesTable>.select(from: db, "WHERE id = :id")
    for claim in claims {
      for id in [claim.subject] + (claim.object.map { [$0] } ?? []) where named.insert(id).inserted {
        try byID.bind(.id, id.rawValue)
        guard try byID.step() else { throw SQLiteError(description: "a claim names \(id), which the index does not hold") }
        entities.append((byID.rowID, try entity(byID)))
        byID.reset()
      }
    }
    entities.sort { $0.row < $1.row }
    return (CuratedGraph(schema: schema, documents: documents, entities: entities.map(\.entity), claims: claims), report)
  }

  /// The claims at these rowids, in this order, with their qualifiers and sources.
  mutating func claims(atRows rows: [Int]) throws(SQLiteError) -> [Claim] {
    try claimRecords(atRows: rows, corroborated: false).map(\.claim)
  }

  /// The claims at these rowids, in this order, with their qualifiers and sources,
  /// and (if `corroborated`) the independent corroborating documents stored with each.
  mutating func claimRecords(atRows rows: [Int], corroborated: Bool = true) throws(SQLiteError) -> [ClaimRecord] {
    var claims: [ClaimRecord] = []
    claims.reserveCapacity(rows.count)
    let claimByRow = try TableStatement<ClaimsTable>.select(from: db, "WHERE rowid = :rowid")
    let qualifierRows = try TableStatement<QualifiersTable>.select(from: db, "WHERE claim = :claim ORDER BY rowid")
    let sourceRows = try TableStatement<SourcesTable>.select(from: db, "WHERE claim = :claim ORDER BY rowid")
    for row in rows {
      var qualifiers: [Qualifier] = []
      try qualifierRows.bind(.claim, row - 1)
      while try qualifierRows.step() { qualifiers.append(Self.qualifier(qualifierRows)) }
      qualifierRows.reset()
      var sources: [Source] = []
      try sourceRows.bind(.claim, row - 1)
      while try sourceRows.step() { sources.append(try source(sourceRows)) }
      sourceRows.reset()
      try claimByRow.bindRowID(row)
      guard try claimByRow.step() else { throw SQLiteError(description: "a claim row went missing") }
      let claim = try claim(claimByRow, qualifiers: qualifiers, sources: sources)
      let corroboration = corroborated ? GraphIndexFile.words(claimByRow.text(.independent)).map { DocumentID($0) } : []
      claims.append(ClaimRecord(claim, corroboration: corroboration))
      claimByRow.reset()
    }
    return claims
  }

  // MARK: Rows

  private func report() throws(SQLiteError) -> LoadReport {
    var meta: [String: String] = [:]
    let metaRows = try TableStatement<MetaTable>.select(from: db, schema: "main")
    while try metaRows.step() { meta[metaRows.text(.name)] = metaRows.optionalText(.value) }
    var files: [String] = []
    let fileRows = try TableStatement<ReportFilesTable>.select(from: db, "ORDER BY rowid")
    while try fileRows.step() { files.append(fileRows.text(.path)) }
    var warnings: [Diagnostic] = []
    let warningRows = try TableStatement<WarningsTable>.select(from: db, "ORDER BY rowid")
    while try warningRows.step() {
      guard let severity = Diagnostic.Severity(rawValue: warningRows.text(.severity)), let code = Diagnostic.Code(rawValue: warningRows.text(.code))
      else {
        throw SQLiteError(description: "a warning of an unknown kind")
      }
      warnings.append(
        Diagnostic(
          code, at: warningRows.location(WarningsTable.location), warningRows.text(.message), hint: warningRows.optionalText(.hint),
          severity: severity))
    }
    return LoadReport(
      warnings: warnings, corpus: meta["corpus"] ?? nil, quotesChecked: Int(meta["quotes_checked"].flatMap { $0 } ?? "") ?? 0,
      allQuotesChecked: meta["all_quotes_checked"] == "1", files: files)
  }

  mutating func documents() throws(SQLiteError) -> [Document] {
    var documents: [Document] = []
    var lines: [DocumentID: Int] = [:]
    let row = try TableStatement<DocumentsTable>.select(from: db, "ORDER BY rowid")
    while try row.step() {
      lines[DocumentID(row.text(.id))] = row.optionalInt(.lines)
      let bibliography =
        row.optionalText(.bibliography).flatMap { try? JSONDecoder().decode(Bibliography.self, from: Data($0.utf8)) } ?? Bibliography()
      documents.append(
        Document(
          id: DocumentID(row.text(.id)), file: row.text(.file), sha256: row.text(.sha256),
          derivedFrom: row.optionalText(.derivedFrom).map { DocumentID($0) },
          labels: GraphIndexFile.labels(row.text(.labels)), bibliography: bibliography, location: row.location(DocumentsTable.location),
          calendarSwitch: try Self.calendarSwitch(row.optionalInt(.gregorianFrom))))
    }
    try expect(documents.count, rowsOf: DocumentsTable.self)
    documentLines = lines
    return documents
  }

  /// An entity row, checked against the schema: an id, and a kind the schema declares.
  func entity(_ row: TableStatement<EntitiesTable>) throws(SQLiteError) -> Entity {
    let entity = Entity(
      id: EntityID(row.text(.id)), kind: row.text(.kind), labels: GraphIndexFile.labels(row.text(.labels)),
      aliases: GraphIndexFile.words(row.text(.aliases)),
      note: row.optionalText(.note), location: row.location(EntitiesTable.location))
    guard !entity.id.rawValue.isEmpty, givenSchema.map({ $0.kind(named: entity.kind) != nil }) ?? true else {
      throw SQLiteError(description: "entity '\(entity.id.rawValue)' has a kind the schema does not declare")
    }
    return entity
  }

  static func qualifier(_ row: TableStatement<QualifiersTable>) -> Qualifier {
    Qualifier(name: row.text(.name), value: row.text(.value))
  }

  /// A source row, checked: a document of the graph, and a locator inside its text.
  func source(_ row: TableStatement<SourcesTable>) throws(SQLiteError) -> Source {
    let locator =
      row.isNull(.line) ? nil : Locator(line: row.int(.line), column: row.int(.col), endLine: row.int(.endLine), endColumn: row.int(.endCol))
    let document = DocumentID(row.text(.document))
    if let documentLines {
      guard let lines = documentLines[document] else {
        throw SQLiteError(description: "a source cites document '\(document.rawValue)', which the index does not hold")
      }
      if let locator, !Self.fits(locator, lines: lines) {
        throw SQLiteError(description: "a quote in '\(document.rawValue)' is located outside its text")
      }
    }
    return Source(
      document: DocumentID(row.text(.document)), quote: row.text(.quote), translations: GraphIndexFile.labels(row.text(.translations)),
      note: row.optionalText(.note), confidence: row.double(.confidence),
      location: row.location(SourcesTable.location), locator: locator)
  }

  /// Whether a quote's place is one a text can have: from line 1, column 1, its
  /// end not before its start, and within `lines` lines when they are known.
  static func fits(_ locator: Locator, lines: Int?) -> Bool {
    locator.line >= 1 && locator.column >= 1 && locator.endColumn >= 1 && (locator.line, locator.column) <= (locator.endLine, locator.endColumn)
      && locator.endLine <= (lines ?? Int.max)
  }

  /// A claim row, checked against the schema (a relation or property it declares)
  /// and against what was read with it (as many sources and qualifiers as written).
  mutating func claim(_ row: TableStatement<ClaimsTable>, qualifiers: [Qualifier], sources: [Source]) throws(SQLiteError) -> Claim {
    let predicate: HistoryModel.Predicate
    let id = row.text(.id)
    if let relation = row.optionalText(.relation) {
      guard !row.isNull(.object), givenSchema.map({ $0.relation(named: relation) != nil }) ?? true else {
        throw SQLiteError(description: "claim '\(id)' has a relation the schema does not declare")
      }
      predicate = .relation(relation, object: EntityID(row.text(.object)))
    } else {
      let value: PropertyValue? = row.optionalInt(.valueInt).map { .integer($0) } ?? row.optionalText(.valueText).map { .string($0) }
      guard givenSchema.map({ $0.property(named: row.text(.property)) != nil }) ?? true else {
        throw SQLiteError(description: "claim '\(id)' has a property the schema does not declare")
      }
      predicate = .property(row.text(.property), value: value)
    }
    guard !id.isEmpty, !row.text(.subject).isEmpty, sources.count == row.int(.sourceCount), qualifiers.count == row.int(.qualifierCount) else {
      throw SQLiteError(description: "claim '\(id)' is not as written (its subject, sources or qualifiers)")
    }
    var time: Dating?
    if let edtf = row.optionalText(.edtf) {
      let key = DateKey(
        edtf: edtf, calendar: row.text(.calendar), reason: row.optionalText(.reason),
        calendarSwitch: try Self.calendarSwitch(row.optionalInt(.gregorianFrom)))
      if let known = dates[key] {
        time = known
      } else {
        do {
          guard let style = CalendarStyle(rawValue: key.calendar) else {
            throw SQLiteError(description: "a stored date has an unknown calendar: \(key.calendar)")
          }
          time = try Dating(edtf: edtf, calendar: style, reason: key.reason, calendarSwitch: key.calendarSwitch)
        } catch {
          throw SQLiteError(description: "a stored date does not read: \(edtf)")
        }
        dates[key] = time
      }
    }
    return Claim(
      id: ClaimID(id), subject: EntityID(row.text(.subject)), predicate: predicate, qualifiers: qualifiers, time: time, sources: sources,
      note: row.optionalText(.note), location: row.location(ClaimsTable.location))
  }

  /// A date as stored: what ``Dating`` is read from.
  private struct DateKey: Hashable {
    let edtf: String
    let calendar: String
    let reason: String?
    let calendarSwitch: CalendarSwitch?
  }

  /// The switch to the Gregorian calendar stored as its first day's number, if any.
  private static func calendarSwitch(_ stored: Int?) throws(SQLiteError) -> CalendarSwitch? {
    guard let day = stored else { return nil }
    guard let first = Int32(exactly: day) else { throw SQLiteError(description: "a stored calendar switch is out of range") }
    return CalendarSwitch(firstGregorianDay: first)
  }
}
