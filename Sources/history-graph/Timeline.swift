import ArgumentParser
import HistoryGraph
import HistoryGraphInterchange

extension HistoryGraphCommand {
  struct Timeline: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Everything dated about an actor, a body or a place, in time order, in both calendars.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var printing: JSONOption

    @Argument(help: "An id or a name.")
    var entity: String

    @OptionGroup var names: LanguageOption

    func run() throws {
      try reporting {
        let (graph, _) = try global.load()
        let entity = try graph.resolve(self.entity, language: names.lang)
        let entries = try graph.timeline(of: entity.id)
        if printing.json { try printJSON(TimelineRecord(entity: entity, entries: entries, graph: graph)) }
        guard !entries.isEmpty else { throw NothingFound("nothing about \(entity.label(in: names.lang)) (\(entity.id)) is dated") }
        if printing.json { return }
        say("\(entity.label(in: names.lang)) [\(entity.kind)]: \(entries.count) dated claim\(entries.count == 1 ? "" : "s")\n")
        for entry in entries {
          let via = entry.via.map { "  (via \(graph.entities[$0]?.label(in: names.lang) ?? $0.rawValue))" } ?? ""
          say("\(entry.claim.time!.display)\(via)")
          say(ClaimText.describe(entry.claim, from: entry.via == nil ? entity.id : nil, in: graph, language: names.lang))
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
