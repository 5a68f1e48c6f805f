import HistoryGraph
import HistoryIndex

/// The entities a name search found, best first, as `search` prints them.
package struct NameSearchReport: QueryReport {
  /// The entities found, best first.
  package let results: [SearchResult]
  let query: String

  /// The report of `results`, found for `query`.
  package init(_ results: [SearchResult], for query: String) { (self.results, self.query) = (results, query) }

  package var record: any Encodable { results.map(Records.Found.init) }

  package var nothingFound: String? { results.isEmpty ? "nothing in the graph matches '\(query)'; try a shorter name or another spelling" : nil }

  package var text: String {
    var table = TextTable("score", "id", "kind", "label", "matched name", "dates, place")
    for r in results { table.add(String(r.score), r.id.rawValue, r.kind, r.label, r.matched, r.detail ?? "") }
    return table.rendered
  }
}

/// The graph's own texts that name some words, each under its claim or entity,
/// as `search --text` prints them.
package struct TextSearchReport: QueryReport {
  let hits: [(hit: HistoryIndex.TextHit, record: Records.TextHit)]
  let query: String
  let afterNames: Bool

  /// The report of `hits`, found for `query`.
  ///
  /// - Parameter afterNames: the name search found no entity: say so first.
  package init(_ hits: [HistoryIndex.TextHit], for query: String, afterNames: Bool, in graph: CuratedGraph, language: LabelLanguage) {
    self.hits = hits.map { ($0, Records.TextHit($0, in: graph, language: language)) }
    (self.query, self.afterNames) = (query, afterNames)
  }

  package var record: any Encodable { hits.map(\.record) }

  var noEntity: String { "no entity is named '\(query)'" }

  package var nothingFound: String? {
    hits.isEmpty ? (afterNames ? "\(noEntity), and " : "") + "no quote, note, value, label or alias names '\(query)'" : nil
  }

  package var text: String {
    var lines = afterNames ? ["\(noEntity); the graph's texts that name it (as search --text does):", ""] : []
    for (hit, record) in hits {
      lines.append("\(record.claim.map { "{\($0)} " } ?? "")\(record.about)   (\(record.match))")
      lines.append("    \(record.field)\(record.document.map { ", \($0)" } ?? ""): \(hit.field == .quote ? "«\(hit.text)»" : hit.text)")
    }
    return lines.joined(separator: "\n")
  }
}
