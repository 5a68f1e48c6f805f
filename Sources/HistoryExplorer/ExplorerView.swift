import HistoryGraph

/// What part of the claim network an explorer page shows.
public enum ExplorerSelection: Sendable, Hashable {
  /// Every claim the filter keeps; with no filter, every entity too.
  case whole
  /// Entities within `depth` hops of one entity.
  case focus(EntityID, depth: Int)
}

/// The entities and claims of one page: relation claims grouped into ties
/// (one per pair of entities), and the property claims of the entities shown.
struct ExplorerView {
  /// The entities shown, in graph order.
  let entities: [Entity]
  /// Every claim shown: the relation claims, then the property claims.
  let claims: [Claim]
  /// The ties: two entity positions (in ``entities``) and the positions of their claims (in ``claims``).
  let ties: [(a: Int, b: Int, claims: [Int])]

  init(network: ClaimNetwork, selection: ExplorerSelection, filter: NetworkFilter) throws(ExplorerError) {
    let graph = network.graph
    let relationClaims: [Claim]
    do {
      switch selection {
      case .whole: relationClaims = try network.claims(matching: filter)
      case .focus(let center, let depth): relationClaims = try network.claims(around: center, depth: depth, filter: filter)
      }
    } catch {
      throw .query(error)
    }
    var shown = Set<EntityID>()
    if selection == .whole && filter == NetworkFilter() {
      shown.formUnion(graph.entities.keys)
    } else {
      guard !relationClaims.isEmpty else { throw .emptyView(filters: filter.summary) }
      if case .focus(let center, _) = selection { shown.insert(center) }
      for claim in relationClaims {
        shown.insert(claim.subject)
        if let object = claim.object { shown.insert(object) }
      }
    }
    entities = graph.entities.values.filter { shown.contains($0.id) }
    var position: [EntityID: Int] = [:]
    for (i, entity) in entities.enumerated() { position[entity.id] = i }

    var claims = relationClaims
    var tieIndex: [Pair: Int] = [:]
    var ties: [(a: Int, b: Int, claims: [Int])] = []
    for (i, claim) in relationClaims.enumerated() {
      guard let object = claim.object, let s = position[claim.subject], let o = position[object] else { continue }
      let pair = Pair(min(s, o), max(s, o))
      if let t = tieIndex[pair] {
        ties[t].claims.append(i)
      } else {
        tieIndex[pair] = ties.count
        ties.append((pair.a, pair.b, [i]))
      }
    }
    // Property claims of the entities shown, narrowed as the filter narrows relation claims.
    claims += graph.claims.values.filter { claim in
      claim.object == nil && shown.contains(claim.subject)
        && (filter.document.map { document in claim.sources.contains { $0.document == document } } ?? true)
        && (filter.minimumConfidence.map { claim.confidence >= $0 } ?? true)
        && (filter.window.map { window in claim.time.map { $0.interval.overlaps(window) } ?? filter.keepsUndated } ?? true)
    }
    self.claims = claims
    self.ties = ties
  }

  private struct Pair: Hashable {
    let a: Int, b: Int
    init(_ a: Int, _ b: Int) { (self.a, self.b) = (a, b) }
  }
}
