import Foundation

/// Kazakh Cyrillic to the Kazakh Latin alphabet of 2021.
package enum KazakhLatin {
  /// Transliterates Kazakh (and Russian) Cyrillic text; other characters pass through.
  ///
  /// `Әлихан Бөкейханов` → `Älihan Bökeihanov`. Capitalisation follows the source letter.
  package static func transliterate(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for ch in text.nfc {
      let lower = Character(ch.lowercased())
      guard let latin = table[lower] else { out.append(ch); continue }
      if lower != ch, let first = latin.first {
        out += first.uppercased() + latin.dropFirst()
      } else {
        out += latin
      }
    }
    return out
  }

  static let table: [Character: String] = [
    "а": "a", "ә": "ä", "б": "b", "в": "v", "г": "g", "ғ": "ğ", "д": "d", "е": "e", "ё": "io",
    "ж": "j", "з": "z", "и": "i", "й": "i", "к": "k", "қ": "q", "л": "l", "м": "m", "н": "n",
    "ң": "ñ", "о": "o", "ө": "ö", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ұ": "ū",
    "ү": "ü", "ф": "f", "х": "h", "һ": "h", "ц": "ts", "ч": "ch", "ш": "ş", "щ": "şş", "ъ": "",
    "ы": "y", "і": "ı", "ь": "", "э": "e", "ю": "iu", "я": "ia",
  ]
}
