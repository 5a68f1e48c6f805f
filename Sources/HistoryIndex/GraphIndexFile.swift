import Foundation
import HistoryGraph

/// The SQLite file that holds a loaded graph: its documents, entities and claims
/// (sources, qualifiers, dates, locations), the load report, and the fingerprints
/// of the files it was compiled from.
///
/// Rows keep the graph's order (their rowid). A date is stored as its EDTF text,
/// calendar style and reason, and read back through ``Dating`` as loading reads it.
enum GraphIndexFile {
  /// Changes whenever the tables change; an index of another version is rebuilt.
  static let formatVersion: Int32 = 3
  /// Marks the file as this tool's index ("HGIX").
  static let applicationID: Int32 = 0x4847_4958
  /// Separates the aliases of an entity in one column; a graph using it is not indexed.
  static let separator: Character = "\u{1F}"

  static let tables = """
    CREATE TABLE meta(name TEXT PRIMARY KEY, value TEXT);
    CREATE TABLE files(path TEXT, part TEXT, inode INTEGER, size INTEGER, modified INTEGER, changed INTEGER, hash TEXT);
    CREATE TABLE report_files(path TEXT);
    CREATE TABLE warnings(severity TEXT, code TEXT, file TEXT, line INTEGER, col INTEGER, message TEXT, hint TEXT);
    CREATE TABLE documents(id TEXT, file TEXT, sha256 TEXT, derived_from TEXT, label0 TEXT, label1 TEXT, label2 TEXT, label3 TEXT, loc_file TEXT, loc_line INTEGER, loc_col INTEGER);
    CREATE TABLE entities(id TEXT, kind TEXT, label0 TEXT, label1 TEXT, label2 TEXT, label3 TEXT, aliases TEXT, note TEXT, loc_file TEXT, loc_line INTEGER, loc_col INTEGER);
    CREATE TABLE claims(id TEXT, subject TEXT, relation TEXT, object TEXT, property TEXT, value_int INTEGER, value_text TEXT, edtf TEXT, calendar TEXT, reason TEXT, note TEXT, loc_file TEXT, loc_line INTEGER, loc_col INTEGER);
    CREATE TABLE qualifiers(claim INTEGER, name TEXT, value TEXT);
    CREATE TABLE sources(claim INTEGER, document TEXT, quote TEXT, note TEXT, confidence REAL, loc_file TEXT, loc_line INTEGER, loc_col INTEGER, line INTEGER, col INTEGER, end_line INTEGER, end_col INTEGER);
    """

  // MARK: Writing

  /// Writes the graph, its report and the fingerprints into a new database at `path`.
  static func write(_ graph: CuratedGraph, report: LoadReport, texts: [(DocumentID, String)], graphFiles: [FileFingerprint], corpusFiles: [FileFingerprint], to path: String) throws(SQLiteError) {
    let db = try SQLiteDatabase(path: path, readOnly: false, create: true)
    try db.execute("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA application_id=\(applicationID); PRAGMA user_version=\(formatVersion);")
    try db.execute("BEGIN;" + tables + Mentions.tables)
    try Mentions.write(texts, into: db)

    let meta = try db.prepare("INSERT INTO meta VALUES(?, ?)")
    for (name, value) in [("corpus", report.corpus), ("quotes_checked", String(report.quotesChecked)), ("all_quotes_checked", report.allQuotesChecked ? "1" : "0")] {
      meta.bind(1, name)
      meta.bind(2, value)
      try meta.run()
    }
    let files = try db.prepare("INSERT INTO files VALUES(?, ?, ?, ?, ?, ?, ?)")
    for (part, fingerprints) in [("graph", graphFiles), ("corpus", corpusFiles)] {
      for fingerprint in fingerprints {
        files.bind(1, fingerprint.path)
        files.bind(2, part)
        files.bind(3, fingerprint.status.inode)
        files.bind(4, fingerprint.status.size)
        files.bind(5, fingerprint.status.modified)
        files.bind(6, fingerprint.status.changed)
        files.bind(7, fingerprint.contentHash)
        try files.run()
      }
    }
    let reportFiles = try db.prepare("INSERT INTO report_files VALUES(?)")
    for file in report.files {
      reportFiles.bind(1, file)
      try reportFiles.run()
    }
    let warnings = try db.prepare("INSERT INTO warnings VALUES(?, ?, ?, ?, ?, ?, ?)")
    for warning in report.warnings {
      warnings.bind(1, warning.severity.rawValue)
      warnings.bind(2, warning.code.rawValue)
      warnings.bind(3, warning.location.file)
      warnings.bind(4, warning.location.line)
      warnings.bind(5, warning.location.column)
      warnings.bind(6, warning.message)
      warnings.bind(7, warning.hint)
      try warnings.run()
    }

    let documents = try db.prepare("INSERT INTO documents VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
    for document in graph.documents.values {
      documents.bind(1, document.id.rawValue)
      documents.bind(2, document.file)
      documents.bind(3, document.sha256)
      documents.bind(4, document.derivedFrom?.rawValue)
      bindLabels(document.labels, to: documents, from: 5)
      bindLocation(document.location, to: documents, from: 9)
      try documents.run()
    }
    let entities = try db.prepare("INSERT INTO entities VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
    for entity in graph.entities.values {
      entities.bind(1, entity.id.rawValue)
      entities.bind(2, entity.kind)
      bindLabels(entity.labels, to: entities, from: 3)
      entities.bind(7, entity.aliases.joined(separator: String(separator)))
      entities.bind(8, entity.note)
      bindLocation(entity.location, to: entities, from: 9)
      try entities.run()
    }
    let claims = try db.prepare("INSERT INTO claims VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
    let qualifiers = try db.prepare("INSERT INTO qualifiers VALUES(?, ?, ?)")
    let sources = try db.prepare("INSERT INTO sources VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
    for (index, claim) in graph.claims.values.enumerated() {
      claims.bind(1, claim.id.rawValue)
      claims.bind(2, claim.subject.rawValue)
      switch claim.predicate {
      case .relation(let name, let object):
        claims.bind(3, name)
        claims.bind(4, object.rawValue)
      case .property(let name, let value):
        claims.bind(5, name)
        switch value {
        case .integer(let number)?: claims.bind(6, number)
        case .string(let text)?: claims.bind(7, text)
        case nil: break
        }
      }
      if let time = claim.time {
        claims.bind(8, time.edtf.text)
        claims.bind(9, time.calendar.rawValue)
        claims.bind(10, time.reason)
      }
      claims.bind(11, claim.note)
      bindLocation(claim.location, to: claims, from: 12)
      try claims.run()
      for qualifier in claim.qualifiers {
        qualifiers.bind(1, index)
        qualifiers.bind(2, qualifier.name)
        qualifiers.bind(3, qualifier.value)
        try qualifiers.run()
      }
      for source in claim.sources {
        sources.bind(1, index)
        sources.bind(2, source.document.rawValue)
        sources.bind(3, source.quote)
        sources.bind(4, source.note)
        sources.bind(5, source.confidence)
        bindLocation(source.location, to: sources, from: 6)
        if let locator = source.locator {
          sources.bind(9, locator.line)
          sources.bind(10, locator.column)
          sources.bind(11, locator.endLine)
          sources.bind(12, locator.endColumn)
        }
        try sources.run()
      }
    }
    try db.execute("COMMIT;")
  }

  /// Whether every text of the graph can be stored as this format stores it.
  static func canStore(_ graph: CuratedGraph) -> Bool {
    !graph.entities.values.contains { entity in entity.aliases.contains { $0.contains(separator) } || entity.aliases == [""] }
  }

  private static func bindLabels(_ labels: [Language: String], to statement: SQLiteStatement, from column: Int32) {
    for (offset, language) in Language.allCases.enumerated() { statement.bind(column + Int32(offset), labels[language]) }
  }

  private static func bindLocation(_ location: SourceLocation, to statement: SQLiteStatement, from column: Int32) {
    statement.bind(column, location.file)
    statement.bind(column + 1, location.line)
    statement.bind(column + 2, location.column)
  }

  // MARK: Reading

  /// The fingerprints stored in an index: the graph's files, then the corpus files.
  static func fingerprints(in db: SQLiteDatabase) throws(SQLiteError) -> (graph: [FileFingerprint], corpus: [FileFingerprint]) {
    let version = try db.prepare("SELECT * FROM pragma_application_id, pragma_user_version")
    guard try version.step(), version.int(0) == Int(applicationID), version.int(1) == Int(formatVersion) else {
      throw SQLiteError(description: "not an index of this version")
    }
    var graph: [FileFingerprint] = []
    var corpus: [FileFingerprint] = []
    let rows = try db.prepare("SELECT path, part, inode, size, modified, changed, hash FROM files ORDER BY rowid")
    while try rows.step() {
      let fingerprint = FileFingerprint(path: rows.text(0), status: FileStatus(inode: rows.int(2), size: rows.int(3), modified: rows.int(4), changed: rows.int(5)), contentHash: rows.text(6))
      if rows.text(1) == "graph" { graph.append(fingerprint) } else { corpus.append(fingerprint) }
    }
    return (graph, corpus)
  }

  /// Reads the graph and its report back; `schema` is read from `schema.yaml`.
  static func read(from db: SQLiteDatabase, schema: Schema) throws(SQLiteError) -> (CuratedGraph, LoadReport) {
    var meta: [String: String] = [:]
    let metaRows = try db.prepare("SELECT name, value FROM meta")
    while try metaRows.step() { meta[metaRows.text(0)] = metaRows.optionalText(1) }
    var files: [String] = []
    let fileRows = try db.prepare("SELECT path FROM report_files ORDER BY rowid")
    while try fileRows.step() { files.append(fileRows.text(0)) }
    var warnings: [Diagnostic] = []
    let warningRows = try db.prepare("SELECT severity, code, file, line, col, message, hint FROM warnings ORDER BY rowid")
    while try warningRows.step() {
      guard let severity = Diagnostic.Severity(rawValue: warningRows.text(0)), let code = Diagnostic.Code(rawValue: warningRows.text(1)) else {
        throw SQLiteError(description: "a warning of an unknown kind")
      }
      warnings.append(Diagnostic(code, at: SourceLocation(file: warningRows.text(2), line: warningRows.int(3), column: warningRows.int(4)), warningRows.text(5), hint: warningRows.optionalText(6), severity: severity))
    }
    let report = LoadReport(warnings: warnings, corpus: meta["corpus"] ?? nil, quotesChecked: Int(meta["quotes_checked"].flatMap { $0 } ?? "") ?? 0, allQuotesChecked: meta["all_quotes_checked"] == "1", files: files)

    var documents: [Document] = []
    let documentRows = try db.prepare("SELECT id, file, sha256, derived_from, label0, label1, label2, label3, loc_file, loc_line, loc_col FROM documents ORDER BY rowid")
    while try documentRows.step() {
      let row = documentRows
      documents.append(Document(id: DocumentID(row.text(0)), file: row.text(1), sha256: row.text(2), derivedFrom: row.optionalText(3).map { DocumentID($0) }, labels: labels(row, from: 4), location: location(row, from: 8)))
    }
    var entities: [Entity] = []
    let entityRows = try db.prepare("SELECT id, kind, label0, label1, label2, label3, aliases, note, loc_file, loc_line, loc_col FROM entities ORDER BY rowid")
    while try entityRows.step() {
      let row = entityRows
      let aliasText = row.text(6)
      let aliases = aliasText.isEmpty ? [] : aliasText.split(separator: separator, omittingEmptySubsequences: false).map(String.init)
      entities.append(Entity(id: EntityID(row.text(0)), kind: row.text(1), labels: labels(row, from: 2), aliases: aliases, note: row.optionalText(7), location: location(row, from: 8)))
    }

    let claimCount = try count("claims", in: db)
    var qualifiers = [[Qualifier]](repeating: [], count: claimCount)
    let qualifierRows = try db.prepare("SELECT claim, name, value FROM qualifiers ORDER BY rowid")
    while try qualifierRows.step() {
      let claim = qualifierRows.int(0)
      guard qualifiers.indices.contains(claim) else { throw SQLiteError(description: "a qualifier of no claim") }
      qualifiers[claim].append(Qualifier(name: qualifierRows.text(1), value: qualifierRows.text(2)))
    }
    var sources = [[Source]](repeating: [], count: claimCount)
    let sourceRows = try db.prepare("SELECT claim, document, quote, note, confidence, loc_file, loc_line, loc_col, line, col, end_line, end_col FROM sources ORDER BY rowid")
    while try sourceRows.step() {
      let row = sourceRows
      let claim = row.int(0)
      guard sources.indices.contains(claim) else { throw SQLiteError(description: "a source of no claim") }
      let locator = row.isNull(8) ? nil : Locator(line: row.int(8), column: row.int(9), endLine: row.int(10), endColumn: row.int(11))
      sources[claim].append(Source(document: DocumentID(row.text(1)), quote: row.text(2), note: row.optionalText(3), confidence: row.double(4), location: location(row, from: 5), locator: locator))
    }
    var claims: [Claim] = []
    claims.reserveCapacity(claimCount)
    var dates: [DateKey: Dating] = [:]
    let claimRows = try db.prepare("SELECT id, subject, relation, object, property, value_int, value_text, edtf, calendar, reason, note, loc_file, loc_line, loc_col FROM claims ORDER BY rowid")
    while try claimRows.step() {
      let row = claimRows
      let predicate: HistoryModel.Predicate
      if let relation = row.optionalText(2) {
        predicate = .relation(relation, object: EntityID(row.text(3)))
      } else {
        let value: PropertyValue? = row.optionalInt(5).map { .integer($0) } ?? row.optionalText(6).map { .string($0) }
        predicate = .property(row.text(4), value: value)
      }
      var time: Dating?
      if let edtf = row.optionalText(7) {
        // Dates repeat: each distinct one is read once.
        let key = DateKey(edtf: edtf, calendar: row.text(8), reason: row.optionalText(9))
        if let known = dates[key] {
          time = known
        } else {
          do {
            time = try Dating(edtf: edtf, calendar: CalendarStyle(rawValue: key.calendar), reason: key.reason)
          } catch {
            throw SQLiteError(description: "a stored date does not read: \(edtf)")
          }
          dates[key] = time
        }
      }
      let index = claims.count
      guard index < claimCount else { throw SQLiteError(description: "the claims changed while read") }
      claims.append(Claim(id: ClaimID(row.text(0)), subject: EntityID(row.text(1)), predicate: predicate, qualifiers: qualifiers[index], time: time, sources: sources[index], note: row.optionalText(10), location: location(row, from: 11)))
    }
    return (CuratedGraph(schema: schema, documents: documents, entities: entities, claims: claims), report)
  }

  /// A date as stored: what ``Dating`` is read from.
  private struct DateKey: Hashable {
    let edtf: String
    let calendar: String
    let reason: String?
  }

  private static func count(_ table: String, in db: SQLiteDatabase) throws(SQLiteError) -> Int {
    let statement = try db.prepare("SELECT count(*) FROM \(table)")
    _ = try statement.step()
    return statement.int(0)
  }

  private static func labels(_ row: SQLiteStatement, from column: Int32) -> [Language: String] {
    var labels: [Language: String] = [:]
    for (offset, language) in Language.allCases.enumerated() {
      if let text = row.optionalText(column + Int32(offset)) { labels[language] = text }
    }
    return labels
  }

  private static func location(_ row: SQLiteStatement, from column: Int32) -> SourceLocation {
    SourceLocation(file: row.text(column), line: row.int(column + 1), column: row.int(column + 2))
  }
}
