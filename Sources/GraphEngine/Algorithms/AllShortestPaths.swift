extension GraphView {
  /// Returns every fewest-hop path from `source` to `target` (at most
  /// `limit` of them), as distinct edge sequences: parallel edges give
  /// distinct paths. Empty if `target` is unreachable.
  ///
  /// A search from both ends at once finds every vertex on a fewest-hop path
  /// (see ``cheapestPath(from:to:entryCost:direction:)``); the paths are then
  /// enumerated backwards from `target` over the edges that enter each vertex
  /// from the level before, in reversed-adjacency order.
  ///
  /// - Complexity: O((*V* + *E*) log *V* + *P* × *L*) for *P* paths of *L* hops
  ///   at worst; on graphs whose neighbourhoods grow fast the search reaches
  ///   about the square root of that; plus O(*V*) to set up.
  public func allShortestPaths(
    from source: VertexID, to target: VertexID, direction: TraversalDirection = .outgoing, limit: Int = 10_000
  ) -> [GraphPath] {
    precondition(source.index >= 0 && source.index < vertexCount, "source out of range")
    precondition(target.index >= 0 && target.index < vertexCount, "target out of range")
    precondition(limit >= 0, "negative limit")
    guard limit > 0 else { return [] }
    return isUnfiltered
      ? layeredPaths(source.rawValue, target.rawValue, direction, limit, OpenGate())
      : layeredPaths(source.rawValue, target.rawValue, direction, limit, maskGate)
  }

  private func layeredPaths<Gate: EdgeGate>(
    _ source: Int32, _ target: Int32, _ direction: TraversalDirection, _ limit: Int, _ gate: Gate
  ) -> [GraphPath] {
    var search = BidirectionalSearch(vertexCount: vertexCount)
    search.run(from: source, to: target, in: topology, direction: direction, gate: gate, entryCost: nil)
    guard search.cost.isFinite else { return [] }
    let hops = Int(search.cost)
    // Depth-first from the target back towards the source; each frame keeps
    // its vertex and the next position among its reversed adjacency entries.
    var paths: [GraphPath] = []
    topology.withRawAdjacencies(direction.reversed) { first, second in
      let sides = [first, second].compactMap { $0 }
      func entry(_ v: Int, _ k: Int) -> (vertex: Int32, edge: Int32)? {
        var k = k
        for side in sides {
          let count = side.end(v) - side.start(v)
          if k < count { return (side.neighbors[side.start(v) + k], side.edges[side.start(v) + k]) }
          k -= count
        }
        return nil
      }
      var vertices: [Int32] = [target]
      var edges: [Int32] = []
      var cursors: [Int] = [0]
      while let v = vertices.last.map(Int.init) {
        if Int32(v) == source {
          paths.append(
            GraphPath(
              vertices: vertices.reversed().map(VertexID.init(rawValue:)),
              edges: edges.reversed().map(EdgeID.init(rawValue:))))
          if paths.count == limit { return }
          vertices.removeLast()
          cursors.removeLast()
          if !edges.isEmpty { edges.removeLast() }
          continue
        }
        var advanced = false
        while let (u, e) = entry(v, cursors[cursors.count - 1]) {
          cursors[cursors.count - 1] += 1
          // Edge u -> v walked forwards must enter v from the previous level of a fewest-hop path.
          if search.isOnCheapestRoute(u, hops: hops - vertices.count) && gate.allows(edge: e, into: Int32(v)) {
            vertices.append(u)
            edges.append(e)
            cursors.append(0)
            advanced = true
            break
          }
        }
        if !advanced {
          vertices.removeLast()
          cursors.removeLast()
          if !edges.isEmpty { edges.removeLast() }
        }
      }
    }
    return paths
  }
}
