import ArgumentParser
import HistoryGraph
import HistoryGraphInterchange

extension HistoryGraphCommand {
  struct AsOf: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "as-of",
      abstract: "Which bodies held which places, and who led them, on a date (EDTF, New Style).")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var printing: JSONOption
    @Argument(help: "A date or interval, e.g. 1918-03 or 1918-02-20.", transform: parseWindow) var date: DayInterval
    @OptionGroup var names: LanguageOption

    func run() throws {
      try reporting {
        let (graph, _) = try global.load()
        let holdings = graph.holdings(during: date)
        func name(_ id: EntityID) -> String { graph.entities[id]?.label(in: names.lang) ?? id.rawValue }
        if printing.json { try printJSON(holdings.map { HoldingRecord($0, graph: graph) }) }
        guard !holdings.isEmpty else { throw NothingFound("no dated claim says who held a place during \(Dating.isoText(date))") }
        if printing.json { return }
        say("\(holdings.count) holding\(holdings.count == 1 ? "" : "s") overlapping \(Dating.isoText(date))\n")
        for h in holdings {
          let how = h.isTaken ? "taken \(h.claim.time!.display), held \(Dating.isoText(h.period))" : h.claim.time!.display
          say("\(name(h.place)) ← \(name(h.holder))  [\(how)]  {\(h.claim.id)}")
          for source in h.claim.sources { say("    \(source.document): «\(source.quote)»") }
          for leader in h.leaders {
            let capacity = graph.schema.qualifier(.capacity, of: leader).map { " (\($0))" } ?? ""
            say("    led by \(name(leader.subject))\(capacity)  [\(leader.time!.display)]  {\(leader.id)}")
          }
        }
      }
    }
  }
}

struct HoldingRecord: NullKeepingEncodable {
  let place: String
  let holder: String
  let taken: Bool
  let earliest: String?
  let latest: String?
  let claim: Records.Claim
  let leaders: [Records.Claim]

  init(_ holding: Holding, graph: CuratedGraph) {
    place = holding.place.rawValue
    holder = holding.holder.rawValue
    taken = holding.isTaken
    earliest = holding.period.hasStart ? CalendarDay.iso(holding.period.earliest) : nil
    latest = holding.period.hasEnd ? CalendarDay.iso(holding.period.latest) : nil
    claim = Records.Claim(holding.claim, in: graph)
    leaders = holding.leaders.map { Records.Claim($0, in: graph) }
  }
}
