import ArgumentParser
import HistoryGraph
import HistoryGraphInterchange

extension HistoryGraphCommand {
  struct Path: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "How two actors connect: each hop with its claim, date and quotes.",
      discussion: """
        By default the fewest-hop path, following claims in either direction.
        Examples:
          history-graph path bokeikhanov lenin
          history-graph path bokeikhanov lenin --k 3
          history-graph path dutov jangeldin --time-respecting possible --as-of 1917-10/1918-12
        """)

    enum TimeMode: String, CaseIterable, ExpressibleByArgument { case possible, certain }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var filters: FilterOptions

    @Argument(help: "Id or name.") var from: String
    @Argument(help: "Id or name.") var to: String

    @Option(help: "The k shortest simple paths.") var k: Int?
    @Flag(help: "Every simple path up to --max-hops.") var all = false
    @Option(help: "With --all: the longest path to list.") var maxHops = 4
    @Flag(help: "Every path of the fewest hops.") var allShortest = false
    @Flag(help: "Cheapest path, where a less certain claim costs more.") var weighted = false
    @Option(help: "Only paths whose claims follow each other in time: possible (some reading of the dates) or certain (every reading).")
    var timeRespecting: TimeMode?
    @Option(help: ArgumentHelp("Leave this entity out (repeatable).", valueName: "id-or-name")) var avoid: [String] = []
    @Option(help: "Follow claims out (subject → object), in, or both.") var direction: TraversalDirection = .both
    @Option(help: "Language of names: kk, kk-Latn, ru, en.") var lang: Language = .kk

    func validate() throws {
      if from == to { throw ValidationError("give two different actors") }
      if let k, k < 1 { throw ValidationError("--k must be at least 1") }
      if maxHops < 1 { throw ValidationError("--max-hops must be at least 1") }
      if [k != nil, all, allShortest, weighted, timeRespecting != nil].filter({ $0 }).count > 1 {
        throw ValidationError("choose one of --k, --all, --all-shortest, --weighted, --time-respecting")
      }
    }

    func run() throws {
      try reporting {
        let (graph, _) = try global.load()
        let network = ClaimNetwork(graph)
        let source = try graph.resolve(from)
        let target = try graph.resolve(to)
        if source.id == target.id { throw QueryError.invalidArgument("'\(from)' and '\(to)' are the same entity (\(source.id))") }
        let filter = filters.filter(avoiding: try avoid.map { try graph.resolve($0).id })
        var search = PathSearch.shortest
        if let k { search = .kShortest(k) }
        if all { search = .all(maxHops: maxHops) }
        if allShortest { search = .allShortest }
        if weighted { search = .weighted }
        if let timeRespecting { search = .timeRespecting(timeRespecting == .possible ? .possible : .certain, from: (filters.asOf ?? filters.during)?.earliest ?? .min) }
        let paths = try network.paths(from: source.id, to: target.id, search: search, filter: filter, direction: direction)
        if global.json {
          try printJSON(PathOutput(from: source.id.rawValue, to: target.id.rawValue, filters: filter.summary, paths: paths.map { $0.map(HopRecord.init) }))
        }
        guard !paths.isEmpty else {
          throw Failure("no path from \(source.label(in: lang)) (\(source.id)) to \(target.label(in: lang)) (\(target.id)) with filters: \(filter.summary)\(timeRespecting.map { "; time-respecting: \($0.rawValue)" } ?? "")")
        }
        if global.json { return }
        for (n, path) in paths.enumerated() {
          print("path \(n + 1): \(path.count) hop\(path.count == 1 ? "" : "s")")
          for hop in path {
            let from = graph.entities[hop.from]!.label(in: lang)
            let to = graph.entities[hop.to]!.label(in: lang)
            let relation = hop.reversed ? (graph.schema.relation(named: hop.claim.predicateName)?.inverse ?? hop.claim.predicateName) : hop.claim.predicateName
            let time = hop.claim.time.map { "  [\($0.display)]" } ?? ""
            print("  \(from) —\(relation)→ \(to)\(time)   {\(hop.claim.id)}")
            for source in hop.claim.sources { print("      \(source.document): «\(source.quote)»") }
          }
          print()
        }
        print("filters: \(filter.summary)")
      }
    }
  }
}

struct PathOutput: NullKeepingEncodable {
  let from: String
  let to: String
  let filters: String
  let paths: [[HopRecord]]
}
