import GraphEngine

extension CuratedGraph {
  /// The longest id or name `resolve` looks up; search costs grow with the name's length.
  public static let longestName = 300

  /// Finds entities by name (see ``NameIndex``), best first, each with a detail that tells namesakes apart.
  public func search(_ text: String, language: LabelLanguage? = nil, limit: Int = 20) -> [SearchResult] {
    let language = language ?? schema.languages.choice(nil)
    return nameIndex.search(text, language: language, limit: limit).map { described($0, language: language) }
  }

  /// The claim with this id.
  ///
  /// - Throws: ``QueryError/unknownClaim(_:nearest:)`` naming the closest id there is.
  public func claim(_ id: String) throws(QueryError) -> Claim {
    guard let claim = claims[ClaimID(id)] else {
      throw .unknownClaim(id, nearest: Spelling.closest(to: id, among: claims.keys.lazy.map(\.rawValue)))
    }
    return claim
  }

  /// The entity an id or a name denotes, found only on a strong match (see ``resolution(_:language:)``).
  ///
  /// - Throws: as ``resolution(_:language:)`` does.
  public func resolve(_ idOrName: String, language: LabelLanguage? = nil) throws(QueryError) -> Entity {
    try resolution(idOrName, language: language).entity
  }

  /// The entity an id or a name denotes, with `noting` told of the other entities the name also matches (``NameResolution/alsoLine``).
  ///
  /// - Throws: as ``resolution(_:language:)`` does.
  public func resolve(_ idOrName: String, language: LabelLanguage? = nil, noting: (String) -> Void) throws(QueryError) -> Entity {
    let found = try resolution(idOrName, language: language)
    if let line = found.alsoLine { noting(line) }
    return found.entity
  }

  /// Resolves several ids or names at once, reporting every one that fails, not only the first.
  ///
  /// - Throws: the one name's error, or ``QueryError/unresolved(_:)`` with each failing name's error.
  public func resolutions(_ idsOrNames: [String], language: LabelLanguage? = nil) throws(QueryError) -> [NameResolution] {
    var found: [NameResolution] = []
    var errors: [QueryError] = []
    for name in idsOrNames {
      do throws(QueryError) { found.append(try resolution(name, language: language)) } catch { errors.append(error) }
    }
    if errors.count == 1 { throw errors[0] }
    if errors.count > 1 { throw .unresolved(errors) }
    return found
  }

  /// The entity an id or a name denotes, found only on a strong match, and the other entities the name also matches.
  ///
  /// An exact name wins: a name equal, once folded, to one entity's id, a label
  /// in any language or an alias resolves to it even where longer names contain
  /// it ("Verny" is the town, not "Verny fortress"); the others of its kind it
  /// matches are listed in ``NameResolution/others``. Several entities named exactly alike
  /// stay ambiguous. Otherwise a name resolves when every word typed (initials
  /// aside) equals a word of one of the entity's labels or aliases, in any script
  /// or common spelling, and no other entity's name is covered as closely: a full
  /// name beats a partial one, and a surname alone resolves only when no one
  /// else of that kind bears it. Never a guess.
  ///
  /// - Throws: ``QueryError/ambiguous(_:candidates:)`` listing the equally close
  ///   candidates, or ``QueryError/noMatch(_:nearest:)`` with the nearest weak
  ///   matches ("did you mean"), labels in `language` (the graph's primary language by default).
  public func resolution(_ idOrName: String, language: LabelLanguage? = nil) throws(QueryError) -> NameResolution {
    let language = language ?? schema.languages.choice(nil)
    if let entity = entities[EntityID(idOrName)] { return NameResolution(name: idOrName, entity: entity, others: []) }
    guard idOrName.count <= Self.longestName else {
      throw .invalidArgument("a name to look up has at most \(Self.longestName) characters, not \(idOrName.count)")
    }
    if let document = documents[DocumentID(idOrName)] {
      let title = document.title(in: language)
      throw .invalidArgument("'\(idOrName)' is a document (\(title)), not an entity; a document filter is --document \(idOrName)")
    }
    let matches = nameIndex.matches(idOrName, language: schema.languages.choice(nil))
    func result(_ match: NameIndex.Match) -> SearchResult {
      described(
        SearchResult(id: match.entity.id, kind: match.entity.kind, label: match.entity.label(in: language), matched: match.name, score: match.score),
        language: language)
    }
    let strong = matches.filter(\.isStrong)
    let exact = matches.filter(\.isExact)
    if let winner = exact.first {
      guard exact.count == 1 else { throw .ambiguous(idOrName, candidates: exact.prefix(10).map(result)) }
      let others = strong.filter { $0.entity.id != winner.entity.id && $0.entity.kind == winner.entity.kind }.prefix(NameResolution.othersListed).map(
        result)
      return NameResolution(name: idOrName, entity: winner.entity, others: others)
    }
    guard let closest = strong.map(\.unmatchedWords).min() else {
      throw .noMatch(idOrName, nearest: matches.prefix(5).map(result))
    }
    let best = strong.filter { $0.unmatchedWords == closest }
    guard best.count == 1, let winner = best.first else { throw .ambiguous(idOrName, candidates: best.prefix(10).map(result)) }
    // A single word that is part of several names of one kind names any of them.
    let typedWords = NameKey.exactTokens(idOrName, folding: schema.nameFolding).filter { $0.count > 1 }
    if typedWords.count == 1 {
      let namesakes = strong.filter { $0.entity.id != winner.entity.id && $0.entity.kind == winner.entity.kind && $0.unmatchedWords <= closest + 1 }
      if !namesakes.isEmpty { throw .ambiguous(idOrName, candidates: ([winner] + namesakes).prefix(10).map(result)) }
    }
    return NameResolution(name: idOrName, entity: winner.entity, others: [])
  }

  /// `result` with the years of its entity's dated claims and the place it is in, if the graph says.
  package func described(_ result: SearchResult, language: LabelLanguage) -> SearchResult {
    var result = result
    let claims = claimsMentioning(result.id)
    let intervals = claims.compactMap(\.time?.interval)
    var parts: [String] = []
    let starts = intervals.filter(\.hasStart).map { CalendarDay.components(of: $0.earliest, calendar: .gregorian).year }
    let ends = intervals.filter(\.hasEnd).map { CalendarDay.components(of: $0.latest, calendar: .gregorian).year }
    if let first = (starts + ends).min(), let last = (starts + ends).max() {
      parts.append(first == last ? String(first) : "\(first)–\(last)")
    }
    let placing = schema.relations(withRole: .locatedIn).union(schema.relations(withRole: .partOf))
    if let claim = claims.first(where: { $0.subject == result.id && placing.contains($0.predicateName) }),
      let place = claim.object.flatMap({ entities[$0] })
    {
      parts.append("in \(place.label(in: language))")
    }
    result.detail = parts.isEmpty ? nil : parts.joined(separator: ", ")
    return result
  }
}

/// A name resolved: the entity it denotes and the others it also matches, less closely.
public struct NameResolution: Sendable {
  /// The most other entities ``others`` lists.
  public static let othersListed = 3
  /// The id or name as typed.
  public let name: String
  public let entity: Entity
  /// Entities of the same kind whose longer names contain the name, each with what tells it apart (at most ``othersListed``).
  public let others: [SearchResult]

  /// One line naming ``others`` ("also: verny-fortress Verny fortress (place, 1918, in Verny (Almaty))"), or `nil` if there are none.
  public var alsoLine: String? {
    guard !others.isEmpty else { return nil }
    let listed = others.map { other in
      let about = [other.kind] + (other.detail.map { [$0] } ?? [])
      return "\(other.id) \(other.label) (\(about.joined(separator: ", ")))"
    }
    return "also: " + listed.joined(separator: "; ")
  }
}
