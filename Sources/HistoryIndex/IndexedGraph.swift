import Foundation
import GraphEngine
import HistoryGraph

/// A graph folder and its corpus, asked questions through the compiled index.
///
/// Each question reads only the part of the index it needs when the index is
/// current, and the whole graph otherwise (which compiles the index for the next
/// question); the answer is the whole graph's either way. This is the strategy
/// the command line follows, for an embedder to follow too:
///
/// ```swift
/// let project = IndexedGraph(folder: "Graph", corpus: "../shared/seeds")
/// let found = try project.resolving(["Bokeikhanov"], language: LabelLanguages().choice(nil))
/// print(found.entities[0].id, found.load.isPart)
/// ```
public struct IndexedGraph: Sendable {
  /// The graph folder.
  public let folder: String
  /// The folder of the documents' texts; `nil` for the corpus `documents.yaml` names.
  public let corpus: String?
  /// Receives each line said on the side of an answer: a notice about the index
  /// (`note: …`), and the `also:` line of a name that matches other entities too.
  public let notify: @Sendable (String) -> Void
  /// Rewrites each diagnostic of a load, error or warning (to name a tool's own options in its hint, say).
  public let rewrite: @Sendable (Diagnostic) -> Diagnostic

  /// A project in `folder`, with its texts in `corpus` (`nil`: where `documents.yaml` says).
  public init(
    folder: String, corpus: String? = nil, notify: @escaping @Sendable (String) -> Void = { _ in },
    rewrite: @escaping @Sendable (Diagnostic) -> Diagnostic = { $0 }
  ) {
    self.folder = folder
    self.corpus = corpus
    self.notify = notify
    self.rewrite = rewrite
  }

  /// The whole graph, or the portion of it a question needs (see ``GraphIndex/load(_:graph:corpus:rebuild:)``).
  ///
  /// - Throws: `LoadError` with every problem of the graph, each diagnostic rewritten.
  public func load(_ portion: GraphIndex.Portion = .whole, rebuild: Bool = false) throws(LoadError) -> GraphIndex.Load {
    var load = try rewritingErrors { () throws(LoadError) in try GraphIndex.load(portion, graph: folder, corpus: corpus, rebuild: rebuild) }
    if let notice = load.notice { notify("note: \(notice)") }
    load.report.warnings = load.report.warnings.map(rewrite)
    return load
  }

  /// Compiles the index now, from the YAML, and says what was written:
  /// `PATH: N entities, M claims, K KiB, compiled in S s`.
  ///
  /// - Throws: `LoadError`; ``NotCompiled`` when no index could be written.
  public func compile() throws -> String {
    let started = ContinuousClock.now
    let load = try load(rebuild: true)
    let seconds = (ContinuousClock.now - started) / .seconds(1)
    guard case .built(let bytes) = load.outcome else { throw NotCompiled(folder: folder, outcome: load.outcome) }
    return
      "\(load.path): \(load.graph.entities.count) entities, \(load.graph.claims.count) claims, \(bytes / 1024) KiB, compiled in \(String(format: "%.2f", seconds)) s"
  }

  /// No index was written by ``compile()``.
  public struct NotCompiled: ExplainedError {
    /// The graph folder.
    public let folder: String
    /// What became of the index instead.
    public let outcome: GraphIndex.Outcome

    package var message: String {
      guard case .notWritten(let reason) = outcome else { return "the index was read instead of compiled" }
      return "no index written: \(reason)"
    }
    package var hint: String? {
      guard case .notWritten = outcome else { return nil }
      return "check that \(folder)/.index/ can be written and the corpus is found (--corpus DIR)"
    }
  }

  /// The whole graph.
  public func whole() throws(LoadError) -> CuratedGraph { try load().graph }

  /// The graph's report and size, from the YAML and the texts every time (see
  /// ``GraphIndex/summary(graph:corpus:)``), and the folder's gazetteer checked
  /// against the graph read (empty when there is no `places.yaml`).
  ///
  /// - Throws: `LoadError`, each diagnostic rewritten.
  public func summary() throws -> (summary: GraphIndex.Summary, places: Gazetteer) {
    var (summary, load) = try rewritingErrors { () throws(LoadError) in try GraphIndex.summary(graph: folder, corpus: corpus) }
    if let notice = load.notice { notify("note: \(notice)") }
    summary.report.warnings = summary.report.warnings.map(rewrite)
    return (summary, try gazetteer(for: load.graph))
  }

  /// The label language a user typed (`nil`: the primary one), with its fallbacks,
  /// checked against the languages the schema declares. A schema that cannot be
  /// read declares none here: loading the graph reports it.
  ///
  /// - Throws: `LabelLanguageError` for a malformed tag or one the schema does not declare.
  public func language(typed tag: String?) throws(LabelLanguageError) -> LabelLanguage {
    try ((try? GraphLoader.loadSchema(graph: folder))?.languages ?? LabelLanguages()).choice(typed: tag)
  }

  /// The graph's schema alone.
  public func schema() throws(LoadError) -> Schema {
    try rewritingErrors { () throws(LoadError) in try GraphLoader.loadSchema(graph: folder) }
  }

  /// The folder's gazetteer (`places.yaml`) checked against the graph of `records`; empty when there is none.
  public func gazetteer(for records: any GraphRecords) throws -> Gazetteer {
    do {
      return try records.gazetteer(graph: folder)
    } catch let error as LoadError {
      throw rewritten(error)
    }
  }

  /// Calls `body` with the graph's records for an export, read from the index a
  /// slice at a time when it is current (see ``GraphIndex/withRecords(graph:corpus:sliceSize:notify:_:)``).
  ///
  /// - Throws: `LoadError` with every diagnostic rewritten, or what `body` throws.
  public func withRecords<Result>(_ body: (any GraphRecords) throws -> Result) throws -> Result {
    do {
      return try GraphIndex.withRecords(graph: folder, corpus: corpus, notify: { notify("note: \($0)") }, body)
    } catch let error as LoadError {
      throw rewritten(error)
    }
  }

  /// The entities these names denote, and a graph that holds every claim about
  /// them (see ``GraphIndex/resolve(_:language:wholeGraph:graph:corpus:notify:)``);
  /// the `also:` lines go to ``notify``.
  ///
  /// - Parameter part: `false` to load the whole graph (a question that needs more than these entities' claims).
  /// - Throws: `LoadError` when the graph cannot be loaded, `QueryError` when a name denotes no entity or several.
  public func resolving(_ names: [String], language: LabelLanguage, part: Bool = true) throws -> GraphIndex.Resolution {
    let found: GraphIndex.Resolution
    do {
      found = try GraphIndex.resolve(names, language: language, wholeGraph: !part, graph: folder, corpus: corpus) { notify("note: \($0)") }
    } catch .load(let error) {
      throw rewritten(error)
    } catch .query(let error) {
      throw error
    }
    for line in found.alsoLines { notify(line) }
    return found
  }

  /// Every disagreement between sources, with a graph holding their claims: as
  /// found when the index was compiled, else (or with `wholeGraph`, to resolve
  /// names among every entity) in the whole graph.
  public func disagreements(wholeGraph: Bool = false) throws(LoadError) -> (disagreements: [Disagreement], graph: CuratedGraph) {
    if !wholeGraph, let stored = GraphIndex.disagreements(graph: folder, corpus: corpus) { return stored }
    let graph = try whole()
    return (graph.disagreements(), graph)
  }

  /// The graph's statistics and its documents: as counted when the index was compiled, else now.
  public func statistics() throws(LoadError) -> (statistics: GraphStatistics, documents: [DocumentID: Document]) {
    if let stored = GraphIndex.statistics(graph: folder, corpus: corpus) { return stored }
    let graph = try whole()
    return (GraphStatistics(graph), graph.documents.reduce(into: [:]) { $0[$1.key] = $1.value })
  }

  /// The `top` entities by `measure` in the filtered network: the ranking stored
  /// at compile when nothing is filtered out, else computed on the whole graph.
  public func ranked(by measure: CentralityMeasure, top: Int, filter: NetworkFilter, listing kinds: Set<String>?) throws -> [RankedEntity] {
    if filter.keepsEverything, let stored = GraphIndex.ranked(by: measure, top: top, listing: kinds, graph: folder, corpus: corpus) {
      return stored
    }
    return try ClaimNetwork(whole()).rank(by: measure, top: top, filter: filter, listing: kinds)
  }

  /// A graph that holds every claim about the entities within `depth − 1` ties
  /// of `entity`, which listing its neighbours `depth` hops away needs: `named`
  /// (the graph `entity` was resolved in) for one hop or when it is whole, else
  /// the neighbourhood read from the index, else the whole graph.
  public func neighborhood(of entity: EntityID, depth: Int, resolvedIn named: GraphIndex.Load) throws(LoadError) -> CuratedGraph {
    if depth == 1 || !named.isPart { return named.graph }
    if let part = GraphIndex.neighborhood(of: entity, depth: depth, graph: folder, corpus: corpus) { return part.graph }
    return try whole()
  }

  /// The name search of `CuratedGraph.search`: from the index's names when it is current, else in the whole graph.
  public func search(_ text: String, language: LabelLanguage, limit: Int) throws(LoadError) -> [SearchResult] {
    if let found = GraphIndex.search(text, language: language, limit: limit, graph: folder, corpus: corpus) { return found }
    return try whole().search(text, language: language, limit: limit)
  }

  /// The graph's texts naming `query` (see ``GraphIndex/texts(naming:in:)``), at
  /// most `limit`, with a graph that holds their entities and claims.
  ///
  /// - Throws: `LoadError`; ``TextsUnreadable`` if the index cannot be searched.
  public func texts(naming query: String, showing limit: Int) throws -> (hits: [TextHit], graph: CuratedGraph) {
    if let found = GraphIndex.texts(naming: query, showing: limit, graph: folder, corpus: corpus) {
      return (Array(found.hits.prefix(limit)), found.graph)
    }
    let load = try load()
    let hits = try unreadable(.graphTexts) { try GraphIndex.texts(naming: query, in: load) }
    return (Array(hits.prefix(limit)), load.graph)
  }

  /// The first `limit` sentences of the documents naming `query` (with `uncited`,
  /// of those no claim quotes), with the claims quoting each, and how many there
  /// are (see ``GraphIndex/mentions(_:in:)``).
  ///
  /// - Throws: `LoadError`; ``TextsUnreadable`` if the documents cannot be searched.
  public func mentions(_ query: String, uncited: Bool, limit: Int) throws -> GraphIndex.FoundMentions {
    if let found = GraphIndex.mentions(query, uncited: uncited, limit: limit, graph: folder, corpus: corpus) { return found }
    let load = try load()
    return GraphIndex.FoundMentions(try unreadable(.documents) { try GraphIndex.mentions(query, in: load) }, uncited: uncited, limit: limit)
  }

  /// The sentences of the documents (of `document` alone, if given) that name an
  /// entity of the graph but that no claim quotes (see ``GraphIndex/uncitedPassages(in:)``).
  ///
  /// - Throws: `LoadError`; `QueryError` for a document the graph does not list;
  ///   ``TextsUnreadable`` if the documents cannot be read.
  public func uncitedPassages(in document: DocumentID?) throws -> [UncitedPassage] {
    let load = try load()
    if let document, load.graph.documents[document] == nil {
      throw QueryError.unknownDocument(document, known: Array(load.graph.documents.keys))
    }
    return try unreadable(.documents) { try GraphIndex.uncitedPassages(in: load) }.filter { document == nil || $0.document == document }
  }

  /// Texts that could not be searched: the documents' (no corpus, or the index's
  /// sentences unreadable) or the graph's own (the index's texts unreadable).
  public struct TextsUnreadable: ExplainedError, CustomStringConvertible {
    /// Which texts.
    public enum Texts: Sendable { case documents, graphTexts }
    /// Which texts could not be searched.
    public let texts: Texts
    /// The graph folder, whose `.index/` may be deleted to compile it again.
    public let folder: String
    /// Why.
    public let reason: String

    public var description: String { "cannot search \(texts == .documents ? "the documents" : "the graph's texts"): \(reason)" }
    package var message: String { description }
    package var hint: String? {
      texts == .documents
        ? "pass --corpus DIR (the folder with the texts), or delete \(folder)/.index/" : "delete \(folder)/.index/ and run the command again"
    }
  }

  /// `search`'s result; any error but a load error becomes ``TextsUnreadable``.
  private func unreadable<T>(_ texts: TextsUnreadable.Texts, _ search: () throws -> T) throws -> T {
    do {
      return try search()
    } catch let error as LoadError {
      throw error
    } catch {
      throw TextsUnreadable(texts: texts, folder: folder, reason: "\(error)")
    }
  }

  /// A route question between two entities, ready to ask: the network to search, the two ends, and the filter.
  public struct RouteQuestion: Sendable {
    /// The network to search: the whole graph's, or the part that holds the routes asked for.
    public let network: ClaimNetwork
    /// The entity the routes start from.
    public let from: Entity
    /// The entity they lead to.
    public let to: Entity
    /// The filter asked for, with the entities to avoid.
    public let filter: NetworkFilter
  }

  /// The network `search` needs to find routes between the entities two names
  /// denote, avoiding those `avoiding` names: for an unfiltered search that a part
  /// answers (``ClaimNetwork/routePartAnswers(_:filter:direction:)``), only the
  /// routes' entities and claims, found over the index's ties (see
  /// ``GraphIndex/routeNetwork(for:between:and:graph:corpus:)``); otherwise, or
  /// when the names were resolved in the whole graph (no current index), the whole
  /// graph. The routes are the whole graph's either way.
  ///
  /// - Throws: `LoadError` when the graph cannot be loaded; `QueryError` when a
  ///   name denotes no entity or several, or the two names one entity.
  public func routeQuestion(
    from: String, to: String, avoiding: [String] = [], search: PathSearch, filter: NetworkFilter = NetworkFilter(),
    direction: TraversalDirection = .both, language: LabelLanguage
  ) throws -> RouteQuestion {
    let partAnswers = avoiding.isEmpty && ClaimNetwork.routePartAnswers(search, filter: filter, direction: direction)
    let found = try resolving([from, to], language: language, part: partAnswers)
    let (a, b) = (found.entities[0], found.entities[1])
    if a.id == b.id { throw QueryError.invalidArgument("'\(from)' and '\(to)' are the same entity (\(a.id))") }
    if partAnswers, found.load.isPart, let part = GraphIndex.routeNetwork(for: search, between: a.id, and: b.id, graph: folder, corpus: corpus) {
      return RouteQuestion(network: part.network, from: a, to: b, filter: filter)
    }
    var filter = filter
    filter.avoid += try avoiding.map { try found.graph.resolve($0, language: language).id }
    return RouteQuestion(network: ClaimNetwork(found.load.isPart ? try whole() : found.graph), from: a, to: b, filter: filter)
  }

  /// `read`'s result; its load error with every diagnostic rewritten.
  private func rewritingErrors<T>(_ read: () throws(LoadError) -> T) throws(LoadError) -> T {
    do {
      return try read()
    } catch {
      throw rewritten(error)
    }
  }

  private func rewritten(_ error: LoadError) -> LoadError {
    LoadError(diagnostics: error.diagnostics.map(rewrite))
  }
}
