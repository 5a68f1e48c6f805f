import ArgumentParser
import HistoryGraph
import HistoryGraphInterchange

extension HistoryGraphCommand {
  struct Uncited: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "uncited",
      abstract: "Sentences of the documents that name an entity of the graph but that no claim quotes.",
      discussion: """
        Names are matched by any label or alias, folded as in search, the last word of a name \
        in any inflection. A sentence counts as quoted when some claim's quote overlaps it.

        Examples:
          history-graph uncited --document d004
          history-graph uncited --json
        """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var printing: JSONOption
    @Option(help: ArgumentHelp("Only this document.", valueName: "id")) var document: String?
    @Option(help: "At most this many sentences.") var limit = 100

    func validate() throws {
      if limit < 1 { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
      let all = try global.project().uncitedPassages(in: document.map { DocumentID($0) })
      try answer(UncitedReport(all, limit: limit), json: printing.json)
    }
  }
}
