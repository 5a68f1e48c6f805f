import Foundation
import HistoryGraph

/// The most central entities under a measure, as `rank` prints them.
package struct RankReport: QueryReport {
  let ranked: [RankedEntity]
  let measure: CentralityMeasure
  let language: LabelLanguage

  /// The report of `ranked`, scored by `measure`.
  package init(_ ranked: [RankedEntity], by measure: CentralityMeasure, language: LabelLanguage) {
    (self.ranked, self.measure, self.language) = (ranked, measure, language)
  }

  package var record: any Encodable { ranked.map { Records.Ranked($0.entity, score: $0.score, language: language) } }

  package var text: String {
    var table = TextTable("#", measure.rawValue, "id", "kind", "name")
    for (i, r) in ranked.enumerated() {
      let score = measure == .degree ? String(Int(r.score)) : String(format: "%.5f", r.score)
      table.add(String(i + 1), score, r.entity.id.rawValue, r.entity.kind, r.entity.label(in: language))
    }
    return table.rendered
  }
}

/// The communities of the claim network, largest first, each with its most
/// connected members, as `communities` prints them.
package struct CommunitiesReport: QueryReport {
  let partition: CommunityPartition
  let listed: [[RankedEntity]]
  let members: Int
  let language: LabelLanguage

  /// The communities of `partition`, each listing the members of the kinds in `listing` (all when empty).
  ///
  /// - Parameter members: the most members to show per community in words (the JSON lists all).
  package init(_ partition: CommunityPartition, listing: [String], members: Int, language: LabelLanguage) {
    (self.partition, self.members, self.language) = (partition, members, language)
    listed = partition.communities.map { $0.filter { listing.isEmpty || listing.contains($0.entity.kind) } }.filter { !$0.isEmpty }
  }

  package var record: any Encodable {
    Records.Communities(modularity: partition.modularity, singletons: partition.singletons, listed: listed, language: language)
  }

  package var text: String {
    let head =
      "\(listed.count) communities, modularity \(String(format: "%.3f", partition.modularity)); \(partition.singletons) entities stand alone in this view"
    var table = TextTable("#", "n", "most connected members (claims)")
    for (i, community) in listed.enumerated() {
      let shown = community.prefix(members).map { "\($0.entity.label(in: language)) (\(Int($0.score)))" }.joined(separator: ", ")
      table.add(String(i + 1), String(community.count), shown + (community.count > members ? ", …" : ""))
    }
    return head + "\n" + table.rendered
  }
}

/// A coverage report: counts by kind, relation and document, the dated share and
/// range, corroboration and disagreements, as `stats` prints it.
package struct StatisticsReport: QueryReport {
  let statistics: GraphStatistics
  let documents: [DocumentID: Document]
  let language: LabelLanguage

  /// The report of `statistics`, naming `documents` by their labels in `language`.
  package init(_ statistics: GraphStatistics, documents: [DocumentID: Document], language: LabelLanguage) {
    (self.statistics, self.documents, self.language) = (statistics, documents, language)
  }

  package var record: any Encodable { statistics }

  package var text: String {
    let stats = statistics
    var lines = [
      "\(stats.entities) entities, \(stats.claims) claims, \(stats.sources) quoted sources",
      "dated: \(stats.datedClaims) claims (\(Int((stats.datedShare * 100).rounded()))%), from \(stats.earliest ?? "–") to \(stats.latest ?? "–") (New Style)",
      "calendars as the sources give them: "
        + stats.claimsByCalendar.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "),
      "corroborated by two or more independent documents: \(stats.corroboratedClaims)",
      "disagreements between claims: \(stats.disagreements)", "",
    ]
    func table(_ title: String, _ counts: [String: Int], label: (String) -> String = { $0 }) {
      var t = TextTable(title, "n")
      for (key, value) in counts.sorted(by: { ($1.value, $0.key) < ($0.value, $1.key) }) { t.add(label(key), String(value)) }
      lines += [t.rendered, ""]
    }
    table("kind", stats.entitiesByKind)
    table("relation", stats.claimsByRelation)
    if !stats.claimsByProperty.isEmpty { table("property", stats.claimsByProperty) }
    table("document (claims citing it)", stats.claimsByDocument) { id in
      let labels = documents[DocumentID(id)]?.labels ?? [:]
      let label = language.language.flatMap { labels[$0] } ?? language.pick(labels) ?? ""
      return "\(id)  \(label.prefix(50))"
    }
    return lines.joined(separator: "\n")
  }
}
