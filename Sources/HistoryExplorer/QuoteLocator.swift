import Foundation
import HistoryGraph

/// Finds the line of a document's text on which a quote begins, so that a
/// reader can find it in the source: the first occurrence, with any run of
/// whitespace (line breaks included) matching any other.
struct QuoteLocator {
  /// A text with its whitespace collapsed, and the line each remaining byte stands on.
  private struct Text {
    let bytes: Data
    let lines: [Int32]
  }

  private let texts: [DocumentID: Text]

  /// Reads every document of `graph` found in `corpus`; one that is missing or unreadable gets no locators.
  init(corpus: String?, graph: CuratedGraph) {
    var texts: [DocumentID: Text] = [:]
    if let corpus {
      for document in graph.documents.values {
        let url = URL(fileURLWithPath: corpus).appendingPathComponent(document.file)
        guard let data = try? Data(contentsOf: url) else { continue }
        texts[document.id] = Self.collapsed(String(decoding: data, as: UTF8.self).nfc)
      }
    }
    self.texts = texts
  }

  /// The 1-based line of `document` on which `quote` begins, or `nil` if the text or the quote is not found.
  func line(of quote: String, in document: DocumentID) -> Int? {
    guard let text = texts[document] else { return nil }
    let needle = Self.collapsed(quote.nfc).bytes.drop { $0 == 0x20 }
    guard !needle.isEmpty, let offset = Self.firstOffset(of: Array(needle), in: text.bytes) else { return nil }
    return Int(text.lines[offset])
  }

  /// Where `needle` first occurs in `haystack`, or `nil` (Foundation's search, fast even in a debug build).
  private static func firstOffset(of needle: [UInt8], in haystack: Data) -> Int? {
    haystack.range(of: Data(needle)).map { $0.lowerBound - haystack.startIndex }
  }

  /// `text` as UTF-8 with every run of whitespace (no-break spaces too) one space, and the line of each byte.
  private static func collapsed(_ text: String) -> Text {
    var bytes: [UInt8] = []
    var lines: [Int32] = []
    bytes.reserveCapacity(text.utf8.count)
    lines.reserveCapacity(text.utf8.count)
    var line: Int32 = 1
    for scalar in text.unicodeScalars {
      if scalar == "\n" { line += 1 }
      if scalar.properties.isWhitespace {
        if bytes.last != 0x20 {
          bytes.append(0x20)
          lines.append(line)
        }
      } else {
        for byte in String(scalar).utf8 {
          bytes.append(byte)
          lines.append(line)
        }
      }
    }
    return Text(bytes: Data(bytes), lines: lines)
  }
}
