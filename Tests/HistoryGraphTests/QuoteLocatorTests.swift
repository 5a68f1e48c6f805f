import Foundation
import HistoryGraphTestSupport
import Testing

@testable import HistoryGraph

/// Where a quote stands (line, column) is found in time that does not grow with the
/// length of its line: texts that are one long line (OCR output, two of the seed
/// texts nearly) are as quick to check as texts of short lines.
@Suite("Quote locators")
struct QuoteLocatorTests {
  /// Lines and columns counted from the start of the text, one character at a time: the definition.
  static func expected(_ text: String, _ quote: String) -> (line: Int, column: Int)? {
    let folded = String(decoding: QuoteText.foldWhitespace(nfc: text), as: UTF8.self)
    guard folded.contains(String(decoding: QuoteText.foldWhitespace(nfc: quote), as: UTF8.self)) else { return nil }
    // Find the first line whose folded text up to its end contains the quote's start, by searching the original lines.
    var line = 1
    for raw in text.components(separatedBy: "\n") {
      let foldedLine = String(decoding: QuoteText.foldWhitespace(nfc: raw), as: UTF8.self)
      let leading = raw.prefix { $0 == " " || $0 == "\t" }.count
      if let range = foldedLine.range(of: String(decoding: QuoteText.foldWhitespace(nfc: quote), as: UTF8.self)) {
        return (line, foldedLine.distance(from: foldedLine.startIndex, to: range.lowerBound) + 1 + (leading > 0 ? 0 : 0))
      }
      line += 1
    }
    return nil
  }

  @Test("Columns count characters (any script) from the line's start, on short and very long lines")
  func columns() throws {
    var generator = SeededGenerator(seed: 2026)
    let words = ["Алаш", "Бөкейханов", "Élysée", "straße", "İstanbul", "أحمد", "council", "1918", "ж."]
    for _ in 0..<40 {
      let lineCount = Int.random(in: 1...4, using: &generator)
      var lines: [String] = []
      for _ in 0..<lineCount {
        lines.append((0..<Int.random(in: 1...400, using: &generator)).map { _ in words.randomElement(using: &generator)! }.joined(separator: " "))
      }
      let text = lines.joined(separator: "\n")
      let quoted = try #require(lines.randomElement(using: &generator))
      let tokens = quoted.split(separator: " ")
      let from = Int.random(in: 0..<tokens.count, using: &generator)
      let quote = tokens[from..<min(tokens.count, from + 3)].joined(separator: " ")
      let found = try #require(QuoteText(text).locator(of: QuoteText.foldWhitespace(nfc: quote)))
      let want = try #require(Self.expected(text, quote))
      #expect(found.line == want.line && found.column == want.column, "\(quote)")
    }
  }

  @Test("A quote is found at its first place, short or long, at any offset, where it occurs many times or nowhere")
  func firstPlace() throws {
    // Quotes of 11 bytes and more are looked up in the index of every fourth place's
    // 8 bytes, shorter ones in the 4-gram index: both must give the first place.
    var generator = SeededGenerator(seed: 27)
    let words = ["Алаш", "орда", "ab", "a", "Бөкейханов", "1918", "ж.", "x", "Орынбор", "съезі", "Élysée"]
    for _ in 0..<60 {
      let separator = Bool.random(using: &generator) ? " " : "\n"
      let text = QuoteText(
        (0..<Int.random(in: 1...600, using: &generator)).map { _ in words.randomElement(using: &generator)! }.joined(separator: separator))
      let bytes = text.bytes
      for _ in 0..<40 {
        let start = Int.random(in: 0..<bytes.count, using: &generator)
        var quote = Array(bytes[start..<(start + Int.random(in: 1...min(48, bytes.count - start), using: &generator))])
        if Int.random(in: 0..<6, using: &generator) == 0 { quote[quote.count / 2] ^= 0x01 }  // then mostly nowhere
        let first = (0...(bytes.count - quote.count)).first { bytes[$0..<($0 + quote.count)].elementsEqual(quote) }
        #expect(text.locator(of: quote) == first.map { text.locator(from: $0, count: quote.count) }, "\(quote.count) bytes from \(start)")
      }
    }
  }

  @Test("Locating 20,000 quotes in a text of one 1.6 MB line takes well under the time a count from the line's start would")
  func oneLongLine() throws {
    // Each sentence is unique, so each quote is found once; a quadratic count from the
    // line's start would read about 16 GB here (minutes); a linear one reads the text once.
    let sentences = (0..<20_000).map { "Sentence \($0) of the council's minutes, which never ends its line." }
    let text = QuoteText(sentences.joined(separator: " "))
    let clock = ContinuousClock()
    var columns = 0
    let elapsed = clock.measure {
      for sentence in sentences { columns += text.locator(of: QuoteText.foldWhitespace(nfc: sentence))?.column ?? 0 }
    }
    #expect(columns > 0)
    #expect(elapsed < .seconds(30), "a regression guard, not a timing: linear takes well under a second, quadratic minutes")
  }
}
