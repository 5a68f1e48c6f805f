import Foundation

/// Folding of names for lookup across scripts and spellings.
///
/// Two levels: the *exact key* folds case, punctuation, marks (diacritics, the
/// Greek tonos, the Arabic harakat, the Hebrew points), width and ligatures, and
/// maps Cyrillic to plain Latin; the *loose key* further merges spellings that
/// transliterations disagree on, if the graph's ``NameFolding`` says which. With
/// ``NameFolding/kazakhCyrillicLatin``, `bokeikhanov`, `Bökeihanov`,
/// `Букейханов` and `Бөкейханов` meet, and so do `Chokay` and `Шоқай`,
/// `Chimkent` and `Шымкент`; with any folding, `Elysee` meets `Élysée`,
/// `strasse` meets `Straße` and `Istanbul` meets `İstanbul`.
package enum NameKey {
  /// The words of `text` in exact-key form.
  ///
  /// Text made only of the common alphabet (see ``ScalarSteps``) is read scalar by
  /// scalar from a table; any other text goes through ``exactTokensByCharacter(_:folding:)``,
  /// which defines the result: the two give the same words, byte for byte.
  package static func exactTokens(_ text: String, folding: NameFolding) -> [String] {
    ScalarSteps.table(for: folding).tokens(text) ?? exactTokensByCharacter(text, folding: folding)
  }

  /// The words of `text` in exact-key form, read by characters of its lowercased NFC
  /// form: the definition, for any text.
  package static func exactTokensByCharacter(_ text: String, folding: NameFolding) -> [String] {
    var tokens: [String] = []
    var current = ""
    for ch in text.nfc.lowercased() {
      switch step(ch, folding: folding) {
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
    /// Joins the letters on either side into one word (an apostrophe, if the folding joins at one).
    case join
    /// Ends the word.
    case split
  }

  /// What `ch`, a character of lowercased NFC text, does: a letter of the
  /// folding's maps becomes its spelling there; an ASCII letter or digit stays;
  /// any other letter or digit becomes its compatibility decomposition
  /// (ligatures and wide forms spelled out), lowercased, without its
  /// nonspacing and enclosing marks, each remaining letter mapped; an
  /// apostrophe joins or splits as the folding says; anything else splits.
  static func step(_ ch: Character, folding: NameFolding) -> Step {
    if let mapped = letter(ch, folding: folding) { return .append(mapped) }
    if ch.isASCII, ch.isLetter || ch.isNumber { return .append(String(ch)) }
    if ch.isLetter || ch.isNumber { return .append(decomposed(ch, folding: folding)) }
    if ch == "'" || ch == "’" || ch == "ʼ" { return folding.joinsAtApostrophes ? .join : .split }
    return .split
  }

  /// The spelling of `ch` in the folding's own letters, then in ``letters``.
  static func letter(_ ch: Character, folding: NameFolding) -> String? {
    folding.letters[ch] ?? letters[ch]
  }

  /// A letter or digit spelled out: its NFKD form, lowercased, without nonspacing
  /// and enclosing marks, each remaining character mapped as ``letter(_:folding:)`` maps it.
  static func decomposed(_ ch: Character, folding: NameFolding) -> String {
    var out = ""
    for scalar in String(ch).decomposedStringWithCompatibilityMapping.lowercased().unicodeScalars {
      switch scalar.properties.generalCategory {
      case .nonspacingMark, .enclosingMark: continue
      default:
        if let mapped = letter(Character(scalar), folding: folding) { out += mapped } else { out.unicodeScalars.append(scalar) }
      }
    }
    return out
  }

  /// A word in loose-key form: the word itself unless the folding merges
  /// transliteration variants (see ``NameFolding/digraphs``).
  package static func loose(_ token: String, folding: NameFolding) -> String {
    guard folding.mergesVariants else { return token }
    let bytes = Array(token.utf8)
    let (vowels, starting) = (folding.vowelTable, folding.digraphsByFirstByte)
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var i = 0
    func append(_ byte: UInt8) {
      let merged = vowels[Int(byte)]
      if out.last != merged { out.append(merged) }
    }
    outer: while i < bytes.count {
      // The digraphs that start with this byte, longest first: the first that follows on is read.
      for (from, to) in starting[Int(bytes[i])] where i + from.count <= bytes.count {
        var matched = 1
        while matched < from.count && bytes[i + matched] == from[matched] { matched += 1 }
        guard matched == from.count else { continue }
        for byte in to { append(byte) }
        i += from.count
        continue outer
      }
      append(bytes[i])
      i += 1
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// Letters every folding spells so (of lowercased text): Cyrillic (Russian and
  /// Kazakh) as plain Latin; ligatures and letters with a stroke that no
  /// decomposition spells out (æ, œ, ß, ø, ł, đ, ħ, þ, ð); the dotless i; the
  /// Greek final sigma as sigma; Arabic tatweel as nothing, alef wasla as alef,
  /// teh marbuta as heh, alef maksura and the Persian yeh as yeh, keheh as kaf.
  package static let letters: [Character: String] = [
    "а": "a", "ә": "a", "б": "b", "в": "v", "г": "g", "ғ": "g", "д": "d", "е": "e", "ё": "e",
    "ж": "zh", "з": "z", "и": "i", "й": "i", "к": "k", "қ": "k", "л": "l", "м": "m", "н": "n",
    "ң": "n", "о": "o", "ө": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ұ": "u",
    "ү": "u", "ф": "f", "х": "kh", "һ": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "",
    "ы": "y", "і": "i", "ь": "", "э": "e", "ю": "iu", "я": "ia",
    // Latin letters that no decomposition spells out.
    "ı": "i", "æ": "ae", "œ": "oe", "ß": "ss", "ø": "o", "ł": "l", "đ": "d", "ħ": "h", "ŧ": "t", "ŀ": "l", "þ": "th", "ð": "d",
    // Greek: the final sigma is a sigma.
    "ς": "σ",
    // Arabic: tatweel, alef wasla, teh marbuta, alef maksura, Persian yeh and keheh.
    "\u{640}": "", "\u{671}": "\u{627}", "\u{629}": "\u{647}", "\u{649}": "\u{64A}", "\u{6CC}": "\u{64A}", "\u{6A9}": "\u{643}",
  ]
}

extension NameFolding {
  /// Letters this folding spells otherwise than ``NameKey/letters`` and the decomposition would.
  package var letters: [Character: String] {
    switch self {
    case .unicode: [:]
    case .kazakhCyrillicLatin: Self.kazakhLatinLetters
    }
  }

  /// Kazakh Latin (2021) letters spelled as the Cyrillic ones they stand for are.
  private static let kazakhLatinLetters: [Character: String] = ["ş": "sh", "j": "zh"]

  /// Whether an apostrophe joins the letters on either side into one word, as in
  /// Kazakh Latin spellings (else it ends a word, as in `l'Élysée`, `Gapon's`, `İstanbul'da`).
  package var joinsAtApostrophes: Bool { self == .kazakhCyrillicLatin }

  /// Whether the loose key merges transliteration variants.
  package var mergesVariants: Bool { self == .kazakhCyrillicLatin }

  /// Spellings the loose key reads as one, longest first.
  package var digraphs: [([UInt8], [UInt8])] { mergesVariants ? Self.kazakhDigraphs : [] }

  /// Letters the loose key reads as one.
  package var vowelClass: [UInt8: UInt8] { mergesVariants ? Self.kazakhVowelClass : [:] }

  /// ``digraphs`` by their first byte (256 lists, each longest first), for ``NameKey/loose(_:folding:)``.
  package var digraphsByFirstByte: [[([UInt8], [UInt8])]] { mergesVariants ? Self.kazakhDigraphsByFirstByte : Self.noDigraphs }

  /// ``vowelClass`` as a table of the 256 bytes (a byte it does not merge stands for itself).
  package var vowelTable: [UInt8] { mergesVariants ? Self.kazakhVowelTable : Self.identityTable }

  private static let noDigraphs = [[([UInt8], [UInt8])]](repeating: [], count: 256)
  private static let identityTable = (0...255).map { UInt8($0) }
  private static let kazakhDigraphsByFirstByte = kazakhDigraphs.reduce(into: noDigraphs) { $0[Int($1.0[0])].append($1) }
  private static let kazakhVowelTable = identityTable.map { kazakhVowelClass[$0] ?? $0 }

  private static let kazakhDigraphs: [([UInt8], [UInt8])] = [
    ("shch", "s"), ("dzh", "j"), ("kh", "h"), ("zh", "j"), ("sh", "s"), ("ch", "s"), ("ts", "c"), ("iy", "i"), ("yi", "i"),
    ("ya", "ia"), ("yu", "iu"), ("dj", "j"),
  ].map { (Array($0.0.utf8), Array($0.1.utf8)) }

  private static let kazakhVowelClass: [UInt8: UInt8] = [
    UInt8(ascii: "o"): UInt8(ascii: "u"), UInt8(ascii: "y"): UInt8(ascii: "i"), UInt8(ascii: "q"): UInt8(ascii: "k"),
    UInt8(ascii: "w"): UInt8(ascii: "v"),
  ]
}
