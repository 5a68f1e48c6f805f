import HistoryGraph

extension GraphIndex {
  /// The entities some names denote, with a graph that holds every claim about them.
  public struct Resolution: Sendable {
    /// What was loaded: only the part of the graph the names need, or the whole graph (see ``Load/isPart``).
    public let load: Load
    /// The entity each name denotes, in the order of the names.
    public let entities: [Entity]
    /// For each name that also matches other entities, one line naming them (see `NameResolution.alsoLine`).
    public let alsoLines: [String]

    /// The graph loaded (``Load/graph``): every claim about ``entities`` is in it.
    public var graph: CuratedGraph { load.graph }
  }

  /// Why names could not be resolved through the index.
  public enum ResolutionError: Error, Sendable, CustomStringConvertible {
    /// The graph could not be loaded: its problems, as loading the YAML finds them.
    case load(LoadError)
    /// A name denotes no entity, or several as well as each other (see `CuratedGraph.resolve(_:language:)`).
    case query(QueryError)

    /// The load error's or the query error's description.
    public var description: String {
      switch self {
      case .load(let error): error.description
      case .query(let error): error.description
      }
    }
  }

  /// Resolves ids or names to entities as `CuratedGraph.resolve(_:language:)`
  /// does in the whole graph, loading only what questions about them need when a
  /// current index allows (``Portion/naming(_:)``).
  ///
  /// A name resolves in that part of the graph as in the whole graph, except one
  /// that matches nothing: it is then looked up again in the whole graph, whose
  /// nearest names the error lists. Without a current index the whole graph is
  /// loaded (and the index compiled), as ``load(_:graph:corpus:rebuild:)`` does.
  ///
  /// ```swift
  /// let found = try GraphIndex.resolve(["Lenin", "Bokeikhanov"], language: LabelLanguages().choice(nil), graph: "Graph")
  /// print(found.entities.map(\.id), found.load.isPart)
  /// ```
  ///
  /// - Parameter wholeGraph: load the whole graph: for a question that needs more than these entities' claims.
  /// - Parameter notify: called with each notice of a load (an index found unusable, or not written), before the result or the error.
  /// - Throws: ``ResolutionError/load(_:)`` when the graph cannot be loaded;
  ///   ``ResolutionError/query(_:)`` when a name denotes no entity
  ///   (`QueryError.noMatch`, with the whole graph's nearest names) or several
  ///   (`QueryError.ambiguous`), or an id is unknown.
  public static func resolve(
    _ names: [String], language: LabelLanguage, wholeGraph: Bool = false, graph: String = "Graph", corpus: String? = nil,
    notify: (String) -> Void = { _ in }
  ) throws(ResolutionError) -> Resolution {
    func loading(_ portion: Portion) throws(ResolutionError) -> Load {
      do {
        let load = try load(portion, graph: graph, corpus: corpus)
        if let notice = load.notice { notify(notice) }
        return load
      } catch {
        throw .load(error)
      }
    }
    func resolving(in load: Load) throws(QueryError) -> Resolution {
      let found = try load.graph.resolutions(names, language: language)
      return Resolution(load: load, entities: found.map(\.entity), alsoLines: found.compactMap(\.alsoLine))
    }
    let first = try loading(wholeGraph ? .whole : .naming(names))
    do {
      return try resolving(in: first)
    } catch {
      guard first.isPart, Self.failsOnlyForWantOfNames(error) else { throw .query(error) }
    }
    let whole = try loading(.whole)
    do {
      return try resolving(in: whole)
    } catch {
      throw .query(error)
    }
  }

  /// Whether every name `error` reports matched nothing (so the whole graph may know it).
  static func failsOnlyForWantOfNames(_ error: QueryError) -> Bool {
    switch error {
    case .noMatch: true
    case .unresolved(let errors): errors.contains { if case .noMatch = $0 { true } else { false } }
    default: false
    }
  }
}
