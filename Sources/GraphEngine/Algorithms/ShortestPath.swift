extension GraphView {
  /// Returns a fewest-hop path from `source` to `target`, or `nil` if there
  /// is none, by bidirectional breadth-first search (each round grows the
  /// smaller frontier by one level).
  ///
  /// Among equally short paths the one returned is deterministic but
  /// otherwise unspecified; `allShortestPaths(from:to:)` lists them all.
  ///
  /// - Complexity: O(*V* + *E*) at worst, usually far less.
  public func shortestPath(
    from source: VertexID, to target: VertexID, direction: TraversalDirection = .outgoing
  ) -> GraphPath? {
    precondition(source.index >= 0 && source.index < vertexCount, "source out of range")
    precondition(target.index >= 0 && target.index < vertexCount, "target out of range")
    if source == target { return GraphPath(vertices: [source], edges: []) }
    return isUnfiltered
      ? bidirectionalSearch(source.rawValue, target.rawValue, direction, OpenGate())
      : bidirectionalSearch(source.rawValue, target.rawValue, direction, maskGate)
  }

  private func bidirectionalSearch<Gate: EdgeGate>(
    _ source: Int32, _ target: Int32, _ direction: TraversalDirection, _ gate: Gate
  ) -> GraphPath? {
    let n = vertexCount
    // Per side: hops from its root (-1 = unseen), and the parent vertex and edge.
    var forward = SearchSide(root: source, vertexCount: n)
    var backward = SearchSide(root: target, vertexCount: n)
    var best = Int32.max, meeting: Int32 = -1

    /// Grows `mine` by one level along `walk`, noting where it meets `theirs`.
    func grow(_ mine: inout SearchSide, meeting theirs: SearchSide, along walk: TraversalDirection) {
      let next = mine.depth + 1
      var grown = ContiguousArray<Int32>()
      topology.withRawAdjacencies(walk) { first, second in
        mine.distance.withUnsafeMutableBufferPointer { dist in
          theirs.distance.withUnsafeBufferPointer { other in
            mine.parentVertex.withUnsafeMutableBufferPointer { pv in
              mine.parentEdge.withUnsafeMutableBufferPointer { pe in
                for u in mine.frontier {
                  for adjacency in [first, second] {
                    guard let adjacency else { continue }
                    for i in adjacency.start(Int(u))..<adjacency.end(Int(u)) {
                      let w = Int(adjacency.neighbors[i])
                      guard dist[w] < 0, gate.allows(edge: adjacency.edges[i], into: Int32(w)) else { continue }
                      dist[w] = next
                      pv[w] = u
                      pe[w] = adjacency.edges[i]
                      grown.append(Int32(w))
                      if other[w] >= 0 && next + other[w] < best {
                        best = next + other[w]
                        meeting = Int32(w)
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
      mine.frontier = grown
      mine.depth = next
    }

    while best == .max && !forward.frontier.isEmpty && !backward.frontier.isEmpty {
      if forward.frontier.count <= backward.frontier.count {
        grow(&forward, meeting: backward, along: direction)
      } else {
        grow(&backward, meeting: forward, along: direction.reversed)
      }
    }
    guard meeting >= 0 else { return nil }
    let head = forward.parentVertex.withUnsafeBufferPointer { pv in
      forward.parentEdge.withUnsafeBufferPointer { pe in
        GraphPath.tracing(back: meeting, parentVertex: pv, parentEdge: pe)
      }
    }
    var vertices = head.vertices, edges = head.edges
    var v = Int(meeting)
    while backward.parentEdge[v] >= 0 {
      edges.append(EdgeID(rawValue: backward.parentEdge[v]))
      v = Int(backward.parentVertex[v])
      vertices.append(VertexID(rawValue: Int32(v)))
    }
    return GraphPath(vertices: vertices, edges: edges)
  }
}

/// One side of a bidirectional search.
private struct SearchSide {
  var distance: ContiguousArray<Int32>
  var parentVertex: ContiguousArray<Int32>
  var parentEdge: ContiguousArray<Int32>
  var frontier: ContiguousArray<Int32>
  var depth: Int32 = 0

  init(root: Int32, vertexCount n: Int) {
    distance = ContiguousArray(repeating: -1, count: n)
    parentVertex = ContiguousArray(repeating: -1, count: n)
    parentEdge = ContiguousArray(repeating: -1, count: n)
    frontier = [root]
    distance[Int(root)] = 0
  }
}
