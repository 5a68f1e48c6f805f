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
    @Argument(help: "A name or part of one, e.g. bokeikhanov or Бөкейханов; with --text, words.") var text: String
    @Flag(
      name: .customLong("text"),
      help: "Search the words of quotes and their translations, notes, values, qualifiers, labels and aliases instead of names.")
    var textSearch = false
    @OptionGroup var names: LanguageOption
    @Option(help: "At most this many results (1–10,000).") var limit = 20

    func validate() throws {
      if text.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("give a name to search for") }
      if textSearch, let problem = TextQuery.problem(text) { throw ValidationError(problem) }
      if !(1...TextQuery.mostResults).contains(limit) { throw ValidationError("--limit must be from 1 to \(TextQuery.mostResults)") }
      if text.count > CuratedGraph.longestName { throw ValidationError("a name to search for has at most \(CuratedGraph.longestName) characters") }
    }

    func run() throws {
      let language = try names.language(global)
      if textSearch { return try searchTexts(language: language) }
      let results = try global.project().search(text, language: language, limit: limit)
      if results.isEmpty && !printing.json && text.contains(where: { $0.isLetter || $0.isNumber }) {
        return try searchTexts(language: language, afterNames: true)
      }
      try answer(NameSearchReport(results, for: text), json: printing.json)
    }
  }
}

extension HistoryGraphCommand.Search {
  /// `search --text`: the graph's own texts that name the words, each under its claim or entity.
  ///
  /// - Parameter afterNames: the name search found no entity: say so first.
  func searchTexts(language: LabelLanguage, afterNames: Bool = false) throws {
    let (hits, graph) = try global.project().texts(naming: text, showing: limit)
    try answer(TextSearchReport(hits, for: text, afterNames: afterNames, in: graph, language: language), json: printing.json)
  }
}
