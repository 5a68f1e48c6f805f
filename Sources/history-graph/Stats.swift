import ArgumentParser
import HistoryGraph
import HistoryGraphInterchange
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
        let (stats, documents) =
          try GraphIndex.statistics(graph: global.graph, corpus: global.corpus)
          ?? {
            let (graph, _) = try global.load()
            return (GraphStatistics(graph), graph.documents.reduce(into: [:]) { $0[$1.key] = $1.value })
          }()
        try answer(StatisticsReport(stats, documents: documents, language: primary), json: printing.json)
      }
    }
  }
}
