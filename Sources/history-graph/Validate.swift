import ArgumentParser
import HistoryGraph
import HistoryGraphInterchange

extension HistoryGraphCommand {
  struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "validate",
      abstract: "Check the graph: ids, kinds, dates, sources, and every quote against its document.",
      discussion: "Prints every problem as file:line:col with a hint, and exits 1 if there is any error.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var printing: JSONOption

    @Flag(
      help: "Also list warnings (entities in no claim, holdings that look coded backwards, quotes without a translation into the notes language).")
    var warnings = false

    func run() throws {
      let location = try global.location()
      let (summary, places) = try global.project().summary()
      let shown = summary.report.warnings.filter { warnings || $0.code == .corpusMissing }
      for warning in shown { printError(warning.description) }
      try answer(
        ValidationReport(
          entities: summary.entities, claims: summary.claims, documents: summary.documents, report: summary.report,
          in: location.description, places: places.locations.count, listedWarnings: shown.count),
        json: printing.json)
    }
  }
}
