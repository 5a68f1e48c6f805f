import ArgumentParser
import Foundation
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
      try reporting {
        let (graph, _) = try global.load()
        try filters.checkShownKinds(in: graph.schema)
        let partition = try ClaimNetwork(graph).communities(filter: try filters.filter(), resolution: resolution)
        // Communities are found in the whole view; --kind only chooses whom to list.
        let listed = partition.communities.map { $0.filter { filters.shows($0.entity.kind) } }.filter { !$0.isEmpty }
        if printing.json {
          return try printJSON(Records.Communities(modularity: partition.modularity, singletons: partition.singletons, listed: listed, language: language))
        }
        say("\(listed.count) communities, modularity \(String(format: "%.3f", partition.modularity)); \(partition.singletons) entities stand alone in this view")
        var table = TextTable("#", "n", "most connected members (claims)")
        for (i, community) in listed.enumerated() {
          let shown = community.prefix(members).map { "\($0.entity.label(in: language)) (\(Int($0.score)))" }.joined(separator: ", ")
          table.add(String(i + 1), String(community.count), shown + (community.count > members ? ", …" : ""))
        }
        say(table.rendered)
      }
    }
  }
}
