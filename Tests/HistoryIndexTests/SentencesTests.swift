import Foundation
import HistoryGraph
import HistoryGraphTestSupport
import Testing

@testable import HistoryIndex

/// Sentences as they were first split: lines by characters, each line's scalars
/// with spaces folded, a sentence string built scalar by scalar. The reference
/// the faster splitting must match.
private func sentencesByCharacters(of text: String) -> [(line: Int, column: Int, endColumn: Int, text: String)] {
  func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x20, 0x09, 0x0B, 0x0C, 0x0D: return true
    case 0..<0x80: return false
    default: return scalar.properties.isWhitespace
    }
  }
  func endsSentence(_ scalars: [Unicode.Scalar], at i: Int) -> Bool {
    guard ".!?…".unicodeScalars.contains(scalars[i]), i >= 3, i + 2 < scalars.count, scalars[i + 1] == " ", scalars[i + 2].properties.isUppercase
    else { return false }
    return scalars[(i - 3)..<i].allSatisfy { $0.properties.isAlphabetic || $0.properties.numericType != nil }
  }
  var found: [(line: Int, column: Int, endColumn: Int, text: String)] = []
  for (index, line) in text.nfc.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
    var scalars: [Unicode.Scalar] = []
    for scalar in line.unicodeScalars {
      if isSpace(scalar) {
        if let last = scalars.last, last != " " { scalars.append(" ") }
      } else {
        scalars.append(scalar)
      }
    }
    if scalars.last == " " { scalars.removeLast() }
    var start = 0
    for i in scalars.indices where i == scalars.count - 1 || endsSentence(scalars, at: i) {
      var sentence = String.UnicodeScalarView()
      sentence.append(contentsOf: scalars[start...i])
      found.append((index + 1, start + 1, i + 1, String(sentence)))
      start = i + 2
    }
  }
  return found
}

/// A sentence as comparable bytes.
private func key(_ s: (line: Int, column: Int, endColumn: Int, text: String)) -> String {
  "\(s.line):\(s.column)-\(s.endColumn):\(Array(s.text.utf8))"
}

/// Texts with every kind of line end and space, combining marks after line ends,
/// sentence ends after initials, abbreviations, digits and other scripts.
private func generatedTexts(count: Int, pieces: Int) -> [String] {
  let parts = [
    "Алашорда үкіметінің төрағасы болып Ә. Бөкейханов сайланды.", " Кеңес өкіметі 1918 жылы наурызда орнады! ", "Орынборда съезд болды? ",
    "ж. Б", "В. И. Ленин", "1917. Қазан", "… Ол", "abc. Def", "xyz.Abc", "ΑΒΓ. Δ", "٣٤٥! Ж", "\n", "\r\n", "\r", "\n\n", "\n\u{301}", "\r\u{301}",
    "\u{85}", "\u{A0}", "\u{2028}", "\u{3000}", "\u{1680}", "\t", "  ", "\u{B}\u{C}", "e\u{301}", "Й", "и\u{306}", "Ё", "е\u{308}", "👍🏽", "\u{200D}",
  ]
  var generator = SeededGenerator(seed: 7)
  return (0..<count).map { _ in (0..<Int.random(in: 0...pieces, using: &generator)).map { _ in parts.randomElement(using: &generator)! }.joined() }
}

@Suite struct SentencesTests {
  @Test func everySeedTextSplitsAsByCharacters() throws {
    for file in try FileManager.default.contentsOfDirectory(atPath: Paths.corpus).sorted() {
      let text = try String(contentsOfFile: "\(Paths.corpus)/\(file)", encoding: .utf8)
      let expected = sentencesByCharacters(of: text).map(key)
      #expect(!expected.isEmpty)
      #expect(Mentions.sentences(of: text).map(key) == expected, "\(file)")
    }
  }

  @Test func generatedTextsSplitAsByCharacters() {
    for text in generatedTexts(count: 3_000, pieces: 12) {
      #expect(Mentions.sentences(of: text).map(key) == sentencesByCharacters(of: text).map(key), "\(text.debugDescription)")
    }
  }

  /// Lines of hundreds of thousands of characters, as OCR gives them: the sentences
  /// read are dropped as the line goes on, and the columns still count from its start.
  @Test func longLinesSplitAsByCharacters() {
    var generator = SeededGenerator(seed: 11)
    for text in generatedTexts(count: 4, pieces: 40_000) {
      // Mostly long lines: one line end of the generated pieces in 500 kept.
      var long = ""
      for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
        long += line + (Int.random(in: 0..<500, using: &generator) == 0 ? "\n" : "")
      }
      let expected = sentencesByCharacters(of: long).map(key)
      #expect(expected.count > 1_000 && Mentions.sentences(of: long).map(key) == expected)
    }
  }

  @Test func writingThePassagesStopsWhenTheyAreNoLongerWanted() throws {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("sentences-\(UUID().uuidString).sqlite").path
    defer { try? FileManager.default.removeItem(atPath: file) }
    let db = try SQLiteDatabase(path: file, readOnly: false, create: true)
    try db.execute("PRAGMA journal_mode=OFF; BEGIN;" + Mentions.tables)
    let text = String(repeating: "Алаш партиясы Орынборда құрылды. ", count: 100)
    var asked = 0
    #expect(throws: SQLiteError.self) {
      try Mentions.write([(DocumentID("d"), text)], folding: .kazakhCyrillicLatin, into: db) {
        asked += 1
        return asked > 10
      }
    }
    // Ten sentences were written, then asked once more and stopped.
    #expect(asked == 11)
    let rows = try db.prepare("SELECT count(*) FROM passage_rows")
    _ = try rows.step()
    #expect(rows.int(0) == 10)
  }

  /// Thousands of lines, with CR LF pairs (which do not end a line); or a line of
  /// over a megabyte among short ones.
  @Test(arguments: [false, true]) func theIndexHoldsEverySentenceOfALongTextInOrder(oneLongLine: Bool) throws {
    let seeds = try FileManager.default.contentsOfDirectory(atPath: Paths.corpus).sorted().map {
      try String(contentsOfFile: "\(Paths.corpus)/\($0)", encoding: .utf8)
    }
    let text: String
    if oneLongLine {
      let line = seeds.joined(separator: " ").replacing("\n", with: " ")
      text = seeds[0] + "\n" + String(repeating: line + " ", count: (1 << 20) / line.utf8.count + 1) + "\n" + seeds[1]
      #expect(text.split(separator: "\n").contains { $0.utf8.count > 1 << 20 })
    } else {
      text =
        (seeds + generatedTexts(count: 1_500, pieces: 30)).joined(separator: "\n") + "\n" + seeds.joined(separator: "\r\n") + "\n"
        + seeds.joined(separator: "\n")
      #expect(text.utf8.count { $0 == UInt8(ascii: "\n") } > 4_000)
    }
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("sentences-\(UUID().uuidString).sqlite").path
    defer { try? FileManager.default.removeItem(atPath: file) }
    let db = try SQLiteDatabase(path: file, readOnly: false, create: true)
    try db.execute("PRAGMA journal_mode=OFF; BEGIN;" + Mentions.tables)
    try Mentions.write([(DocumentID("long"), text)], folding: .kazakhCyrillicLatin, into: db)
    try db.execute("COMMIT;")
    let rows = try db.prepare("SELECT line, col, end_col, text, folded, document FROM passages ORDER BY rowid")
    var stored: [String] = []
    var folded: [[UInt8]] = []
    while try rows.step() {
      #expect(rows.text(5) == "long")
      stored.append(key((rows.int(0), rows.int(1), rows.int(2), rows.text(3))))
      folded.append(Array(rows.text(4).utf8))
    }
    let expected = sentencesByCharacters(of: text)
    #expect(stored == expected.map(key))
    #expect(folded == expected.map { Array(NameKey.exactTokensByCharacter($0.text, folding: .kazakhCyrillicLatin).joined(separator: " ").utf8) })
  }
}
