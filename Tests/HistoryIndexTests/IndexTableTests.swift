import Foundation
import HistoryGraph
import HistoryGraphTestSupport
import Testing

@testable import HistoryIndex

@Suite struct IndexTableTests {
  /// A new database in a temporary file, removed when the test ends.
  final class TemporaryDatabase {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("index-table-\(UUID().uuidString).sqlite").path
    let db: SQLiteDatabase

    init() throws { db = try SQLiteDatabase(path: path, readOnly: false, create: true) }

    deinit { unlink(path) }
  }

  @Test("The tables described once are created as format 25 declares them")
  func theFormatIsKept() {
    // The on-disk format of version 25, written out: a change here needs GraphIndexFile.formatVersion bumped.
    #expect(GraphIndexFile.formatVersion == 25)
    #expect(
      GraphIndexFile.tables == """
        CREATE TABLE meta(name TEXT PRIMARY KEY, value TEXT, checksum INTEGER);
        CREATE TABLE files(path TEXT, part TEXT, inode INTEGER, bytes INTEGER, modified INTEGER, changed INTEGER, hash TEXT, checksum INTEGER);
        CREATE TABLE report_files(path TEXT, checksum INTEGER);
        CREATE TABLE warnings(severity TEXT, code TEXT, file TEXT, line INTEGER, col INTEGER, message TEXT, hint TEXT, checksum INTEGER);
        CREATE TABLE documents(id TEXT, file TEXT, sha256 TEXT, derived_from TEXT, labels TEXT, loc_file TEXT, loc_line INTEGER, loc_col INTEGER, gregorian_from INTEGER, bibliography TEXT, lines INTEGER, checksum INTEGER);
        CREATE TABLE entities(id TEXT, kind TEXT, labels TEXT, aliases TEXT, note TEXT, loc_file TEXT, loc_line INTEGER, loc_col INTEGER, claims INTEGER, span_earliest INTEGER, span_latest INTEGER, checksum INTEGER);
        CREATE TABLE claims(id TEXT, subject TEXT, relation TEXT, object TEXT, property TEXT, value_int INTEGER, value_text TEXT, edtf TEXT, calendar TEXT, reason TEXT, note TEXT, loc_file TEXT, loc_line INTEGER, loc_col INTEGER, gregorian_from INTEGER, sources INTEGER, qualifiers INTEGER, independent TEXT, checksum INTEGER);
        CREATE TABLE qualifiers(claim INTEGER, name TEXT, value TEXT, checksum INTEGER);
        CREATE TABLE sources(claim INTEGER, document TEXT, quote TEXT, translations TEXT, note TEXT, confidence REAL, loc_file TEXT, loc_line INTEGER, loc_col INTEGER, line INTEGER, col INTEGER, end_line INTEGER, end_col INTEGER, checksum INTEGER);
        CREATE TABLE quote_places(source INTEGER, document TEXT, line INTEGER, col INTEGER, end_line INTEGER, end_col INTEGER, checksum INTEGER);
        CREATE TABLE names(entity INTEGER, text TEXT, exact TEXT, loose TEXT, checksum INTEGER);
        CREATE TABLE name_words(word TEXT, entity INTEGER, entities INTEGER, checksum INTEGER);
        CREATE TABLE ties(ends BLOB, degrees BLOB, checksum INTEGER);
        CREATE TABLE centralities(measure TEXT, position INTEGER, entity INTEGER, kind TEXT, score REAL, checksum INTEGER);
        CREATE TABLE territorial_periods(claim INTEGER, earliest INTEGER, latest INTEGER, next INTEGER, checksum INTEGER);
        CREATE TABLE name_terms(exact TEXT, loose TEXT, checksum INTEGER);
        CREATE TABLE name_term_keys(key TEXT, length INTEGER, terms BLOB, checksum INTEGER);
        CREATE TABLE quoted_sentences(bits BLOB, checksum INTEGER);
        """)
    #expect(
      Mentions.tables == """
        CREATE TABLE passage_rows(folded TEXT, document TEXT, line INTEGER, col INTEGER, end_col INTEGER, text TEXT);
        CREATE VIRTUAL TABLE passages USING fts5(folded, document UNINDEXED, line UNINDEXED, col UNINDEXED, end_col UNINDEXED, text UNINDEXED, content = 'passage_rows', columnsize = 0, tokenize = "unicode61 remove_diacritics 0");
        INSERT INTO passages(passages, rank) VALUES('hashsize', 2097152);
        """)
    #expect(
      GraphTexts.tables == """
        CREATE TABLE graph_text_rows(folded TEXT, field TEXT, entity TEXT, claim TEXT, document TEXT, text TEXT);
        CREATE VIRTUAL TABLE graph_texts USING fts5(folded, field UNINDEXED, entity UNINDEXED, claim UNINDEXED, document UNINDEXED, text UNINDEXED, content = 'graph_text_rows', columnsize = 0, tokenize = "unicode61 remove_diacritics 0");
        INSERT INTO graph_texts(graph_texts, rank) VALUES('hashsize', 2097152);
        """)
  }

  @Test("Every column is named once in its table, and its raw value is its place")
  func columnsAreNamedOnce() {
    for table in GraphIndexFile.mainTables + [PassageRowsTable.self, GraphTextRowsTable.self] {
      let names = table.columns.map(\.name)
      #expect(Set(names).count == names.count, "\(table.tableName) names a column twice")
      #expect(!names.contains("rowid"))
    }
    #expect(ClaimsTable.allCases.map(\.rawValue) == Array(0..<ClaimsTable.allCases.count))
  }

  @Test("A row is read by its columns' names, whatever the order they are selected in")
  func rowsAreReadByName() throws {
    let file = try TemporaryDatabase()
    try file.db.execute(SourcesTable.creation)
    let insert = try TableStatement<SourcesTable>.insert(into: file.db)
    try insert.bind(.claim, 7)
    try insert.bind(.document, "doc-1")
    try insert.bind(.quote, "Алаш")
    try insert.bind(.confidence, 0.5)
    try insert.bind(SourceLocation(file: "claims.yaml", line: 12, column: 5), to: SourcesTable.location)
    try insert.bind(.endCol, 40)
    try insert.run()
    try file.db.execute(SourcesTable.sealing)
    for columns in [Array(SourcesTable.allCases), Array(SourcesTable.allCases.reversed()), [.endCol, .quote, .locLine, .claim]] {
      let row = try TableStatement<SourcesTable>.select(columns, from: file.db, "WHERE document = :document")
      try row.bind(.document, "doc-1")
      #expect(try row.step())
      #expect(row.rowID == 1 && row.int(.claim) == 7 && row.text(.quote) == "Алаш" && row.int(.endCol) == 40 && row.int(.locLine) == 12)
      #expect(try !row.step())
    }
    let all = try TableStatement<SourcesTable>.select(from: file.db)
    #expect(try all.step())
    #expect(
      all.isNull(.note) && all.isNull(.line) && all.double(.confidence) == 0.5
        && all.location(SourcesTable.location) == SourceLocation(file: "claims.yaml", line: 12, column: 5))
    // A row changed after it was sealed does not match its check: reading it is an error.
    try file.db.execute("UPDATE sources SET quote = 'Алашорда';")
    let changed = try TableStatement<SourcesTable>.select([.quote], from: file.db)
    #expect(throws: SQLiteError.self) { try changed.step() }
  }

  @Test("A bind SQLite refuses is an error that names the parameter")
  func aFailedBindThrows() throws {
    let file = try TemporaryDatabase()
    try file.db.execute(MetaTable.creation)
    let insert = try TableStatement<MetaTable>.insert(into: file.db)
    try insert.bind(.name, "a")
    try insert.run()
    try file.db.execute(MetaTable.sealing)
    // A position the statement does not have.
    #expect(throws: SQLiteError.self) { try insert.statement.bind(4, "c") }
    // A statement still stepping through its rows cannot take new values.
    let rows = try TableStatement<MetaTable>.select(from: file.db, "WHERE name = :name")
    try rows.bind(.name, "a")
    #expect(try rows.step())
    do {
      try rows.bind(.name, "b")
      Issue.record("binding a running statement was not refused")
    } catch {
      #expect(error.description.contains(":name"))
    }
  }
}
