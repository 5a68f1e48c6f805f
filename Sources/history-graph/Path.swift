import ArgumentParser
import HistoryGraph
import HistoryGraphInterchange

extension HistoryGraphCommand {
  struct Path: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "How two actors connect: each hop with its claim, date and quotes.",
      discussion: """
        By default the fewest-hop path, following claims in either direction. --method chooses another search:
          shortest          the fewest hops (bidirectional breadth-first search)
          all-shortest      every path of the fewest hops (at most 1,000)
          k-shortest        the --k shortest simple paths (Yen)
          simple            every simple path of at most --max-hops hops (at most 1,000)
          weighted          the cheapest path, where a less certain claim costs more (Dijkstra)
          time-respecting   the earliest-arriving path whose claims follow each other in time, \
        from --start (default: the start of --as-of/--during); --time says whether some reading \
        of the dates (possible) or every reading (certain) must follow on
        Examples:
          history-graph path bokeikhanov lenin
          history-graph path bokeikhanov lenin --method k-shortest --k 3
          history-graph path alash-orda jangeldin --method time-respecting --start 1917-10
        """)

    enum Method: String, CaseIterable, ExpressibleByArgument {
      case shortest, allShortest = "all-shortest", kShortest = "k-shortest", simple, weighted, timeRespecting = "time-respecting"
    }
    enum TimeMode: String, CaseIterable, ExpressibleByArgument { case possible, certain }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var printing: JSONOption
    @OptionGroup var filters: FilterOptions
    @OptionGroup var names: LanguageOption

    @Argument(help: "Id or name.") var from: String
    @Argument(help: "Id or name.") var to: String

    @Option(help: "shortest, all-shortest, k-shortest, simple, weighted or time-respecting.") var method: Method = .shortest
    @Option(parsing: .unconditional, help: "With k-shortest: how many paths (1–100).") var k = 3
    @Option(parsing: .unconditional, help: "With simple: the longest path to list, in hops (1–8).") var maxHops = 4
    @Option(help: "With time-respecting: possible (some reading of the dates follows on) or certain (every reading).") var time: TimeMode = .possible
    @Option(help: ArgumentHelp("With time-respecting: the first day of the walk (EDTF, New Style).", valueName: "date"), transform: parseWindow)
    var start: DayInterval?
    @Option(help: ArgumentHelp("Leave this entity out (repeatable).", valueName: "id-or-name")) var avoid: [String] = []
    @Option(help: "Follow claims out (subject → object), in, or both.") var direction: TraversalDirection = .both

    func validate() throws {
      if from == to { throw ValidationError("give two different actors") }
      if !(1...100).contains(k) { throw ValidationError("--k must be from 1 to 100") }
      if !(1...8).contains(maxHops) { throw ValidationError("--max-hops must be from 1 to 8") }
      if start != nil && method != .timeRespecting { throw ValidationError("--start goes with --method time-respecting") }
    }

    /// The search the options ask for.
    var search: PathSearch {
      switch method {
      case .shortest: .shortest
      case .allShortest: .allShortest
      case .kShortest: .kShortest(k)
      case .simple: .all(maxHops: maxHops)
      case .weighted: .weighted
      case .timeRespecting:
        .timeRespecting(time == .possible ? .possible : .certain, from: (start ?? filters.asOf ?? filters.during)?.earliest ?? .min)
      }
    }

    func run() throws {
      try reporting {
        let (graph, _) = try global.load()
        let network = ClaimNetwork(graph)
        let source = try graph.resolve(from)
        let target = try graph.resolve(to)
        if source.id == target.id { throw QueryError.invalidArgument("'\(from)' and '\(to)' are the same entity (\(source.id))") }
        let avoided = try avoid.map { try graph.resolve($0).id }
        if let endpoint = avoided.first(where: { $0 == source.id || $0 == target.id }) {
          throw Failure("error: cannot avoid '\(endpoint)': it is an end of the path\n  hint: leave it out of --avoid")
        }
        let filter = filters.filter(avoiding: avoided)
        let paths = try network.paths(from: source.id, to: target.id, search: search, filter: filter, direction: direction)
        if printing.json {
          try printJSON(PathOutput(from: source.id.rawValue, to: target.id.rawValue, method: method.rawValue, filters: filter.summary, paths: paths.map { $0.map(HopRecord.init) }))
        }
        guard !paths.isEmpty else {
          throw NothingFound("no path from \(source.label(in: names.lang)) (\(source.id)) to \(target.label(in: names.lang)) (\(target.id)) with filters: \(filter.summary); method: \(method.rawValue)\(method == .timeRespecting ? " (\(time.rawValue))" : "")")
        }
        if printing.json { return }
        for (n, path) in paths.enumerated() {
          say("path \(n + 1): \(path.count) hop\(path.count == 1 ? "" : "s")")
          for hop in path {
            let from = graph.entities[hop.from]!.label(in: names.lang)
            let to = graph.entities[hop.to]!.label(in: names.lang)
            let relation = hop.reversed ? (graph.schema.relation(named: hop.claim.predicateName)?.inverse ?? hop.claim.predicateName) : hop.claim.predicateName
            let time = hop.claim.time.map { "  [\($0.display)]" } ?? ""
            say("  \(from) —\(relation)→ \(to)\(time)   {\(hop.claim.id)}")
            for source in hop.claim.sources { say("      \(source.document): «\(source.quote)»") }
          }
          say()
        }
        say("filters: \(filter.summary)")
      }
    }
  }
}

struct PathOutput: NullKeepingEncodable {
  let from: String
  let to: String
  let method: String
  let filters: String
  let paths: [[HopRecord]]
}
