import Foundation

/// Text prepared for quote checking: Unicode NFC, and every run of spaces,
/// tabs, line breaks and no-break spaces (U+00A0) folded to one space.
/// Nothing else is folded: a quote must match letter for letter.
struct QuoteText: Sendable {
  let bytes: [UInt8]

  init(_ text: String) { bytes = Array(Self.fold(text).utf8) }

  static func fold(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    var pendingSpace = false
    for scalar in text.nfc.unicodeScalars {
      switch scalar {
      case " ", "\t", "\n", "\r", "\u{A0}", "\u{0B}", "\u{0C}":
        pendingSpace = true
      default:
        if pendingSpace, !out.isEmpty { out.unicodeScalars.append(" ") }
        pendingSpace = false
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// Whether the folded `quote` occurs in the text (Boyer–Moore–Horspool over UTF-8 bytes).
  func contains(_ quote: String) -> Bool {
    let needle = Array(Self.fold(quote).utf8)
    guard !needle.isEmpty, needle.count <= bytes.count else { return false }
    let last = needle.count - 1
    var shift = [Int](repeating: needle.count, count: 256)
    for i in 0..<last { shift[Int(needle[i])] = last - i }
    return bytes.withUnsafeBufferPointer { hay in
      needle.withUnsafeBufferPointer { pin in
        var i = 0
        while i + last < hay.count {
          let tail = hay[i + last]
          if tail == pin[last], memcmp(hay.baseAddress! + i, pin.baseAddress!, last) == 0 { return true }
          i += shift[Int(tail)]
        }
        return false
      }
    }
  }
}
