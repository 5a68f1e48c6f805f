import ArgumentParser
import HistoryGraph
import HistoryGraphInterchange

extension CentralityMeasure: ExpressibleByArgument {}

extension HistoryGraphCommand {
  struct Rank: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rank", abstract: "The most central entities by PageRank, betweenness or degree.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var printing: JSONOption
    @OptionGroup var filters: FilterOptions
    @Option(help: "pagerank, betweenness or degree.") var by: CentralityMeasure = .pageRank
    @Option(parsing: .unconditional, help: "How many to list.") var top = 20
    @OptionGroup var names: LanguageOption

    func validate() throws { if top < 1 { throw ValidationError("--top must be at least 1") } }

    func run() throws {
      let language = try names.language(global)
      let (filter, listing) = (try filters.filter(), filters.shownKinds.isEmpty ? nil : Set(filters.shownKinds))
      let ranked = try global.project().ranked(by: by, top: top, filter: filter, listing: listing)
      try answer(RankReport(ranked, by: by, language: language), json: printing.json)
    }
  }
}
