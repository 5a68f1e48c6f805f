import ArgumentParser
import HistoryGraph
import HistoryIndex

extension HistoryGraphCommand {
  struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "stats",
      abstract: "Coverage report: counts by kind, relation and document, dated share, date range, disagreements.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var printing: JSONOption

    func run() throws {
      try reporting {
        // Counted when the index was compiled; else now, from the whole graph.
        let primary = ((try? GraphLoader.loadSchema(graph: global.graph))?.languages ?? LabelLanguages()).choice(nil)
        let (stats, documents) = try GraphIndex.statistics(graph: global.graph, corpus: global.corpus) ?? {
          let (graph, _) = try global.load()
          return (GraphStatistics(graph), graph.documents.reduce(into: [:]) { $0[$1.key] = $1.value })
        }()
        if printing.json { return try printJSON(stats) }
        say("\(stats.entities) entities, \(stats.claims) claims, \(stats.sources) quoted sources")
        say("dated: \(stats.datedClaims) claims (\(Int((stats.datedShare * 100).rounded()))%), from \(stats.earliest ?? "–") to \(stats.latest ?? "–") (New Style)")
        say("calendars as the sources give them: " + stats.claimsByCalendar.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
        say("corroborated by two or more independent documents: \(stats.corroboratedClaims)")
        say("disagreements between claims: \(stats.disagreements)\n")
        func table(_ title: String, _ counts: [String: Int], label: (String) -> String = { $0 }) {
          var t = TextTable(title, "n")
          for (key, value) in counts.sorted(by: { ($1.value, $0.key) < ($0.value, $1.key) }) { t.add(label(key), String(value)) }
          say(t.rendered + "\n")
        }
        table("kind", stats.entitiesByKind)
        table("relation", stats.claimsByRelation)
        if !stats.claimsByProperty.isEmpty { table("property", stats.claimsByProperty) }
        table("document (claims citing it)", stats.claimsByDocument) { id in
          let labels = documents[DocumentID(id)]?.labels ?? [:]
          let label = primary.language.flatMap { labels[$0] } ?? primary.pick(labels) ?? ""
          return "\(id)  \(label.prefix(50))"
        }
      }
    }
  }
}
