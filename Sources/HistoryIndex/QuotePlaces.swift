import HistoryGraph

/// The claims quoting a sentence, looked up in the index's `quote_places` table
/// (``QuotePlacesTable``) for that sentence alone: what ``QuotedLines`` finds
/// among all the graph's quotes, without reading them all.
///
/// A quote overlaps a sentence of line `L` (columns `col…endCol`) when it covers
/// line `L`, starts by (`L`, `endCol`) and ends at (`L`, `col`) or after. Quotes on
/// one line are looked up by line and first column, no further back than the
/// widest such quote (meta row ``columnsName``); quotes over several lines by
/// their first line, no further back than the tallest (meta row ``linesName``).
/// Each row found is checked against its sources row, which is read with its
/// check: a source edited in place is noticed, as a read of every source notices it.
struct QuotePlaces {
  /// Made after the rows are in (with ``GraphIndexFile/lookups``).
  static let lookups = """
    CREATE INDEX quote_places_on_a_line ON quote_places(document, line, col, end_col) WHERE end_line = line;
    CREATE INDEX quote_places_over_lines ON quote_places(document, line, end_line) WHERE end_line > line;
    """

  /// The meta rows holding the most columns a quote on one line spans past its
  /// first, and the most lines a quote spans past its first.
  static let columnsName = "quote_columns_spanned", linesName = "quote_lines_spanned"

  private let db: SQLiteDatabase
  private let onALine: TableStatement<QuotePlacesTable>
  private let overLines: TableStatement<QuotePlacesTable>
  private let sourceRow: TableStatement<SourcesTable>
  private let claimRow: TableStatement<ClaimsTable>
  /// The spans recorded in the meta rows.
  private let columns: Int, lines: Int

  init(_ db: SQLiteDatabase) throws(SQLiteError) {
    self.db = db
    guard let columns = Int(try GraphIndexFile.metaValue(Self.columnsName, in: db, schema: "main")),
      let lines = Int(try GraphIndexFile.metaValue(Self.linesName, in: db, schema: "main")), columns >= 0, lines >= 0
    else { throw SQLiteError(description: "unreadable quote spans in the index") }
    (self.columns, self.lines) = (columns, lines)
    let (one, over) = Self.overlapping(document: ":document", line: ":line", col: ":col", endCol: ":end_col", columns: columns, lines: lines)
    onALine = try TableStatement<QuotePlacesTable>.select(from: db, "WHERE \(one)")
    overLines = try TableStatement<QuotePlacesTable>.select(from: db, "WHERE \(over)")
    sourceRow = try TableStatement<SourcesTable>.select([.claim, .document, .line, .col, .endLine, .endCol], from: db, "WHERE rowid = :rowid")
    claimRow = try TableStatement<ClaimsTable>.select([.id], from: db, "WHERE rowid = :rowid")
  }

  /// The two conditions on a `quote_places` row (quotes on one line, quotes over
  /// several) under which it overlaps the sentence whose place these SQL
  /// expressions give.
  private static func overlapping(document: String, line: String, col: String, endCol: String, columns: Int, lines: Int) -> (String, String) {
    (
      "end_line = line AND document = \(document) AND line = \(line) AND col BETWEEN \(col) - \(columns) AND \(endCol) AND end_col >= \(col)",
      "end_line > line AND document = \(document) AND line BETWEEN \(line) - \(lines) AND \(line) AND end_line >= \(line)"
        + " AND (line < \(line) OR col <= \(endCol)) AND (end_line > \(line) OR end_col >= \(col))"
    )
  }

  /// The claims, in graph order (each once), whose quotes overlap the sentence.
  func claims(quoting passage: Passage) throws(SQLiteError) -> [ClaimID] {
    var found: [(claim: Int, source: Int)] = []
    for rows in [onALine, overLines] {
      try rows.bind(.document, passage.document.rawValue)
      try rows.bind(.line, passage.line)
      try rows.bind(.col, passage.column)
      try rows.bind(.endCol, passage.endColumn)
      while try rows.step() {
        let source = rows.int(.source)
        try sourceRow.bindRowID(source)
        guard try sourceRow.step(), sourceRow.text(.document) == rows.text(.document), sourceRow.optionalInt(.line) == rows.int(.line),
          sourceRow.optionalInt(.col) == rows.int(.col), sourceRow.optionalInt(.endLine) == rows.int(.endLine),
          sourceRow.optionalInt(.endCol) == rows.int(.endCol)
        else { throw SQLiteError(description: "a quote's place is not its source's") }
        found.append((sourceRow.int(.claim), source))
        sourceRow.reset()
      }
      rows.reset()
    }
    var claims: [ClaimID] = []
    var last: Int?
    for (claim, _) in found.sorted(by: { ($0.claim, $0.source) < ($1.claim, $1.source) }) where claim != last {
      last = claim
      try claimRow.bindRowID(claim + 1)
      guard try claimRow.step() else { throw SQLiteError(description: "a source of no claim") }
      claims.append(ClaimID(claimRow.text(.id)))
      claimRow.reset()
    }
    return claims
  }

  /// Writes the `quote_places` rows as the sources rows are written.
  struct Writer {
    private let insert: TableStatement<QuotePlacesTable>
    /// The sources rows written so far (the last one's rowid).
    private var sources = 0
    private var columns = 0, lines = 0

    init(into db: SQLiteDatabase) throws(SQLiteError) { insert = try TableStatement<QuotePlacesTable>.insert(into: db) }

    /// The place of `source`, just written as the next sources row, if it is located.
    mutating func add(_ source: Source) throws(SQLiteError) {
      sources += 1
      guard let locator = source.locator, locator.line <= locator.endLine else { return }
      if locator.line == locator.endLine {
        columns = max(columns, locator.endColumn - locator.column)
      } else {
        lines = max(lines, locator.endLine - locator.line)
      }
      try insert.bind(.source, sources)
      try insert.bind(.document, source.document.rawValue)
      try insert.bind(.line, locator.line)
      try insert.bind(.col, locator.column)
      try insert.bind(.endLine, locator.endLine)
      try insert.bind(.endCol, locator.endColumn)
      try insert.run()
    }

    /// The meta rows of the spans found.
    var spans: [(String, String?)] { [(QuotePlaces.columnsName, String(columns)), (QuotePlaces.linesName, String(lines))] }
  }
}
