import ArgumentParser
import HistoryGraph
import HistoryGraphInterchange

extension HistoryGraphCommand {
  struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "stats",
      abstract: "Coverage report: counts by kind, relation and document, dated share, date range, disagreements.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var printing: JSONOption

    func run() throws {
      let primary = try global.project().language(typed: nil)
      let (stats, documents) = try global.project().statistics()
      try answer(StatisticsReport(stats, documents: documents, language: primary), json: printing.json)
    }
  }
}
