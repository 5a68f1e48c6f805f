import Foundation

/// Folding of names for lookup across scripts and spellings.
///
/// Two levels: the *exact key* folds case, punctuation and diacritics and maps
/// Kazakh Cyrillic, Russian Cyrillic and Kazakh Latin to one plain Latin
/// spelling; the *loose key* further merges spellings that transliterations
/// disagree on (kh/h, zh/j, ch/sh, o/u, y/i, doubled letters), so that
/// `bokeikhanov`, `Bökeihanov`, `Букейханов` and `Бөкейханов` meet, and so do
/// `Chokay` and `Шоқай`, `Chimkent` and `Шымкент`.
package enum NameKey {
  /// The words of `text` in exact-key form (lowercase ASCII letters and digits).
  ///
  /// Text made only of the common alphabet (see ``ScalarSteps``) is read scalar by
  /// scalar from a table; any other text goes through ``exactTokensByCharacter(_:)``,
  /// which defines the result: the two give the same words, byte for byte.
  package static func exactTokens(_ text: String) -> [String] {
    ScalarSteps.shared.tokens(text) ?? exactTokensByCharacter(text)
  }

  /// The words of `text` in exact-key form, read by characters of its lowercased NFC
  /// form: the definition, for any text.
  package static func exactTokensByCharacter(_ text: String) -> [String] {
    var tokens: [String] = []
    var current = ""
    for ch in text.nfc.lowercased() {
      switch step(ch) {
      case .append(let letters): current += letters
      case .join: continue
      case .split:
        if !current.isEmpty {
          tokens.append(current)
          current = ""
        }
      }
    }
    if !current.isEmpty { tokens.append(current) }
    return tokens
  }

  /// What a character of lowercased NFC text does to the word being read.
  enum Step: Equatable {
    /// Adds these letters to the word.
    case append(String)
    /// Joins the letters on either side into one word (an apostrophe).
    case join
    /// Ends the word.
    case split
  }

  static func step(_ ch: Character) -> Step {
    if let mapped = fold[ch] { return .append(mapped) }
    if ch.isASCII, ch.isLetter || ch.isNumber { return .append(String(ch)) }
    if ch.isLetter || ch.isNumber {
      return .append(String(ch).folding(options: [.diacriticInsensitive, .widthInsensitive], locale: nil))
    }
    if ch == "'" || ch == "’" || ch == "ʼ" { return .join }
    return .split
  }

  /// A word in loose-key form.
  package static func loose(_ token: String) -> String {
    let bytes = Array(token.utf8)
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var i = 0
    func append(_ byte: UInt8) {
      let merged = vowelClass[byte] ?? byte
      if out.last != merged { out.append(merged) }
    }
    outer: while i < bytes.count {
      for (from, to) in digraphs where bytes.count - i >= from.count && bytes[i..<(i + from.count)].elementsEqual(from) {
        for byte in to { append(byte) }
        i += from.count
        continue outer
      }
      append(bytes[i])
      i += 1
    }
    return String(decoding: out, as: UTF8.self)
  }

  package static let digraphs: [([UInt8], [UInt8])] = [
    ("shch", "s"), ("dzh", "j"), ("kh", "h"), ("zh", "j"), ("sh", "s"), ("ch", "s"), ("ts", "c"), ("iy", "i"), ("yi", "i"),
    ("ya", "ia"), ("yu", "iu"), ("dj", "j"),
  ].map { (Array($0.0.utf8), Array($0.1.utf8)) }

  package static let vowelClass: [UInt8: UInt8] = [
    UInt8(ascii: "o"): UInt8(ascii: "u"), UInt8(ascii: "y"): UInt8(ascii: "i"), UInt8(ascii: "q"): UInt8(ascii: "k"), UInt8(ascii: "w"): UInt8(ascii: "v"),
  ]

  /// Cyrillic and Kazakh Latin letters mapped to plain Latin.
  package static let fold: [Character: String] = [
    "а": "a", "ә": "a", "б": "b", "в": "v", "г": "g", "ғ": "g", "д": "d", "е": "e", "ё": "e",
    "ж": "zh", "з": "z", "и": "i", "й": "i", "к": "k", "қ": "k", "л": "l", "м": "m", "н": "n",
    "ң": "n", "о": "o", "ө": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ұ": "u",
    "ү": "u", "ф": "f", "х": "kh", "һ": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "",
    "ы": "y", "і": "i", "ь": "", "э": "e", "ю": "iu", "я": "ia",
    // Kazakh Latin 2021 letters.
    "ı": "i", "ş": "sh", "ğ": "g", "ñ": "n", "ä": "a", "ö": "o", "ü": "u", "ū": "u", "j": "zh",
  ]
}
