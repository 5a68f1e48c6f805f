import Foundation
import GraphEngine

/// One answer to a name search.
public struct SearchResult: Hashable, Sendable {
  public let id: EntityID
  public let kind: String
  /// The entity's label in the language asked for.
  public let label: String
  /// The name (label or alias) that matched.
  public let matched: String
  /// 0–100: 100 for an exact id or name, less for folded, partial and loose matches.
  public let score: Int
  /// What tells namesakes apart: the years of the entity's dated claims and the place it is in ("1917–1919, in Semey").
  public var detail: String?

  public init(id: EntityID, kind: String, label: String, matched: String, score: Int, detail: String? = nil) {
    self.id = id
    self.kind = kind
    self.label = label
    self.matched = matched
    self.score = score
    self.detail = detail
  }
}

/// Finds entities by name across scripts, spellings, initials and case.
///
/// Every label and alias is reduced to words in two folded forms (see ``NameKey``),
/// as the graph's ``NameFolding`` folds them.
/// A query matches a name when each of its words matches a different word of the
/// name, in any order: equal (best), equal when loosely folded, a prefix, in a
/// query of several words a word's stem ("Western Siberia" finds "West Siberian"), a part, or a near spelling (a
/// bounded edit distance: "Vinogradov" finds "Vinogradsky"); a single letter
/// (an initial, "Ә.") matches any word starting with it.
package struct NameIndex: Sendable {
  /// One label or alias of an entity, with its words folded.
  package struct Name: Equatable, Sendable {
    /// The entity's position in the indexed sequence.
    package let entity: Int
    package let text: String
    /// The words in exact-key form, then in loose-key form (see ``NameKey``).
    package let exact: [String]
    package let loose: [String]

    package init(entity: Int, text: String, exact: [String], loose: [String]) {
      self.entity = entity
      self.text = text
      self.exact = exact
      self.loose = loose
    }
  }

  let entities: [Entity]
  package let names: [Name]
  /// How names and queries are folded.
  package let folding: NameFolding

  /// Indexes every label and alias of `entities`, folded by `folding`.
  package init(entities: some Sequence<Entity>, languages: LabelLanguages, folding: NameFolding) {
    self.entities = Array(entities)
    self.names = self.entities.enumerated().flatMap { Self.names(of: $1, at: $0, languages: languages, folding: folding) }
    self.folding = folding
  }

  /// Indexes `entities` by names folded before (as ``names(of:at:languages:folding:)`` folds them by `folding`).
  package init(entities: some Sequence<Entity>, names: [Name], folding: NameFolding) {
    self.entities = Array(entities)
    self.names = names
    self.folding = folding
  }

  /// The names `entity` is found by, the entity standing at `position`: its labels, aliases and id (hyphens read as spaces).
  package static func names(of entity: Entity, at position: Int, languages: LabelLanguages, folding: NameFolding) -> [Name] {
    var texts = languages.ordered(entity.labels).map(\.text) + entity.aliases
    texts.append(entity.id.rawValue.replacingOccurrences(of: "-", with: " "))
    var seen = Set<String>()
    return texts.filter { seen.insert($0).inserted }.map { text in
      let exact = NameKey.exactTokens(text, folding: folding)
      return Name(entity: position, text: text, exact: exact, loose: exact.map { NameKey.loose($0, folding: folding) })
    }
  }

  /// How one entity's best name matched a query.
  package struct Match: Sendable {
    package let entity: Entity
    /// 0–100, as in ``SearchResult/score``.
    package let score: Int
    /// The label or alias that matched.
    package let name: String
    /// Every query word other than an initial matched a whole word (equal, or equal when loosely folded).
    package let isStrong: Bool
    /// Words of the matched name (initials aside) that the query left out; 0 for a complete match.
    package let unmatchedWords: Int
    /// The query is the name itself once folded: the same words, exactly or loosely folded, none left over.
    package var isExact: Bool = false
  }

  /// Entities whose names match `query`, best first (ties by label), at most `limit`.
  ///
  /// - Complexity: O(*n*) in the number of names indexed.
  package func search(_ query: String, language: LabelLanguage, limit: Int = 20) -> [SearchResult] {
    matches(query, language: language).prefix(limit).map {
      SearchResult(id: $0.entity.id, kind: $0.entity.kind, label: $0.entity.label(in: language), matched: $0.name, score: $0.score)
    }
  }

  /// Every entity with a name matching `query`, best first: by score, then label in `language`, then id.
  ///
  /// - Complexity: O(*n*) in the number of names indexed.
  package func matches(_ query: String, language: LabelLanguage) -> [Match] {
    let trimmed = query.trimmingWhitespace()
    let queryExact = NameKey.exactTokens(trimmed, folding: folding)
    guard !queryExact.isEmpty else { return [] }
    let queryLoose = queryExact.map { NameKey.loose($0, folding: folding) }
    var best: [Int: Match] = [:]
    for name in names {
      let entity = entities[name.entity]
      let match: Match
      if entity.id.rawValue == trimmed || name.text == trimmed {
        match = Match(entity: entity, score: 100, name: name.text, isStrong: true, unmatchedWords: 0, isExact: true)
      } else if var found = Self.match(queryExact: queryExact, queryLoose: queryLoose, name: name, entity: entity) {
        found.isExact = queryExact.sorted() == name.exact.sorted() || queryLoose.sorted() == name.loose.sorted()
        match = found
      } else {
        continue
      }
      if let held = best[name.entity],
        (held.isExact ? 1 : 0, held.score, -held.unmatchedWords) >= (match.isExact ? 1 : 0, match.score, -match.unmatchedWords)
      {
        continue
      }
      best[name.entity] = match
    }
    return best.values.sorted {
      ($1.score, $0.entity.label(in: language), $0.entity.id) < ($0.score, $1.entity.label(in: language), $1.entity.id)
    }
  }

  /// How well the query's words cover a name's words, or `nil` if some query word matches nothing.
  static func match(queryExact: [String], queryLoose: [String], name: Name, entity: Entity) -> Match? {
    var used = [Bool](repeating: false, count: name.exact.count)
    var total = 0
    var initials = 0
    var strong = true
    // Full words first, initials last, so an initial never takes a word a full word needs.
    let order = queryExact.indices.sorted { (queryExact[$0].count == 1 ? 1 : 0) < (queryExact[$1].count == 1 ? 1 : 0) }
    for q in order {
      let word = queryExact[q]
      var bestHere = 0
      var bestIndex = -1
      for (j, candidate) in name.exact.enumerated() where !used[j] {
        let points = Self.points(word, queryLoose[q], against: candidate, name.loose[j], severalWords: queryExact.count > 1)
        if points > bestHere { (bestHere, bestIndex) = (points, j) }
      }
      guard bestIndex >= 0 else { return nil }
      used[bestIndex] = true
      if word.count == 1 { initials += 1 } else if bestHere < 88 { strong = false }
      total += bestHere
    }
    var score = total / queryExact.count
    // A name with words the query left out is a weaker match; initials in the name do not count.
    let unmatched = name.exact.indices.filter { !used[$0] && name.exact[$0].count > 1 }.count
    score -= min(unmatched * 4, 20)
    if initials == queryExact.count {
      score = min(score, 40)
      strong = false
    }
    return Match(entity: entity, score: max(score, 1), name: name.text, isStrong: strong, unmatchedWords: unmatched)
  }

  /// How well a query word (exact and loose forms) matches a word of a name
  /// (exact and loose forms): 0 for no match.
  static func points(_ word: String, _ looseWord: String, against candidate: String, _ looseCandidate: String, severalWords: Bool) -> Int {
    if word.count == 1 {
      candidate.hasPrefix(word) ? 60 : 0
    } else if candidate == word {
      95
    } else if looseCandidate == looseWord && similarLength(candidate, word) {
      88
    } else if candidate.hasPrefix(word) && word.count >= 3 {
      70
    } else if looseCandidate.hasPrefix(looseWord) && looseWord.count >= 3 {
      62
    } else if severalWords && (Self.sharesStem(candidate, word) || Self.sharesStem(looseCandidate, looseWord)) {
      64
    } else if word.count >= 4 && Self.contains(candidate, word) {
      45
    } else if Self.isNearSpelling(candidate, word) {
      40
    } else {
      0
    }
  }

  /// Whether a word of a name (exact and loose forms) can match the query word
  /// `index` of `query` (see ``matches(_:language:)``): what a search that reads
  /// only some names must read. Every such word is in one of the places
  /// ``reach(_:word:folding:)`` gives.
  package static func mayMatch(_ query: [String], word index: Int, folding: NameFolding, exact candidate: String, loose looseCandidate: String)
    -> Bool
  {
    points(query[index], NameKey.loose(query[index], folding: folding), against: candidate, looseCandidate, severalWords: query.count > 1) > 0
  }

  /// Whether two words share a stem: a common start of at least four letters
  /// with at most one more letter in the shorter word and four in the longer
  /// ("West" and "Western", "Akmola" and "Akmolinsk").
  static func sharesStem(_ a: String, _ b: String) -> Bool {
    let (x, y) = (Array(a.unicodeScalars), Array(b.unicodeScalars))
    let common = zip(x, y).prefix { $0 == $1 }.count
    let (short, long) = x.count < y.count ? (x.count, y.count) : (y.count, x.count)
    return common >= 4 && short - common <= 1 && long - common <= 4
  }

  /// The most edits (insertions, deletions, substitutions) a near spelling of a word of `length` letters may have:
  /// none below 5 letters, 1 up to 6, 2 up to 9, 3 from 10.
  static func nearSpellingEdits(length: Int) -> Int {
    switch length {
    case ..<5: 0
    case 5...6: 1
    case 7...9: 2
    default: 3
    }
  }

  /// Whether `word` is a near spelling of `typed`: the same first letter, and within
  /// ``nearSpellingEdits(length:)`` edits of it (Levenshtein distance, given up as soon as a row exceeds the bound).
  static func isNearSpelling(_ word: String, _ typed: String) -> Bool {
    guard word.unicodeScalars.first == typed.unicodeScalars.first else { return false }
    let a = Array(typed.unicodeScalars), b = Array(word.unicodeScalars)
    let bound = nearSpellingEdits(length: min(a.count, b.count))
    guard bound > 0, abs(a.count - b.count) <= bound else { return false }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      var rowBest = i
      for j in 1...b.count {
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        rowBest = min(rowBest, current[j])
      }
      if rowBest > bound { return false }
      swap(&previous, &current)
    }
    return previous[b.count] <= bound
  }

  /// Whether `part` occurs in `word`, compared byte by byte (with `memcmp`: no
  /// generic slices, which a debug build, as the tests run, makes slow).
  static func contains(_ word: String, _ part: String) -> Bool {
    var word = word
    var part = part
    return word.withUTF8 { whole in
      part.withUTF8 { piece in
        guard piece.count <= whole.count else { return false }
        guard let start = whole.baseAddress, let bytes = piece.baseAddress, !piece.isEmpty else { return true }
        for offset in 0...(whole.count - piece.count) where memcmp(start + offset, bytes, piece.count) == 0 { return true }
        return false
      }
    }
  }

  /// Whether two words are close enough in length for their loose forms to count as one spelling ("zzz" is not "z").
  static func similarLength(_ a: String, _ b: String) -> Bool {
    let (short, long) = a.count < b.count ? (a.count, b.count) : (b.count, a.count)
    return short * 3 >= long * 2
  }
}
