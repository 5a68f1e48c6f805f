import HistoryGraph

/// Why an explorer page was not written. The ``description`` says what to do.
public enum ExplorerError: Error, CustomStringConvertible {
  /// The filters and focus leave no claim to show.
  case emptyView(filters: String)
  /// The view has more nodes or ties than the layout (or the page) can take.
  case tooLarge(nodes: Int, ties: Int, bytes: Int?, limit: String)
  /// A query failed: an unknown entity, relation or kind.
  case query(QueryError)
  /// Graphviz could not lay the view out.
  case layout(String)
  /// The page's data could not be written as JSON.
  case encoding(String)

  /// The filters a reader can add to make a view smaller.
  public static let narrowingHint =
    "add a filter: --document ID (what one text says), --relation NAME or --restrict-kind NAME (repeatable), "
    + "--as-of DATE or --during A/B, --min-confidence C, or --focus ID --depth N"

  public var description: String {
    switch self {
    case .emptyView(let filters):
      "the view is empty (filters: \(filters)); widen the filter or pick another focus"
    case .tooLarge(let nodes, let ties, let bytes, let limit):
      "the view has \(nodes) nodes and \(ties) ties\(bytes.map { " (\($0 / 1_000_000) MB of page)" } ?? ""), "
        + "more than an explorer page takes (\(limit)); \(Self.narrowingHint)"
    case .query(let error):
      error.description
    case .layout(let message), .encoding(let message):
      message
    }
  }
}

extension ExplorerError: ExplainedError {
  package var message: String { description }
  package var hint: String? { nil }
}
