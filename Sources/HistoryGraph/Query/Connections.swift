import GraphEngine
/// One step of a path: the claim that joins two entities, read in the direction walked.
public struct PathHop: Hashable, Sendable {
  public let from: EntityID
  public let to: EntityID
  public let claim: Claim
  /// Whether the walk went from the claim's object to its subject.
  public let reversed: Bool
}

/// How `paths(from:to:)` searches.
public enum PathSearch: Sendable, Hashable {
  /// The fewest-hop path (bidirectional breadth-first search).
  case shortest
  /// Every path of the fewest hops.
  case allShortest
  /// The `k` shortest simple paths, by hops (Yen).
  case kShortest(Int)
  /// Every simple path of at most this many hops.
  case all(maxHops: Int)
  /// The cheapest path where a claim costs 1 / its confidence (Dijkstra).
  case weighted
  /// The earliest-arriving path whose claims follow each other in time, starting on a day.
  case timeRespecting(TemporalMode, from: Int32)

  /// The most paths `kShortest` lists; more is refused (each costs a search).
  public static let maximumCount = 1_000
  /// The longest path `all` enumerates; the number of simple paths grows exponentially with it.
  public static let maximumHops = 12
}

/// An entity next to another, and the claim that joins them.
public struct NeighborEntry: Hashable, Sendable {
  public let entity: Entity
  public let claim: Claim
  /// `outgoing` if the entity is the claim's object, `incoming` if its subject.
  public let direction: TraversalDirection
  /// Hops from the centre (1 for direct neighbours).
  public let distance: Int
}

extension ClaimNetwork {
  /// Paths from one entity to another in a filtered view, each hop with its claim.
  ///
  /// Returns `[]` when no path exists under the filter (an unknown id is an error, not `[]`).
  ///
  /// - Throws: ``QueryError`` for unknown entities, a path to oneself, a `k` below 1 or a bad filter.
  /// - Complexity: that of the search: O(*V* + *E*) for `shortest`, see each algorithm for the rest.
  public func paths(
    from source: EntityID, to target: EntityID, search: PathSearch = .shortest, filter: NetworkFilter = NetworkFilter(),
    direction: TraversalDirection = .both
  ) throws(QueryError) -> [[PathHop]] {
    guard source != target else { throw .invalidArgument("a path needs two different entities; '\(source)' was given twice") }
    if let end = filter.avoid.first(where: { $0 == source || $0 == target }) {
      throw .invalidArgument("'\(end)' is an end of the path and cannot be avoided")
    }
    var filter = filter
    filter.keep += [source, target]
    let s = try vertex(source)
    let t = try vertex(target)
    let view = try self.view(filter)
    let found: [GraphPath]
    switch search {
    case .shortest: found = view.shortestPath(from: s, to: t, direction: direction).map { [$0] } ?? []
    case .allShortest: found = view.allShortestPaths(from: s, to: t, direction: direction, limit: 1000)
    case .kShortest(let k):
      guard (1...PathSearch.maximumCount).contains(k) else { throw .invalidArgument("the number of paths must be from 1 to \(PathSearch.maximumCount), not \(k)") }
      found = view.shortestSimplePaths(from: s, to: t, count: k, direction: direction)
    case .all(let maxHops):
      guard (1...PathSearch.maximumHops).contains(maxHops) else { throw .invalidArgument("the longest path allowed must be from 1 to \(PathSearch.maximumHops) hops, not \(maxHops)") }
      found = view.simplePaths(from: s, to: t, maxHops: maxHops, direction: direction, limit: 1000)
    case .weighted: found = view.cheapestPath(from: s, to: t, direction: direction).map { [$0.path] } ?? []
    case .timeRespecting(let mode, let day):
      found = view.timeRespectingPath(from: s, to: t, startingOn: day, mode: mode, direction: direction).map { [$0] } ?? []
    }
    return found.map(hops)
  }

  /// The hops of an engine path, with the claims behind its edges.
  package func hops(_ path: GraphPath) -> [PathHop] {
    zip(path.edges, zip(path.vertices, path.vertices.dropFirst())).map { edge, pair in
      let from = entity(pair.0).id
      let claim = claim(edge)
      return PathHop(from: from, to: entity(pair.1).id, claim: claim, reversed: claim.subject != from)
    }
  }

  /// Entities within `depth` hops of `id`, each with the claim that reaches it:
  /// every claim of `id` itself, then, farther out, the first claim (in
  /// breadth-first order) that reaches each entity.
  ///
  /// - Throws: ``QueryError`` for an unknown entity, a depth below 1 or a bad filter.
  /// - Complexity: O(*V* + *E*) in the view.
  public func neighbors(
    of id: EntityID, depth: Int = 1, filter: NetworkFilter = NetworkFilter(), direction: TraversalDirection = .both
  ) throws(QueryError) -> [NeighborEntry] {
    guard depth >= 1 else { throw .invalidArgument("the depth must be at least 1, not \(depth)") }
    var filter = filter
    filter.keep.append(id)
    let view = try self.view(filter)
    let center = try vertex(id)
    let reach = view.hopDistances(from: center, direction: direction, maxHops: depth)
    var reported = Bitset(capacity: view.vertexCount)
    var result: [NeighborEntry] = []
    for u in reach.order {
      let distance = reach.distances[Int(u)]
      guard distance < depth else { break }
      let from = VertexID(rawValue: u)
      for neighbor in view.neighbors(of: from, direction: direction) {
        let v = neighbor.vertex.index
        guard distance == 0 || (reach.distances[v] == distance + 1 && !reported[v]) else { continue }
        reported[v] = true
        let claim = claim(neighbor.edge)
        result.append(
          NeighborEntry(
            entity: entity(neighbor.vertex), claim: claim,
            direction: claim.subject == entity(from).id ? .outgoing : .incoming, distance: Int(distance) + 1))
      }
    }
    return result
  }

  /// Every relation claim that `filter` keeps, in claim order.
  ///
  /// - Throws: ``QueryError`` for a bad filter.
  /// - Complexity: O(*V* + *E*)
  public func claims(matching filter: NetworkFilter = NetworkFilter()) throws(QueryError) -> [Claim] {
    let view = try self.view(filter)
    return (0..<topology.edgeCount).map { EdgeID($0) }.filter { view.allows($0) }.map(claim)
  }

  /// The relation claims among the entities within `depth` hops of `id`
  /// (its ego network, following claims both ways), in claim order.
  ///
  /// - Throws: ``QueryError`` for an unknown entity, a negative depth or a bad filter.
  /// - Complexity: O(*V* + *E*) at worst.
  public func claims(around id: EntityID, depth: Int, filter: NetworkFilter = NetworkFilter()) throws(QueryError) -> [Claim] {
    guard depth >= 0 else { throw .invalidArgument("the depth must not be negative, not \(depth)") }
    var filter = filter
    filter.keep.append(id)
    let view = try self.view(filter)
    return view.egoNetwork(of: try vertex(id), radius: depth, direction: .both).edges.sorted().map(claim)
  }
}
