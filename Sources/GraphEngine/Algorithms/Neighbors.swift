/// A vertex next to another and the edge that joins them.
public struct Neighbor: Hashable, Sendable {
  /// The vertex at the far end.
  public var vertex: VertexID
  /// The edge (claim) joining the two.
  public var edge: EdgeID
}

extension GraphView {
  /// Returns the neighbours of `v` with the joining edge, one entry per
  /// edge (parallel claims give repeated vertices), in edge-id order per
  /// direction (out-edges first for `.both`).
  ///
  /// - Complexity: O(degree of `v`)
  public func neighbors(of v: VertexID, direction: TraversalDirection = .outgoing) -> [Neighbor] {
    precondition(v.index >= 0 && v.index < vertexCount, "vertex out of range")
    let gate = maskGate
    return topology.withRawAdjacencies(direction) { first, second in
      var result: [Neighbor] = []
      for adjacency in [first, second] {
        guard let adjacency else { continue }
        for i in adjacency.start(v.index)..<adjacency.end(v.index) {
          let w = adjacency.neighbors[i], e = adjacency.edges[i]
          if isUnfiltered || gate.allows(edge: e, into: w) {
            result.append(Neighbor(vertex: VertexID(rawValue: w), edge: EdgeID(rawValue: e)))
          }
        }
      }
      return result
    }
  }
}
