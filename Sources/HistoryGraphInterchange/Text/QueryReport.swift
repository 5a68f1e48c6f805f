import HistoryGraph

/// A query's answer as the command line prints it: words for a reader, a JSON
/// record, and what to say when the query found nothing.
package protocol QueryReport {
  /// The answer as JSON with stable keys (see ``Records``); printed even when nothing was found.
  var record: any Encodable { get throws }
  /// Why nothing was found, with a `hint:` line where one helps; `nil` when something was.
  var nothingFound: String? { get throws }
  /// The answer in words for a reader.
  var text: String { get throws }
}

extension QueryReport {
  /// `nil`: a report that always answers (its table may be empty).
  package var nothingFound: String? { nil }
}

extension NetworkFilter {
  /// The filters in force (``summary``), with the kinds listed when only some are.
  package func summary(listing kinds: [String]) -> String {
    guard !kinds.isEmpty else { return summary }
    let listed = "listing kind: \(kinds.joined(separator: ", "))"
    return summary == "none" ? listed : "\(summary); \(listed)"
  }
}

/// Counts a noun: `1 claim`, `2 claims`.
func counted(_ n: Int, _ noun: String, _ plural: String? = nil) -> String {
  "\(n) \(n == 1 ? noun : plural ?? noun + "s")"
}
