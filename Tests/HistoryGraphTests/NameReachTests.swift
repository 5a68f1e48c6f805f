import HistoryGraphTestSupport
import Testing

@testable import HistoryGraph

/// `NameIndex.reach` names every place a name word that can match a query word
/// is found in (what `search NAME` reads from the index): every word
/// `NameIndex.mayMatch` accepts is in one of them.
@Suite struct NameReachTests {
  /// Whether `reach` holds the word (exact and loose forms), as the index finds it:
  /// by byte prefix or equality of either form, by a part of the exact form, or by
  /// its length and one of its spelling keys.
  static func holds(_ reach: NameIndex.Reach, exact: String, loose: String) -> Bool {
    if reach.exactPrefixes.contains(where: { exact.utf8.starts(with: $0.utf8) }) || reach.exactWords.contains(exact) { return true }
    if reach.loosePrefixes.contains(where: { loose.utf8.starts(with: $0.utf8) }) || reach.looseWords.contains(loose) { return true }
    if let part = reach.part, NameIndex.contains(exact, part) { return true }
    if let (lengths, keys) = reach.nearSpellings, lengths.contains(exact.unicodeScalars.count) {
      return !Set(keys).isDisjoint(with: NameIndex.spellingKeys(of: exact))
    }
    return false
  }

  /// Query words made from a word: itself, a prefix, its stem, a letter changed, dropped, added or two swapped, and a piece.
  static func variants(of word: String) -> [String] {
    let letters = Array(word)
    var found = [word, String(letters.prefix(3)), String(letters.prefix(1))]
    guard letters.count >= 4 else { return found }
    let middle = letters.count / 2
    var changed = letters
    changed[middle] = changed[middle] == "a" ? "o" : "a"
    found.append(String(changed))
    found.append(String(letters[..<middle] + letters[(middle + 1)...]))
    found.append(String(letters[..<middle] + ["e"] + letters[middle...]))
    var swapped = letters
    swapped.swapAt(middle - 1, middle)
    found.append(String(swapped))
    found.append(String(letters.dropFirst().prefix(4)))
    found.append(word + "ский")
    found.append(String(letters.dropLast(2)) + "insk")
    return found
  }

  @Test("Every name word a query word can match is in its reach: the curated graph's words against misspellings, prefixes, stems and parts of them")
  func everyMatchIsReached() throws {
    let graph = try Curated.graph()
    let folding = graph.schema.nameFolding
    var terms: [(exact: String, loose: String)] = []
    var seen = Set<String>()
    for name in graph.foldedNames {
      for (exact, loose) in zip(name.exact, name.loose) where seen.insert(exact).inserted { terms.append((exact, loose)) }
    }
    #expect(terms.count > 300)
    var queries: [String] = []
    for (i, term) in terms.enumerated() where i % 25 == 0 { queries += Self.variants(of: term.exact) }
    var matched = 0
    var nearOnly = 0
    for typed in queries {
      for query in [[typed], [typed, "x"]] {
        let reach = NameIndex.reach(query, word: 0, folding: folding)
        for term in terms where NameIndex.mayMatch(query, word: 0, folding: folding, exact: term.exact, loose: term.loose) {
          matched += 1
          #expect(Self.holds(reach, exact: term.exact, loose: term.loose), "\(query) can match \(term.exact) (\(term.loose))")
          if NameIndex.isNearSpelling(term.exact, typed), !term.exact.hasPrefix(typed), !NameIndex.contains(term.exact, typed) { nearOnly += 1 }
        }
      }
    }
    // The check checked something, near spellings among it.
    #expect(matched > 1000 && nearOnly > 50, "\(matched) matches, \(nearOnly) near spellings")
  }

  @Test("Near spellings share a spelling key and a length within the reach, on words in other scripts too")
  func nearSpellingsShareAKey() throws {
    let folding = try Curated.graph().schema.nameFolding
    let pairs = [
      ("vinogradov", "vinogradsky"), ("bokeikhanov", "bukeikhanov"), ("abcdef", "abcxef"), ("abcde", "abcdex"), ("aaaaaaa", "aaaaabb"),
      ("ahmed", "ahmet"), ("duclos", "duclois"), ("احمدافندی", "احمدافندي"), ("ελληνικα", "ελληνικο"),
    ]
    for (typed, word) in pairs {
      let exact = NameKey.exactTokens(word, folding: folding)[0]
      let query = NameKey.exactTokens(typed, folding: folding)
      let accepted = NameIndex.mayMatch(query, word: 0, folding: folding, exact: exact, loose: NameKey.loose(exact, folding: folding))
      #expect(accepted, "\(typed) and \(word)")
      #expect(Self.holds(NameIndex.reach(query, word: 0, folding: folding), exact: exact, loose: NameKey.loose(exact, folding: folding)))
    }
    // A word too short for near spellings has no keys, and its reach looks for none.
    #expect(NameIndex.spellingKeys(of: "abcd").isEmpty && NameIndex.reach(["abcd"], word: 0, folding: folding).nearSpellings == nil)
    #expect(NameIndex.spellingKeys(of: "ababab") == ["aab", "aba"])
  }
}
