import ArgumentParser
import HistoryGraph
import HistoryGraphInterchange

extension HistoryGraphCommand {
  struct Path: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "path",
      abstract: "How two actors connect: each hop with its claim, date and quotes.",
      discussion: """
        A route is a sequence of different entities; each step lists the claims that join its two \
        entities, with dates and quotes (at most --claims-per-step of them; the rest are counted). By \
        default the route of least cost is given (one per step plus log2 of the number of entities each \
        intermediary is tied to), so a route through specific actors beats a shorter one through a \
        catch-all event or place; the output says when a shorter route exists, and ends with the method \
        and the filters in force.
        Examples:
          history-graph path bokeikhanov lenin
          history-graph path bokeikhanov lenin --method k-shortest --k 3
          history-graph path lenin jangeldin --method time-respecting --start 1917-10
          history-graph path dutov jangeldin --method time-respecting --include-undated
        """)

    enum TimeMode: String, CaseIterable, ExpressibleByArgument { case possible, certain }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var printing: JSONOption
    @OptionGroup var filters: FilterOptions
    @OptionGroup var names: LanguageOption
    @Argument(help: "Id or name.") var from: String
    @Argument(help: "Id or name.") var to: String
    @Option(help: "The search (default: informative; k-shortest when --k is given):")
    var method: PathSearch.Method?
    @Option(name: [.customShort("k"), .long], parsing: .unconditional, help: "With k-shortest: how many routes (1–100, default 3).") var k: Int?
    @Option(parsing: .unconditional, help: "With simple: the longest route to list, in steps (1–8).") var maxHops = 4
    @Option(help: "With time-respecting: possible (some reading of the dates follows on) or certain (every reading).") var time: TimeMode = .possible
    @Option(help: ArgumentHelp("With time-respecting: the first day of the walk (EDTF, in --calendar).", valueName: "date")) var start: String?
    @Flag(help: "With time-respecting: let undated claims carry the walk too (by default only dated claims do).") var includeUndated = false
    @Option(help: ArgumentHelp("Leave this entity out (repeatable).", valueName: "id-or-name")) var avoid: [String] = []
    @Option(help: "Follow claims out (subject → object), in, or both.") var direction: TraversalDirection = .both
    @Option(help: "List at most this many claims per step (1–1,000); the rest are counted.") var claimsPerStep = Route.claimsPerStep

    func validate() throws {
      if from == to { throw ValidationError("give two different actors") }
      if let k, !(1...100).contains(k) { throw ValidationError("--k must be from 1 to 100") }
      if !(1...8).contains(maxHops) { throw ValidationError("--max-hops must be from 1 to 8") }
      if !(1...Route.mostClaimsPerStep).contains(claimsPerStep) {
        throw ValidationError("--claims-per-step must be from 1 to \(Route.mostClaimsPerStep)")
      }
      if start != nil && method != .timeRespecting { throw ValidationError("--start goes with --method time-respecting") }
      if includeUndated && method != .timeRespecting { throw ValidationError("--include-undated goes with --method time-respecting") }
      if !filters.shownKinds.isEmpty {
        throw ValidationError("a path lists no entities to choose by kind; --restrict-kind KIND sets the kinds its intermediaries may have")
      }
      _ = try start.map { try parseWindow($0, calendar: filters.calendar) }
    }

    /// The method asked for: informative unless given, k-shortest when only --k is.
    var chosen: PathSearch.Method { method ?? (k == nil ? .informative : .kShortest) }

    /// The search the options ask for.
    func search() throws -> PathSearch {
      let first = chosen == .timeRespecting ? try start.map { try parseWindow($0, calendar: filters.calendar) } ?? filters.window() : nil
      return PathSearch(chosen, k: k ?? 3, maxHops: maxHops, reading: time == .possible ? .possible : .certain, from: first?.earliest ?? .min)
    }

    func run() throws {
      let language = try names.language(global)
      var filter = try filters.filter()
      if chosen == .timeRespecting && !includeUndated { filter.keepsUndated = false }
      let asked = try global.project().routeQuestion(
        from: from, to: to, avoiding: avoid, search: search(), filter: filter, direction: direction, language: language)
      let report = try PathReport(
        asked.network, from: asked.from, to: asked.to, search: search(), filter: asked.filter, direction: direction,
        claimsPerStep: claimsPerStep, includesUndated: includeUndated, language: language)
      try answer(report, json: printing.json)
    }
  }
}

extension PathSearch.Method: ExpressibleByArgument {
  package var defaultValueDescription: String { summary }
}
