import ArgumentParser
import HistoryGraph
import HistoryGraphInterchange

extension HistoryGraphCommand {
  struct Communities: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "communities",
      abstract: "Groups of entities tied more closely to each other than to the rest (Louvain).",
      discussion: """
        Every relation claim in the filtered network counts as one tie, whatever its direction. \
        Communities are listed largest first, each with its most connected members. \
        --json gives {modularity, singletons, communities: [{size, members: [{id, kind, label, degree}]}]}.
        """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var printing: JSONOption
    @OptionGroup var filters: FilterOptions
    @Option(parsing: .unconditional, help: "Above 1 gives smaller communities, below 1 larger ones.") var resolution = 1.0
    @Option(parsing: .unconditional, help: "Members to show per community (all with --json).") var members = 8
    @OptionGroup var names: LanguageOption

    func validate() throws {
      if members < 1 { throw ValidationError("--members must be at least 1") }
      if !(resolution > 0 && resolution <= 1_000) { throw ValidationError("--resolution must be a number above 0 and at most 1000, e.g. 1") }
    }

    func run() throws {
      let language = try names.language(global)
      let graph = try global.load()
      try graph.schema.checkKinds(filters.shownKinds)
      let partition = try ClaimNetwork(graph).communities(filter: try filters.filter(), resolution: resolution)
      // Communities are found in the whole view; --kind only chooses whom to list.
      try answer(CommunitiesReport(partition, listing: filters.shownKinds, members: members, language: language), json: printing.json)
    }
  }
}
