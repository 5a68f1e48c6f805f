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

    @Argument(help: "Words to find, e.g. Орынбор or \"халық кеңесі\".")
    var text: String

    @Flag(help: "Only sentences no claim quotes: what the graph does not yet say.")
    var uncited = false

    @Option(help: "At most this many sentences (1–10,000).")
    var limit = 50

    /// `{document, line, column, end_column, match, text, claims}`.
    struct Record: Encodable {
      let document: String
      let line: Int
      let column: Int
      let endColumn: Int
      let match: String
      let text: String
      let claims: [String]
    }

    func validate() throws {
      if let problem = TextQuery.problem(text) { throw ValidationError(problem) }
      if !(1...TextQuery.mostResults).contains(limit) { throw ValidationError("--limit must be from 1 to \(TextQuery.mostResults)") }
    }

    func run() throws {
      try reporting {
        let found: [GraphIndex.Mention]
        do {
          found = try GraphIndex.mentions(text, graph: global.graph, corpus: global.corpus) ?? GraphIndex.mentions(text, in: global.loadIndexed())
        } catch let failure as Failure {
          throw failure
        } catch {
          throw Failure(message: "cannot search the documents: \(error)", hint: "pass --corpus DIR (the folder with the seed texts), or delete \(global.graph)/.index/")
        }
        let shown = Array(found.filter { !uncited || $0.claims.isEmpty }.prefix(limit))
        let records = shown.map {
          Record(document: $0.passage.document.rawValue, line: $0.passage.line, column: $0.passage.column, endColumn: $0.passage.endColumn, match: "\($0.passage.match)", text: $0.passage.text, claims: $0.claims.map(\.rawValue))
        }
        if printing.json { try printJSON(records) }
        guard !records.isEmpty else { throw NothingFound("no\(uncited ? " uncited" : "") sentence of the documents names '\(text)'") }
        if printing.json { return }
        for record in records {
          say(SentenceLines.place(document: record.document, line: record.line, column: record.column, text: record.text))
          say("    " + (record.claims.isEmpty ? "(no claim quotes this sentence)" : "claims: " + record.claims.joined(separator: ", ")))
        }
        SentenceLines.sayMore(total: found.filter { !uncited || $0.claims.isEmpty }.count, shown: shown.count)
      }
    }
  }
}

/// How the commands that list sentences of the documents print them.
enum SentenceLines {
  /// `document:line:column  text`, the text cut at 240 characters.
  static func place(document: String, line: Int, column: Int, text: String) -> String {
    "\(document):\(line):\(column)  \(text.count > 240 ? String(text.prefix(240)) + "…" : text)"
  }

  /// Says how many sentences `--limit` left out, if any.
  static func sayMore(total: Int, shown: Int) {
    if total > shown { say("… \(total - shown) more sentences (--limit)") }
  }
}
