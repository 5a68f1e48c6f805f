import ArgumentParser
import HistoryGraph
import HistoryGraphInterchange

/// Options that narrow the network a query walks, and the kinds it lists.
struct FilterOptions: ParsableArguments {
  @Option(
    name: .customLong("relation"),
    help: ArgumentHelp(
      "Keep only this relation of the schema (repeatable): its name or the words a listing prints, either way (member_of, 'member of', 'has member').",
      valueName: "name"))
  var relations: [String] = []

  @Option(
    name: .customLong("role"),
    help: ArgumentHelp(
      "Keep every relation with this role of the schema (repeatable; `history-graph schema relations` lists each relation's roles).",
      valueName: "role"))
  var roles: [RelationRole] = []

  @Option(
    name: .customLong("kind"),
    help: ArgumentHelp("List only entities of this kind (repeatable); the network is still walked and measured whole.", valueName: "kind"))
  var shownKinds: [String] = []

  @Option(
    name: .customLong("restrict-kind"),
    help: ArgumentHelp(
      "Restrict the network itself to entities of this kind before walking or measuring it (repeatable); the entities named in the query always stay. For a path: the kinds its intermediaries may have.",
      valueName: "kind"))
  var restrictedKinds: [String] = []

  @Option(help: ArgumentHelp("Only what this document says, e.g. d001 (`history-graph documents` lists them).", valueName: "id"))
  var document: String?

  @Option(help: ArgumentHelp("Only claims whose time overlaps this EDTF date, e.g. 1918-03 or 1918-03-02.", valueName: "date"))
  var asOf: String?

  @Option(help: ArgumentHelp("Only claims whose time overlaps this EDTF interval, e.g. 1917-10/1918-03.", valueName: "interval"))
  var during: String?

  @Flag(help: "With --as-of or --during: only claims whose every possible date lies inside the window, not all that overlap it.")
  var certainlyWithin = false

  @Option(help: ArgumentHelp(calendarHelp, valueName: "calendar"))
  var calendar: HistoricalCalendar = .gregorian

  @Flag(help: "With --as-of or --during, leave out undated claims.")
  var datedOnly = false

  @Option(parsing: .unconditional, help: ArgumentHelp("Only claims whose sources are at least this confident (0–1).", valueName: "c"))
  var minConfidence: Double?

  func validate() throws {
    if asOf != nil && during != nil { throw ValidationError("give --as-of or --during, not both") }
    if let minConfidence, !(0...1).contains(minConfidence) { throw ValidationError("--min-confidence must be between 0 and 1") }
    if datedOnly && asOf == nil && during == nil { throw ValidationError("--dated-only goes with --as-of or --during") }
    if certainlyWithin && asOf == nil && during == nil { throw ValidationError("--certainly-within goes with --as-of or --during") }
    _ = try window()
  }

  /// The time window asked for, in New Style days.
  func window() throws -> DayInterval? {
    try (asOf ?? during).map { try parseWindow($0, calendar: calendar) }
  }

  func filter(avoiding avoid: [EntityID] = []) throws -> NetworkFilter {
    NetworkFilter(
      relations: relations.isEmpty ? nil : relations, kinds: restrictedKinds.isEmpty ? nil : restrictedKinds,
      document: document.map { DocumentID($0) },
      minimumConfidence: minConfidence, window: try window(), withinWindow: certainlyWithin, keepsUndated: !datedOnly, avoid: avoid,
      roles: roles.isEmpty ? nil : roles)
  }
}

extension HistoricalCalendar: ExpressibleByArgument {
  public var defaultValueDescription: String { summary }
}
extension RelationRole: ExpressibleByArgument {}

/// The help of every `--calendar` option that tells how dates given on the command line are read.
let calendarHelp = "The calendar of the dates given here (a year or month of another calendar stands for all its Gregorian days)."

/// Reads an EDTF date or interval given on the command line, in `calendar`, as New Style days.
///
/// A date the tool cannot read is a usage error that shows the forms it reads.
func parseWindow(_ text: String, calendar: HistoricalCalendar = .gregorian) throws -> DayInterval {
  do {
    return try Dating(edtf: text, calendar: CalendarStyle(calendar)).interval
  } catch {
    throw ValidationError(
      "'\(text)' is not a date this tool reads (\(error.reason)); write dates as EDTF: 1918 (a year), 1918-03 (a month), 1918-03-02 (a day), 1917-10/1918-03 (an interval)"
    )
  }
}

extension TraversalDirection: ExpressibleByArgument {
  public init?(argument: String) {
    switch argument {
    case "out", "outgoing": self = .outgoing
    case "in", "incoming": self = .incoming
    case "both": self = .both
    default: return nil
    }
  }
  public static var allValueStrings: [String] { ["out", "in", "both"] }
}
