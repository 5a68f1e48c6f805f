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

    @Argument(help: "Ids or names (none: the whole graph, with --during or --as-of).")
    var entities: [String] = []
    @Option(name: .customLong("in"), help: ArgumentHelp("A place and the places within it.", valueName: "id-or-name"))
    var place: String?
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
      try reporting {
        // The entities' own claims are all a timeline of them needs; places within a
        // place and the events they took part in need the whole graph.
        let (graph, found, _) = try global.resolving(entities, language: language, part: !entities.isEmpty && place == nil && !inherited)
        try filters.checkShownKinds(in: graph.schema)
        var ids = found.map(\.id)
        if let place {
          let places = try graph.places(within: graph.resolve(place, language: language, noting: printError).id)
          ids += places.sorted() + graph.eventsHeld(in: places).subtracting(ids).sorted()
        }
        var filter = try filters.filter()
        filter.keep = ids
        let timeline = try graph.timeline(of: ids, filter: filter, inherited: inherited, undated: undated)
        let concerned = Set(ids)
        func listed(_ claim: Claim) -> Bool {
          let others = ([claim.subject] + (claim.object.map { [$0] } ?? [])).filter { !concerned.contains($0) }
          return others.isEmpty || others.contains { graph.entities[$0].map { filters.shows($0.kind) } == true }
        }
        let dated = timeline.dated.filter { listed($0.claim) }
        let fromEvents = timeline.inherited.filter { listed($0.claim) }
        let withoutDate = timeline.undated.filter(listed)
        let scope = ids.isEmpty ? "the whole graph" : ids.prefix(5).map { graph.entities[$0]!.label(in: language) }.joined(separator: ", ") + (ids.count > 5 ? " and \(ids.count - 5) more" : "")
        if printing.json {
          try printJSON(Records.Timeline(ids: ids, filters: filters.summary(filter), dated: dated, inherited: fromEvents, undated: withoutDate, graph: graph))
        }
        guard !(dated.isEmpty && fromEvents.isEmpty && withoutDate.isEmpty) else {
          throw NothingFound("nothing about \(scope) is dated with filters: \(filters.summary(filter))")
        }
        if printing.json { return }
        let viewpoint = ids.count == 1 ? ids[0] : nil
        say("\(scope): \(dated.count) dated claim\(dated.count == 1 ? "" : "s") (filters: \(filters.summary(filter)))\n")
        for entry in dated {
          say(entry.claim.time!.display)
          say(ClaimText.describe(entry.claim, from: viewpoint, in: graph, language: language))
        }
        if inherited {
          say("\nthrough the events they took part in: \(fromEvents.count)\n")
          for entry in fromEvents {
            say("\(entry.claim.time!.display)  (via \(graph.entities[entry.via!]?.label(in: language) ?? entry.via!.rawValue))")
            say(ClaimText.describe(entry.claim, from: nil, in: graph, language: language))
          }
        }
        if undated {
          say("\nundated: \(withoutDate.count)\n")
          for claim in withoutDate { say(ClaimText.describe(claim, from: viewpoint, in: graph, language: language)) }
        }
      }
    }
  }
}
