import Foundation
import GraphEngine

/// A claim read in the direction a walk went.
public struct PathHop: Hashable, Sendable {
  public let from: EntityID
  public let to: EntityID
  public let claim: Claim
  /// Whether the walk went from the claim's object to its subject.
  public let reversed: Bool
}

/// A route between two entities: a sequence of distinct entities, each step
/// with every claim that joins the two (in the view searched).
public struct Route: Hashable, Sendable {
  /// The entities visited, from the start to the end.
  public let entities: [EntityID]
  /// One step per pair of consecutive entities.
  public let steps: [Step]
  /// How much the route leans on hubs: the sum, over the entities between its
  /// ends, of the number of distinct entities each is tied to. Routes of equal
  /// length are listed with the lowest first, so specific ties come before
  /// broad events and shared places.
  public let hubLoad: Int
  /// The number of distinct entities each entity between the ends is tied to, in route order.
  public let intermediaryTies: [Int]

  /// Two consecutive entities of a route and the claims that join them.
  public struct Step: Hashable, Sendable {
    public let from: EntityID
    public let to: EntityID
    /// The claims joining the two that the view keeps, in claim order, at most
    /// the `claimsPerStep` the search was given (for a time-respecting route, the
    /// claim whose time carries the walk on), each read from `from` to `to`.
    public let claims: [PathHop]
    /// How many claims join the two in the view, listed in ``claims`` or not.
    public let claimCount: Int
  }

  /// The most claims a step lists unless asked otherwise; the rest are counted.
  public static let claimsPerStep = 20
  /// The most claims a step may be asked to list.
  public static let mostClaimsPerStep = 1_000

  /// The number of steps.
  public var length: Int { steps.count }

  /// The route's cost in the informative ranking (``informativeCost(steps:intermediaryTies:)``).
  public var cost: Double { Self.informativeCost(steps: length, intermediaryTies: intermediaryTies) }

  /// What a route costs in the informative ranking (`path`'s default): one per
  /// step, plus log₂ of the number of entities each intermediary is tied to.
  ///
  /// A catch-all hub tied to 128 entities adds 7, a person tied to 4 adds 2, so
  /// a route one or two steps longer through specific actors beats a short one
  /// through a hub, while a route through specific actors is never lengthened
  /// for nothing (an intermediary adds at least 1 with its step). The explorer
  /// draws the route this ranks first.
  public static func informativeCost(steps: Int, intermediaryTies: [Int]) -> Double {
    Double(steps) + intermediaryTies.reduce(0) { $0 + hubPenalty(ties: $1) }
  }

  /// The penalty of passing through an entity tied to `ties` others: log₂ of `ties` (0 for 1 or fewer).
  public static func hubPenalty(ties: Int) -> Double { ties > 1 ? log2(Double(ties)) : 0 }
}

/// How `paths(from:to:)` searches.
public enum PathSearch: Sendable, Hashable {
  /// The route of least ``Route/cost``: steps plus a penalty for each hub passed
  /// (``Route/informativeCost(steps:intermediaryTies:)``), so a route through
  /// specific actors beats a shorter one through a catch-all hub.
  case informative
  /// The fewest-step route that leans least on hubs.
  case shortest
  /// Every route of the fewest steps (at most ``maximumCount``).
  case allShortest
  /// The `k` shortest routes, by steps (Yen's algorithm over ties).
  case kShortest(Int)
  /// Every route of at most this many steps (at most ``maximumCount``).
  case all(maxHops: Int)
  /// The cheapest route, where a tie costs 1 / the confidence of its surest claim (Dijkstra).
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
  /// The entity the claim was reached from: the centre for direct neighbours, an entity one hop nearer otherwise.
  public let via: EntityID
}

/// What ties an entity when a relation filter found nothing: the other relations
/// that would have, and the role they share (see ``ClaimNetwork/relationsInstead(around:depth:filter:direction:)``).
public struct RelationsInstead: Sendable, Hashable {
  /// The relations asked for, as typed.
  public let asked: [String]
  /// Each relation that ties the entity under the rest of the filter, with its number of claims, most first.
  public let found: [(relation: String, claims: Int)]
  /// A role of the schema that every relation found has, or most of them, if any (`--role`).
  public let role: RelationRole?

  public static func == (a: Self, b: Self) -> Bool {
    a.asked == b.asked && a.found.map(\.relation) == b.found.map(\.relation) && a.found.map(\.claims) == b.found.map(\.claims) && a.role == b.role
  }
  public func hash(into hasher: inout Hasher) {
    hasher.combine(asked)
    hasher.combine(found.map(\.relation))
  }

  /// "no member_of claims; 2 elected_to and 1 leads claims: try --role leadership".
  public var description: String {
    let counts = found.map { "\($0.claims) \($0.relation)" }
    let listed = counts.count > 1 ? counts.dropLast().joined(separator: ", ") + " and " + counts.last! : counts.joined()
    let total = found.reduce(0) { $0 + $1.claims }
    return "no \(asked.joined(separator: " or ")) claims; \(listed) claim\(total == 1 ? "" : "s")"
      + (role.map { ": try --role \($0.rawValue)" } ?? "")
  }
}

extension ClaimNetwork {
  /// Routes from one entity to another in a filtered view: distinct entity
  /// sequences, each step with all the claims behind it.
  ///
  /// Searches run over ties (parallel claims between two entities count once), so
  /// `kShortest(3)` gives three different routes. Routes of equal length come in
  /// order of ``Route/hubLoad``; `shortest` gives the fewest-step route that leans
  /// least on hubs. A time-respecting route keeps, per step, the claim whose time
  /// carries the walk on. Returns `[]` when no route exists under the filter.
  /// Each step lists at most `claimsPerStep` of its claims and counts the rest,
  /// so that many parallel claims between two entities cost no more than the
  /// claims listed.
  ///
  /// - Throws: ``QueryError`` for unknown entities, a route to oneself, a `k` or
  ///   `claimsPerStep` out of range or a bad filter.
  /// - Complexity: that of the search over the view's ties, after O(*V* + *E*) to
  ///   merge them, plus the claims listed.
  public func routes(
    from source: EntityID, to target: EntityID, search: PathSearch = .shortest, filter: NetworkFilter = NetworkFilter(),
    direction: TraversalDirection = .both, claimsPerStep: Int = Route.claimsPerStep
  ) throws(QueryError) -> [Route] {
    guard source != target else { throw .invalidArgument("a path needs two different entities; '\(source)' was given twice") }
    guard (1...Route.mostClaimsPerStep).contains(claimsPerStep) else {
      throw .invalidArgument("the claims listed per step must be from 1 to \(Route.mostClaimsPerStep), not \(claimsPerStep)")
    }
    if let end = filter.avoid.first(where: { $0 == source || $0 == target }) { throw .endAvoided(end) }
    if let found = foundRoutes {
      return try routes(found, from: source, to: target, search: search, filter: filter, direction: direction, claimsPerStep: claimsPerStep)
    }
    var filter = filter
    filter.keep += [source, target]
    let s = try vertex(source)
    let t = try vertex(target)
    let view = try self.view(filter)
    if case .timeRespecting(let mode, let day) = search {
      let found = view.timeRespectingPath(from: s, to: t, startingOn: day, mode: mode, direction: direction)
      return found.map { [route($0.vertices, $0.edges.map { [$0] }, intermediaryTies: [], claimsPerStep: claimsPerStep)] } ?? []
    }
    let ties = view.ties(undirected: direction == .both)
    let degrees = ties.view.degrees(direction: .both)
    return try Self.routePaths(over: ties.view, degrees: degrees, from: s, to: t, search: search, direction: direction).map { path in
      route(
        path.vertices, path.edges.map { ties.members[$0.index] },
        intermediaryTies: path.vertices.dropFirst().dropLast().map { Int(degrees[$0.index]) },
        claimsPerStep: claimsPerStep)
    }
  }

  /// The paths `search` finds from `s` to `t` over a view's ties, in the order
  /// ``routes(from:to:search:filter:direction:claimsPerStep:)`` lists them (routes of
  /// equal length by hub load, then as found; `shortest` the first of these). The
  /// one search behind both the whole network's routes and a part's, found over the
  /// ties a compiled index stores (``undirectedTies()``): the same ties, numbered
  /// alike, give the same paths, whichever of equal-cost routes that is.
  ///
  /// - Parameter degrees: each vertex's number of ties: the hub penalties and loads.
  /// - Throws: ``QueryError/invalidArgument(_:)`` for a `k` or a number of hops out of
  ///   range; a time-respecting search finds nothing here (it walks claims, not ties).
  package static func routePaths(
    over ties: GraphView, degrees: ContiguousArray<Int32>, from s: VertexID, to t: VertexID, search: PathSearch, direction: TraversalDirection
  ) throws(QueryError) -> [GraphPath] {
    let found: [GraphPath]
    switch search {
    case .informative:
      var entryCost = ContiguousArray(degrees.map { Route.hubPenalty(ties: Int($0)) })
      entryCost[t.index] = 0
      found = ties.cheapestPath(from: s, to: t, entryCost: entryCost, direction: direction).map { [$0.path] } ?? []
    case .shortest, .allShortest:
      found = ties.allShortestPaths(from: s, to: t, direction: direction, limit: PathSearch.maximumCount)
    case .kShortest(let k):
      guard (1...PathSearch.maximumCount).contains(k) else {
        throw .invalidArgument("the number of paths must be from 1 to \(PathSearch.maximumCount), not \(k)")
      }
      found = ties.shortestSimplePaths(from: s, to: t, count: k, direction: direction)
    case .all(let maxHops):
      guard (1...PathSearch.maximumHops).contains(maxHops) else {
        throw .invalidArgument("the longest path allowed must be from 1 to \(PathSearch.maximumHops) hops, not \(maxHops)")
      }
      found = ties.simplePaths(from: s, to: t, maxHops: maxHops, direction: direction, limit: PathSearch.maximumCount)
    case .weighted:
      found = ties.cheapestPath(from: s, to: t, direction: direction).map { [$0.path] } ?? []
    case .timeRespecting:
      found = []
    }
    guard search != .weighted && search != .informative else { return found }
    let hubLoads = found.map { $0.vertices.dropFirst().dropLast().reduce(0) { $0 + Int(degrees[$1.index]) } }
    let ordered = found.indices.sorted { (found[$0].hopCount, hubLoads[$0], $0) < (found[$1].hopCount, hubLoads[$1], $1) }.map { found[$0] }
    return search == .shortest ? Array(ordered.prefix(1)) : ordered
  }

  /// The routes of a part read for `found`'s search between its ends: each found
  /// route's entities, each step with the claims the part holds between its two
  /// entities (all those of the whole graph, in claim order).
  private func routes(
    _ found: FoundRoutes, from source: EntityID, to target: EntityID, search: PathSearch, filter: NetworkFilter, direction: TraversalDirection,
    claimsPerStep: Int
  ) throws(QueryError) -> [Route] {
    guard let paths = found.routes[search], found.source == source, found.target == target,
      Self.routePartAnswers(search, filter: filter, direction: direction)
    else { preconditionFailure("a route part answers only the searches it was read for") }
    let ties = GraphView(topology).ties(undirected: true)
    var tieOfPair: [Pair: Int] = [:]
    for (i, (a, b)) in zip(ties.view.topology.sources, ties.view.topology.targets).enumerated() { tieOfPair[Pair(a, b)] = i }
    return try paths.map { path throws(QueryError) in
      let vertices = try path.entities.map { id throws(QueryError) in try vertex(id) }
      let members = zip(vertices, vertices.dropFirst()).map { pair in
        tieOfPair[Pair(Int32(pair.0.index), Int32(pair.1.index))].map { ties.members[$0] } ?? []
      }
      return route(vertices, members, intermediaryTies: path.intermediaryTies, claimsPerStep: claimsPerStep)
    }
  }

  /// Two vertices, whichever way round.
  private struct Pair: Hashable {
    let low: Int32, high: Int32
    init(_ a: Int32, _ b: Int32) { (low, high) = (min(a, b), max(a, b)) }
  }

  /// The fewest-step route between the ends of `route` if it has fewer steps:
  /// the route through a hub that the informative ranking passed over; `nil` if there is none.
  ///
  /// - Throws: as ``routes(from:to:search:filter:direction:)`` does.
  public func shorterRoute(
    than route: Route, filter: NetworkFilter = NetworkFilter(), direction: TraversalDirection = .both
  ) throws(QueryError) -> Route? {
    guard let first = route.entities.first, let last = route.entities.last, first != last else { return nil }
    let shortest = try routes(from: first, to: last, search: .shortest, filter: filter, direction: direction).first
    return shortest.flatMap { $0.length < route.length ? $0 : nil }
  }

  /// Whether a route part (a network of only the entities and claims of the
  /// routes found over the whole network's ties: see ``FoundRoutes``) answers
  /// `search` as the whole graph would: a search over ties (informative, shortest,
  /// all shortest, k shortest, simple) with its count in range, either way along
  /// claims, nothing filtered out.
  public static func routePartAnswers(_ search: PathSearch, filter: NetworkFilter, direction: TraversalDirection) -> Bool {
    guard direction == .both && filter.keepsEverything else { return false }
    switch search {
    case .informative, .shortest, .allShortest: return true
    case .kShortest(let k): return (1...PathSearch.maximumCount).contains(k)
    case .all(let maxHops): return (1...PathSearch.maximumHops).contains(maxHops)
    case .weighted, .timeRespecting: return false
    }
  }

  /// The searches a route part read for `search` must hold: `search`, and for the
  /// informative route the shortest too (``shorterRoute(than:filter:direction:)``).
  package static func routePartSearches(for search: PathSearch) -> [PathSearch] {
    search == .informative ? [.informative, .shortest] : [search]
  }

  /// A route over `vertices` whose step `i` is backed by the edges `edges[i]`, its intermediaries tied to
  /// `intermediaryTies` entities each, each step listing at most `claimsPerStep` of its claims.
  func route(_ vertices: [VertexID], _ edges: [[EdgeID]], intermediaryTies: [Int], claimsPerStep: Int) -> Route {
    let ids = vertices.map { entity($0).id }
    let steps = zip(edges, zip(ids, ids.dropFirst())).map { edges, pair in
      Route.Step(
        from: pair.0, to: pair.1,
        claims: edges.prefix(claimsPerStep).map { edge in
          let claim = claim(edge)
          return PathHop(from: pair.0, to: pair.1, claim: claim, reversed: claim.subject != pair.0)
        }, claimCount: edges.count)
    }
    return Route(entities: ids, steps: steps, hubLoad: intermediaryTies.reduce(0, +), intermediaryTies: intermediaryTies)
  }

  /// Entities within `depth` hops of `id`, each with a claim that reaches it:
  /// every claim of `id` itself (a symmetric claim once), then, farther out, every
  /// claim on the ties walked (from an entity `d` hops out to one `d + 1` hops out),
  /// in breadth-first order: an entity reached by several is listed with each.
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
    var result: [NeighborEntry] = []
    for u in reach.order {
      let distance = reach.distances[Int(u)]
      guard distance < depth else { break }
      let from = VertexID(rawValue: u)
      var listed = Set<EdgeID>()  // a symmetric claim is met from both sides
      for neighbor in view.neighbors(of: from, direction: direction) {
        let v = neighbor.vertex.index
        guard distance == 0 || reach.distances[v] == distance + 1 else { continue }
        guard listed.insert(neighbor.edge).inserted else { continue }
        let claim = claim(neighbor.edge)
        result.append(
          NeighborEntry(
            entity: entity(neighbor.vertex), claim: claim,
            direction: claim.subject == entity(from).id ? .outgoing : .incoming, distance: Int(distance) + 1, via: entity(from).id))
      }
    }
    return result
  }

  /// When `filter` keeps only some relations and they tie nothing to `id` within
  /// `depth` hops: the relations that do under the rest of the filter, and a role
  /// they share; `nil` if the filter names no relation or finds something, or if nothing else ties `id`.
  ///
  /// - Throws: as ``neighbors(of:depth:filter:direction:)`` does.
  public func relationsInstead(
    around id: EntityID, depth: Int = 1, filter: NetworkFilter, direction: TraversalDirection = .both
  ) throws(QueryError) -> RelationsInstead? {
    guard let asked = filter.relations ?? filter.roles.map({ $0.map(\.rawValue) }) else { return nil }
    guard try neighbors(of: id, depth: depth, filter: filter, direction: direction).isEmpty else { return nil }
    var open = filter
    open.relations = nil
    open.roles = nil
    var counts: [String: Int] = [:]
    for entry in try neighbors(of: id, depth: depth, filter: open, direction: direction) { counts[entry.claim.predicateName, default: 0] += 1 }
    guard !counts.isEmpty else { return nil }
    let found = counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { (relation: $0.key, claims: $0.value) }
    var weight: [RelationRole: Int] = [:]
    for (relation, claims) in found {
      for role in graph.schema.relation(named: relation)?.roles ?? [] { weight[role, default: 0] += claims }
    }
    // A role of the relations asked for that some relation found has comes first; else the role most claims found have.
    let askedRoles = Set(try filter.relationNames(in: graph.schema)?.flatMap { graph.schema.relation(named: $0)?.roles ?? [] } ?? [])
    let role = weight.sorted {
      (askedRoles.contains($1.key) ? 1 : 0, $1.value, $0.key.rawValue) < (askedRoles.contains($0.key) ? 1 : 0, $0.value, $1.key.rawValue)
    }.first?.key
    let named = try filter.relationNames(in: graph.schema) ?? asked
    return RelationsInstead(asked: filter.relations == nil ? asked : named, found: found, role: role)
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
