import ArgumentParser
import HistoryGraph
import HistoryGraphInterchange

extension Language: ExpressibleByArgument {}

extension HistoryGraphCommand {
  struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Find entities by name in any script or spelling (ranked).",
      discussion: "Case, punctuation, initials and Kazakh letters' marks are ignored; a Latin query finds a Cyrillic name.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var printing: JSONOption

    @Argument(help: "A name or part of one, e.g. bokeikhanov or Бөкейханов.")
    var text: String

    @OptionGroup var names: LanguageOption

    @Option(help: "At most this many results.")
    var limit = 20

    func validate() throws {
      if text.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("give a name to search for") }
      if limit < 1 { throw ValidationError("--limit must be at least 1") }
      if text.count > CuratedGraph.longestName { throw ValidationError("a name to search for has at most \(CuratedGraph.longestName) characters") }
    }

    func run() throws {
      try reporting {
        let (graph, _) = try global.load()
        let results = graph.search(text, language: names.lang, limit: limit)
        if printing.json { try printJSON(results.map(SearchRecord.init)) }
        guard !results.isEmpty else { throw NothingFound("nothing in the graph matches '\(text)'; try a shorter name or another spelling") }
        if printing.json { return }
        var table = TextTable("score", "id", "kind", "label", "matched name", "dates, place")
        for r in results { table.add(String(r.score), r.id.rawValue, r.kind, r.label, r.matched, r.detail ?? "") }
        say(table.rendered)
      }
    }
  }
}

struct SearchRecord: Encodable {
  let id: String
  let kind: String
  let label: String
  let matched: String
  let score: Int
  let detail: String?

  init(_ result: SearchResult) {
    id = result.id.rawValue
    kind = result.kind
    label = result.label
    matched = result.matched
    score = result.score
    detail = result.detail
  }
}
