extension GraphView {
  /// Returns every fewest-hop path from `source` to `target` (at most
  /// `limit` of them), as distinct edge sequences: parallel edges give
  /// distinct paths. Empty if `target` is unreachable.
  ///
  /// Breadth-first search stops after `target`'s level; the paths are then
  /// enumerated backwards over the layered predecessor edges.
  ///
  /// - Complexity: O(*V* + *E* + *P* × *L*) for *P* paths of *L* hops.
  public func allShortestPaths(
    from source: VertexID, to target: VertexID, direction: TraversalDirection = .outgoing, limit: Int = 10_000
  ) -> [GraphPath] {
    precondition(target.index >= 0 && target.index < vertexCount, "target out of range")
    precondition(limit >= 0, "negative limit")
    let reach = breadthFirst(from: source, direction: direction, maxHops: nil)
    guard reach.distances[target.index] >= 0, limit > 0 else { return [] }
    return isUnfiltered
      ? layeredPaths(reach, target.rawValue, direction, limit, OpenGate())
      : layeredPaths(reach, target.rawValue, direction, limit, maskGate)
  }

  private func layeredPaths<Gate: EdgeGate>(
    _ reach: HopDistances, _ target: Int32, _ direction: TraversalDirection, _ limit: Int, _ gate: Gate
  ) -> [GraphPath] {
    // Depth-first from the target back towards the source; each frame keeps
    // its vertex and the next position among its reversed adjacency entries.
    let distance = reach.distances
    let source = reach.source.rawValue
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
          // Edge u -> v walked forwards must enter v from the previous level.
          if distance[Int(u)] == distance[v] - 1 && distance[Int(u)] >= 0 && gate.allows(edge: e, into: Int32(v)) {
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
