import HistoryGraph

/// The documents' sentences that some claim's quote overlaps (as ``QuotePlaces``
/// finds them), in an FTS5 table of an auxiliary file of their own (``table``, see
/// ``GraphIndexFile/Auxiliary/quoted``), each under its
/// rowid in the passages file: `mentions WORD --uncited` counts the sentences no
/// quote overlaps as those FTS5 finds in the passages less those it finds here,
/// and walks both in rowid order for the first ones shown, with no look-up per
/// sentence found.
///
/// It is written at each compile, because which sentences are quoted depends on
/// the graph, while the passages file is kept across edits of the graph (see
/// ``GraphIndexFile``); in a file of its own, it is written beside the main
/// file's rows, not after them. The table holds no text (FTS5's
/// contentless table: only the words' index and each row's size); the meta row
/// ``countName`` records how many rows it was written with.
enum QuotedSentences {
  /// The FTS5 table of the quoted sentences' folded words.
  static let table = "quoted_sentences"

  /// Created after the other tables' rows are in; tokenized as the passages are, so a query finds here exactly the quoted sentences it finds there.
  static let creation = "CREATE VIRTUAL TABLE \(table) USING fts5(folded, content = '', tokenize = \"\(PlainWords.tokenizer)\");"

  /// The meta row holding how many sentences were written as quoted.
  static let countName = "rows_\(table)"

  /// Finds the sentences of the passages file at `passages` that a quote of
  /// `graph` overlaps and writes them into ``table`` of `db`; returns the meta row.
  ///
  /// Each document's quotes are sorted by where they start, with the furthest
  /// end reached so far; a sentence (line `L`, columns `col…endCol`) is quoted when
  /// the quotes starting by (`L`, `endCol`) reach (`L`, `col`).
  static func write(_ graph: CuratedGraph, passages: String, into db: SQLiteDatabase) throws(SQLiteError) -> [(String, String?)] {
    var quotes: [String: (starts: [Int], furthest: [Int])] = [:]
    var unsorted: [String: [(start: Int, end: Int)]] = [:]
    for claim in graph.claims.values {
      for source in claim.sources {
        guard let locator = source.locator, locator.line <= locator.endLine else { continue }
        unsorted[source.document.rawValue, default: []].append(
          (place(locator.line, locator.column), place(locator.endLine, locator.endColumn)))
      }
    }
    for (document, spans) in unsorted {
      let sorted = spans.sorted { $0.start < $1.start }
      var furthest: [Int] = []
      furthest.reserveCapacity(sorted.count)
      for span in sorted { furthest.append(max(furthest.last ?? .min, span.end)) }
      quotes[document] = (sorted.map(\.start), furthest)
    }
    unsorted = [:]
    let source = try SQLiteDatabase(path: passages, readOnly: true)
    let rows = try TableStatement<PassageRowsTable>.select([.folded, .document, .line, .col, .endCol], from: source)
    let insert = try db.prepare("INSERT INTO \(table)(rowid, folded) VALUES(:rowid, :folded)")
    var written = 0
    var document = ""
    var these: (starts: [Int], furthest: [Int])?
    // The connection is kept open while its statement reads.
    defer { withExtendedLifetime(source) {} }
    while try rows.step() {
      let name = rows.text(.document)
      if name != document { (document, these) = (name, quotes[name]) }
      guard let these else { continue }
      let (line, first, last) = (rows.int(.line), rows.int(.col), rows.int(.endCol))
      // The quotes starting by the sentence's end: the first `count` by start.
      var low = 0, high = these.starts.count
      let end = place(line, last)
      while low < high {
        let mid = (low + high) / 2
        if these.starts[mid] <= end { low = mid + 1 } else { high = mid }
      }
      guard low > 0, these.furthest[low - 1] >= place(line, first) else { continue }
      try insert.bind(1, rows.rowID)
      try insert.bind(2, rows.text(.folded))
      try insert.run()
      written += 1
    }
    return [(countName, String(written))]
  }

  /// A place in a text (line, column) as one number ordered as the places are.
  private static func place(_ line: Int, _ column: Int) -> Int { line << 32 | column }

  /// Checks that the table holds as many rows as were written (a table emptied or added to is noticed).
  static func checkCount(in db: SQLiteDatabase) throws(SQLiteError) {
    let count = try db.prepare("SELECT count(*) FROM \(GraphIndexFile.Auxiliary.quoted.schema).\(table)")
    guard try count.step(), String(count.int(0)) == (try GraphIndexFile.metaValue(countName, in: db, schema: "main")) else {
      throw SQLiteError(description: "the quoted sentences are not those written")
    }
  }
}
