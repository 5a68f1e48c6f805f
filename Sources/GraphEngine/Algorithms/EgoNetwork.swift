/// The vertices within some hops of a centre and the edges among them.
public struct EgoNetwork: Sendable {
  /// The centre first, then the others in breadth-first order.
  public var vertices: [VertexID]
  /// Every kept edge whose two endpoints are both in `vertices`, whatever
  /// its direction, in increasing id order per source vertex.
  public var edges: [EdgeID]
}

extension GraphView {
  /// Returns the `radius`-hop ego network of `center`: the vertices reached
  /// within `radius` hops along `direction`, and the induced edges among them
  /// (as NetworkX's `ego_graph`).
  ///
  /// - Complexity: O(*V* + *E*) at worst; O(size of the ego network) beyond
  ///   the O(*V*) distance array.
  public func egoNetwork(
    of center: VertexID, radius: Int, direction: TraversalDirection = .outgoing
  ) -> EgoNetwork {
    precondition(radius >= 0, "negative radius")
    let reach = breadthFirst(from: center, direction: direction, maxHops: radius)
    let hasSymmetric = topology.symmetricEdges.capacity != 0
    func induced<Gate: EdgeGate>(_ gate: Gate) -> [EdgeID] {
      topology.outgoing.withRaw { out in
        reach.distances.withUnsafeBufferPointer { dist in
          topology.sources.withUnsafeBufferPointer { sources in
            var edges: [EdgeID] = []
            for u in reach.order {
              for i in out.start(Int(u))..<out.end(Int(u)) {
                let w = out.neighbors[i], e = out.edges[i]
                // A symmetric edge is also entered at its target: count it once.
                if dist[Int(w)] >= 0 && gate.allows(edge: e, into: w)
                  && (!hasSymmetric || sources[Int(e)] == u)
                {
                  edges.append(EdgeID(rawValue: e))
                }
              }
            }
            return edges
          }
        }
      }
    }
    return EgoNetwork(
      vertices: reach.order.map(VertexID.init(rawValue:)),
      edges: isUnfiltered ? induced(OpenGate()) : induced(maskGate))
  }
}
