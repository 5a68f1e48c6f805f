import GraphEngine
extension CuratedGraph {
  /// The longest id or name `resolve` looks up; search costs grow with the name's length.
  public static let longestName = 300

  /// Finds entities by name (see ``NameIndex``), best first.
  public func search(_ text: String, language: Language = .kk, limit: Int = 20) -> [SearchResult] {
    nameIndex.search(text, language: language, limit: limit)
  }

  /// The entity an id or a name denotes.
  ///
  /// An exact id wins; otherwise the best name match, if it is clearly better
  /// than the next one. Never a silent guess between close candidates.
  ///
  /// - Throws: ``QueryError/noMatch(_:)`` if nothing matches,
  ///   ``QueryError/ambiguous(_:candidates:)`` listing the candidates if several match about equally.
  public func resolve(_ idOrName: String) throws(QueryError) -> Entity {
    if let entity = entities[EntityID(idOrName)] { return entity }
    guard idOrName.count <= Self.longestName else {
      throw .invalidArgument("a name to look up has at most \(Self.longestName) characters, not \(idOrName.count)")
    }
    let results = search(idOrName, limit: 12)
    guard let top = results.first else { throw .noMatch(idOrName) }
    let runnerUp = results.dropFirst().first?.score ?? 0
    // A bare surname ("Досмұхамедов") that fully names another entity of the same kind is ambiguous even if it is someone's alias.
    let namesakes = results.dropFirst().filter { $0.kind == top.kind && $0.score >= 88 }
    if NameKey.exactTokens(top.matched).count == 1, !namesakes.isEmpty {
      throw .ambiguous(idOrName, candidates: [top] + namesakes)
    }
    if results.count == 1 || (top.score >= 85 && top.score - runnerUp >= 5) || (top.score == 100 && runnerUp < 100) {
      return entities[top.id]!
    }
    let close = results.filter { $0.score >= top.score - 10 }
    throw .ambiguous(idOrName, candidates: close.count > 1 ? close : Array(results.prefix(5)))
  }
}
