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
}

/// Finds entities by name across scripts, spellings, initials and case.
///
/// Every label and alias is reduced to words in two folded forms (see ``NameKey``).
/// A query matches a name when each of its words matches a different word of the
/// name: equal (best), equal when loosely folded, or a prefix; a single letter
/// (an initial, "Ә.") matches any word starting with it.
package struct NameIndex: Sendable {
  struct Name: Sendable {
    let entity: Int
    let text: String
    let exact: [String]
    let loose: [String]
  }

  let entities: [Entity]
  let names: [Name]

  /// Indexes every label and alias of `entities`.
  package init(entities: some Sequence<Entity>) {
    self.entities = Array(entities)
    var names: [Name] = []
    for (i, entity) in self.entities.enumerated() {
      var texts = Language.allCases.compactMap { entity.labels[$0] } + entity.aliases
      texts.append(entity.id.rawValue.replacingOccurrences(of: "-", with: " "))
      var seen = Set<String>()
      for text in texts where seen.insert(text).inserted {
        let exact = NameKey.exactTokens(text)
        names.append(Name(entity: i, text: text, exact: exact, loose: exact.map(NameKey.loose)))
      }
    }
    self.names = names
  }

  /// Entities whose names match `query`, best first (ties by label), at most `limit`.
  ///
  /// - Complexity: O(*n*) in the number of names indexed.
  package func search(_ query: String, language: Language = .kk, limit: Int = 20) -> [SearchResult] {
    let trimmed = query.trimmingWhitespace()
    let queryExact = NameKey.exactTokens(trimmed)
    guard !queryExact.isEmpty else { return [] }
    let queryLoose = queryExact.map(NameKey.loose)
    var best: [Int: (score: Int, name: String)] = [:]
    for name in names {
      let entity = entities[name.entity]
      var score: Int
      if entity.id.rawValue == trimmed || name.text == trimmed {
        score = 100
      } else if let s = Self.score(queryExact: queryExact, queryLoose: queryLoose, name: name) {
        score = s
      } else {
        continue
      }
      if score > (best[name.entity]?.score ?? -1) { best[name.entity] = (score, name.text) }
    }
    return best.map { index, match in
      let entity = entities[index]
      return SearchResult(id: entity.id, kind: entity.kind, label: entity.label(in: language), matched: match.name, score: match.score)
    }
    .sorted { ($1.score, $0.label, $0.id) < ($0.score, $1.label, $1.id) }
    .prefix(limit).map { $0 }
  }

  /// Scores how well the query's words cover a name's words, or `nil` if some query word matches nothing.
  static func score(queryExact: [String], queryLoose: [String], name: Name) -> Int? {
    var used = [Bool](repeating: false, count: name.exact.count)
    var total = 0
    var initials = 0
    // Full words first, initials last, so an initial never takes a word a full word needs.
    let order = queryExact.indices.sorted { (queryExact[$0].count == 1 ? 1 : 0) < (queryExact[$1].count == 1 ? 1 : 0) }
    for q in order {
      let word = queryExact[q]
      var bestHere = 0
      var bestIndex = -1
      for (j, candidate) in name.exact.enumerated() where !used[j] {
        let points: Int
        if word.count == 1 {
          points = candidate.hasPrefix(word) ? 60 : 0
        } else if candidate == word {
          points = 95
        } else if name.loose[j] == queryLoose[q] {
          points = 88
        } else if candidate.hasPrefix(word) && word.count >= 3 {
          points = 70
        } else if name.loose[j].hasPrefix(queryLoose[q]) && queryLoose[q].count >= 3 {
          points = 62
        } else if word.count >= 4 && candidate.contains(word) {
          points = 45
        } else {
          points = 0
        }
        if points > bestHere { (bestHere, bestIndex) = (points, j) }
      }
      guard bestIndex >= 0 else { return nil }
      used[bestIndex] = true
      if word.count == 1 { initials += 1 }
      total += bestHere
    }
    var score = total / queryExact.count
    // A name with words the query left out is a weaker match.
    let unmatched = used.filter { !$0 }.count
    score -= min(unmatched * 4, 20)
    if initials == queryExact.count { score = min(score, 40) }
    return max(score, 1)
  }
}
