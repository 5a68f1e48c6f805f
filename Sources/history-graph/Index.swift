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
        let elapsed = ContinuousClock.now - started
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        switch load.outcome {
        case .built(let bytes):
          print("\(load.path): \(load.graph.entities.count) entities, \(load.graph.claims.count) claims, \(bytes / 1024) KiB, compiled in \(String(format: "%.2f", seconds)) s")
        case .notWritten(let reason):
          throw Failure(message: "no index written: \(reason)", hint: "check that \(global.graph)/.index/ can be written and the corpus is found (--corpus DIR)")
        case .read:
          throw Failure(message: "the index was read instead of compiled")
        }
      }
    }
  }
}

extension GlobalOptions {
  /// Loads the graph through its index (see `GraphIndex`), printing a notice when
  /// the index could not be used and failing with every problem if the graph has any.
  ///
  /// - Parameter naming: load only what questions about the entities of these
  ///   names need (see `GraphIndex.load(naming:graph:corpus:)`); `nil` for the whole graph.
  /// - Parameter citing: load only this claim and its entities (the whole graph if there is no such claim).
  func loadIndexed(rebuild: Bool = false, naming names: [String]? = nil, citing claim: ClaimID? = nil) throws -> GraphIndex.Load {
    let graph = try location().folder
    do {
      let load: GraphIndex.Load
      if let names {
        load = try GraphIndex.load(naming: names, graph: graph, corpus: corpus)
      } else if let claim {
        load = try GraphIndex.load(citing: claim, graph: graph, corpus: corpus)
      } else {
        load = try GraphIndex.load(graph: graph, corpus: corpus, rebuild: rebuild)
      }
      if let notice = load.notice { printError("note: \(notice)") }
      var report = load.report
      report.warnings = report.warnings.map(Self.naming)
      return GraphIndex.Load(graph: load.graph, report: report, outcome: load.outcome, path: load.path, notice: load.notice, isPart: load.isPart)
    } catch {
      throw Failure(LoadError(diagnostics: error.diagnostics.map(Self.naming)).description)
    }
  }

  /// The graph's load report and size, without reading the graph when its index is current.
  func summary() throws -> GraphIndex.Summary {
    let graph = try location().folder
    do {
      let (summary, load) = try GraphIndex.summary(graph: graph, corpus: corpus)
      if let notice = load?.notice { printError("note: \(notice)") }
      var report = summary.report
      report.warnings = report.warnings.map(Self.naming)
      return GraphIndex.Summary(report: report, entities: summary.entities, claims: summary.claims, documents: summary.documents)
    } catch {
      throw Failure(LoadError(diagnostics: error.diagnostics.map(Self.naming)).description)
    }
  }

  /// The entities these names denote, and a graph that holds every claim about
  /// them: only the part of the graph they need when the index allows (a name that
  /// matches nothing is looked up again in the whole graph, for its nearest names).
  ///
  /// - Parameter part: `false` to load the whole graph (a question that needs more than these entities' claims).
  func resolving(_ names: [String], language: LabelLanguage, part asked: Bool = true) throws -> (graph: CuratedGraph, entities: [Entity], isPart: Bool) {
    guard asked else {
      let whole = try loadIndexed().graph
      return (whole, try names.map { try whole.resolve($0, language: language) }, false)
    }
    let part = try loadIndexed(naming: names)
    do {
      return (part.graph, try names.map { try part.graph.resolve($0, language: language) }, part.isPart)
    } catch let error as QueryError {
      guard part.isPart, case .noMatch = error else { throw error }
      let whole = try loadIndexed().graph
      return (whole, try names.map { try whole.resolve($0, language: language) }, false)
    }
  }
}
