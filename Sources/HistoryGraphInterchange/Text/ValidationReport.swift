import HistoryGraph

/// What `validate` found in a graph that loads: its size, how its quotes were
/// checked, its located places and how many warnings were not listed.
package struct ValidationReport: QueryReport {
  let counts: (entities: Int, claims: Int, documents: Int)
  let report: LoadReport
  let folder: String
  let places: Int
  let listedWarnings: Int

  /// The report of a graph in `folder` with these counts, loaded with `report`.
  ///
  /// - Parameters:
  ///   - places: the places its gazetteer locates.
  ///   - listedWarnings: how many of the report's warnings were listed already.
  package init(
    entities: Int, claims: Int, documents: Int, report: LoadReport, in folder: String, places: Int, listedWarnings: Int
  ) {
    (counts, self.report, self.folder, self.places, self.listedWarnings) =
      ((entities, claims, documents), report, folder, places, listedWarnings)
  }

  package var record: any Encodable {
    Records.Validation(entities: counts.entities, claims: counts.claims, documents: counts.documents, report: report)
  }

  package var text: String {
    var lines = ["ok: \(counts.entities) entities, \(counts.claims) claims, \(counts.documents) documents in \(folder)"]
    lines.append(
      report.allQuotesChecked
        ? "quotes: all \(report.quotesChecked) checked against \(report.corpus ?? "")"
        : "quotes: NOT checked (\(report.quotesChecked) of them): the corpus was not found; pass --corpus DIR")
    if places > 0 { lines.append("places: \(places) located in \(Gazetteer.fileName)") }
    let others = report.warnings.count - listedWarnings
    if others > 0 { lines.append("warnings: \(others) (run with --warnings to list them)") }
    return lines.joined(separator: "\n")
  }
}
