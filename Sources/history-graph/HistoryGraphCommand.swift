import ArgumentParser
import Foundation
import HistoryGraph
import HistoryGraphInterchange

@main
struct HistoryGraphCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "history-graph",
    abstract: "Ask a sourced, dated graph of Kazakhstan 1917–1920 who led what, when, on whose word, and how actors connect.",
    discussion: """
      Every fact in the graph is a claim with a source: a seed document and a quote copied from it.
      Dates are EDTF; Old Style (Julian) dates are shown with their New Style equivalent.
      Names can be given in Kazakh Cyrillic, Kazakh Latin, Russian or English spelling.

      Examples:
        history-graph validate --corpus ../shared/seeds
        history-graph search bokeikhanov
        history-graph show "Әлихан Бөкейханов"
        history-graph export --format json -o graph.json
      """,
    subcommands: [Validate.self, Stats.self, Search.self, Show.self, Neighbors.self, Path.self, Timeline.self, AsOf.self, Conflicts.self, Rank.self, Communities.self, Render.self, Export.self])
}

/// Options every subcommand takes.
struct GlobalOptions: ParsableArguments {
  @Option(help: ArgumentHelp("The curated graph folder.", valueName: "dir"))
  var graph = "Graph"

  @Option(help: ArgumentHelp("Folder with the documents' texts (default: the corpus named in the graph's documents.yaml).", valueName: "dir"))
  var corpus: String?

  @Flag(help: "Print JSON with stable keys instead of a table.")
  var json = false

  /// Loads the graph, printing every problem to stderr and failing if there is any.
  func load() throws -> (CuratedGraph, LoadReport) {
    do {
      return try GraphLoader.load(graph: graph, corpus: corpus)
    } catch {
      throw Failure(error.description)
    }
  }
}

/// A runtime error: its message goes to stderr and the exit status is 1.
struct Failure: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}

extension ParsableCommand {
  /// Runs `body`, turning library errors into a message on stderr and exit status 1.
  func reporting(_ body: () throws -> Void) throws {
    do {
      try body()
    } catch let error as Failure {
      printError(error.description)
      throw ExitCode.failure
    } catch let error as QueryError {
      printError("error: \(error.description)")
      throw ExitCode.failure
    } catch let error as OutputError {
      printError("error: \(error.description)")
      throw ExitCode.failure
    }
  }
}

func printError(_ text: String) {
  FileHandle.standardError.write(Data((text + "\n").utf8))
}

/// Prints `value` as JSON on stdout.
func printJSON(_ value: some Encodable) throws {
  print(try JSONOutput.encode(value))
}
