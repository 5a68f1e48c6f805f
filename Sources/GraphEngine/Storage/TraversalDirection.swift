/// Which way a traversal follows edges.
///
/// Symmetric edges (such as `allied_with`) are followed both ways whatever
/// the direction.
public enum TraversalDirection: Sendable, Hashable, CaseIterable {
  /// From source to target.
  case outgoing
  /// From target to source.
  case incoming
  /// Both ways: the graph read as undirected.
  case both

  /// The direction that walks the same edges backwards.
  public var reversed: TraversalDirection {
    switch self {
    case .outgoing: .incoming
    case .incoming: .outgoing
    case .both: .both
    }
  }
}
