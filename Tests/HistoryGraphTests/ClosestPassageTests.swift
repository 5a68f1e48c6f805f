import Foundation
import HistoryGraphTestSupport
import Testing

@testable import HistoryGraph

@Suite("The closest passage to a quote that is not in its text")
struct ClosestPassageTests {
  /// Every quote of the curated graph from d002 (the longest seed text, 130 KB), with
  /// one letter in its middle changed: the closest passage is the quote as written,
  /// one character away, with the two letters marked.
  @Test("a one-letter typo in any quote of d002 finds the quote as written, one character away")
  func typoInEveryQuote() throws {
    let graph = try Curated.graph()
    let document = try #require(graph.documents[DocumentID("d002")])
    let text = QuoteText(try String(contentsOfFile: "\(Paths.corpus)/\(document.file)", encoding: .utf8))
    let sources = graph.claims.values.flatMap(\.sources).filter { $0.document == document.id }
    #expect(sources.count > 100)
    var checked = 0
    for source in sources {
      var scalars = Array(source.quote.unicodeScalars)
      guard scalars.count >= 12, let middle = (scalars.count / 2..<scalars.count).first(where: { scalars[$0].properties.isAlphabetic }) else {
        continue
      }
      let original = scalars[middle]
      scalars[middle] = original == "ъ" ? "ь" : "ъ"
      let typed = QuoteText.foldWhitespace(nfc: String(String.UnicodeScalarView(scalars)))
      guard !text.contains(folded: typed) else { continue }
      let near = try #require(text.closestPassage(to: typed), "\(source.quote)")
      #expect(near.distance == 1, "\(source.quote)")
      // The passage is the quote as written (at its own place, or where the text repeats it).
      #expect(
        near.markedText.replacingOccurrences(of: "[", with: "").replacingOccurrences(of: "]", with: "")
          == String(decoding: QuoteText.foldWhitespace(nfc: source.quote), as: UTF8.self), "\(source.quote)")
      #expect(text.locator(of: QuoteText.foldWhitespace(nfc: source.quote))?.line == source.locator?.line)
      #expect(near.markedText.contains("[\(original)]") && near.markedQuote.contains("[\(scalars[middle])]"), "\(near.markedText)")
      checked += 1
    }
    #expect(checked > 100)
  }

  @Test("a quote with none of the text's words gets no passage; a passage is never offered for more than a third changed")
  func nothingClose() {
    let text = QuoteText("The council met in the old mill of Tamarisk Ford. Nine members were present.")
    #expect(text.closestPassage(to: QuoteText.foldWhitespace(nfc: "Zzyzx quux plover xyzzy")) == nil)
    #expect(text.closestPassage(to: QuoteText.foldWhitespace(nfc: "Nine xxxxxxxxxxxxxxxxxxxx")) == nil)
    let near = text.closestPassage(to: QuoteText.foldWhitespace(nfc: "Nine members were presnt"))
    #expect(near?.markedText == "Nine members were pres[e]nt" && near?.markedQuote == "Nine members were pres[]nt" && near?.distance == 1)
  }
}
