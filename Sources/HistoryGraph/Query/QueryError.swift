import GraphEngine

/// A question the graph cannot answer as asked.
public enum QueryError: Error, Equatable, Sendable, CustomStringConvertible {
  /// No entity has this id.
  case unknownEntity(EntityID)
  /// No entity matches this name strongly enough; the nearest weak matches, if any.
  case noMatch(String, nearest: [SearchResult])
  /// Several entities match this name equally well.
  case ambiguous(String, candidates: [SearchResult])
  /// No claim has this id; the nearest id, if one is near.
  case unknownClaim(String, nearest: String?)
  /// No document has this id.
  case unknownDocument(DocumentID, known: [DocumentID])
  /// A relation or kind that the schema does not define.
  case unknownVocabulary(String, known: [String])
  /// A parameter that makes no sense (a k of zero, a path to oneself, …).
  case invalidArgument(String)
  /// An end of a path was also given as an entity to avoid.
  case endAvoided(EntityID)
  /// Several names could not be resolved: each one's error.
  indirect case unresolved([QueryError])
  /// An iterative measure (PageRank) did not settle within its iterations.
  case didNotConverge(iterations: Int)

  public var description: String {
    switch self {
    case .unknownEntity(let id):
      return "no entity has the id '\(id)'"
    case .noMatch(let text, let nearest):
      guard !nearest.isEmpty else { return "no entity is named '\(text)'" }
      return "no entity is named '\(text)'; did you mean:\n\(Self.list(nearest))"
    case .ambiguous(let text, let candidates):
      return "'\(text)' could name any of \(candidates.count) entities; give one of these ids:\n\(Self.list(candidates))"
    case .unknownClaim(let id, _):
      return "no claim has the id '\(id)'"
    case .unknownDocument(let id, let known):
      return
        "no document has the id '\(id)'; the documents are \(known.map(\.rawValue).joined(separator: ", ")) (`history-graph documents` lists their titles)"
    case .unknownVocabulary(let name, let known):
      if let near = Spelling.closest(to: name, among: known) { return "'\(name)' is not in the schema; did you mean '\(near)'?" }
      return "'\(name)' is not in the schema; known: \(known.joined(separator: ", "))"
    case .invalidArgument(let message):
      return message
    case .endAvoided(let id):
      return "cannot avoid '\(id)': it is an end of the path"
    case .unresolved(let errors):
      return "\(errors.count) names could not be resolved:\n" + errors.map { "- \($0.description)" }.joined(separator: "\n")
    case .didNotConverge(let iterations):
      return "PageRank did not settle in \(iterations) iterations on this view; narrow the filter"
    }
  }

  /// What went wrong (``description``).
  package var message: String { description }

  /// What to do, where the command line has a way: a command to look the name up, or the vocabulary.
  package var hint: String? {
    switch self {
    case .unknownEntity, .noMatch, .unresolved: "look a name up with `history-graph search NAME`; it lists near spellings too"
    case .ambiguous: "any of these ids can be given in place of the name"
    case .unknownClaim(_, let near): "\(near.map { "did you mean '\($0)'? " } ?? "")claim ids are shown in braces by show, neighbors and path"
    case .unknownVocabulary: "`history-graph schema` lists the kinds, relations, properties and qualifiers"
    case .endAvoided: "leave it out of --avoid"
    default: nil
    }
  }

  /// Candidates one per line: id, kind, label and what tells them apart.
  static func list(_ candidates: [SearchResult]) -> String {
    let idWidth = candidates.map(\.id.rawValue.count).max() ?? 0
    let kindWidth = candidates.map(\.kind.count).max() ?? 0
    return candidates.map { candidate in
      let id = candidate.id.rawValue + String(repeating: " ", count: idWidth - candidate.id.rawValue.count)
      let kind = candidate.kind + String(repeating: " ", count: kindWidth - candidate.kind.count)
      return "  \(id)  \(kind)  \(candidate.label)\(candidate.detail.map { " (\($0))" } ?? "")"
    }.joined(separator: "\n")
  }
}

extension QueryError: ExplainedError {}

extension Schema {
  /// Checks that each of `kinds` is a kind of the schema.
  ///
  /// - Throws: ``QueryError/unknownVocabulary(_:known:)`` for the first that is not.
  public func checkKinds(_ kinds: some Sequence<String>) throws(QueryError) {
    if let unknown = kinds.first(where: { kind(named: $0) == nil }) { throw .unknownVocabulary(unknown, known: self.kinds.map(\.name)) }
  }
}
