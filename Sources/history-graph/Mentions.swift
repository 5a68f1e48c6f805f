import ArgumentParser
import HistoryGraph
import HistoryGraphInterchange
import HistoryIndex

extension HistoryGraphCommand {
  struct Mentions: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "mentions",
      abstract: "A concordance: every sentence of every document that names the words, with the claims quoting it.",
      discussion: """
        Words are folded as names are (case, accents and marks; in the curated graph Kazakh Cyrillic, \
        Russian Cyrillic and Kazakh Latin spelled alike) and each finds the words it starts: Орынбор finds Орынборда and Орынбордан. \
        Sentences with the words in a row come first, then those with each whole word, then the other forms. \
        A query has at most 300 characters and 16 words; quotes, *, brackets and AND, OR, NOT, NEAR are \
        read as words and punctuation, never as search operators.

        Examples:
          history-graph mentions Орынбор
          history-graph mentions "Алаш Орда"
          history-graph mentions Орынбор --uncited
        """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var printing: JSONOption
    @Argument(help: "Words to find, e.g. Орынбор or \"халық кеңесі\".") var text: String
    @Flag(help: "Only sentences no claim quotes: what the graph does not yet say.") var uncited = false
    @Option(help: "At most this many sentences (1–10,000).") var limit = 50

    func validate() throws {
      if let problem = TextQuery.problem(text) { throw ValidationError(problem) }
      if !(1...TextQuery.mostResults).contains(limit) { throw ValidationError("--limit must be from 1 to \(TextQuery.mostResults)") }
    }

    func run() throws {
      try answer(MentionsReport(try global.project().mentions(text, uncited: uncited, limit: limit), for: text), json: printing.json)
    }
  }
}
