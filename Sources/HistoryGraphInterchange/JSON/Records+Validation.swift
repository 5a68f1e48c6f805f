import HistoryGraph

extension Records {
  /// `{ok, entities, claims, documents, quotes_checked, all_quotes_checked, corpus, warnings}`:
  /// what `validate --json` prints of a graph that loaded.
  package struct Validation: Encodable, Sendable {
    let ok = true
    let entities: Int
    let claims: Int
    let documents: Int
    let quotesChecked: Int
    let allQuotesChecked: Bool
    let corpus: String?
    let warnings: [String]

    /// The graph's size and how its quotes were checked, from its load `report`.
    package init(entities: Int, claims: Int, documents: Int, report: LoadReport) {
      self.entities = entities
      self.claims = claims
      self.documents = documents
      quotesChecked = report.quotesChecked
      allQuotesChecked = report.allQuotesChecked
      corpus = report.corpus
      warnings = report.warnings.map(\.description)
    }
  }
}
