import Foundation

extension NameIndex {
  /// Where, in a list of name words sorted by their exact and loose forms, the
  /// words that can match one query word are (see ``NameIndex/mayMatch(_:word:folding:exact:loose:)``):
  /// what a search that reads only some names must look up. Every word it can
  /// match is in one of these places (a word in none scores 0 against it), so
  /// reading them and testing each with `mayMatch` finds them all.
  package struct Reach: Sendable {
    /// Words whose exact form starts with one of these (none starts with another).
    package var exactPrefixes: [String] = []
    /// Words whose exact form is one of these.
    package var exactWords: [String] = []
    /// Words whose loose form starts with one of these (none starts with another).
    package var loosePrefixes: [String] = []
    /// Words whose loose form is one of these.
    package var looseWords: [String] = []
    /// Words whose exact form holds this, if any.
    package var part: String?
    /// Near spellings, if the word can have any: words whose exact form has a
    /// length (in scalars) in `lengths` and one of the ``spellingKeys(of:)`` in `keys`.
    package var nearSpellings: (lengths: ClosedRange<Int>, keys: [String])?
  }

  /// Where the words that can match the query word `index` of `query` are: one
  /// place for each way ``points(_:_:against:_:severalWords:)`` can give points.
  package static func reach(_ query: [String], word index: Int, folding: NameFolding) -> Reach {
    let word = query[index]
    let loose = NameKey.loose(word, folding: folding)
    var reach = Reach()
    // A single letter: the words starting with it.
    guard word.count != 1 else {
      reach.exactPrefixes = [word]
      return reach
    }
    // Equal (exactly or loosely), or a prefix of three letters or more.
    if word.count >= 3 { reach.exactPrefixes.append(word) } else { reach.exactWords.append(word) }
    if loose.count >= 3 { reach.loosePrefixes.append(loose) } else { reach.looseWords.append(loose) }
    // A shared stem (``sharesStem(_:_:)``): a common start of four letters or more, and of all the longer word's but four.
    if query.count > 1 {
      if let stem = stem(of: word) { reach.exactPrefixes.append(stem) }
      if let stem = stem(of: loose) { reach.loosePrefixes.append(stem) }
    }
    // A part of the word (``contains(_:_:)``).
    if word.count >= 4 { reach.part = word }
    // A near spelling (``isNearSpelling(_:_:)``): the same first letter, a length
    // within the edits allowed, and, within those edits, a pair of letters in common.
    let length = word.unicodeScalars.count
    if nearSpellingEdits(length: length) > 0 {
      reach.nearSpellings = (max(5, length - 3)...(length + nearSpellingEdits(length: length)), spellingKeys(of: word))
    }
    reach.exactPrefixes = outermost(reach.exactPrefixes)
    reach.loosePrefixes = outermost(reach.loosePrefixes)
    return reach
  }

  /// The start every word sharing a stem with `word` has (see ``sharesStem(_:_:)``):
  /// its first four scalars, or all but the last four if that is more; `nil` for a word of fewer than four.
  static func stem(of word: String) -> String? {
    let scalars = Array(word.unicodeScalars)
    guard scalars.count >= 4 else { return nil }
    var stem = String.UnicodeScalarView()
    stem.append(contentsOf: scalars.prefix(max(4, scalars.count - 4)))
    return String(stem)
  }

  /// The prefixes none of the others starts.
  private static func outermost(_ prefixes: [String]) -> [String] {
    var kept: [String] = []
    for prefix in Set(prefixes).sorted(by: { $0.utf8.count < $1.utf8.count }) where !kept.contains(where: { prefix.utf8.starts(with: $0.utf8) }) {
      kept.append(prefix)
    }
    return kept
  }

  /// The keys a word of a name (in exact form) is found by as a near spelling:
  /// its first scalar followed by each pair of scalars standing next to each
  /// other in it, once each; none for a word too short to have near spellings.
  ///
  /// Two words within ``nearSpellingEdits(length:)`` edits of each other (the
  /// bound of the shorter, five scalars or more) share such a key: each edit
  /// spoils at most two of the longer word's pairs, and it has more than twice as
  /// many pairs as edits allowed.
  package static func spellingKeys(of word: String) -> [String] {
    let scalars = Array(word.unicodeScalars)
    guard let first = scalars.first, nearSpellingEdits(length: scalars.count) > 0 else { return [] }
    var keys: [String] = []
    var seen = Set<String>()
    for i in 0..<(scalars.count - 1) {
      var key = String.UnicodeScalarView()
      key.append(contentsOf: [first, scalars[i], scalars[i + 1]])
      if seen.insert(String(key)).inserted { keys.append(String(key)) }
    }
    return keys
  }
}
