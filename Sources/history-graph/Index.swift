import ArgumentParser
import HistoryGraph
import HistoryIndex

extension HistoryGraphCommand {
  struct Index: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "index",
      abstract: "Compile the graph's index now (every command compiles it when the graph or the corpus changed).",
      discussion: """
        The index is three SQLite files in the graph folder's .index/ (the graph, the documents' \
        sentences and the graph's texts for full-text search; safe to delete at any time). \
        Commands read it instead of the YAML while every graph file and corpus text it was compiled \
        from is unchanged; the YAML stays the source of truth. Prints the index's path, size and \
        the time taken.

        Example:
          history-graph index --corpus ../shared/seeds
        """)

    @OptionGroup var global: GlobalOptions

    func run() throws {
      print(try global.project().compile())
    }
  }
}

extension GlobalOptions {
  /// The project asked about, through its index (see `IndexedGraph`): notices
  /// printed on stderr, and hints that name this tool's options.
  func project() throws -> IndexedGraph {
    IndexedGraph(folder: try location().folder, corpus: corpus, notify: { printError($0) }, rewrite: Self.naming)
  }

  /// The whole graph (from its compiled index when current), failing with every problem if it has any.
  func load() throws -> CuratedGraph { try project().whole() }
}
