import ArgumentParser
import HistoryGraphInterchange

extension ParsableCommand {
  /// Prints a query's answer: its JSON record with `json` (even when it found
  /// nothing), else its words; then fails with ``NothingFound`` if it found nothing.
  func answer(_ report: some QueryReport, json: Bool) throws {
    if json { try printJSON(report.record) }
    if let nothing = try report.nothingFound { throw NothingFound(nothing) }
    if !json { say(try report.text) }
  }
}
