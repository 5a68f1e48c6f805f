import ArgumentParser
import Foundation
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
      try reporting {
        let started = ContinuousClock.now
        let load = try global.loadIndexed(rebuild: true)
        let seconds = (ContinuousClock.now - started) / .seconds(1)
        switch load.outcome {
        case .built(let bytes):
          print(
            "\(load.path): \(load.graph.entities.count) entities, \(load.graph.claims.count) claims, \(bytes / 1024) KiB, compiled in \(String(format: "%.2f", seconds)) s"
          )
        case .notWritten(let reason):
          throw Failure(
            message: "no index written: \(reason)", hint: "check that \(global.graph)/.index/ can be written and the corpus is found (--corpus DIR)")
        case .read:
          throw Failure(message: "the index was read instead of compiled")
        }
      }
    }
  }
}

extension GlobalOptions {
  /// Loads the graph, or the portion of it a command needs, through its index
  /// (see `GraphIndex.load(_:graph:corpus:rebuild:)`), printing a notice when the
  /// index could not be used and failing with every problem if the graph has any.
  func loadIndexed(_ portion: GraphIndex.Portion = .whole, rebuild: Bool = false) throws -> GraphIndex.Load {
    var load = try loading { try GraphIndex.load(portion, graph: $0, corpus: corpus, rebuild: rebuild) }
    if let notice = load.notice { printError("note: \(notice)") }
    load.report.warnings = load.report.warnings.map(Self.naming)
    return load
  }

  /// Calls `body` with the graph's records for an export (see `GraphIndex.withRecords`), printing notices.
  func withRecords(_ body: (any GraphRecords) throws -> Void) throws {
    try loading { try GraphIndex.withRecords(graph: $0, corpus: corpus, notify: { printError("note: \($0)") }, body) }
  }

  /// The graph's load report and size, read from the YAML and the texts every time.
  func summary() throws -> GraphIndex.Summary {
    var (summary, load) = try loading { try GraphIndex.summary(graph: $0, corpus: corpus) }
    if let notice = load.notice { printError("note: \(notice)") }
    summary.report.warnings = summary.report.warnings.map(Self.naming)
    return summary
  }

  /// The graph's schema alone.
  func schema() throws -> Schema {
    try loading { try GraphLoader.loadSchema(graph: $0) }
  }

  /// The entities these names denote, and a graph that holds every claim about
  /// them (see `GraphIndex.resolve(_:language:wholeGraph:graph:corpus:notify:)`).
  ///
  /// - Parameter part: `false` to load the whole graph (a question that needs more than these entities' claims).
  func resolving(_ names: [String], language: LabelLanguage, part asked: Bool = true) throws -> (
    graph: CuratedGraph, entities: [Entity], isPart: Bool
  ) {
    let found = try loading { graph in
      try GraphIndex.resolve(names, language: language, wholeGraph: !asked, graph: graph, corpus: corpus) { printError("note: \($0)") }
    }
    for line in found.alsoLines { printError(line) }
    return (found.graph, found.entities, found.load.isPart)
  }

  /// `read` of the graph folder; a load error as the command line prints it: its diagnostics with this tool's hints.
  private func loading<T>(_ read: (String) throws -> T) throws -> T {
    let graph = try location().folder
    do {
      return try read(graph)
    } catch let error as LoadError {
      throw Failure(LoadError(diagnostics: error.diagnostics.map(Self.naming)).description)
    } catch GraphIndex.ResolutionError.load(let error) {
      throw Failure(LoadError(diagnostics: error.diagnostics.map(Self.naming)).description)
    } catch GraphIndex.ResolutionError.query(let error) {
      throw error
    }
  }
}
