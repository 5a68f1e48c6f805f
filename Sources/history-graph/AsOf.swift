import ArgumentParser
import HistoryGraph
import HistoryGraphInterchange

extension HistoryGraphCommand {
  struct AsOf: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "as-of",
      abstract: "Which bodies held which places, and who led them, on a date or during an interval.",
      discussion: """
        Holdings come from the schema's territorial roles: a dated holding lasts its stated time; a taking \
        lasts until another holder takes or holds the place, and that succession is shown as inferred, with \
        both claims cited. Leaders are the holder's leadership claims that overlap the date, then its undated \
        ones (marked undated).

        By default a holding is listed when it may be in force: its days overlap the date. With \
        --certainly-in-force, only holdings and leaders in force on some day of the date under every reading \
        of their dates (for a single day: certainly in force that day). A date before the switch to the \
        Gregorian calendar (the graph's, or its document's) whose style the source does not state must hold in Old and in New Style; an uncertain (?) or approximate (~) \
        date is never certain; a holding dated by one month or year must lie within the date asked (1918 is not certain for \
        1918-03); an open or unknown end may be as early as the start (a holding from 8 Jan 1918 with no end \
        and no next holder is certain on 8 Jan only); an end inferred from the next holder's claim counts, \
        and the holding certainly lasts until the day before that claim may first begin. Undated \
        leaders are left out. With --changes-to, a holding has ended when it is certain at the first date and \
        not at the second.

        Examples:
          history-graph as-of 1918-03
          history-graph as-of 1918-03-15 --certainly-in-force
          history-graph as-of 1917-10-25 --calendar julian
          history-graph as-of 1336-03 --calendar islamic-civil
          history-graph as-of 1918-01/1918-06 --in zhetisu-oblast
          history-graph as-of 1918-01/1918-12 --step month --in verny
          history-graph as-of 1918-01 --changes-to 1918-07
        """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var printing: JSONOption
    @Argument(help: "A date or interval (EDTF), e.g. 1918-03, 1918-02-20 or 1918-01/1918-06.") var date: String
    @Option(help: ArgumentHelp(calendarHelp, valueName: "calendar"))
    var calendar: HistoricalCalendar = .gregorian
    @Option(name: .customLong("in"), help: ArgumentHelp("Only this place and the places within it (by part-of and located-in claims).", valueName: "id-or-name"))
    var place: String?
    @Option(help: ArgumentHelp("Only what this body held.", valueName: "id-or-name")) var holder: String?
    @Option(help: ArgumentHelp("Only holders of this kind of the schema.", valueName: "kind")) var kind: String?
    @Option(help: ArgumentHelp("Only holdings this document states.", valueName: "id")) var document: String?
    @Option(help: "With an interval: one snapshot per month or year of it (at most 600).") var step: DayInterval.Step?
    @Flag(
      name: [.customLong("certainly-in-force"), .customLong("certainly-within")],
      help: "Only holdings and leaders in force during the date under every reading of their dates, not all that may be (see above). --certainly-within, the other queries' flag, is the same.")
    var certainlyInForce = false
    @Option(help: ArgumentHelp("Compare with this later date: which holdings began, ended or continued between the two.", valueName: "date"))
    var changesTo: String?
    @OptionGroup var names: LanguageOption

    /// The most snapshots `--step` makes.
    static let maximumSnapshots = 600

    func validate() throws {
      let window = try parseWindow(date, calendar: calendar)
      if step != nil && changesTo != nil { throw ValidationError("give --step or --changes-to, not both") }
      if let step, window.steps(by: step, limit: Self.maximumSnapshots).count > Self.maximumSnapshots {
        throw ValidationError("--step \(step.rawValue) over \(Dating.isoText(window)) makes more than \(Self.maximumSnapshots) snapshots; give a shorter interval or --step year")
      }
      if step != nil && !(window.hasStart && window.hasEnd) { throw ValidationError("--step needs an interval with both ends") }
      if let changesTo {
        let later = try parseWindow(changesTo, calendar: calendar)
        if later.earliest <= window.earliest { throw ValidationError("--changes-to must come after \(date)") }
      }
    }

    func run() throws {
      let language = try names.language(global)
      try reporting {
        let window = try parseWindow(date, calendar: calendar)
        let dates = try [window] + (changesTo.map { [try parseWindow($0, calendar: calendar)] } ?? [])
        let graph = try global.loadIndexed(.holdings(during: dates, in: place, holder: holder, document: document.map { DocumentID($0) })).graph
        let filter = HoldingFilter(
          places: try place.map { try graph.places(within: graph.resolve($0, language: language, noting: printError).id) },
          holder: try holder.map { try graph.resolve($0, language: language, noting: printError).id }, holderKind: kind, document: document.map { DocumentID($0) })
        func holdings(_ window: DayInterval, certain: Bool) throws -> [Holding] {
          try graph.holdings(during: window, reading: certain ? .certain : .possible, filter: filter)
        }
        let text = HoldingText(graph: graph, language: language)
        let scope = filterSummary(graph)
        if let changesTo {
          let later = try parseWindow(changesTo, calendar: calendar)
          let (ended, began, continued) = try { (c: HoldingChanges) in (c.ended, c.began, c.continued) }(
            graph.holdingChanges(from: window, to: later, reading: certainlyInForce ? .certain : .possible, filter: filter))
          if printing.json {
            try printJSON(Records.Change(
              from: Dating.isoText(window), to: Dating.isoText(later), mode: mode, filters: scope,
              ended: ended.map { Records.Holding($0, graph: graph) }, began: began.map { Records.Holding($0, graph: graph) },
              continued: continued.map { Records.Holding($0, graph: graph) }))
          }
          guard !(ended.isEmpty && began.isEmpty) else {
            throw NothingFound("no holding began or ended between \(Dating.isoText(window)) and \(Dating.isoText(later)) (holdings \(modeWords); filters: \(scope))")
          }
          if printing.json { return }
          say("between \(Dating.isoText(window)) and \(Dating.isoText(later)) (holdings \(modeWords); filters: \(scope)):\n")
          for (title, list) in [("ended", ended), ("began", began)] where !list.isEmpty {
            say("\(title): \(list.count)")
            for h in list { say(text.describe(h)) }
            say()
          }
          say("continued: \(continued.count)")
          return
        }
        let windows = step.map { window.steps(by: $0, limit: Self.maximumSnapshots) } ?? [window]
        let series = try windows.map { ($0, try holdings($0, certain: certainlyInForce)) }
        let claimed = try windows.map { try graph.claimants(during: $0, reading: certainlyInForce ? .certain : .possible, filter: filter) }
        if printing.json {
          let records = zip(series, claimed).map {
            Records.Snapshot(
              window: Dating.isoText($0.0.0), mode: mode, filters: scope, holdings: $0.0.1.map { Records.Holding($0, graph: graph) },
              claimants: $0.1.map { Records.Claimant($0, graph: graph) })
          }
          if step == nil { try printJSON(records[0]) } else { try printJSON(records) }
        }
        guard series.contains(where: { !$0.1.isEmpty }) || claimed.contains(where: { !$0.isEmpty }) else {
          if let document, case let stated = graph.territorialClaims(statedBy: DocumentID(document), filter: filter), !stated.isEmpty {
            throw NothingFound(
              "\(document) names who held or claimed places, but gives no date that covers \(Dating.isoText(window)) (filters: \(scope)); what it states:\n"
                + stated.map { "  \(ClaimText.statement($0, from: nil, in: graph, language: language))  [\($0.time?.display ?? "undated")]  {\($0.id)}" }.joined(separator: "\n"))
          }
          guard certainlyInForce else { throw NothingFound("no dated claim says who held a place during \(Dating.isoText(window)) (filters: \(scope))") }
          let possible = try windows.reduce(0) { $0 + (try holdings($1, certain: false)).count }
          throw NothingFound(
            "no holding is certainly in force \(window.earliest == window.latest ? "on" : "during") \(Dating.isoText(window)) (filters: \(scope))"
              + (possible > 0 ? "\n  hint: without --certainly-in-force, \(possible) holding\(possible == 1 ? "" : "s") may be in force then" : ""))
        }
        if printing.json { return }
        for ((window, list), claims) in zip(series, claimed) {
          let when = window.earliest == window.latest ? "on" : "during"
          let how = certainlyInForce ? "certainly in force \(when)" : "overlapping"
          say("\(list.count) holding\(list.count == 1 ? "" : "s") \(how) \(Dating.isoText(window)) (filters: \(scope))\n")
          for h in list { say(text.describe(h)) }
          if !claims.isEmpty {
            say("\nclaimants (declared authority over a place, not a holding): \(claims.count)\n")
            for c in claims { say(text.describe(c)) }
          }
          if series.count > 1 { say() }
        }
      }
    }

    /// How sure a holding must be to count, for the JSON: `possible` or `certain`.
    var mode: String { certainlyInForce ? "certain" : "possible" }

    /// How sure a holding must be to count, in words.
    var modeWords: String { certainlyInForce ? "certainly in force" : "that may be in force" }

    func filterSummary(_ graph: CuratedGraph) -> String {
      var parts: [String] = []
      if let place { parts.append("in \(place) and the places within it") }
      if let holder { parts.append("holder: \(holder)") }
      if let kind { parts.append("holder kind: \(kind)") }
      if let document { parts.append("document: \(document)") }
      if calendar == .julian { parts.append("dates given in Old Style") }
      return parts.isEmpty ? "none" : parts.joined(separator: "; ")
    }
  }
}

extension DayInterval.Step: ExpressibleByArgument {}

/// Holdings in words, with their sources, succession and leaders.
struct HoldingText {
  let graph: CuratedGraph
  let language: LabelLanguage

  func name(_ id: EntityID) -> String { graph.entities[id]?.label(in: language) ?? id.rawValue }

  func describe(_ h: Holding) -> String {
    let how = h.isTaken ? "taken \(h.claim.time!.display), held \(Dating.isoText(h.period))" : h.claim.time!.display
    var lines = ["\(name(h.place)) ← \(name(h.holder))  [\(how)]  {\(h.claim.id)}"]
    for source in h.claim.sources {
      lines.append("    \(source.document): «\(source.quote)»")
      if let translated = ClaimText.translationLine(source, in: graph, language: language, indent: "      ") { lines.append(translated) }
    }
    if let next = h.endedBy {
      lines.append("    until \(name(next.subject)) \(graph.schema.wording(of: next.predicateName, reversed: false)) it [\(next.time!.display)] (inferred from both claims)  {\(next.id)}")
    }
    for leader in h.leaders {
      let capacity = graph.schema.qualifier(.capacity, of: leader).map { " (\($0))" } ?? ""
      lines.append("    led by \(name(leader.subject))\(capacity)  [\(leader.time?.display ?? "undated")]  {\(leader.id)}")
    }
    return lines.joined(separator: "\n")
  }

  func describe(_ c: Claimant) -> String {
    let reading = graph.schema.wording(of: c.claim.predicateName, reversed: false)
    var lines = ["\(name(c.place)) ⇠ \(name(c.claimant)) (\(reading))  [\(c.claim.time!.display)]  {\(c.claim.id)}"]
    for source in c.claim.sources { lines.append("    \(source.document): «\(source.quote)»") }
    return lines.joined(separator: "\n")
  }
}
