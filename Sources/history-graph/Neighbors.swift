import ArgumentParser
import HistoryGraph
import HistoryGraphInterchange

extension HistoryGraphCommand {
  struct Neighbors: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "neighbors",
      abstract: "Who and what is directly (or within --depth hops) connected to an entity, and on whose word.",
      discussion: """
        One row per claim: the relation read from the entity, the other entity, the date, the document and the \
        start of the quote (--quotes prints every quote whole). A symmetric claim is listed once. --kind lists \
        only some kinds but walks the whole network; --restrict-kind walks only those kinds.
        """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var printing: JSONOption
    @OptionGroup var filters: FilterOptions
    @Argument(help: "Id or name.") var entity: String
    @Option(parsing: .unconditional, help: "Hops from the entity (1 = direct neighbours).") var depth = 1
    @Option(help: "Follow claims out (subject → object), in, or both.") var direction: TraversalDirection = .both
    @Option(parsing: .unconditional, help: "List at most this many claims.") var limit: Int?
    @Flag(help: "Print every quote whole under its row.") var quotes = false
    @OptionGroup var names: LanguageOption

    func validate() throws {
      if depth < 1 { throw ValidationError("--depth must be at least 1") }
      if let limit, limit < 1 { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
      let language = try names.language(global)
      // Within --depth hops are the claims about the entities within depth − 1 ties, whatever the filters.
      let project = try global.project()
      let found = try project.resolving([entity], language: language)
      let graph = try project.neighborhood(of: found.entities[0].id, depth: depth, resolvedIn: found.load)
      try graph.schema.checkKinds(filters.shownKinds)
      let report = try NeighborsReport(
        graph, around: found.entities[0], depth: depth, filter: filters.filter(), listing: filters.shownKinds, direction: direction, limit: limit,
        quotes: quotes, language: language)
      try answer(report, json: printing.json)
    }
  }
}
