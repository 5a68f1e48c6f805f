import GraphEngine

/// The graph engine's view of a curated graph: entities as vertices, relation
/// claims as edges (subject → object), with each edge's relation, time,
/// confidence and claim kept in parallel arrays. Built once; filters are views.
public struct ClaimNetwork: Sendable {
  public let graph: CuratedGraph
  package let topology: GraphTopology
  /// Index into `graph.claims` of each edge's claim.
  let edgeClaims: ContiguousArray<Int32>
  /// Relation names by relation index.
  public let relationNames: [String]
  /// Kind names by kind index.
  public let kindNames: [String]
  /// The routes found over the whole network's ties, when `graph` is the part of
  /// it that holds them (see ``init(_:foundRoutes:)``): what its route searches answer.
  let foundRoutes: FoundRoutes?

  /// Builds the network from every relation claim of `graph`.
  ///
  /// - Complexity: O(*V* + *E*)
  public init(_ graph: CuratedGraph) {
    self.init(graph, foundRoutes: nil)
  }

  /// Builds the network of a part of a graph that holds the routes some
  /// unfiltered searches found over the whole network's ties (their entities,
  /// and every claim joining two consecutive ones), so that
  /// ``routes(from:to:search:filter:direction:claimsPerStep:)`` gives them, with
  /// their claims, as the whole network would.
  package init(_ graph: CuratedGraph, foundRoutes: FoundRoutes?) {
    self.graph = graph
    self.foundRoutes = foundRoutes
    relationNames = graph.schema.relations.map(\.name)
    kindNames = graph.schema.kinds.map(\.name)
    var sources = ContiguousArray<Int32>()
    var targets = ContiguousArray<Int32>()
    var earliest = ContiguousArray<Int32>()
    var latest = ContiguousArray<Int32>()
    var weight = ContiguousArray<Double>()
    var confidence = ContiguousArray<Float>()
    var relation = ContiguousArray<Int32>()
    var claimIndex = ContiguousArray<Int32>()
    var symmetric: [EdgeID] = []
    let symmetricRelations = Set(graph.schema.relations.filter(\.symmetric).map(\.name))
    for (i, claim) in graph.claims.values.enumerated() {
      guard case .relation(let name, let object) = claim.predicate,
        let s = graph.entities.index(forKey: claim.subject), let o = graph.entities.index(forKey: object)
      else { continue }
      if symmetricRelations.contains(name) { symmetric.append(EdgeID(sources.count)) }
      sources.append(Int32(s))
      targets.append(Int32(o))
      let interval = claim.time?.interval ?? .unbounded
      earliest.append(interval.earliest)
      latest.append(interval.latest)
      confidence.append(Float(claim.confidence))
      weight.append(1 / claim.confidence)
      relation.append(Int32(relationNames.firstIndex(of: name) ?? 0))
      claimIndex.append(Int32(i))
    }
    let kinds = kindNames
    let vertexKind = ContiguousArray(graph.entities.values.map { Int32(kinds.firstIndex(of: $0.kind) ?? 0) })
    topology = GraphTopology(
      vertexCount: graph.entities.count, sources: sources, targets: targets, symmetricEdges: symmetric, earliest: earliest,
      latest: latest, weight: weight, confidence: confidence, relation: relation, vertexKind: vertexKind)
    edgeClaims = claimIndex
  }

  /// The network's ties, direction ignored and parallel claims merged, as a compiled
  /// index stores them: the two vertices of each tie, one after the other, and
  /// each vertex's number of ties (what a route's hub load sums).
  ///
  /// - Complexity: O(*V* + *E*)
  package func undirectedTies() -> (ends: ContiguousArray<Int32>, degrees: ContiguousArray<Int32>) {
    let ties = GraphView(topology).ties(undirected: true)
    var ends = ContiguousArray<Int32>()
    ends.reserveCapacity(2 * ties.view.topology.edgeCount)
    for (a, b) in zip(ties.view.topology.sources, ties.view.topology.targets) { ends += [a, b] }
    return (ends, ties.view.degrees(direction: .both))
  }

  /// The vertex of an entity.
  ///
  /// - Throws: ``QueryError/unknownEntity(_:)``.
  package func vertex(_ id: EntityID) throws(QueryError) -> VertexID {
    guard let index = graph.entities.index(forKey: id) else { throw .unknownEntity(id) }
    return VertexID(index)
  }

  /// The entity of a vertex.
  package func entity(_ vertex: VertexID) -> Entity { graph.entities.values[vertex.index] }

  /// Every relation claim, in claim order: the network's edges.
  public var relationClaims: [Claim] { edgeClaims.map { graph.claims.values[Int($0)] } }

  /// The claim behind an edge.
  package func claim(_ edge: EdgeID) -> Claim { graph.claims.values[Int(edgeClaims[edge.index])] }

  /// A filtered view: only the edges and vertices that `filter` keeps; the
  /// unfiltered view (the engine's fast path) when it keeps everything.
  ///
  /// - Throws: ``QueryError/unknownVocabulary(_:known:)`` for a relation or kind the
  ///   schema does not define, ``QueryError/unknownEntity(_:)`` for an unknown
  ///   `avoid` id or document.
  /// - Complexity: O(1) for the empty filter, O(*V* + *E*) otherwise.
  package func view(_ filter: NetworkFilter) throws(QueryError) -> GraphView {
    func indices(_ names: [String]?, in known: [String]) throws(QueryError) -> Set<Int32>? {
      guard let names else { return nil }
      var result = Set<Int32>()
      for name in names {
        guard let index = known.firstIndex(of: name) else { throw .unknownVocabulary(name, known: known) }
        result.insert(Int32(index))
      }
      return result
    }
    var mask: Bitset?
    if let document = filter.document {
      guard graph.documents[document] != nil else { throw .unknownDocument(document, known: Array(graph.documents.keys)) }
      mask = Bitset(
        capacity: topology.edgeCount,
        contents: (0..<topology.edgeCount).filter { e in
          claim(EdgeID(e)).sources.contains { $0.document == document }
        })
    }
    var avoided: [VertexID] = []
    for id in filter.avoid { avoided.append(try vertex(id)) }
    var kept: [VertexID] = []
    for id in filter.keep { kept.append(try vertex(id)) }
    let engineFilter = EdgeFilter(
      relations: try indices(try filter.relationNames(in: graph.schema), in: relationNames), vertexKinds: try indices(filter.kinds, in: kindNames),
      minimumConfidence: filter.minimumConfidence.map(Float.init),
      window: filter.window.map { .during(from: $0.earliest, to: $0.latest) }, withinWindow: filter.withinWindow,
      keepsUndated: filter.keepsUndated,
      excludedVertices: avoided, includedVertices: kept, edgeMask: mask)
    return GraphView(topology, filter: engineFilter)
  }
}

/// What a query keeps of the network. Every field narrows; the default keeps everything.
public struct NetworkFilter: Sendable, Hashable {
  /// Relations to keep (`nil`: all, unless `roles` says): by name (`member_of`), or worded as a listing prints them, either way (`member of`, `has member`).
  public var relations: [String]?
  /// Keep every relation with one of these roles too (`nil`: no role asked for).
  public var roles: [RelationRole]?
  /// Entity kinds the network is restricted to before it is walked or measured (`nil`: all);
  /// the query's own entities (`keep`) stay whatever their kind.
  public var kinds: [String]?
  /// Keep only claims this document states.
  public var document: DocumentID?
  /// Keep only claims whose sources are at least this confident.
  public var minimumConfidence: Double?
  /// Keep only claims whose time overlaps this interval (an "as of" day is a one-day interval).
  public var window: DayInterval?
  /// With a window: keep only claims whose every possible day lies inside it ("certainly within"), not all that overlap it.
  public var withinWindow: Bool
  /// Keep undated claims (memberships, places); with or without a window.
  public var keepsUndated: Bool
  /// Entities to leave out.
  public var avoid: [EntityID]
  /// Entities to keep whatever the kind filter says (a query's endpoints).
  public var keep: [EntityID]

  public init(
    relations: [String]? = nil, kinds: [String]? = nil, document: DocumentID? = nil, minimumConfidence: Double? = nil,
    window: DayInterval? = nil, withinWindow: Bool = false, keepsUndated: Bool = true, avoid: [EntityID] = [], keep: [EntityID] = [],
    roles: [RelationRole]? = nil
  ) {
    self.relations = relations
    self.roles = roles
    self.kinds = kinds
    self.document = document
    self.minimumConfidence = minimumConfidence
    self.window = window
    self.withinWindow = withinWindow
    self.keepsUndated = keepsUndated
    self.avoid = avoid
    self.keep = keep
  }

  /// Whether the filter keeps every claim and entity (whatever it keeps in `keep`).
  public var keepsEverything: Bool {
    relations == nil && roles == nil && kinds == nil && document == nil && minimumConfidence == nil && window == nil && keepsUndated && avoid.isEmpty
  }

  /// The filters in force, for a reader ("relation: chairs; time: overlapping 1918-03-01").
  public var summary: String {
    var parts: [String] = []
    if let relations { parts.append("relation: \(relations.joined(separator: ", "))") }
    if let roles { parts.append("role: \(roles.map(\.rawValue).joined(separator: ", "))") }
    if let kinds { parts.append("network restricted to kind: \(kinds.joined(separator: ", "))") }
    if let document { parts.append("document: \(document)") }
    if let minimumConfidence { parts.append("confidence ≥ \(minimumConfidence)") }
    if let window { parts.append("time: \(withinWindow ? "certainly within" : "overlapping") \(Dating.isoText(window))") }
    if window != nil || !keepsUndated { parts.append(keepsUndated ? "undated claims kept" : "dated claims only") }
    if !avoid.isEmpty { parts.append("avoiding: \(avoid.map(\.rawValue).joined(separator: ", "))") }
    return parts.isEmpty ? "none" : parts.joined(separator: "; ")
  }
}

extension NetworkFilter {
  /// The schema's names of the relations and properties kept: those named or worded in
  /// ``relations`` and those with a role in ``roles``; `nil` when neither narrows.
  ///
  /// - Throws: ``QueryError/unknownVocabulary(_:known:)`` for words that name no relation or property.
  package func relationNames(in schema: Schema) throws(QueryError) -> [String]? {
    guard relations != nil || roles != nil else { return nil }
    var names: [String] = []
    for words in relations ?? [] {
      if let relation = schema.relation(worded: words) {
        names.append(relation.name)
      } else if schema.property(named: words) != nil {
        names.append(words)
      } else {
        let known = schema.relations.map(\.name) + schema.properties.map(\.name)
        throw .unknownVocabulary(words, known: known)
      }
    }
    for role in roles ?? [] { names += schema.relations(withRole: role).sorted() }
    var seen = Set<String>()
    return names.filter { seen.insert($0).inserted }
  }

  /// A test of single claims by this filter: relation or property name, document,
  /// confidence, time (overlapping the window, or certainly within it; undated
  /// kept or not), and the kinds and avoided entities on either side (`keep` always passes).
  ///
  /// - Throws: ``QueryError`` for a relation, property, kind or document the graph does not know.
  package func claimTest(in graph: CuratedGraph) throws(QueryError) -> (Claim) -> Bool {
    let names = try relationNames(in: graph.schema)
    try graph.schema.checkKinds(kinds ?? [])
    if let document, graph.documents[document] == nil { throw .unknownDocument(document, known: Array(graph.documents.keys)) }
    for id in avoid + keep where graph.entities[id] == nil { throw .unknownEntity(id) }
    let relations = names.map(Set.init), kinds = kinds.map(Set.init), avoided = Set(avoid), kept = Set(keep)
    return { [self] claim in
      if let relations, !relations.contains(claim.predicateName) { return false }
      if let document, !claim.sources.contains(where: { $0.document == document }) { return false }
      if let minimumConfidence, claim.confidence < minimumConfidence { return false }
      if let time = claim.time {
        if let window,
          !(withinWindow ? window.earliest <= time.interval.earliest && time.interval.latest <= window.latest : time.interval.overlaps(window))
        {
          return false
        }
      } else if !keepsUndated {
        return false
      }
      for id in [claim.subject] + (claim.object.map { [$0] } ?? []) where !kept.contains(id) {
        if avoided.contains(id) { return false }
        if let kinds, let kind = graph.entities[id]?.kind, !kinds.contains(kind) { return false }
      }
      return true
    }
  }
}
