import Foundation
import HistoryGraph

/// A sentence of a document (or the whole line, if it has no sentence end) that names what was searched for.
public struct Passage: Hashable, Sendable {
  /// How closely a line matches a search: the search's words in a row, each
  /// as a whole word, then each as the start of a word (an inflected form).
  public enum Match: Int, Comparable, Sendable {
    case phrase, words, stems
    /// Closer matches first: a phrase before words before stems.
    public static func < (a: Match, b: Match) -> Bool { a.rawValue < b.rawValue }
  }

  /// The document the sentence is in.
  public let document: DocumentID
  /// The line's number in the document's text, from 1.
  public let line: Int
  /// The sentence's first and last columns on its line, counted as quote locators
  /// count them (from 1, in characters, a run of spaces counting as one).
  public let column: Int
  /// The sentence's last column (see ``column``).
  public let endColumn: Int
  /// The sentence as the document writes it.
  public let text: String
  /// How closely it matches the search.
  public let match: Match
}

/// Full-text search of the documents' sentences, folded as the graph's names are
/// (see ``NameFolding``: case, marks, ligatures, Cyrillic to Latin),
/// each searched word matching any word that starts with it: `Орынбор` finds
/// `Орынборда`, `Орынбордан` and `Orynbor`.
///
/// The index holds one row per sentence in a plain table, `passage_rows`: its
/// folded words, place and text. An FTS5 table over it, `passages`, indexes the
/// folded words alone and reads the other columns from the plain table (FTS5's
/// external content: storing the rows once, in a plain table, and no column sizes
/// makes the index about three times quicker to write). A sentence ends at `.`,
/// `!`, `?` or `…` followed by a space and a capital, after a word of three or more
/// characters (so initials such as `В. И.` and abbreviations such as `ж.` do not
/// end one).
package enum Mentions {
  /// The tables of the index's passages file (see ``GraphIndexFile/Auxiliary``).
  package static let tables = """
    \(PassageRowsTable.creation)
    \(PassageRowsTable.fullTextCreation(searchTable, searched: .folded, options: "columnsize = 0, tokenize = \"\(PlainWords.tokenizer)\""))
    """

  /// The FTS5 table over ``PassageRowsTable``.
  static let searchTable = "passages"

  /// The folded words a line is searched by.
  static func folded(_ text: String, _ folding: NameFolding) -> [String] { NameKey.exactTokens(text, folding: folding) }

  /// The sentences of a text: line, first and last column, and the sentence with its spaces folded.
  ///
  /// Lines end at a line feed that does not follow a carriage return (a CR LF
  /// pair is one character, which is not a line feed).
  static func sentences(of text: String) -> [(line: Int, column: Int, endColumn: Int, text: String)] {
    var found: [(line: Int, column: Int, endColumn: Int, text: String)] = []
    forEachSentence(of: text) { found.append(($0, $1, $2, $3)) }
    return found
  }

  /// Calls `body` with each sentence of a text in order, as ``sentences(of:)``
  /// gives them (line, first and last column, text), holding little more than the
  /// sentence being read, however long the line.
  static func forEachSentence<Failure: Error>(
    of text: String, _ body: (_ line: Int, _ column: Int, _ endColumn: Int, _ text: String) throws(Failure) -> Void
  ) throws(Failure) {
    var reader = SentenceReader()
    var previous: Unicode.Scalar = "\0"
    for scalar in text.nfc.unicodeScalars {
      defer { previous = scalar }
      if scalar == "\n", previous != "\r" {
        try reader.endLine(body)
        continue
      }
      if !isSpace(scalar) {
        reader.scalars.append(scalar)
      } else if let last = reader.scalars.last, last != " " {
        reader.scalars.append(" ")
      } else {
        continue
      }
      // A scalar can end a sentence once the two after it are read.
      let candidate = reader.scalars.count - 3
      if candidate >= reader.start, endsSentence(reader.scalars, at: candidate) { try reader.sentence(through: candidate, body) }
    }
    try reader.endLine(body)
  }

  /// What ``forEachSentence(of:_:)`` holds of the line being read (a value of its
  /// own, not state captured by nested functions, which would be read through a box).
  private struct SentenceReader {
    var line = 1
    /// The line's scalars from column `base` + 1 on, every run of spaces made one space, none first.
    var scalars: [Unicode.Scalar] = []
    var base = 0
    /// Where the sentence being read starts in `scalars`.
    var start = 0
    var bytes: [UInt8] = []

    mutating func sentence<Failure: Error>(
      through end: Int, _ body: (_ line: Int, _ column: Int, _ endColumn: Int, _ text: String) throws(Failure) -> Void
    ) throws(Failure) {
      bytes.removeAll(keepingCapacity: true)
      for scalar in scalars[start...end] { UTF8.encode(scalar) { bytes.append($0) } }
      try body(line, base + start + 1, base + end + 1, String(decoding: bytes, as: UTF8.self))
      start = end + 2
      // The sentences read are dropped once they fill a page. What is kept begins
      // after a space, so a sentence end near its start looks back no further than
      // the whole line would let it (see `endsSentence`).
      if start >= 4_096 {
        let dropped = min(start, scalars.count)
        scalars.removeFirst(dropped)
        (base, start) = (base + dropped, start - dropped)
      }
    }

    mutating func endLine<Failure: Error>(
      _ body: (_ line: Int, _ column: Int, _ endColumn: Int, _ text: String) throws(Failure) -> Void
    ) throws(Failure) {
      if scalars.last == " " { scalars.removeLast() }
      if start < scalars.count { try sentence(through: scalars.count - 1, body) }
      scalars.removeAll(keepingCapacity: true)
      (base, start) = (0, 0)
      line += 1
    }
  }

  /// Whitespace as quote locators count it (a run is one column).
  private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x20, 0x09, 0x0B, 0x0C, 0x0D, 0x85, 0xA0: return true
    case 0..<0x1680: return false  // no other white space comes before U+1680
    default: return scalar.properties.isWhitespace
    }
  }

  /// Whether `scalars[i]` ends a sentence: a full stop, `!`, `?` or `…` after three
  /// letters or digits, then a space and a capital.
  private static func endsSentence(_ scalars: [Unicode.Scalar], at i: Int) -> Bool {
    switch scalars[i] {
    case ".", "!", "?", "…": break
    default: return false
    }
    guard i >= 3, i + 2 < scalars.count, scalars[i + 1] == " ", scalars[i + 2].properties.isUppercase else { return false }
    return scalars[(i - 3)..<i].allSatisfy { $0.properties.isAlphabetic || $0.properties.numericType != nil }
  }

  /// Adds every sentence of every text to the index, split and folded on the
  /// calling thread (in a compile, one yielding to the main file's rows). Each
  /// text is let go once its sentences are in, before the full-text index is made
  /// of them: given up by the caller, a large text is not held to the end.
  ///
  /// - Parameter stopped: asked before each sentence; once it says so, the write stops with an error.
  /// - Returns: whether FTS5 reads every folded word as itself (see ``PlainWords``), for the meta row ``plainName``.
  @discardableResult
  package static func write(
    _ texts: consuming [(DocumentID, String)], folding: NameFolding, into db: SQLiteDatabase, stopped: () -> Bool = { false }
  ) throws(SQLiteError) -> Bool {
    let insert = try TableStatement<PassageRowsTable>.insert(into: db)
    let plainWords = try PlainWords()
    var plain = true
    func add(_ sentence: (line: Int, column: Int, endColumn: Int, text: String), words: (String, plainASCII: Bool), of document: DocumentID)
      throws(SQLiteError)
    {
      if plain && !words.plainASCII { plain = try plainWords.arePlain(words.0) }
      try insert.bind(.folded, words.0)
      try insert.bind(.document, document.rawValue)
      try insert.bind(.line, sentence.line)
      try insert.bind(.col, sentence.column)
      try insert.bind(.endCol, sentence.endColumn)
      try insert.bind(.text, sentence.text)
      try insert.run()
    }
    /// A sentence's folded words, and whether they are plain ASCII (which FTS5 reads as itself).
    func words(of text: String) -> (String, plainASCII: Bool) {
      let words = folded(text, folding).joined(separator: " ")
      return (words, PlainWords.isPlainASCII(words))
    }
    for index in texts.indices {
      let (document, text) = texts[index]
      texts[index].1 = ""
      try forEachSentence(of: text) { (line, column, endColumn, sentence) throws(SQLiteError) in
        if stopped() { throw SQLiteError(description: "the passages were no longer wanted") }
        try add((line, column, endColumn, sentence), words: words(of: sentence), of: document)
      }
    }
    try db.execute("INSERT INTO \(searchTable)(rowid, folded) SELECT rowid, folded FROM \(PassageRowsTable.tableName);")
    return plain
  }

  /// The passages file's meta row saying whether FTS5 reads every folded word of its sentences as itself.
  static let plainName = "plain_words"

  /// The passages of texts naming `query` (its first ``TextQuery/mostWords`` words), found by reading every sentence (when there is no index).
  package static func scan(_ query: String, in texts: [(DocumentID, String)], folding: NameFolding) -> [Passage] {
    let words = TextQuery.words(query, folding: folding)
    guard !words.isEmpty else { return [] }
    var found: [Passage] = []
    for (document, text) in texts {
      for sentence in sentences(of: text) {
        if let match = match(words, in: folded(sentence.text, folding)) {
          found.append(
            Passage(
              document: document, line: sentence.line, column: sentence.column, endColumn: sentence.endColumn, text: sentence.text, match: match))
        }
      }
    }
    return ranked(found, documents: texts.map(\.0))
  }

  /// The passages naming `query` through the index, best matches first, then in document and line order.
  package static func search(_ query: String, in db: SQLiteDatabase, documents: [DocumentID], folding: NameFolding) throws(SQLiteError) -> [Passage] {
    let words = TextQuery.words(query, folding: folding)
    guard !words.isEmpty else { return [] }
    let statement = try TableStatement<PassageRowsTable>.select(from: db, table: searchTable, "WHERE \(searchTable) MATCH :folded")
    try statement.bind(.folded, words.map { "\"\($0)\"*" }.joined(separator: " "))
    var found: [Passage] = []
    while try statement.step() {
      let sentenceWords = statement.text(.folded).split(separator: " ").map(String.init)
      guard let match = match(words, in: sentenceWords) else { continue }
      found.append(
        Passage(
          document: DocumentID(statement.text(.document)), line: statement.int(.line), column: statement.int(.col), endColumn: statement.int(.endCol),
          text: statement.text(.text), match: match))
    }
    return ranked(found, documents: documents)
  }

  /// The first `limit` sentences naming `query`, ranked as ``search(_:in:documents:folding:)``
  /// ranks them, and how many sentences name it, leaving out the passages of
  /// `excluded` if given (``QuotedSentences``): found, counted and ranked by FTS5
  /// queries, reading only the sentences returned. `nil` if FTS5 may read some
  /// word of the query or of the sentences otherwise than ``match(_:in:)`` does
  /// (see ``PlainWords``): then only reading every sentence found is exact.
  ///
  /// The sentences are stored in the graph's document order, then line and column
  /// order, so that rowid order is that order: those matching as a phrase (FTS5's
  /// phrase of the whole words) come first in rowid order, then those with every
  /// whole word but not the phrase, then the others naming every word's stem.
  /// Without `excluded` they are counted by FTS5; with it, by walking the rowids
  /// found and leaving out those excluded.
  static func firstRanked(
    _ query: String, in db: SQLiteDatabase, documents: [DocumentID], folding: NameFolding, excluding excluded: QuotedSentences.Bits?, limit: Int
  )
    throws(SQLiteError) -> (passages: [Passage], total: Int)?
  {
    let words = TextQuery.words(query, folding: folding)
    guard !words.isEmpty else { return ([], 0) }
    guard try GraphIndexFile.metaValue(plainName, in: db, schema: GraphIndexFile.Auxiliary.passages.schema) == "1",
      try PlainWords.arePlain(words)
    else { return nil }
    // Plain words hold no quote: each is one FTS5 string as it stands.
    let stems = "(" + words.map { "\"\($0)\"*" }.joined(separator: " ") + ")"
    let whole = "(" + words.map { "\"\($0)\"" }.joined(separator: " ") + ")"
    let phrase = "\"" + words.joined(separator: " ") + "\""
    let total: Int
    if let excluded {
      let rows = try matches(stems, in: db)
      var count = 0
      while try rows.step() { if !excluded.contains(rows.int(0)) { count += 1 } }
      total = count
    } else {
      let count = try db.prepare("SELECT count(*) FROM \(searchTable) WHERE \(searchTable) MATCH :folded")
      try count.bind(count.parameterIndex(":folded")!, stems)
      guard try count.step() else { throw SQLiteError(description: "the passages cannot be counted") }
      total = count.int(0)
    }
    var found: [Passage] = []
    // Once all those counted are found, no tier is read further.
    let wanted = min(limit, total)
    let row = try TableStatement<PassageRowsTable>.select(from: db, table: searchTable, "WHERE rowid = :rowid")
    for (match, matching) in [(Passage.Match.phrase, phrase), (.words, "\(whole) NOT \(phrase)"), (.stems, "\(stems) NOT \(whole)")]
    where found.count < wanted {
      let rows = try matches(matching, in: db)
      while found.count < wanted, try rows.step() {
        let rowID = rows.int(0)
        if excluded?.contains(rowID) == true { continue }
        try row.bindRowID(rowID)
        guard try row.step() else { throw SQLiteError(description: "a sentence found is not stored") }
        // FTS5 read these words as the match does: a sentence otherwise matched means the file is not as written.
        guard Self.match(words, in: row.text(.folded).split(separator: " ").map(String.init)) == match else {
          throw SQLiteError(description: "a sentence's words are not those of its place in the full-text index")
        }
        found.append(
          Passage(
            document: DocumentID(row.text(.document)), line: row.int(.line), column: row.int(.col), endColumn: row.int(.endCol),
            text: row.text(.text), match: match))
        row.reset()
      }
    }
    guard found.count == wanted else { throw SQLiteError(description: "other sentences found than counted") }
    // Stored in another order (not the graph's documents'), rowid order is not the ranking's: then rank every sentence.
    guard ranked(found, documents: documents) == found else { return nil }
    return (found, total)
  }

  /// The rowids, in order, of the passages matching the FTS5 query `matching` (column 0 of each row).
  private static func matches(_ matching: String, in db: SQLiteDatabase) throws(SQLiteError) -> SQLiteStatement {
    let rows = try db.prepare("SELECT rowid FROM \(searchTable) WHERE \(searchTable) MATCH :folded ORDER BY rowid")
    try rows.bind(rows.parameterIndex(":folded")!, matching)
    return rows
  }

  /// How `words` match a line's folded words, if they do.
  static func match(_ words: [String], in line: [String]) -> Passage.Match? {
    guard words.allSatisfy({ word in line.contains { $0.hasPrefix(word) } }) else { return nil }
    if line.count >= words.count,
      (0...(line.count - words.count)).contains(where: { start in words.indices.allSatisfy { line[start + $0] == words[$0] } })
    {
      return .phrase
    }
    return words.allSatisfy(line.contains) ? .words : .stems
  }

  /// Best match first, then the graph's document order and line order.
  static func ranked(_ passages: [Passage], documents: [DocumentID]) -> [Passage] {
    let order = Dictionary(uniqueKeysWithValues: documents.enumerated().map { ($1, $0) })
    return passages.sorted { a, b in
      (a.match, order[a.document] ?? .max, a.line, a.column) < (b.match, order[b.document] ?? .max, b.line, b.column)
    }
  }
}

/// The documents' sentences (see ``Mentions``): `folded` holds the words they are
/// searched by, `line`, `col` and `endCol` their place in their document.
enum PassageRowsTable: Int, IndexTable {
  case folded, document, line, col, endCol, text
  static let tableName = "passage_rows"
  var column: IndexColumn {
    switch self {
    case .folded: .text("folded")
    case .document: .text("document")
    case .line: .integer("line")
    case .col: .integer("col")
    case .endCol: .integer("end_col")
    case .text: .text("text")
    }
  }
}
