import ArgumentParser
import HistoryGraph
import HistoryGraphInterchange

extension HistoryGraphCommand {
  struct Neighbors: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Who and what is directly (or within --depth hops) connected to an entity, and on what claim.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var printing: JSONOption
    @OptionGroup var filters: FilterOptions

    @Argument(help: "Id or name.") var entity: String
    @Option(parsing: .unconditional, help: "Hops from the entity (1 = direct neighbours).") var depth = 1
    @Option(help: "Follow claims out (subject → object), in, or both.") var direction: TraversalDirection = .both
    @OptionGroup var names: LanguageOption

    func validate() throws { if depth < 1 { throw ValidationError("--depth must be at least 1") } }

    func run() throws {
      try reporting {
        let (graph, _) = try global.load()
        let entity = try graph.resolve(self.entity)
        let entries = try ClaimNetwork(graph).neighbors(of: entity.id, depth: depth, filter: filters.filter(), direction: direction)
        if printing.json { try printJSON(entries.map { NeighborRecord($0, language: names.lang) }) }
        guard !entries.isEmpty else { throw NothingFound("\(entity.label(in: names.lang)) (\(entity.id)) has no connection with filters: \(filters.filter().summary)") }
        if printing.json { return }
        say("\(entity.label(in: names.lang)) [\(entity.kind)]: \(entries.count) connection\(entries.count == 1 ? "" : "s") (filters: \(filters.filter().summary))\n")
        var table = TextTable("hops", "relation", "dir", "id", "kind", "name", "date", "claim")
        for e in entries {
          table.add(String(e.distance), e.claim.predicateName, e.direction == .outgoing ? "→" : "←", e.entity.id.rawValue, e.entity.kind,
            e.entity.label(in: names.lang), e.claim.time?.display ?? "", e.claim.id.rawValue)
        }
        say(table.rendered)
      }
    }
  }
}

/// `{id, kind, label, relation, direction, distance, claim, time, sources}`.
struct NeighborRecord: NullKeepingEncodable {
  let id: String
  let kind: String
  let label: String
  let relation: String
  let direction: String
  let distance: Int
  let claim: String
  let time: Records.Time?
  let sources: [Records.Source]

  init(_ entry: NeighborEntry, language: Language) {
    id = entry.entity.id.rawValue
    kind = entry.entity.kind
    label = entry.entity.label(in: language)
    relation = entry.claim.predicateName
    direction = entry.direction == .outgoing ? "out" : "in"
    distance = entry.distance
    claim = entry.claim.id.rawValue
    time = entry.claim.time.map(Records.Time.init)
    sources = entry.claim.sources.map(Records.Source.init)
  }
}
