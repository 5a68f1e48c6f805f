import HistoryGraph
import HistoryIndex

/// The sentences of the documents that name some words, each with the claims
/// quoting it, as `mentions` prints them.
package struct MentionsReport: QueryReport {
  let shown: [Records.Mention]
  let total: Int
  let query: String
  let uncited: Bool

  /// The sentences shown of those found that name `query`.
  package init(_ found: GraphIndex.FoundMentions, for query: String) {
    (shown, total, self.query, uncited) = (found.shown.map(Records.Mention.init), found.total, query, found.uncited)
  }

  package var record: any Encodable { shown }

  package var nothingFound: String? { shown.isEmpty ? "no\(uncited ? " uncited" : "") sentence of the documents names '\(query)'" : nil }

  package var text: String {
    let lines = shown.flatMap {
      [
        sentence(document: $0.document, line: $0.line, column: $0.column, text: $0.text),
        "    " + ($0.claims.isEmpty ? "(no claim quotes this sentence)" : "claims: " + $0.claims.joined(separator: ", ")),
      ]
    }
    return (lines + more(total: total, shown: shown.count)).joined(separator: "\n")
  }
}

/// The sentences of the documents that name entities of the graph but that no
/// claim quotes, as `uncited` prints them.
package struct UncitedReport: QueryReport {
  let shown: [Records.UncitedSentence]
  let total: Int

  /// The first `limit` of `passages`.
  package init(_ passages: [UncitedPassage], limit: Int) {
    (shown, total) = (passages.prefix(limit).map(Records.UncitedSentence.init), passages.count)
  }

  package var record: any Encodable { shown }

  package var nothingFound: String? { shown.isEmpty ? "every sentence that names an entity of the graph is quoted by a claim" : nil }

  package var text: String {
    let lines = shown.flatMap {
      [sentence(document: $0.document, line: $0.line, column: $0.column, text: $0.text), "    names: " + $0.entities.joined(separator: ", ")]
    }
    return (lines + more(total: total, shown: shown.count)).joined(separator: "\n")
  }
}

/// `document:line:column  text`, the text cut at 240 characters.
private func sentence(document: String, line: Int, column: Int, text: String) -> String {
  "\(document):\(line):\(column)  \(text.count > 240 ? String(text.prefix(240)) + "…" : text)"
}

/// How many sentences `--limit` left out, if any.
private func more(total: Int, shown: Int) -> [String] {
  total > shown ? ["… \(total - shown) more sentences (--limit)"] : []
}
