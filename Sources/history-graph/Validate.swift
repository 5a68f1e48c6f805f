import ArgumentParser
import Foundation
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
      try reporting {
        let location = try global.location()
        let summary = try global.project().summary()
        // The gazetteer needs the whole graph: loaded only when the folder has one.
        let hasPlaces = FileManager.default.fileExists(atPath: "\(location.folder)/\(Gazetteer.fileName)")
        let places = hasPlaces ? try global.gazetteer(for: global.load()) : Gazetteer()
        let report = summary.report
        let shown = report.warnings.filter { warnings || $0.code == .corpusMissing }
        for warning in shown { printError(warning.description) }
        if printing.json {
          try printJSON(Records.Validation(entities: summary.entities, claims: summary.claims, documents: summary.documents, report: report))
          return
        }
        say("ok: \(summary.entities) entities, \(summary.claims) claims, \(summary.documents) documents in \(location)")
        if report.allQuotesChecked {
          say("quotes: all \(report.quotesChecked) checked against \(report.corpus ?? "")")
        } else {
          say("quotes: NOT checked (\(report.quotesChecked) of them): the corpus was not found; pass --corpus DIR")
        }
        if !places.locations.isEmpty { say("places: \(places.locations.count) located in \(Gazetteer.fileName)") }
        let others = report.warnings.count - shown.count
        if others > 0 { say("warnings: \(others) (run with --warnings to list them)") }
      }
    }
  }
}
