import Foundation
import HistoryGraphTestSupport
import Testing

@testable import HistoryGraph

/// The exact-key words read scalar by scalar from the table give, byte for byte,
/// the words read character by character (the definition).
@Suite("Name keys")
struct NameKeyTests {
  /// The words as bytes, so that canonically equivalent spellings do not pass for equal.
  private static func bytes(_ tokens: [String]) -> [[UInt8]] { tokens.map { Array($0.utf8) } }

  /// Checks one text with every folding: the table reads it exactly when it covers it, and then agrees with the definition.
  private static func check(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Bool {
    var covered = false
    for folding in NameFolding.allCases {
      let byCharacter = bytes(NameKey.exactTokensByCharacter(text, folding: folding))
      #expect(
        bytes(NameKey.exactTokens(text, folding: folding)) == byCharacter, "\(folding) \(text.debugDescription)", sourceLocation: sourceLocation)
      let table = NameKey.ScalarSteps.table(for: folding)
      covered = table.covers(text)
      let fast = table.tokens(text)
      #expect((fast != nil) == covered, "\(folding) \(text.debugDescription)", sourceLocation: sourceLocation)
      if let fast { #expect(bytes(fast) == byCharacter, "\(folding) \(text.debugDescription)", sourceLocation: sourceLocation) }
    }
    return covered
  }

  /// Scalars that change how their neighbours read: combining marks (Latin and
  /// Cyrillic), joiners, the carriage return and line feed, apostrophes, letters
  /// whose lowercase is longer, final sigma, ligatures, Arabic harakat, tatweel
  /// and alef variants, Hebrew points, other scripts, digits and spaces.
  private static let neighbours: [String] = [
    "\u{301}", "\u{306}", "\u{308}", "\u{327}", "\u{483}", "\u{488}", "\u{200D}", "\u{200C}", "\u{FE0F}", "\r", "\n", "\r\n",
    "'", "’", "ʼ", "İ", "ı", "Σ", "ς", "ά", "ß", "ẞ", "ﬁ", "Æ", "Œ", "Ĳ", "Ø", "Ł", "Ａ", "ǅ", "한", "क्", "👍🏽", "😀", "\u{1F1F0}\u{1F1FF}",
    "\u{64E}", "\u{651}", "\u{670}", "\u{640}", "أ", "ٱ", "ة", "ى", "ی", "\u{5B8}", "\u{5BC}", "ש", "٣", "7", " ", "\u{A0}", ".", "-",
  ]

  @Test("Every scalar of the common alphabet reads as its character does, alone and beside every neighbour")
  func everyScalar() {
    var covered = 0
    for value in NameKey.ScalarSteps.alphabet.joined() {
      let scalar = String(Unicode.Scalar(value)!)
      if Self.check(scalar) { covered += 1 }
      for neighbour in Self.neighbours {
        _ = Self.check(scalar + neighbour)
        _ = Self.check(neighbour + scalar)
        _ = Self.check("a" + neighbour + scalar + "б")
      }
    }
    // Every scalar of the alphabet is read by the table.
    #expect(covered == NameKey.ScalarSteps.alphabet.reduce(0) { $0 + $1.count })
    #expect(!NameKey.ScalarSteps.table(for: .unicode).covers("Ә\u{301}"))
    #expect(!NameKey.ScalarSteps.table(for: .unicode).covers("a\r\nb"))
  }

  @Test("Every name and text of the curated graph and every line and word of every seed text")
  func curatedGraphAndSeeds() throws {
    let graph = try Curated.graph()
    var texts: [String] = []
    for entity in graph.entities.values {
      texts += entity.labels.values
      texts += entity.aliases
      if let note = entity.note { texts.append(note) }
    }
    for document in graph.documents.values { texts += document.labels.values }
    for claim in graph.claims.values {
      if case .property(_, let value?) = claim.predicate { texts.append("\(value)") }
      texts += claim.qualifiers.map(\.value)
      texts += claim.sources.flatMap { [$0.quote] + ($0.note.map { [$0] } ?? []) }
      if let note = claim.note { texts.append(note) }
    }
    let seeds = try FileManager.default.contentsOfDirectory(atPath: Paths.corpus).sorted()
    #expect(seeds.count >= 5)
    for file in seeds {
      let text = try String(contentsOfFile: "\(Paths.corpus)/\(file)", encoding: .utf8)
      for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
        texts.append(String(line))
        texts += line.split(whereSeparator: \.isWhitespace).map(String.init)
      }
    }
    let covered = texts.filter { Self.check($0) }.count
    // The table reads nearly all of them (what it does not read is still checked above).
    #expect(texts.count > 10_000)
    #expect(covered * 100 >= texts.count * 95, "\(covered) of \(texts.count) read by the table")
  }

  @Test("Generated strings mixing scripts, combining marks, digits, apostrophes and punctuation")
  func generated() {
    let pieces: [String] =
      Self.neighbours + [
        "Әлихан", "БӨКЕЙХАНОВ", "Орынборда", "Älihan", "ŞOQAI", "Ūly", "ıĞñ", "Ёлка", "Ӏ", "ӏ", "Ђ", "№5", "1917", "«Алаш»",
        "“quoted”", "—", "…", "Ташкент,", "Tashkent", "Πόλις", "ΟΔΟΣ", "Straße", "ŉ", "ǈ", "Ǆ", "ĳ", "Ǳ", "ﬃ", "ｆｕｌｌ", "١٢", "ⅻ", "²",
        "e\u{301}", "и\u{306}", "Е\u{308}", "\u{301}", "\u{483}\u{484}", "\t", "\u{2028}", "\u{85}", "_", "Ʒ", "ɐ", "ʰ",
        "İSTANBUL", "Işık", "Şişli", "Élysée", "Göring", "Ægir", "Œuvre", "Søren", "Łódź", "Jean", "J.", "Ἀθῆναι", "ΟΔΟΣ",
        "مُصْطَفَى", "أَحْمَد", "محـــمد", "مدرسة", "عَبْدُ الْحَمِيد", "שָׁלוֹם", "יְרוּשָׁלַיִם",
      ]
    var generator = SeededGenerator(seed: 12)
    var fast = 0
    for _ in 0..<20_000 {
      let text = (0..<Int.random(in: 0...8, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
      if Self.check(text) { fast += 1 }
    }
    // Both ways are exercised.
    #expect(fast > 500)
    #expect(fast < 19_500)
  }
}
