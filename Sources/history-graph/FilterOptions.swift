import ArgumentParser
import HistoryGraph
import HistoryGraphInterchange

/// Options that narrow the network a query walks.
struct FilterOptions: ParsableArguments {
  @Option(name: .customLong("relation"), help: ArgumentHelp("Keep only this relation of the schema (repeatable).", valueName: "name"))
  var relations: [String] = []

  @Option(name: .customLong("kind"), help: ArgumentHelp("Keep only entities of this kind of the schema (repeatable).", valueName: "kind"))
  var kinds: [String] = []

  @Option(help: ArgumentHelp("Only what this document says, e.g. d001.", valueName: "id"))
  var document: String?

  @Option(help: ArgumentHelp("Only claims whose time overlaps this EDTF date (New Style), e.g. 1918-03 or 1918-03-02.", valueName: "date"), transform: parseWindow)
  var asOf: DayInterval?

  @Option(help: ArgumentHelp("Only claims whose time overlaps this EDTF interval, e.g. 1917-10/1918-03.", valueName: "interval"), transform: parseWindow)
  var during: DayInterval?

  @Flag(help: "With --as-of or --during, leave out undated claims.")
  var datedOnly = false

  @Option(parsing: .unconditional, help: ArgumentHelp("Only claims whose sources are at least this confident (0–1).", valueName: "c"))
  var minConfidence: Double?

  func validate() throws {
    if asOf != nil && during != nil { throw ValidationError("give --as-of or --during, not both") }
    if let minConfidence, !(0...1).contains(minConfidence) { throw ValidationError("--min-confidence must be between 0 and 1") }
  }

  func filter(avoiding avoid: [EntityID] = []) -> NetworkFilter {
    NetworkFilter(
      relations: relations.isEmpty ? nil : relations, kinds: kinds.isEmpty ? nil : kinds, document: document.map { DocumentID($0) },
      minimumConfidence: minConfidence, window: asOf ?? during, keepsUndated: !datedOnly, avoid: avoid)
  }
}

/// Reads an EDTF date or interval as New Style days; a bad date is a usage error.
func parseWindow(_ text: String) throws -> DayInterval {
  do {
    return try Dating(edtf: text, calendar: .gregorian).interval
  } catch {
    throw ValidationError("\(error.description)\(error.hint.map { "; \($0)" } ?? "")")
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

/// The JSON of a path hop: `{from, relation, to, reversed, claim, time, sources}`.
struct HopRecord: NullKeepingEncodable {
  let from: String
  let relation: String
  let to: String
  let reversed: Bool
  let claim: String
  let time: Records.Time?
  let sources: [Records.Source]

  init(_ hop: PathHop) {
    from = hop.from.rawValue
    relation = hop.claim.predicateName
    to = hop.to.rawValue
    reversed = hop.reversed
    claim = hop.claim.id.rawValue
    time = hop.claim.time.map(Records.Time.init)
    sources = hop.claim.sources.map(Records.Source.init)
  }
}
