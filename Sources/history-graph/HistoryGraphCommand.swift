import ArgumentParser
import Foundation
import HistoryExplorer
import HistoryGraph
import HistoryGraphInterchange
import HistoryGraphviz
import HistoryIndex

@main
struct HistoryGraphCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "history-graph",
    abstract: "Ask a sourced, dated historical graph who led what, when, on whose word, and how actors connect.",
    discussion: """
      Every fact in the graph is a claim with a source: a document and a quote copied from it, which \
      the tool finds in the document's text. A project declares its languages and calendar in \
      schema.yaml; dates are EDTF, and a date in another calendar (Julian, Islamic, Persian, Hebrew) \
      is shown beside its Gregorian equivalent. Names can be given in any of the graph's languages \
      and spellings, with or without accents. Commands find the project as git finds a repository \
      (or take --graph DIR, or HISTORY_GRAPH). The curated graph of Kazakhstan in 1917–1920, built \
      from five Kazakh texts, is the worked example below.

      Examples:
        history-graph init my-project --corpus texts --languages fr,de --gregorian-from 1582-10-15
        history-graph validate --corpus ../shared/seeds
        history-graph search bokeikhanov
        history-graph show "Әлихан Бөкейханов"
        history-graph export --format json -o graph.json

      Exit status: 0 when the command did its work and found something; 1 when a query \
      found nothing (no match, no path, no connection, no dated claim, no holding, no \
      disagreement; with --json the empty answer is still printed) or when it failed \
      (the message is on stderr); 64 for a usage error.
      """,
    version: HistoryGraphCommand.version,
    subcommands: [
      Init.self, Validate.self, Stats.self, Documents.self, Vocabulary.self, Search.self, Show.self, Cite.self, Neighbors.self, Path.self,
      Timeline.self, AsOf.self, Conflicts.self, Rank.self, Communities.self, Render.self, Explore.self, Export.self, Import.self, Index.self,
      Mentions.self, Uncited.self,
    ])

  /// The tool's version, shown by `--version`.
  static let version = "0.2.0"

  /// Runs the command line; every error, a library's or the parser's, is printed as `error: …` with a hint.
  static func main() {
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch {
      if let failure = Failure(error) {
        printError(failure.description)
        Foundation.exit(ExitCode.failure.rawValue)
      }
      let code = exitCode(for: error)
      if code == .success || error is ExitCode { exit(withError: error) }
      printError(Failure(message: message(for: error), hint: usageHint).description)
      Foundation.exit(code.rawValue)
    }
  }

  /// What to do after a usage error: the commands when the first word names none, else the command's `--help`.
  static var usageHint: String {
    let arguments = Array(CommandLine.arguments.dropFirst())
    let names = configuration.subcommands.map { $0._commandName }
    if let first = arguments.first, !first.hasPrefix("-"), !names.contains(first) {
      return
        "\(Spelling.closest(to: first, among: names).map { "did you mean `history-graph \($0)`? " } ?? "")the commands are \(names.joined(separator: ", "))"
    }
    return "`history-graph\(arguments.first.flatMap { names.contains($0) ? " \($0)" : nil } ?? "") --help` shows the options"
  }
}

/// Options every subcommand takes.
struct GlobalOptions: ParsableArguments {
  @Option(
    name: .customLong("graph"),
    help: ArgumentHelp(
      "The graph folder (default: $HISTORY_GRAPH, else the nearest folder at or above the working folder that holds schema.yaml and documents.yaml, itself or as Graph/).",
      valueName: "dir"))
  var graphFlag: String?

  /// Where the graph folder is, and how it was chosen.
  ///
  /// - Throws: `Failure` naming the folders searched when none is found.
  func location() throws -> ProjectLocation {
    do {
      return try ProjectLocation.find(flag: graphFlag)
    } catch {
      throw Failure(error.description)
    }
  }

  @Option(help: ArgumentHelp("Folder with the documents' texts (default: the corpus named in the graph's documents.yaml).", valueName: "dir"))
  var corpus: String?

  /// The diagnostic with a hint that names this tool's flag, where one fixes it.
  static func naming(_ diagnostic: Diagnostic) -> Diagnostic {
    var named = diagnostic
    switch diagnostic.code {
    case .graphFolderMissing: named.hint = "run from the project folder or pass --graph DIR"
    case .corpusMissing: named.hint = "pass --corpus DIR (the folder with the seed texts, e.g. ../shared/seeds)"
    case .corpusUnreadable: named.hint = "check --corpus DIR and the file name; quotes citing it were not checked"
    case .unknownKind, .unknownRelation, .unknownProperty, .unknownQualifier, .kindNotAllowed:
      // A problem in the schema itself stops `schema` too; one in the data does not.
      guard !diagnostic.location.file.hasSuffix("schema.yaml") else { break }
      let before = diagnostic.hint.map { $0.hasSuffix("?") ? "\($0) " : "\($0); " } ?? ""
      named.hint = before + "`history-graph schema` lists the vocabulary"
    default: break
    }
    return named
  }
}

/// `--json`, for the commands that print JSON.
struct JSONOption: ParsableArguments {
  @Flag(help: "Print JSON with stable keys instead of a table.")
  var json = false
}

/// `--lang`, for the commands that print names.
struct LanguageOption: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "Language of names: a tag the graph declares in schema.yaml (`history-graph schema` lists them; default: the first). A missing label falls back as the schema says.",
      valueName: "tag"))
  var lang: String?

  func validate() throws {
    if let lang, Language(rawValue: lang) == nil { throw ValidationError(LabelLanguageError(text: lang, declared: [], malformed: true).description) }
  }

  /// The language asked for, with its fallbacks (see ``IndexedGraph/language(typed:)``); a usage error (exit 64) when the graph declares others.
  func language(_ global: GlobalOptions) throws -> LabelLanguage {
    do { return try global.project().language(typed: lang) } catch let error as LabelLanguageError { throw ValidationError(error.description) }
  }
}

/// A command's failure, or a query that found nothing: printed on stderr by
/// ``HistoryGraphCommand/main()``, with exit status 1.
struct Failure: Error, CustomStringConvertible {
  let description: String

  /// A report written whole, such as a list of diagnostics.
  init(_ report: String) { description = report }

  /// An error said in one place's words: `[location: ]error: message` and a `hint:` line.
  init(message: String, at location: String? = nil, hint: String? = nil) {
    description = (location.map { "\($0): " } ?? "") + "error: " + message + (hint.map { "\n  hint: \($0)" } ?? "")
  }

  /// The failure a library's error stands for; `nil` for any other error (the parser's, a usage error).
  init?(_ error: any Error) {
    switch error {
    case let failure as Failure: self = failure
    case let error as LoadError: self.init(error.description)
    case let error as ProjectError: self.init(error.description)
    case let error as any ExplainedError: self.init(message: error.message, hint: error.hint)
    default: return nil
    }
  }
}

/// A query found nothing: its message is the whole report.
typealias NothingFound = Failure

func printError(_ text: String) {
  FileHandle.standardError.write(Data((text.terminalSafe + "\n").utf8))
}

/// Prints `value` as JSON on stdout.
func printJSON(_ value: some Encodable) throws {
  print(try JSONOutput.encode(value))
}

/// Prints text for a reader on a terminal: control characters and bidirectional
/// overrides in the data (which could move the cursor, recolour or reorder the
/// screen) are shown as U+FFFD; line breaks and tabs are kept.
func say(_ text: String = "", terminator: String = "\n") {
  print(text.terminalSafe, terminator: terminator)
}
