import ArgumentParser
import HistoryGraph
import HistoryGraphInterchange
import HistoryIndex

extension Language: ExpressibleByArgument {}

extension HistoryGraphCommand {
  struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "search",
      abstract: "Find entities by name in any script or spelling (ranked), or claims and entities by the words of their texts (--text).",
      discussion: """
        Case, punctuation, initials, accents and marks of every script are ignored, as the graph's name \
        folding says (schema.yaml `names:`); in the curated graph a Latin query finds a Cyrillic name. \
        The words may come in any order and match by stem (Western finds West) or near spelling \
        (Vinogradov finds Vinogradsky). A name that finds no entity is looked for in the texts, as --text does.

        With --text the words are looked for in every quote (and the curators' translations), note, value, qualifier, label and alias, \
        folded the same way, each word finding the words it starts (Орынбор finds Орынборда); texts with \
        the words in a row come first, then those with each whole word, then the other forms. The words \
        are bounded as `mentions` bounds them: at most 300 characters and 16 words, read as words, never as operators.

        Examples:
          history-graph search Бөкейханов
          history-graph search --text Орынбор
          history-graph search --text "халық кеңесі" --json
        """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var printing: JSONOption

    @Argument(help: "A name or part of one, e.g. bokeikhanov or Бөкейханов; with --text, words.")
    var text: String

    @Flag(name: .customLong("text"), help: "Search the words of quotes and their translations, notes, values, qualifiers, labels and aliases instead of names.")
    var textSearch = false

    @OptionGroup var names: LanguageOption

    @Option(help: "At most this many results (1–10,000).")
    var limit = 20

    func validate() throws {
      if text.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("give a name to search for") }
      if textSearch, let problem = TextQuery.problem(text) { throw ValidationError(problem) }
      if !(1...TextQuery.mostResults).contains(limit) { throw ValidationError("--limit must be from 1 to \(TextQuery.mostResults)") }
      if text.count > CuratedGraph.longestName { throw ValidationError("a name to search for has at most \(CuratedGraph.longestName) characters") }
    }

    func run() throws {
      let language = try names.language(global)
      if textSearch { return try searchTexts(language: language) }
      try reporting {
        let results = try GraphIndex.search(text, language: language, limit: limit, graph: global.graph, corpus: global.corpus)
          ?? global.load().0.search(text, language: language, limit: limit)
        if printing.json { try printJSON(results.map(Records.Found.init)) }
        if results.isEmpty && !printing.json && text.contains(where: { $0.isLetter || $0.isNumber }) {
          return try searchTexts(language: language, afterNames: true)
        }
        guard !results.isEmpty else { throw NothingFound("nothing in the graph matches '\(text)'; try a shorter name or another spelling") }
        if printing.json { return }
        var table = TextTable("score", "id", "kind", "label", "matched name", "dates, place")
        for r in results { table.add(String(r.score), r.id.rawValue, r.kind, r.label, r.matched, r.detail ?? "") }
        say(table.rendered)
      }
    }
  }
}

extension HistoryGraphCommand.Search {
  /// `search --text`: the graph's own texts that name the words, each under its claim or entity.
  ///
  /// - Parameter afterNames: the name search found no entity: say so first.
  func searchTexts(language: LabelLanguage, afterNames: Bool = false) throws {
    try reporting {
      let graph: CuratedGraph
      let hits: [TextHit]
      if let found = GraphIndex.texts(naming: text, showing: limit, graph: global.graph, corpus: global.corpus) {
        (graph, hits) = (found.graph, Array(found.hits.prefix(limit)))
      } else {
        let load = try global.loadIndexed()
        graph = load.graph
        do {
          hits = Array(try GraphIndex.texts(naming: text, in: load).prefix(limit))
        } catch {
          throw Failure(message: "cannot search the graph's texts: \(error)", hint: "delete \(global.graph)/.index/ and run the command again")
        }
      }
      if printing.json { try printJSON(hits.map { TextRecord($0, in: graph, language: language) }) }
      let noEntity = "no entity is named '\(text)'"
      guard !hits.isEmpty else { throw NothingFound((afterNames ? "\(noEntity), and " : "") + "no quote, note, value, label or alias names '\(text)'") }
      if printing.json { return }
      if afterNames { say("\(noEntity); the graph's texts that name it (as search --text does):\n") }
      var lines: [String] = []
      for hit in hits {
        let record = TextRecord(hit, in: graph, language: language)
        lines.append("\(record.claim.map { "{\($0)} " } ?? "")\(record.about)   (\(record.match))")
        lines.append("    \(record.field)\(record.document.map { ", \($0)" } ?? ""): \(hit.field == .quote ? "«\(hit.text)»" : hit.text)")
      }
      say(lines.joined(separator: "\n"))
    }
  }
}

/// One hit of `search --text`: which text matched, and the claim or entity it belongs to.
struct TextRecord: Encodable {
  let field: String
  let text: String
  let match: String
  let entity: String
  let claim: String?
  let document: String?
  /// The claim in words ("subject — relation → object [date]"), or the entity's label and kind.
  let about: String

  init(_ hit: TextHit, in graph: CuratedGraph, language: LabelLanguage) {
    field = hit.field.rawValue
    text = hit.text
    match = "\(hit.match)"
    entity = hit.entity.rawValue
    claim = hit.claim?.rawValue
    document = hit.document?.rawValue
    func name(_ id: EntityID) -> String { graph.entities[id]?.label(in: language) ?? id.rawValue }
    if let id = hit.claim, let claim = graph.claims[id] {
      about = ClaimText.statement(claim, from: nil, in: graph, language: language) + (claim.time.map { "  [\($0.display)]" } ?? "")
    } else {
      about = "\(name(hit.entity))  [\(graph.entities[hit.entity]?.kind ?? "")]  id: \(hit.entity)"
    }
  }
}
