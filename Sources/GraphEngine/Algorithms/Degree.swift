extension GraphView {
  /// Returns the number of kept edges at `v` in `direction` (`.both` is
  /// in + out; a symmetric edge counts in both directions; parallel edges
  /// count once each).
  ///
  /// - Complexity: O(1) unfiltered, O(degree of `v`) filtered.
  public func degree(of v: VertexID, direction: TraversalDirection = .both) -> Int {
    precondition(v.index >= 0 && v.index < vertexCount, "vertex out of range")
    let adjacencies: [Adjacency] =
      switch direction {
      case .outgoing: [topology.outgoing]
      case .incoming: [topology.incoming]
      case .both: [topology.outgoing, topology.incoming]
      }
    var total = 0
    for adjacency in adjacencies {
      let range = Int(adjacency.offsets[v.index])..<Int(adjacency.offsets[v.index + 1])
      if isUnfiltered {
        total += range.count
      } else {
        let gate = maskGate
        for i in range where gate.allows(edge: adjacency.edges[i], into: adjacency.neighbors[i]) { total += 1 }
      }
    }
    return total
  }

  /// Returns the degree of every vertex (see `degree(of:direction:)`),
  /// indexed by vertex index.
  ///
  /// - Complexity: O(*V*) unfiltered, O(*V* + *E*) filtered.
  public func degrees(direction: TraversalDirection = .both) -> ContiguousArray<Int32> {
    ContiguousArray((0..<vertexCount).lazy.map { Int32(degree(of: VertexID($0), direction: direction)) })
  }
}
