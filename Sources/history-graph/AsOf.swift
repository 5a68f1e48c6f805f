import ArgumentParser
import HistoryGraph
import HistoryGraphInterchange
import HistoryIndex

extension HistoryGraphCommand {
  struct AsOf: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "as-of",
      abstract: "Which bodies held which places, and who led them, on a date or during an interval.",
      discussion: """
        Holdings come from the schema's territorial roles: a dated holding lasts its stated time; a taking \
        lasts until another holder takes or holds the place (an inferred succession, both claims cited). \
        Leaders are the holder's leadership claims that overlap the date, then its undated ones. Claimants \
        (bodies that declared authority over a place without holding it) are listed apart.

        By default a holding is listed when it may be in force (its days overlap the date); with \
        --certainly-in-force, only when it is in force on some day of the date under every reading of its \
        dates: both styles of a date before the Gregorian switch whose style the source does not state, no \
        uncertain (?) or approximate (~) date, a month or year only within the date asked, an open end no \
        later than its start (docs/commands.md gives the rules in full). With --changes-to, a holding has \
        ended when it is certain at the first date and not at the second.

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
    @Option(help: ArgumentHelp(calendarHelp, valueName: "calendar")) var calendar: HistoricalCalendar = .gregorian
    @Option(
      name: .customLong("in"),
      help: ArgumentHelp("Only this place and the places within it (by part-of and located-in claims).", valueName: "id-or-name"))
    var place: String?
    @Option(help: ArgumentHelp("Only what this body held.", valueName: "id-or-name")) var holder: String?
    @Option(help: ArgumentHelp("Only holders of this kind of the schema.", valueName: "kind")) var kind: String?
    @Option(help: ArgumentHelp("Only holdings this document states.", valueName: "id")) var document: String?
    @Option(help: "With an interval: one snapshot per month or year of it (at most 600).") var step: DayInterval.Step?
    @Flag(
      name: [.customLong("certainly-in-force"), .customLong("certainly-within")],
      help:
        "Only holdings and leaders in force during the date under every reading of their dates, not all that may be (see above). --certainly-within, the other queries' flag, is the same."
    )
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
        throw ValidationError(
          "--step \(step.rawValue) over \(Dating.isoText(window)) makes more than \(Self.maximumSnapshots) snapshots; give a shorter interval or --step year"
        )
      }
      if step != nil && !(window.hasStart && window.hasEnd) { throw ValidationError("--step needs an interval with both ends") }
      if let changesTo {
        let later = try parseWindow(changesTo, calendar: calendar)
        if later.earliest <= window.earliest { throw ValidationError("--changes-to must come after \(date)") }
      }
    }

    func run() throws {
      let language = try names.language(global)
      let window = try parseWindow(date, calendar: calendar)
      let later = try changesTo.map { try parseWindow($0, calendar: calendar) }
      let portion = GraphIndex.Portion.holdings(
        during: [window] + (later.map { [$0] } ?? []), in: place, holder: holder, document: document.map { DocumentID($0) })
      let question = AsOfQuestion(
        window, steps: step.map { window.steps(by: $0, limit: Self.maximumSnapshots) }, later: later, place: place, holder: holder, kind: kind,
        document: document, certain: certainlyInForce, oldStyle: calendar == .julian)
      try answer(question.report(in: try global.project().load(portion).graph, language: language, noting: printError), json: printing.json)
    }
  }
}

extension DayInterval.Step: ExpressibleByArgument {}
