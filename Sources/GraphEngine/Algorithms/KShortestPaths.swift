extension GraphView {
  /// Returns up to `count` shortest simple paths from `source` to `target`
  /// in order of cost (Yen's algorithm). The cost is the hop count, or the
  /// sum of edge weights when `weighted`. Ties are broken by fewer hops,
  /// then by vertex sequence, then by edge sequence, so the order is
  /// deterministic. Parallel edges give distinct paths.
  ///
  /// Counting hops, each search (the first and one per spur vertex) grows
  /// from both ends at once and, among the fewest-hop paths it may take,
  /// takes the one a one-sided Dijkstra search counting hops would (see
  /// ``cheapestPath(from:to:entryCost:direction:)``); the searches share one
  /// set of per-vertex state, reset through what each touched.
  ///
  /// - Complexity: O(*count* × *L* × (*V* + *E*) log *V*) for paths of *L*
  ///   hops at worst; counting hops on graphs whose neighbourhoods grow fast,
  ///   each search reaches about the square root of that.
  public func shortestSimplePaths(
    from source: VertexID, to target: VertexID, count: Int, weighted: Bool = false,
    direction: TraversalDirection = .outgoing
  ) -> [GraphPath] {
    precondition(source.index >= 0 && source.index < vertexCount, "source out of range")
    precondition(target.index >= 0 && target.index < vertexCount, "target out of range")
    precondition(count >= 0, "negative count")
    guard count > 0 else { return [] }
    return isUnfiltered
      ? yen(source.rawValue, target.rawValue, count, weighted, direction, OpenGate())
      : yen(source.rawValue, target.rawValue, count, weighted, direction, maskGate)
  }

  private func yen<Gate: EdgeGate>(
    _ source: Int32, _ target: Int32, _ count: Int, _ weighted: Bool, _ direction: TraversalDirection,
    _ gate: Gate
  ) -> [GraphPath] {
    func cost(_ edges: ArraySlice<EdgeID>) -> Double {
      weighted ? edges.reduce(0) { $0 + topology.weight[$1.index] } : Double(edges.count)
    }
    func precedes(_ a: (path: GraphPath, cost: Double), _ b: (path: GraphPath, cost: Double)) -> Bool {
      if a.cost != b.cost { return a.cost < b.cost }
      if a.path.hopCount != b.path.hopCount { return a.path.hopCount < b.path.hopCount }
      if a.path.vertices != b.path.vertices { return a.path.vertices.lexicographicallyPrecedes(b.path.vertices) }
      return a.path.edges.lexicographicallyPrecedes(b.path.edges)
    }
    var bannedEdges = Bitset(capacity: topology.edgeCount)
    var bannedVertices = Bitset(capacity: vertexCount)
    var hopSearch = weighted ? nil : BidirectionalSearch(vertexCount: vertexCount)
    /// The least-cost path from `start` to the target through what `gate` allows.
    func search<G: EdgeGate>(from start: Int32, gate: G) -> GraphPath? {
      guard hopSearch != nil else {
        return dijkstra(from: start, to: target, direction: direction, weighted: true, gate: gate).path(to: VertexID(rawValue: target))
      }
      hopSearch!.run(from: start, to: target, in: topology, direction: direction, gate: gate, entryCost: nil)
      return hopSearch!.cheapestPath(in: topology, direction: direction, gate: gate, entryCost: nil)
    }
    guard let shortest = search(from: source, gate: gate) else { return [] }
    var accepted = [shortest]
    var candidates: [(path: GraphPath, cost: Double)] = []
    while accepted.count < count {
      let previous = accepted[accepted.count - 1]
      for spurIndex in 0..<previous.hopCount {
        let spur = previous.vertices[spurIndex]
        let rootVertices = previous.vertices[...spurIndex]
        let rootEdges = previous.edges[..<spurIndex]
        // Ban the next edge of every accepted path sharing this root, and the root's other vertices.
        var edgeBans: [Int] = []
        for path in accepted
        where path.hopCount > spurIndex && path.vertices[...spurIndex] == rootVertices
          && path.edges[..<spurIndex] == rootEdges
        {
          edgeBans.append(path.edges[spurIndex].index)
        }
        for e in edgeBans { bannedEdges[e] = true }
        for v in rootVertices.dropLast() { bannedVertices[v.index] = true }
        let spurPath = search(from: spur.rawValue, gate: BanGate(base: gate, edges: bannedEdges, vertices: bannedVertices))
        for e in edgeBans { bannedEdges[e] = false }
        for v in rootVertices.dropLast() { bannedVertices[v.index] = false }
        guard let spurPath else { continue }
        let path = GraphPath(
          vertices: Array(rootVertices.dropLast()) + spurPath.vertices, edges: Array(rootEdges) + spurPath.edges)
        if !accepted.contains(path) && !candidates.contains(where: { $0.path == path }) {
          candidates.append((path, cost(path.edges[...])))
        }
      }
      guard !candidates.isEmpty else { break }
      var best = 0
      for i in candidates.indices.dropFirst() where precedes(candidates[i], candidates[best]) { best = i }
      accepted.append(candidates.remove(at: best).path)
    }
    return accepted
  }
}
