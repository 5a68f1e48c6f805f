import Foundation
import HistoryGraph
import Synchronization

/// The SQLite files that hold a loaded graph (read back by ``GraphIndexReader``).
///
/// The main file holds its documents, entities and claims (sources, qualifiers,
/// dates, locations), its names folded for search, its ties (for route searches
/// that read only a part of the graph), the unfiltered network's PageRank and
/// degree rankings (for `rank`), the sentences some quote overlaps (``QuotedSentences``,
/// for `mentions --uncited`), the load report, and the fingerprints of the
/// files it was compiled from. Two auxiliary files beside it hold the full-text
/// tables: the documents' sentences (``Mentions``) and the graph's own texts
/// (``GraphTexts``). They are written at once, each by a thread of its own into
/// its own file (one SQLite file takes one writer at a time).
///
/// Each auxiliary file has an id of its own, given when it is written; the main
/// file records the id and the size of the auxiliary files it was compiled with,
/// and an index is read only with those (see ``open(_:)``). A compile after an
/// edit of the graph alone keeps the passages file of the index it replaces (the
/// documents' sentences depend on the corpus alone): its passages file records a
/// key of the corpus it was made from.
///
/// Rows keep the graph's order (their rowid). A date is stored as its EDTF text,
/// calendar style, reason and the first Gregorian day of the switch it was read
/// under (a day number, `NULL` when none); a document's own switch likewise.
enum GraphIndexFile {
  /// Changes whenever the tables change; an index of another version is rebuilt.
  static let formatVersion: Int32 = 25
  /// Marks the file as this tool's index ("HGIX").
  static let applicationID: Int32 = 0x4847_4958
  /// Separates the aliases of an entity in one column; a graph using it is not indexed.
  static let separator: Character = "\u{1F}"

  /// A file of an index beside its main file, with the tables of one full-text search.
  enum Auxiliary: String, CaseIterable, Sendable {
    /// The documents' sentences (``Mentions``).
    case passages
    /// The graph's own texts (``GraphTexts``).
    case texts

    /// Its path beside the main file `NAME.sqlite` (or a temporary file): `NAME.passages.sqlite`.
    func path(beside main: String) -> String {
      (main.hasSuffix(".sqlite") ? String(main.dropLast(".sqlite".count)) : main) + ".\(rawValue).sqlite"
    }

    /// The name its database is attached under when the index is read.
    var schema: String { "\(rawValue)_file" }

    /// The main file's meta row that records its size in bytes.
    var sizeName: String { "\(rawValue)_bytes" }

    /// The main file's meta row that records its id.
    var idName: String { "\(rawValue)_id" }

    /// The main file's meta row that records its device and inode (``GraphIndexFile/identityName``).
    var identityName: String { "\(rawValue)_identity" }

    fileprivate var tables: String {
      switch self {
      case .passages: Mentions.tables
      case .texts: GraphTexts.tables
      }
    }
  }

  /// How every file of an index is written: in one transaction, without a journal
  /// (a file is renamed into place only when whole).
  private static let writing =
    "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA application_id=\(applicationID); PRAGMA user_version=\(formatVersion);"

  /// The tables of the main file, in the order they are created.
  static let mainTables: [any IndexTable.Type] = [
    MetaTable.self, FilesTable.self, ReportFilesTable.self, WarningsTable.self, DocumentsTable.self, EntitiesTable.self,
    ClaimsTable.self, QualifiersTable.self, SourcesTable.self, QuotePlacesTable.self, NamesTable.self, NameWordsTable.self, TiesTable.self,
    CentralitiesTable.self, TerritorialPeriodsTable.self, NameTermsTable.self, NameTermKeysTable.self, QuotedSentencesTable.self,
  ]

  /// The `CREATE TABLE` statements of the main file.
  static var tables: String { mainTables.map { $0.creation }.joined(separator: "\n") }

  /// Made after the rows are in: what reading a part of the graph looks rows up by.
  static let lookups = """
    CREATE INDEX entities_by_id ON entities(id);
    CREATE INDEX claims_by_id ON claims(id);
    CREATE INDEX claims_by_subject ON claims(subject);
    CREATE INDEX claims_by_object ON claims(object, relation);
    CREATE INDEX sources_by_claim ON sources(claim);
    \(QuotePlaces.lookups)
    CREATE INDEX qualifiers_by_claim ON qualifiers(claim);
    CREATE INDEX name_words_by_word ON name_words(word);
    CREATE INDEX centralities_by_measure ON centralities(measure, position);
    CREATE INDEX names_by_entity ON names(entity);
    CREATE INDEX name_terms_by_exact ON name_terms(exact);
    CREATE INDEX name_terms_by_loose ON name_terms(loose);
    CREATE INDEX name_term_keys_by_key ON name_term_keys(key, length);
    CREATE VIRTUAL TABLE \(nameTermGrams) USING fts5(exact, content = 'name_terms', tokenize = 'trigram');
    INSERT INTO \(nameTermGrams)(\(nameTermGrams)) VALUES('rebuild');
    CREATE VIRTUAL TABLE \(territorialDays) USING rtree_i32(id, earliest, latest);
    INSERT INTO \(territorialDays) SELECT rowid, earliest, latest FROM territorial_periods;
    """

  /// The FTS5 table of the trigrams of the name words' exact forms (``NameTermsTable``), keyed by rowid.
  static let nameTermGrams = "name_term_grams"

  /// The R*Tree (32-bit integer days) over the rows of ``TerritorialPeriodsTable``: `id` is the row's rowid.
  static let territorialDays = "territorial_days"

  /// A row of the `territorial_periods` table: a dated territorial claim (its
  /// index in the graph), the days it may be in force, and the claim that ended it.
  typealias TerritorialPeriod = (claim: Int, earliest: Int, latest: Int, next: Int?)

  /// The days each dated territorial claim may be in force, as the `territorial_periods` table stores them.
  static func territorialPeriods(of graph: CuratedGraph) -> [TerritorialPeriod] {
    graph.territorialPeriods().map { claim, period, endedBy in
      (graph.claims.index(forKey: claim.id)!, Int(period.earliest), Int(period.latest), endedBy.map { graph.claims.index(forKey: $0.id)! })
    }
  }

  /// Writes the `territorial_periods` rows.
  private static func insert(_ periods: [TerritorialPeriod], into db: SQLiteDatabase) throws(SQLiteError) {
    let row = try TableStatement<TerritorialPeriodsTable>.insert(into: db)
    for period in periods {
      try row.bind(.claim, period.claim)
      try row.bind(.earliest, period.earliest)
      try row.bind(.latest, period.latest)
      try row.bind(.next, period.next)
      try row.run()
    }
  }

  // MARK: Writing

  /// The rankings and ties, and the statistics and disagreements, as the main file stores them.
  typealias Derived = (rankings: ([Ranking], ties: (ends: ContiguousArray<Int32>, degrees: ContiguousArray<Int32>)), findings: [(String, String)])

  /// Begins, on a thread of its own, the part of a compile that needs the graph
  /// alone and little memory (begun before the texts are read): the statistics and
  /// disagreements (the agreements they are found from are the graph's, kept for
  /// the claims' rows), then, below the main thread's priority, the rankings and ties.
  static func derived(of graph: CuratedGraph) -> Background<Derived> {
    Background { () throws(SQLiteError) in
      // The agreements first, at the main thread's priority: its claims wait for them.
      let found = try findings(of: graph)
      FreedMemory.release()
      yieldFromNowOn()
      let ranked = rankingsAndTies(of: graph)
      FreedMemory.release()
      return (ranked, found)
    }
  }

  /// Writes the graph, its report and the fingerprints into a new index whose
  /// main file is `path` (its auxiliary files beside it, see ``Auxiliary/path(beside:)``).
  ///
  /// - Parameter passages: the passages file, begun during the load (``CorpusPassages/passages``).
  /// - Parameter lines: each document's number of lines.
  /// - Parameter place: the resolved graph folder and corpus folder it is compiled for (see ``GraphIndex/place(graph:corpus:)``).
  /// - Parameter derived: the rankings and findings, begun (see ``derived(of:)``).
  static func write(
    _ graph: CuratedGraph, report: LoadReport, passages: Background<Written>, lines: [DocumentID: Int], graphFiles: [FileFingerprint],
    corpusFiles: [FileFingerprint], corpusOption: String?, place: (graph: String, corpus: String), begun derived: Background<Derived>,
    to path: String
  ) throws(SQLiteError) {
    let graphTexts = Background(yielding: true) { () throws(SQLiteError) in
      try writeAuxiliary(.texts, to: Auxiliary.texts.path(beside: path)) { db throws(SQLiteError) in
        try GraphTexts.write(graph, into: db)
      }
    }
    // The quoted sentences, once the passages are written (or kept): found in the passages file.
    let quoted = Background(yielding: true) { () throws(SQLiteError) in
      _ = try passages.result().get()
      return try QuotedSentences.find(graph, passages: Auxiliary.passages.path(beside: path))
    }
    // The territorial periods, worked out beside the main file's first rows.
    let territorial = Background { () throws(SQLiteError) in territorialPeriods(of: graph) }
    // Every writer is waited for, even when one fails, so that no thread writes on after the files are removed.
    let main = Result { () throws(SQLiteError) in
      try writeMain(
        graph, report: report, lines: lines, territorial: territorial, derived: derived, graphFiles: graphFiles, corpusFiles: corpusFiles,
        to: path)
    }
    // Waited for too when the main file failed: it reads the graph.
    _ = territorial.result()
    let quotedFound = quoted.result()
    let written = [(Auxiliary.passages, passages.result()), (.texts, graphTexts.result())]
    let db = try main.get()
    for (part, result) in written {
      let file = try result.get()
      try insertMeta([(part.idName, file.id), (part.sizeName, String(file.size)), (part.identityName, file.identity)], into: db)
    }
    try QuotedSentences.write(try quotedFound.get(), into: db)
    // Where the file stands (a rename keeps it): a copy of the index elsewhere, or put back here, has another.
    guard let identity = FileKind.identity(path) else { throw SQLiteError(description: "\(path) went missing while written") }
    try insertMeta(
      [
        (identityName, "\(identity.device):\(identity.inode)"), (graphPlaceName, place.graph), (corpusPlaceName, place.corpus),
        (corpusOptionName, corpusOption ?? ""),
      ], into: db)
    try insertMeta(try rowCounts(in: db), into: db)
    try db.execute("COMMIT;")
  }

  /// The meta row holding the main file's device and inode as written (`DEVICE:INODE`).
  static let identityName = "identity"
  /// The meta rows holding the resolved graph and corpus folders the index was compiled for (see ``GraphIndex/place(graph:corpus:)``).
  static let graphPlaceName = "graph_place", corpusPlaceName = "corpus_place"
  /// The meta row holding the corpus option as the compile spelled it ("" for none): stored paths and the report spell it so.
  static let corpusOptionName = "corpus_option"

  /// The tables whose rows are counted when written (meta rows `rows_TABLE`), so that a read of a whole table sees a row gone or added.
  static let countedTables: [any IndexTable.Type] = [
    DocumentsTable.self, EntitiesTable.self, ClaimsTable.self, QualifiersTable.self, SourcesTable.self, NamesTable.self, NameWordsTable.self,
  ]

  /// The meta row holding how many rows a table was written with.
  static func countName(_ table: any IndexTable.Type) -> String { "rows_\(table.tableName)" }

  private static func rowCounts(in db: SQLiteDatabase) throws(SQLiteError) -> [(String, String?)] {
    var counts: [(String, String?)] = []
    for table in countedTables {
      let row = try db.prepare("SELECT count(*) FROM \(table.tableName)")
      _ = try row.step()
      counts.append((countName(table), String(row.int(0))))
    }
    return counts
  }

  /// How many rows `table` was written with (meta row ``countName(_:)``).
  static func writtenCount(of table: any IndexTable.Type, in db: SQLiteDatabase) throws(SQLiteError) -> Int {
    guard let count = Int(try metaValue(countName(table), in: db, schema: "main")), count >= 0 else {
      throw SQLiteError(description: "an unreadable row count")
    }
    return count
  }

  /// The meta row holding the graph's ``GraphStatistics`` as JSON, for `stats`.
  static let statisticsName = "statistics"
  /// The meta row holding the graph's disagreements as JSON (``StoredDisagreement``s), for `conflicts`.
  static let disagreementsName = "disagreements"

  /// A disagreement as the index stores it: its aspect and its claims' ids, in order.
  struct StoredDisagreement: Codable {
    let aspect: Disagreement.Aspect
    let claims: [String]
  }

  /// What the index stores of the graph's statistics and disagreements, as meta rows (name, JSON).
  static func findings(of graph: CuratedGraph) throws(SQLiteError) -> [(String, String)] {
    do {
      let disagreements = graph.disagreements().map { StoredDisagreement(aspect: $0.aspect, claims: $0.claims.map(\.id.rawValue)) }
      return [
        (statisticsName, String(decoding: try JSONEncoder().encode(GraphStatistics(graph)), as: UTF8.self)),
        (disagreementsName, String(decoding: try JSONEncoder().encode(disagreements), as: UTF8.self)),
      ]
    } catch {
      throw SQLiteError(description: "the graph's statistics cannot be stored: \(error)")
    }
  }

  /// The measures whose unfiltered ranking the index stores (`rank` reads them
  /// without the graph). Betweenness is not among them: exact Brandes takes
  /// O(*V*·*E*), which a compile of a large graph cannot afford.
  static let storedCentralities: [CentralityMeasure] = [.pageRank, .degree]

  /// Every entity ranked by one measure over the unfiltered network, in rank order.
  struct Ranking: Sendable {
    let measure: CentralityMeasure
    /// Each entity's index in the graph, kind and score.
    let entities: [(index: Int, kind: String, score: Double)]
  }

  /// The unfiltered network's ranking by each of ``storedCentralities`` (none for
  /// PageRank if it does not converge: `rank` then finds the error in the whole graph),
  /// and its ties as the `ties` table stores them (``ClaimNetwork/undirectedTies()``), from one network.
  static func rankingsAndTies(of graph: CuratedGraph) -> (
    rankings: [Ranking], ties: (ends: ContiguousArray<Int32>, degrees: ContiguousArray<Int32>)
  ) {
    let network = ClaimNetwork(graph)
    let rankings = storedCentralities.compactMap { measure -> Ranking? in
      guard let ranked = try? network.rank(by: measure, top: graph.entities.count) else { return nil }
      return Ranking(measure: measure, entities: ranked.map { (graph.entities.index(forKey: $0.entity.id)!, $0.entity.kind, $0.score) })
    }
    return (rankings, network.undirectedTies())
  }

  /// Writes rankings into the `centralities` table.
  private static func insert(_ rankings: [Ranking], into db: SQLiteDatabase) throws(SQLiteError) {
    let row = try TableStatement<CentralitiesTable>.insert(into: db)
    for ranking in rankings {
      for (position, entity) in ranking.entities.enumerated() {
        try row.bind(.measure, ranking.measure.rawValue)
        try row.bind(.position, position)
        try row.bind(.entity, entity.index)
        try row.bind(.kind, entity.kind)
        try row.bind(.score, entity.score)
        try row.run()
      }
    }
  }

  /// A key of the documents' ids, paths and contents, in order, and of how their
  /// words are folded: what the passages file is made from.
  static func corpusKey(_ documents: [(DocumentID, FileFingerprint)], folding: NameFolding) -> String {
    ContentHash.of(Data((folding.rawValue + "\u{0}" + documents.map { "\($0.rawValue)\u{0}\($1.path)\u{0}\($1.contentHash)\u{0}" }.joined()).utf8))
  }

  /// The meta row holding the graph's ``NameFolding``, which the stored names and folded texts were folded by.
  static let nameFoldingName = "name_folding"

  /// The meta row holding the ``buildIdentity`` of the program that compiled the index.
  static let buildName = "build"

  /// The running program's executable as its file system has it (device, inode,
  /// size, modification time): the index stores what this code computed (names
  /// folded, ties, statistics, disagreements, warnings), so an index compiled
  /// by another build of the program is compiled again, whatever its format number.
  static let buildIdentity: String = {
    guard let executable = Bundle.main.executablePath, let status = FileStatus.of(executable) else { return "unknown" }
    return "\(status.inode):\(status.size):\(status.modified)"
  }()

  /// The ``NameFolding`` the index's names and texts were folded by.
  static func nameFolding(in db: SQLiteDatabase) throws(SQLiteError) -> NameFolding {
    let text = try metaValue(nameFoldingName, in: db, schema: "main")
    guard let folding = NameFolding(rawValue: text) else { throw SQLiteError(description: "unknown name folding '\(text)' in the index") }
    return folding
  }

  /// An auxiliary file as the main file records it: its id, size, device and inode (`DEVICE:INODE`).
  struct Written: Sendable {
    let id: String
    let size: Int
    let identity: String

    init?(id: String, path: String) {
      guard let size = FileStatus.of(path)?.size, let identity = FileKind.identity(path) else { return nil }
      self.id = id
      self.size = size
      self.identity = "\(identity.device):\(identity.inode)"
    }
  }

  /// Writes the passages file of `texts` beside the main file `path`, or keeps the
  /// one of the current index (`current`) if it holds this corpus (`corpus`, a key
  /// of the documents' ids and texts: see ``corpusKey(_:folding:)``).
  static func writePassages(
    _ texts: consuming [(DocumentID, String)], corpus: String, folding: NameFolding, current: String?, to path: String, stopped: () -> Bool
  ) throws(SQLiteError) -> Written {
    let file = Auxiliary.passages.path(beside: path)
    // A link to the current passages file, under the new index's name (kept if it holds this corpus).
    if let current, (try? GraphIndexFile.open(current)) != nil, link(Auxiliary.passages.path(beside: current), file) == 0 {
      if let kept = kept(file, corpus: corpus) { return kept }
      unlink(file)
    }
    return try writeAuxiliary(.passages, corpus: corpus, to: file) { db throws(SQLiteError) in
      // Handed over, not copied: the writer lets each text go once its sentences are in.
      var given: [(DocumentID, String)] = []
      swap(&given, &texts)
      let plain = try Mentions.write(consume given, folding: folding, into: db, stopped: stopped)
      try insertMeta([(Mentions.plainName, plain ? "1" : "0")], into: db)
    }
  }

  /// The passages file at `path` if it is of this version and holds the sentences of `corpus`.
  private static func kept(_ path: String, corpus: String) -> Written? {
    guard isAuxiliary(path, .passages), let db = try? SQLiteDatabase(path: path, readOnly: true),
      (try? metaValue("corpus_key", in: db, schema: "main")) == corpus, let id = try? metaValue("id", in: db, schema: "main")
    else { return nil }
    return Written(id: id, path: path)
  }

  /// Writes the tables of one auxiliary file, with an id of its own, into a new database at `path`.
  private static func writeAuxiliary(_ part: Auxiliary, corpus: String? = nil, to path: String, rows: (SQLiteDatabase) throws(SQLiteError) -> Void)
    throws(SQLiteError) -> Written
  {
    let id = (0..<4).map { _ in String(format: "%08x", UInt32.random(in: 0...UInt32.max)) }.joined()
    let db = try SQLiteDatabase(path: path, readOnly: false, create: true)
    try db.execute(writing)
    try db.execute("BEGIN;" + MetaTable.creation + part.tables)
    try insertMeta([("part", part.rawValue), ("id", id)] + (corpus.map { [("corpus_key", $0)] } ?? []), into: db)
    try rows(db)
    try db.execute("COMMIT;")
    guard let written = Written(id: id, path: path) else { throw SQLiteError(description: "\(path) went missing while written") }
    return written
  }

  /// Writes every table of the main file but the auxiliary files' meta rows and the quoted sentences, in a transaction left open.
  private static func writeMain(
    _ graph: CuratedGraph, report: LoadReport, lines: [DocumentID: Int], territorial: Background<[TerritorialPeriod]>,
    derived: Background<Derived>, graphFiles: [FileFingerprint], corpusFiles: [FileFingerprint], to path: String
  ) throws(SQLiteError) -> SQLiteDatabase {
    let db = try SQLiteDatabase(path: path, readOnly: false, create: true)
    try db.execute(writing)
    try db.execute("BEGIN;" + tables)
    try insertMeta(
      [("corpus", report.corpus), ("quotes_checked", String(report.quotesChecked)), ("all_quotes_checked", report.allQuotesChecked ? "1" : "0")],
      into: db)
    try insertMeta([(nameFoldingName, graph.schema.nameFolding.rawValue), (buildName, buildIdentity)], into: db)
    let files = try TableStatement<FilesTable>.insert(into: db)
    for (part, fingerprints) in [("graph", graphFiles), ("corpus", corpusFiles)] {
      for fingerprint in fingerprints {
        try files.bind(.path, fingerprint.path)
        try files.bind(.part, part)
        try files.bind(.inode, fingerprint.status.inode)
        try files.bind(.size, fingerprint.status.size)
        try files.bind(.modified, fingerprint.status.modified)
        try files.bind(.changed, fingerprint.status.changed)
        try files.bind(.hash, fingerprint.contentHash)
        try files.run()
      }
    }
    let reportFiles = try TableStatement<ReportFilesTable>.insert(into: db)
    for file in report.files {
      try reportFiles.bind(.path, file)
      try reportFiles.run()
    }
    let warnings = try TableStatement<WarningsTable>.insert(into: db)
    for warning in report.warnings {
      try warnings.bind(.severity, warning.severity.rawValue)
      try warnings.bind(.code, warning.code.rawValue)
      try warnings.bind(warning.location, to: WarningsTable.location)
      try warnings.bind(.message, warning.message)
      try warnings.bind(.hint, warning.hint)
      try warnings.run()
    }

    let languages = graph.schema.languages
    let documents = try TableStatement<DocumentsTable>.insert(into: db)
    for document in graph.documents.values {
      try documents.bind(.id, document.id.rawValue)
      try documents.bind(.file, document.file)
      try documents.bind(.sha256, document.sha256)
      try documents.bind(.derivedFrom, document.derivedFrom?.rawValue)
      try documents.bind(.labels, joinedLabels(document.labels, languages))
      try documents.bind(document.location, to: DocumentsTable.location)
      try documents.bind(.gregorianFrom, document.calendarSwitch.map { Int($0.firstGregorianDay) })
      try documents.bind(.lines, lines[document.id])
      // The bibliography as JSON: its fields are read back whole, never queried.
      try documents.bind(
        .bibliography,
        document.bibliography.isEmpty ? nil : (try? JSONEncoder().encode(document.bibliography)).map { String(decoding: $0, as: UTF8.self) })
      try documents.run()
    }
    let entities = try TableStatement<EntitiesTable>.insert(into: db)
    for entity in graph.entities.values {
      try entities.bind(.claimCount, graph.claimCount(of: entity.id))
      let span = graph.claimSpan(of: entity.id)
      try entities.bind(.spanEarliest, span.map { Int($0.earliest) })
      try entities.bind(.spanLatest, span.map { Int($0.latest) })
      try entities.bind(.id, entity.id.rawValue)
      try entities.bind(.kind, entity.kind)
      try entities.bind(.labels, joinedLabels(entity.labels, languages))
      try entities.bind(.aliases, entity.aliases.joined(separator: String(separator)))
      try entities.bind(.note, entity.note)
      try entities.bind(entity.location, to: EntitiesTable.location)
      try entities.run()
    }
    let names = try TableStatement<NamesTable>.insert(into: db)
    let nameWords = try TableStatement<NameWordsTable>.insert(into: db)
    var entitiesOfWord: [String: Int] = [:]
    var wordsOfEntity = EntityWords()
    for name in graph.foldedNames {
      for word in name.loose where wordsOfEntity.isNew(word, of: name.entity) { entitiesOfWord[word, default: 0] += 1 }
    }
    wordsOfEntity = EntityWords()
    for name in graph.foldedNames {
      try names.bind(.entity, name.entity)
      try names.bind(.text, name.text)
      try names.bind(.exact, name.exact.joined(separator: String(separator)))
      try names.bind(.loose, name.loose.joined(separator: String(separator)))
      try names.run()
      for word in name.loose where wordsOfEntity.isNew(word, of: name.entity) {
        try nameWords.bind(.word, word)
        try nameWords.bind(.entity, name.entity)
        try nameWords.bind(.entities, entitiesOfWord[word])
        try nameWords.run()
      }
    }
    try insert(try territorial.result().get(), into: db)
    let terms = try TableStatement<NameTermsTable>.insert(into: db)
    var termsWritten = Set<NameTerm>()
    var termsOfKey: [SpellingKey: ContiguousArray<Int32>] = [:]
    for name in graph.foldedNames {
      for (exact, loose) in zip(name.exact, name.loose) where termsWritten.insert(NameTerm(exact: exact, loose: loose)).inserted {
        try terms.bind(.exact, exact)
        try terms.bind(.loose, loose)
        try terms.run()
        // Rows are numbered from 1 in the order written.
        let length = exact.unicodeScalars.count
        for key in NameIndex.spellingKeys(of: exact) {
          termsOfKey[SpellingKey(key: key, length: length), default: []].append(Int32(termsWritten.count))
        }
      }
    }
    let termKeys = try TableStatement<NameTermKeysTable>.insert(into: db)
    for (key, rows) in termsOfKey.sorted(by: { ($0.key.key, $0.key.length) < ($1.key.key, $1.key.length) }) {
      try termKeys.bind(.key, key.key)
      try termKeys.bind(.length, key.length)
      try termKeys.bind(.terms, rows)
      try termKeys.run()
    }
    let claims = try TableStatement<ClaimsTable>.insert(into: db)
    let qualifiers = try TableStatement<QualifiersTable>.insert(into: db)
    let sources = try TableStatement<SourcesTable>.insert(into: db)
    var places = try QuotePlaces.Writer(into: db)
    for (index, claim) in graph.claims.values.enumerated() {
      try claims.bind(.id, claim.id.rawValue)
      try claims.bind(.subject, claim.subject.rawValue)
      switch claim.predicate {
      case .relation(let name, let object):
        try claims.bind(.relation, name)
        try claims.bind(.object, object.rawValue)
      case .property(let name, let value):
        try claims.bind(.property, name)
        switch value {
        case .integer(let number)?: try claims.bind(.valueInt, number)
        case .string(let text)?: try claims.bind(.valueText, text)
        case nil: break
        }
      }
      if let time = claim.time {
        try claims.bind(.edtf, time.edtf.text)
        try claims.bind(.calendar, time.calendar.rawValue)
        try claims.bind(.reason, time.reason)
        try claims.bind(.gregorianFrom, time.calendarSwitch.map { Int($0.firstGregorianDay) })
      }
      try claims.bind(.note, claim.note)
      try claims.bind(.sourceCount, claim.sources.count)
      try claims.bind(.qualifierCount, claim.qualifiers.count)
      try claims.bind(.independent, graph.corroboration(of: claim).map(\.rawValue).joined(separator: String(separator)))
      try claims.bind(claim.location, to: ClaimsTable.location)
      try claims.run()
      for qualifier in claim.qualifiers {
        try qualifiers.bind(.claim, index)
        try qualifiers.bind(.name, qualifier.name)
        try qualifiers.bind(.value, qualifier.value)
        try qualifiers.run()
      }
      for source in claim.sources {
        try sources.bind(.claim, index)
        try sources.bind(.document, source.document.rawValue)
        try sources.bind(.quote, source.quote)
        try sources.bind(.translations, joinedLabels(source.translations, graph.schema.languages))
        try sources.bind(.note, source.note)
        try sources.bind(.confidence, source.confidence)
        try sources.bind(source.location, to: SourcesTable.location)
        if let locator = source.locator {
          try sources.bind(.line, locator.line)
          try sources.bind(.col, locator.column)
          try sources.bind(.endLine, locator.endLine)
          try sources.bind(.endCol, locator.endColumn)
        }
        try sources.run()
        try places.add(source)
      }
    }
    try insertMeta(places.spans, into: db)
    let ((rankings, ties), statistics) = try derived.result().get()
    try insertMeta(statistics, into: db)
    try insert(rankings, into: db)
    let tieRow = try TableStatement<TiesTable>.insert(into: db)
    try tieRow.bind(.ends, ties.ends)
    try tieRow.bind(.degrees, ties.degrees)
    try tieRow.run()
    try db.execute(lookups)
    return db
  }

  /// The name words of one entity met so far, names being read in entity order:
  /// a handful, so a list beats hashing.
  private struct EntityWords {
    private var entity = -1
    private var words: [String] = []

    /// Whether `word` is met for the first time among `entity`'s names (forgetting the entity before it).
    mutating func isNew(_ word: String, of entity: Int) -> Bool {
      if self.entity != entity { (self.entity, words) = (entity, []) }
      guard !words.contains(word) else { return false }
      words.append(word)
      return true
    }
  }

  /// A row of ``NameTermsTable``: a name word's exact and loose forms.
  private struct NameTerm: Hashable {
    let exact: String
    let loose: String
  }

  /// A row of ``NameTermKeysTable``: a spelling key and a word length.
  private struct SpellingKey: Hashable {
    let key: String
    let length: Int
  }

  /// Whether every text of the graph can be stored as this format stores it.
  ///
  /// A text holding the separator's byte anywhere cannot (looked for as a byte:
  /// a control character is a character of its own, and bytes are read faster).
  static func canStore(_ graph: CuratedGraph) -> Bool {
    let byte = separator.asciiValue!
    func holdsSeparator(_ text: String) -> Bool { text.utf8.contains(byte) }
    return !graph.entities.values.contains { entity in
      entity.aliases.contains(where: holdsSeparator) || entity.aliases == [""] || entity.labels.values.contains(where: holdsSeparator)
    } && !graph.documents.values.contains { document in document.labels.values.contains(where: holdsSeparator) }
      && !graph.claims.values.contains { claim in claim.sources.contains { $0.translations.values.contains(where: holdsSeparator) } }
  }

  /// Labels stored as one text: tag, label, tag, label, … joined by the separator, in the declared order.
  private static func joinedLabels(_ labels: [Language: String], _ languages: LabelLanguages) -> String {
    // Most sources have no translation.
    guard !labels.isEmpty else { return "" }
    return languages.ordered(labels).flatMap { [$0.language.rawValue, $0.text] }.joined(separator: String(separator))
  }

  /// Labels as ``joinedLabels(_:_:)`` stores them.
  static func labels(_ joined: String) -> [Language: String] {
    let words = words(joined)
    var labels: [Language: String] = [:]
    for pair in stride(from: 0, to: words.count - 1, by: 2) {
      if let language = language(words[pair]) { labels[language] = words[pair + 1] }
    }
    return labels
  }

  /// The tags read so far (a graph has a few, on every entity and source): each is checked once.
  private static let languages = Mutex<[String: Language]>([:])

  /// `Language(rawValue:)`, remembered for the tags read before.
  private static func language(_ tag: String) -> Language? {
    if let known = languages.withLock({ $0[tag] }) { return known }
    guard let language = Language(rawValue: tag) else { return nil }
    languages.withLock { if $0.count < 1000 { $0[tag] = language } }
    return language
  }

  // MARK: Reading

  /// Opens an index to read: its main file, with each auxiliary file attached
  /// (under ``Auxiliary/schema``) once it is found of this format version, with
  /// the id, at the size and with the device and inode the main file recorded.
  ///
  /// Each file must be a regular file (not a link, FIFO, device or folder) and
  /// stand where it was written: its device and inode are those it had when
  /// written (``identityName``), so a copy of the index, or one put back from
  /// elsewhere, is not read (it is compiled again).
  ///
  /// A compile renames its auxiliary files into place before its main file, so a
  /// reader may meet the new ones beside the old main file for an instant: files
  /// of two compiles are opened again (twice at most) before the index is taken
  /// as broken.
  ///
  /// - Throws: ``SQLiteError`` if a file is missing, not a regular file, foreign,
  ///   of another version, of another compile, or not written where it stands.
  static func open(_ path: String) throws(SQLiteError) -> SQLiteDatabase {
    var attempts = 0
    while true {
      let before = FileKind.identity(path)
      let db = try SQLiteDatabase(path: path, readOnly: true)
      try checkVersion(of: db, schema: "main")
      var mismatch: String?
      if let before, let now = FileKind.identity(path), before == now {
        if try metaValue(identityName, in: db, schema: "main") != "\(now.device):\(now.inode)" {
          throw SQLiteError(description: "it was not written where it stands: copied or put back from elsewhere")
        }
      } else {
        mismatch = "\(path) was replaced while it was opened"
      }
      for part in Auxiliary.allCases where mismatch == nil {
        let file = part.path(beside: path)
        if let kind = FileKind.of(file) { throw SQLiteError(description: "its file \(file) is \(kind), not a regular file") }
        guard let status = FileStatus.of(file), let identity = FileKind.identity(file) else {
          throw SQLiteError(description: "its file \(file) is missing")
        }
        guard String(status.size) == (try metaValue(part.sizeName, in: db, schema: "main")) else {
          mismatch = "\(file) is not the size the index recorded"
          continue
        }
        guard "\(identity.device):\(identity.inode)" == (try metaValue(part.identityName, in: db, schema: "main")) else {
          mismatch = "\(file) was not written where it stands"
          continue
        }
        let attach = try db.prepare("ATTACH DATABASE :file AS \(part.schema)")
        try attach.bind(attach.parameterIndex(":file")!, file)
        try attach.run()
        try checkVersion(of: db, schema: part.schema)
        guard try metaValue("part", in: db, schema: part.schema) == part.rawValue else {
          throw SQLiteError(description: "\(file) is not its \(part.rawValue) file")
        }
        if try metaValue("id", in: db, schema: part.schema) != metaValue(part.idName, in: db, schema: "main") {
          mismatch = "\(file) belongs to another compile"
        }
      }
      guard let mismatch else { return db }
      attempts += 1
      guard attempts < 3 else { throw SQLiteError(description: mismatch) }
      usleep(10_000)
    }
  }

  /// Whether `path` is an auxiliary file of this format version (of any compile).
  static func isAuxiliary(_ path: String, _ part: Auxiliary) -> Bool {
    guard let db = try? SQLiteDatabase(path: path, readOnly: true) else { return false }
    return (try? checkVersion(of: db, schema: "main")) != nil && (try? metaValue("part", in: db, schema: "main")) == part.rawValue
  }

  /// Throws unless the database attached as `schema` is an index file of this format version.
  private static func checkVersion(of db: SQLiteDatabase, schema: String) throws(SQLiteError) {
    for (pragma, expected) in [("application_id", applicationID), ("user_version", formatVersion)] {
      let row = try db.prepare("PRAGMA \(schema).\(pragma)")
      guard try row.step(), row.int(0) == Int(expected) else { throw SQLiteError(description: "not an index of this version") }
    }
  }

  /// Adds rows (name, value) to a file's `meta` table.
  private static func insertMeta(_ rows: [(String, String?)], into db: SQLiteDatabase) throws(SQLiteError) {
    let meta = try TableStatement<MetaTable>.insert(into: db)
    for (name, value) in rows {
      try meta.bind(.name, name)
      try meta.bind(.value, value)
      try meta.run()
    }
  }

  /// The value of the `meta` row `name` in the database `schema` (`main` or an attached file).
  static func metaValue(_ name: String, in db: SQLiteDatabase, schema: String) throws(SQLiteError) -> String {
    let row = try TableStatement<MetaTable>.select([.value], from: db, schema: schema, "WHERE name = :name")
    try row.bind(.name, name)
    guard try row.step() else { throw SQLiteError(description: "no \(name) recorded") }
    return row.text(.value)
  }

  /// The fingerprints stored in an index: the graph's files, then the corpus files.
  static func fingerprints(in db: SQLiteDatabase) throws(SQLiteError) -> (graph: [FileFingerprint], corpus: [FileFingerprint]) {
    try checkVersion(of: db, schema: "main")
    var graph: [FileFingerprint] = []
    var corpus: [FileFingerprint] = []
    let rows = try TableStatement<FilesTable>.select(from: db, "ORDER BY rowid")
    while try rows.step() {
      let status = FileStatus(inode: rows.int(.inode), size: rows.int(.size), modified: rows.int(.modified), changed: rows.int(.changed))
      let fingerprint = FileFingerprint(path: rows.text(.path), status: status, contentHash: rows.text(.hash))
      if rows.text(.part) == "graph" { graph.append(fingerprint) } else { corpus.append(fingerprint) }
    }
    return (graph, corpus)
  }

  /// Words stored joined by the separator (split by bytes: the separator is one ASCII byte).
  static func words(_ joined: String) -> [String] {
    guard !joined.isEmpty else { return [] }
    let byte = separator.asciiValue!
    var joined = joined
    return joined.withUTF8 { bytes in
      var words: [String] = []
      var start = 0
      for end in 0...bytes.count where end == bytes.count || bytes[end] == byte {
        words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
        start = end + 1
      }
      return words
    }
  }
}

/// Runs the calling thread below the main thread's priority from now on (Linux's
/// nice 10: a nice value is a thread's own there, and `who` 0 is this thread).
func yieldFromNowOn() {
  #if os(Linux)
    _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, 10)
  #endif
}

/// Work run on a thread of its own (each auxiliary file is written by one); ``result()`` waits for it.
final class Background<Value: Sendable>: @unchecked Sendable {
  private var value: Result<Value, SQLiteError>?
  private let done = DispatchSemaphore(value: 0)

  /// Begins `work` on a new thread.
  ///
  /// - Parameter yielding: run it below the calling thread's priority (Linux's nice
  ///   10), for bulk work whose result is wanted last: the main file's rows, which
  ///   the compile ends with, then are not slowed by the full-text tables beside them.
  init(yielding: Bool = false, _ work: @escaping @Sendable () throws(SQLiteError) -> Value) {
    let thread = Thread { [self] in
      if yielding { yieldFromNowOn() }
      value = Result { () throws(SQLiteError) in try work() }
      done.signal()
    }
    thread.start()
  }

  /// What the work gave, once it is done (asked as often as need be).
  func result() -> Result<Value, SQLiteError> {
    done.wait()
    done.signal()
    return value!
  }
}
