import HistoryGraph

/// The bounds every full-text query keeps (`mentions`, `search --text`): how long
/// it may be and how many words it may have.
///
/// A query is words, never FTS5 syntax: quotes, `*`, `^`, `:`, `+`, `-` and
/// brackets are punctuation between words, and `AND`, `OR`, `NOT` and `NEAR` are
/// words like any other. There are no operators to bound: each word is one more
/// prefix the index looks up, so the number of words bounds the work.
public enum TextQuery {
  /// The most characters a query may have (as many as a name searched for).
  public static let longestQuery = CuratedGraph.longestName
  /// The most words a query may have: a search reads each word's postings, and
  /// every sentence found is matched against every word.
  public static let mostWords = 16
  /// The most results a search lists (`--limit`).
  public static let mostResults = 10_000

  /// What is wrong with `query`, if it breaks a bound or has no word: a sentence
  /// naming the bound, for a usage error.
  public static func problem(_ query: String) -> String? {
    let characters = query.count
    if characters > longestQuery {
      return "the words to search for may have at most \(longestQuery) characters; this query has \(characters)"
    }
    let words = wordCount(query)
    if words == 0 { return "give a word to search for" }
    if words > mostWords {
      return "a query may have at most \(mostWords) words; this one has \(words) (AND, OR, NOT and NEAR are words too, not operators)"
    }
    return nil
  }

  /// The words of `query` a search uses: those of ``Mentions`` folding, at most ``mostWords``.
  package static func words(_ query: String, folding: NameFolding) -> [String] {
    Array(Mentions.folded(String(query.prefix(longestQuery)), folding).prefix(mostWords))
  }

  /// The runs of letters and digits in `text`.
  static func wordCount(_ text: String) -> Int {
    var count = 0
    var inWord = false
    for character in text {
      let isWordCharacter = character.isLetter || character.isNumber
      if isWordCharacter && !inWord { count += 1 }
      inWord = isWordCharacter
    }
    return count
  }
}
