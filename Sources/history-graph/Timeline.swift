import ArgumentParser
import HistoryGraph
import HistoryGraphInterchange

extension HistoryGraphCommand {
  struct Timeline: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Everything dated about an actor, a body or a place, in time order, in both calendars.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "An id or a name.")
    var entity: String

    @Option(help: "Language of names: kk, kk-Latn, ru, en.")
    var lang: Language = .kk

    func run() throws {
      try reporting {
        let (graph, _) = try global.load()
        let entity = try graph.resolve(self.entity)
        let entries = try graph.timeline(of: entity.id)
        if global.json {
          return try printJSON(TimelineRecord(entity: entity, entries: entries, graph: graph))
        }
        print("\(entity.label(in: lang)) [\(entity.kind)]: \(entries.count) dated claim\(entries.count == 1 ? "" : "s")\n")
        for entry in entries {
          let via = entry.via.map { "  (via \(graph.entities[$0]?.label(in: lang) ?? $0.rawValue))" } ?? ""
          print("\(entry.claim.time!.display)\(via)")
          print(ClaimText.describe(entry.claim, from: entry.via == nil ? entity.id : nil, in: graph, language: lang))
        }
      }
    }
  }
}

struct TimelineRecord: NullKeepingEncodable {
  struct Event: NullKeepingEncodable {
    let date: Records.Time
    let via: String?
    let claim: Records.Claim
  }

  let id: String
  let events: [Event]

  init(entity: Entity, entries: [TimelineEntry], graph: CuratedGraph) {
    id = entity.id.rawValue
    events = entries.map { Event(date: Records.Time($0.claim.time!), via: $0.via?.rawValue, claim: Records.Claim($0.claim, in: graph)) }
  }
}
