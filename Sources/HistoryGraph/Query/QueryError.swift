import GraphEngine
/// A question the graph cannot answer as asked.
public enum QueryError: Error, Equatable, Sendable, CustomStringConvertible {
  /// No entity has this id.
  case unknownEntity(EntityID)
  /// No entity matches this name.
  case noMatch(String)
  /// Several entities match this name equally well.
  case ambiguous(String, candidates: [SearchResult])
  /// A relation or kind that the schema does not define.
  case unknownVocabulary(String, known: [String])
  /// A parameter that makes no sense (a k of zero, a path to oneself, …).
  case invalidArgument(String)
  /// An iterative measure (PageRank) did not settle within its iterations.
  case didNotConverge(iterations: Int)

  public var description: String {
    switch self {
    case .unknownEntity(let id):
      return "no entity has the id '\(id)'"
    case .noMatch(let text):
      return "nothing in the graph matches '\(text)'"
    case .ambiguous(let text, let candidates):
      let list = candidates.prefix(10).map { "  \($0.id)\t\($0.kind)\t\($0.label)" }.joined(separator: "\n")
      return "'\(text)' matches \(candidates.count) entities; give one of these ids:\n\(list)"
    case .unknownVocabulary(let name, let known):
      return "'\(name)' is not in the schema; known: \(known.joined(separator: ", "))"
    case .invalidArgument(let message):
      return message
    case .didNotConverge(let iterations):
      return "PageRank did not settle in \(iterations) iterations on this view; narrow the filter"
    }
  }
}
