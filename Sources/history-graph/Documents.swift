import ArgumentParser
import HistoryGraph
import HistoryGraphInterchange

extension HistoryGraphCommand {
  struct Documents: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "documents",
      abstract: "The source documents: list them (the default), or register new texts with `documents add`.",
      subcommands: [List.self, Add.self],
      defaultSubcommand: List.self)
  }
}

extension HistoryGraphCommand.Documents {
  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "list",
      abstract: "The source documents: id, full title, file, checksum, what each copies, and how many claims cite it.",
      discussion: """
        --format csl-json writes the documents' bibliographic data as CSL-JSON (titles in --lang), \
        which Zotero, citeproc and pandoc import.
        Example:
          history-graph documents --format csl-json --lang en > sources.json
        """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var printing: JSONOption
    @OptionGroup var names: LanguageOption

    /// How the list is printed.
    enum Format: String, CaseIterable, ExpressibleByArgument {
      case text, json
      case cslJSON = "csl-json"
    }

    @Option(help: "text (the default), json (as --json) or csl-json (CSL-JSON items for Zotero and citeproc).")
    var format: Format = .text

    func validate() throws {
      if printing.json, format != .text, format != .json {
        throw ValidationError("--json and --format \(format.rawValue) ask for two formats: give one")
      }
    }

    func run() throws {
      let language = try names.language(global)
      let load = try global.project().load()
      let (graph, report) = (load.graph, load.report)
      let records = Records.DocumentSummary.all(in: graph, language: language)
      if format == .cslJSON {
        return print(CSLJSON.document(Array(graph.documents.values)) { $0.title(in: language) }, terminator: "")
      }
      if printing.json || format == .json { return try printJSON(records) }
      for line in SourcesText.lines(records, corpus: report.corpus) { say(line) }
    }
  }
}

extension HistoryGraphCommand {
  struct Cite: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "cite",
      abstract:
        "A citation for a claim: what it states, then a footnote for each source (Chicago notes style) with the line of the text and the quote.",
      discussion: """
        The footnote is built from the document's bibliographic fields in documents.yaml (a field left out \
        there is left out of the note). --style plain gives the document's title and id with the line and \
        characters of the quote in the document's text as the corpus holds it. \
        Claim ids are shown in braces by show, neighbors, path and as-of.
        Example:
          history-graph cite d000-lenin-heads-sovnarkom --lang en
        """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var printing: JSONOption
    @Argument(help: "A claim id.") var claim: String
    @OptionGroup var names: LanguageOption

    /// How each source is cited.
    enum Style: String, CaseIterable, ExpressibleByArgument {
      /// A footnote in the notes style of the Chicago Manual of Style, with the line cited.
      case chicago
      /// The document's title and id, the line and characters of the quote.
      case plain
    }

    @Option(help: "chicago (a footnote per source, the default) or plain (title, id, line and characters).")
    var style: Style = .chicago

    func run() throws {
      let language = try names.language(global)
      let graph = try global.project().load(.citing(ClaimID(self.claim))).graph
      let claim = try graph.claim(self.claim)
      let record = Records.Citation(claim, in: graph, language: language)
      if printing.json { return try printJSON(record) }
      for line in SourcesText.lines(record, of: claim, footnotes: style == .chicago) { say(line) }
    }
  }
}
