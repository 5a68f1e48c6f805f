import HistoryGraph

/// Which words SQLite's FTS5 tokenizer reads as themselves, one term each: words
/// of characters it takes as token characters and leaves alone when it folds
/// case. FTS5 reads other characters otherwise than ``Mentions/match(_:in:)``
/// does: it splits `ि` (a spacing mark) off a word, reads `ς` as `σ` and `ſ` as `s`.
/// Over plain words, FTS5's prefix, whole-word and phrase queries find exactly
/// the sentences ``Mentions/match(_:in:)`` finds, so they can count and rank.
///
/// Asked of SQLite itself, 256 characters at a time, in a database in memory:
/// the answer is that of the SQLite the index is read with.
final class PlainWords {
  /// The tokenizer of the passages' FTS5 table.
  static let tokenizer = "unicode61 remove_diacritics 0"

  private let db: SQLiteDatabase
  /// By block (a character's value divided by 256): whether each of its characters is plain.
  private var blocks: [UInt32: [Bool]] = [:]

  init() throws(SQLiteError) {
    db = try SQLiteDatabase(path: ":memory:", readOnly: false, create: true)
    try db.execute(
      "CREATE VIRTUAL TABLE words USING fts5(word, tokenize = \"\(Self.tokenizer)\"); CREATE VIRTUAL TABLE terms USING fts5vocab(words, instance);")
  }

  /// Whether every word of `words` (words joined by spaces, as the passages store them) is plain.
  static func arePlain(_ words: [String]) throws(SQLiteError) -> Bool {
    if words.allSatisfy(isPlainASCII) { return true }
    let plain = try PlainWords()
    for word in words where !(try plain.arePlain(word)) { return false }
    return true
  }

  /// Whether `words` holds only ASCII lowercase letters, digits and spaces, all plain.
  static func isPlainASCII(_ words: String) -> Bool {
    words.utf8.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x20 }
  }

  /// Whether every character of `words` but its spaces is plain.
  func arePlain(_ words: String) throws(SQLiteError) -> Bool {
    for scalar in words.unicodeScalars where scalar != " " {
      guard try isPlain(scalar) else { return false }
    }
    return true
  }

  /// Whether `scalar` is a character of its own for Swift, joined to no neighbour
  /// (the match compares characters, FTS5 bytes): not a grapheme extender, not a
  /// Hangul jamo (which joins into a syllable), not a prepended mark.
  private static func standsAlone(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x1100...0x11FF, 0xA960...0xA97F, 0xD7B0...0xD7FF, 0x0D4E, 0x0600...0x0605, 0x06DD, 0x070F, 0x08E2, 0x110BD, 0x110CD: return false
    default: return !scalar.properties.isGraphemeExtend
    }
  }

  private func isPlain(_ scalar: Unicode.Scalar) throws(SQLiteError) -> Bool {
    let block = scalar.value >> 8
    if let known = blocks[block] { return known[Int(scalar.value & 0xFF)] }
    // Each character of the block as a row of its own (the row's id its value): plain if the row has one term, the character itself.
    try db.execute("DELETE FROM words;")
    let insert = try db.prepare("INSERT INTO words(rowid, word) VALUES(:value, :word)")
    for value in (block << 8)..<((block + 1) << 8) {
      guard value != 0, let character = Unicode.Scalar(value) else { continue }
      try insert.bind(1, Int(value))
      try insert.bind(2, String(character))
      try insert.run()
    }
    var terms = [Int](repeating: 0, count: 256)
    var itself = [Bool](repeating: false, count: 256)
    let rows = try db.prepare("SELECT doc, term FROM terms")
    while try rows.step() {
      let value = rows.int(0)
      guard value >> 8 == Int(block) else { throw SQLiteError(description: "a character of another block") }
      terms[value & 0xFF] += 1
      if let character = Unicode.Scalar(UInt32(value)), rows.text(1).unicodeScalars.elementsEqual([character]) { itself[value & 0xFF] = true }
    }
    let plain = (0..<256).map { low in
      terms[low] == 1 && itself[low] && Unicode.Scalar(block << 8 | UInt32(low)).map(Self.standsAlone) == true
    }
    blocks[block] = plain
    return plain[Int(scalar.value & 0xFF)]
  }
}
