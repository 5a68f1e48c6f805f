import ArgumentParser
import HistoryGraph
import HistoryGraphInterchange
import HistoryIndex

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
      try reporting {
        // Within --depth hops are the claims about the entities within depth − 1 ties, whatever the filters.
        let (named, found, isPart) = try global.resolving([self.entity], language: language)
        let graph = depth == 1 || !isPart ? named : try GraphIndex.neighborhood(of: found[0].id, depth: depth, graph: global.location().folder, corpus: global.corpus)?.graph ?? global.load().0
        try filters.checkShownKinds(in: graph.schema)
        let entity = found[0]
        let filter = try filters.filter()
        let neighbors = try ClaimNetwork(graph).neighbors(of: entity.id, depth: depth, filter: filter, direction: direction)
        let shown = neighbors.filter { filters.shows($0.entity.kind) }
        let entries = limit.map { Array(shown.prefix($0)) } ?? shown
        if printing.json { try printJSON(entries.map { Records.Neighbor($0, graph: graph, language: language) }) }
        guard !entries.isEmpty else {
          let instead = try ClaimNetwork(graph).relationsInstead(around: entity.id, depth: depth, filter: filter, direction: direction)
          throw NothingFound("\(entity.label(in: language)) (\(entity.id)) has no connection with filters: \(filters.summary(filter))" + (instead.map { "\n  \($0.description)" } ?? ""))
        }
        if printing.json { return }
        let others = Set(shown.map(\.entity.id)).count
        let listed = entries.count < shown.count ? " (the first \(entries.count) listed)" : ""
        say("\(entity.label(in: language)) [\(entity.kind)]: \(shown.count) claim\(shown.count == 1 ? "" : "s") with \(others) entit\(others == 1 ? "y" : "ies")\(listed)")
        say("filters: \(filters.summary(filter))\n")
        var table = depth > 1 ? TextTable("hops", "from", "relation", "entity", "date", "source") : TextTable("relation", "entity", "date", "source")
        var quoteLines: [[String]] = []
        for e in entries {
          let reading = graph.schema.wording(of: e.claim.predicateName, reversed: e.direction == .incoming)
          let name = e.entity.label(in: language).clipped(to: 30)
          let date = e.claim.time?.display.clipped(to: 24) ?? ""
          let first = e.claim.sources.first.map { "\($0.document) «\($0.quote)»" } ?? ""
          let more = e.claim.sources.count > 1 ? " +\(e.claim.sources.count - 1)" : ""
          if depth > 1 {
            table.add(String(e.distance), (graph.entities[e.via]?.label(in: language) ?? e.via.rawValue).clipped(to: 24), reading.clipped(to: 22), name, date, more.isEmpty ? first : "\(more.dropFirst()) more; \(first)")
          } else {
            table.add(reading.clipped(to: 22), name, date, more.isEmpty ? first : "\(more.dropFirst()) more; \(first)")
          }
          quoteLines.append(
            e.claim.sources.flatMap { source in
              ["    \(source.document): «\(source.quote)»  {\(e.claim.id)}"]
                + (ClaimText.translationLine(source, in: graph, language: language, indent: "      ").map { [$0] } ?? [])
            })
        }
        if quotes {
          let rendered = table.rendered(fitting: 100).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
          say(rendered.prefix(2).joined(separator: "\n"))
          for (row, lines) in zip(rendered.dropFirst(2), quoteLines) {
            say(row)
            for line in lines { say(line) }
          }
        } else {
          say(table.rendered(fitting: 100))
        }
      }
    }
  }
}
