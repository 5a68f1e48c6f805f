import ArgumentParser
import HistoryGraph
import HistoryGraphInterchange

extension HistoryGraphCommand {
  struct Timeline: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "timeline",
      abstract: "Everything dated about actors, bodies or places, or the whole graph in a period, in time order.",
      discussion: """
        The entities' own dated claims come in time order; the dates of the events they took part in \\
        (--inherited) and their undated claims (--undated) are listed apart, never mixed in. An interval \\
        open at its start stands at its end. Takes the filters of every query.
        Examples:
          history-graph timeline bokeikhanov --lang en
          history-graph timeline bokeikhanov baitursynov --during 1917/1918
          history-graph timeline --in zhetisu-oblast --during 1918
          history-graph timeline --during 1918-03 --relation captured
        """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var printing: JSONOption
    @OptionGroup var filters: FilterOptions
    @Argument(help: "Ids or names (none: the whole graph, with --during or --as-of).") var entities: [String] = []
    @Option(name: .customLong("in"), help: ArgumentHelp("A place and the places within it.", valueName: "id-or-name")) var place: String?
    @Flag(help: "Also the dates and places of the events they took part in, listed apart.") var inherited = false
    @Flag(help: "Also their undated claims, listed apart.") var undated = false
    @OptionGroup var names: LanguageOption

    /// Why a timeline of the whole graph needs a period.
    static let wholeGraphNeedsWindow = "a timeline of the whole graph needs a period: --during A/B or --as-of DATE"

    func validate() throws {
      if entities.isEmpty && place == nil && filters.asOf == nil && filters.during == nil { throw ValidationError(Self.wholeGraphNeedsWindow) }
      if entities.count > 50 { throw ValidationError("give at most 50 entities") }
    }

    func run() throws {
      let language = try names.language(global)
      // The entities' own claims are all a timeline of them needs; places within a
      // place and the events they took part in need the whole graph.
      let found = try global.project().resolving(entities, language: language, part: !entities.isEmpty && place == nil && !inherited)
      let graph = found.graph
      try graph.schema.checkKinds(filters.shownKinds)
      let within = try place.map { try graph.resolve($0, language: language, noting: printError).id }
      let report = try TimelineReport(
        graph, of: found.entities.map(\.id), in: within, filter: filters.filter(), listing: filters.shownKinds, inherited: inherited,
        undated: undated,
        language: language)
      try answer(report, json: printing.json)
    }
  }
}
