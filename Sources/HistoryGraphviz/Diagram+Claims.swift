import HistoryGraph

/// What part of the claim network a diagram shows.
public enum DiagramSelection: Sendable, Hashable {
  /// Every claim the filter keeps.
  case whole
  /// Entities within `depth` hops of one entity.
  case focus(EntityID, depth: Int)
  /// The `k` shortest paths between two entities, highlighted.
  case path(EntityID, EntityID, k: Int)
  /// The claims with these relations whose subjects' ids start with a prefix (e.g. `soviet-power-in-`).
  case subjects(prefix: String)
}

extension Diagram {
  /// A diagram of part of the claim network: entities as nodes labelled in
  /// `language`, relation claims as edges labelled with relation and date.
  ///
  /// The subtitle states the filters in force and the source documents cited.
  /// A claim is drawn dashed when a source gives it less than full confidence
  /// or its date is qualified as uncertain or approximate.
  ///
  /// - Throws: ``HistoryGraph/QueryError`` for unknown entities or a bad filter, or
  ///   ``HistoryGraph/QueryError/invalidArgument(_:)`` if the view is empty.
  public init(
    network: ClaimNetwork, selection: DiagramSelection, filter: NetworkFilter = NetworkFilter(), language: Language = .kk,
    title: String, options: DiagramOptions = DiagramOptions()
  ) throws(QueryError) {
    let graph = network.graph
    var claims: [Claim] = []
    var highlighted = Set<ClaimID>()
    var endpoints: [EntityID] = []
    switch selection {
    case .whole:
      claims = try network.claims(matching: filter)
    case .focus(let center, let depth):
      claims = try network.claims(around: center, depth: depth, filter: filter)
      endpoints = [center]
    case .path(let from, let to, let k):
      var seen = Set<ClaimID>()
      for route in try network.routes(from: from, to: to, search: .kShortest(k), filter: filter) {
        for step in route.steps {
          for hop in step.claims where seen.insert(hop.claim.id).inserted { claims.append(hop.claim) }
        }
      }
      highlighted = seen
      endpoints = [from, to]
    case .subjects(let prefix):
      claims = try network.claims(matching: filter).filter { $0.subject.rawValue.hasPrefix(prefix) }
    }
    guard !claims.isEmpty else {
      throw .invalidArgument("the view is empty (filters: \(filter.summary)); widen the filter or pick another focus")
    }
    var vertices = Set<EntityID>(endpoints)
    var nodes: [DiagramNode] = []
    var diagramEdges: [DiagramEdge] = []
    var documents = Set<DocumentID>()
    for claim in claims {
      guard let object = claim.object else { continue }
      vertices.insert(claim.subject)
      vertices.insert(object)
      documents.formUnion(claim.sources.map(\.document))
      let date = claim.time.map { Self.shortDate($0) }
      let uncertain = claim.confidence < 1 || claim.time?.edtf.isUncertain == true || claim.time?.edtf.isApproximate == true
      diagramEdges.append(
        DiagramEdge(
          from: DiagramNodeID(claim.subject.rawValue), to: DiagramNodeID(object.rawValue),
          label: [claim.predicateName.replacingOccurrences(of: "_", with: " "), date].compactMap { $0 }.joined(separator: "\n"),
          relation: DiagramRelation(claim.predicateName), isUncertain: uncertain,
          isSymmetric: graph.schema.relation(named: claim.predicateName)?.symmetric ?? false,
          isHighlighted: highlighted.contains(claim.id)))
    }
    for id in vertices.sorted() {
      guard let entity = graph.entities[id] else { continue }
      nodes.append(
        DiagramNode(
          id: DiagramNodeID(id.rawValue), label: entity.label(in: language), kind: DiagramNodeKind(entity.kind),
          tooltip: id.rawValue, isHighlighted: endpoints.contains(id)))
    }
    let cited = documents.sorted().map { id in
      "\(id): \(graph.documents[id]?.labels[language] ?? graph.documents[id]?.labels[.kk] ?? graph.documents[id]?.labels[.en] ?? id.rawValue)"
    }
    self.init(
      title: title,
      subtitle: ["Filters: \(filter.summary)", "Sources: " + cited.joined(separator: "; ")],
      nodes: nodes, edges: diagramEdges, options: options, style: DiagramStyle(schema: graph.schema))
  }

  /// A compact date for an edge label: as the source writes it, with Old Style dates shown in both styles.
  static func shortDate(_ dating: Dating) -> String {
    dating.calendar == .julian ? dating.display : dating.asWritten
  }
}
