import HistoryGraph

/// The documents' sentences that some claim's quote overlaps (as ``QuotePlaces``
/// finds them), as one bit per sentence of the passages file, under its rowid, in
/// the main file's ``QuotedSentencesTable``: `mentions WORD --uncited` walks the
/// sentences FTS5 finds in the passages in rowid order and leaves out those whose
/// bit is set, with no look-up per sentence found.
///
/// It is worked out at each compile, because which sentences are quoted depends
/// on the graph, while the passages file is kept across edits of the graph (see
/// ``GraphIndexFile``); it is found in the passages file once that is written,
/// beside the main file's rows. One bit a sentence: 250 KB for two million
/// sentences, read whole by `--uncited` (an FTS5 table of the quoted sentences'
/// words, as before format 25, took 4 s of a compile at a million claims).
enum QuotedSentences {
  /// The sentences quoted: bit `r % 32` of `words[r / 32]` is set when the passage of rowid `r` is.
  struct Bits: Sendable, Equatable {
    /// 32 sentences a number, as stored.
    var words: ContiguousArray<Int32>

    /// Whether the passage of rowid `row` is quoted.
    func contains(_ row: Int) -> Bool {
      guard row >= 0, row / 32 < words.count else { return false }
      return UInt32(bitPattern: words[row / 32]) >> UInt32(row % 32) & 1 == 1
    }

    /// Marks the passage of rowid `row` quoted.
    mutating func insert(_ row: Int) {
      if row / 32 >= words.count { words.append(contentsOf: repeatElement(0, count: row / 32 + 1 - words.count)) }
      words[row / 32] |= Int32(bitPattern: 1 << UInt32(row % 32))
    }

    /// How many passages are quoted.
    var count: Int { words.reduce(0) { $0 + $1.nonzeroBitCount } }
  }

  /// Reads the quoted sentences of the index `db` (its one row, checked).
  static func read(in db: SQLiteDatabase) throws(SQLiteError) -> Bits {
    let rows = try TableStatement<QuotedSentencesTable>.select([.bits], from: db)
    guard try rows.step(), let words = rows.numbers(.bits), !(try rows.step()) else {
      throw SQLiteError(description: "the quoted sentences are not those written")
    }
    return Bits(words: words)
  }

  /// Writes `bits` as the one row of ``QuotedSentencesTable`` in `db`.
  static func write(_ bits: Bits, into db: SQLiteDatabase) throws(SQLiteError) {
    let insert = try TableStatement<QuotedSentencesTable>.insert(into: db)
    try insert.bind(.bits, bits.words)
    try insert.run()
  }

  /// Finds the sentences of the passages file at `passages` that a quote of `graph` overlaps.
  ///
  /// Each document's quotes are sorted by where they start, with the furthest
  /// end reached so far; a sentence (line `L`, columns `col…endCol`) is quoted when
  /// the quotes starting by (`L`, `endCol`) reach (`L`, `col`).
  static func find(_ graph: CuratedGraph, passages: String) throws(SQLiteError) -> Bits {
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
    let rows = try TableStatement<PassageRowsTable>.select([.document, .line, .col, .endCol], from: source)
    var bits = Bits(words: [])
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
      bits.insert(rows.rowID)
    }
    return bits
  }

  /// A place in a text (line, column) as one number ordered as the places are.
  private static func place(_ line: Int, _ column: Int) -> Int { line << 32 | column }
}
