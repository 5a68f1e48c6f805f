/// Weighted distances from one source, as found by Dijkstra's algorithm.
public struct WeightedDistances: Sendable {
  /// The source.
  public let source: VertexID
  /// Least total weight per vertex index; `.infinity` where unreachable.
  public let distances: ContiguousArray<Double>
  let parentVertex: ContiguousArray<Int32>
  let parentEdge: ContiguousArray<Int32>

  /// The least total weight from the source to `v`, or `nil` if unreachable.
  public subscript(v: VertexID) -> Double? {
    let d = distances[v.index]
    return d.isFinite ? d : nil
  }

  /// A least-weight path from the source to `v`, or `nil` if unreachable.
  ///
  /// - Complexity: O(hops)
  public func path(to v: VertexID) -> GraphPath? {
    guard distances[v.index].isFinite else { return nil }
    return parentVertex.withUnsafeBufferPointer { pv in
      parentEdge.withUnsafeBufferPointer { pe in GraphPath.tracing(back: v.rawValue, parentVertex: pv, parentEdge: pe) }
    }
  }
}

/// A gate that also refuses banned edges and vertices (the spur searches of Yen's algorithm).
struct BanGate<Base: EdgeGate>: EdgeGate {
  let base: Base
  let edges: Bitset
  let vertices: Bitset
  @inline(__always) func allows(edge e: Int32, into v: Int32) -> Bool {
    !edges[Int(e)] && !vertices[Int(v)] && base.allows(edge: e, into: v)
  }
  @inline(__always) func allows(vertex v: Int32) -> Bool { !vertices[Int(v)] && base.allows(vertex: v) }
}

extension GraphView {
  /// Returns least-weight distances from `source` using each edge's
  /// `weight` (Dijkstra's algorithm with a binary heap).
  ///
  /// - Complexity: O((*V* + *E*) log *V*)
  public func weightedDistances(
    from source: VertexID, direction: TraversalDirection = .outgoing
  ) -> WeightedDistances {
    precondition(source.index >= 0 && source.index < vertexCount, "source out of range")
    return isUnfiltered
      ? dijkstra(from: source.rawValue, to: -1, direction: direction, weighted: true, gate: OpenGate())
      : dijkstra(from: source.rawValue, to: -1, direction: direction, weighted: true, gate: maskGate)
  }

  /// Returns a least-weight path from `source` to `target` and its total
  /// weight, or `nil` if there is none. The search stops once `target` is settled.
  ///
  /// - Complexity: O((*V* + *E*) log *V*)
  public func cheapestPath(
    from source: VertexID, to target: VertexID, direction: TraversalDirection = .outgoing
  ) -> (path: GraphPath, cost: Double)? {
    precondition(source.index >= 0 && source.index < vertexCount, "source out of range")
    precondition(target.index >= 0 && target.index < vertexCount, "target out of range")
    let result =
      isUnfiltered
      ? dijkstra(from: source.rawValue, to: target.rawValue, direction: direction, weighted: true, gate: OpenGate())
      : dijkstra(from: source.rawValue, to: target.rawValue, direction: direction, weighted: true, gate: maskGate)
    guard let path = result.path(to: target) else { return nil }
    return (path, result.distances[target.index])
  }

  /// Returns a path from `source` to `target` of least cost, where each step
  /// costs 1 plus `entryCost` of the vertex it enters, and the cost; `nil` if
  /// there is none. (A cost per vertex entered: give the target 0 to charge only
  /// the vertices between the ends.)
  ///
  /// Searches from both ends at once. Among paths of least cost (costs within
  /// 10⁻⁹ count as equal) it returns the one whose vertex sequence, read from
  /// `target` back to `source`, is lexicographically least: each vertex is
  /// entered from the least-numbered vertex a least-cost path can come from,
  /// over the first such edge in edge order. That is the path a one-sided
  /// Dijkstra search settling vertices by cost, then index, finds.
  ///
  /// - Precondition: `entryCost` has one finite, non-negative value per vertex.
  /// - Complexity: O((*V* + *E*) log *V*) at worst; on graphs whose
  ///   neighbourhoods grow fast, about the square root of that, plus O(*V*) to
  ///   set up.
  public func cheapestPath(
    from source: VertexID, to target: VertexID, entryCost: ContiguousArray<Double>, direction: TraversalDirection = .outgoing
  ) -> (path: GraphPath, cost: Double)? {
    precondition(source.index >= 0 && source.index < vertexCount, "source out of range")
    precondition(target.index >= 0 && target.index < vertexCount, "target out of range")
    precondition(entryCost.count == vertexCount, "one entry cost per vertex")
    var search = BidirectionalSearch(vertexCount: vertexCount)
    let path: GraphPath?
    if isUnfiltered {
      search.run(from: source.rawValue, to: target.rawValue, in: topology, direction: direction, gate: OpenGate(), entryCost: entryCost)
      path = search.cheapestPath(in: topology, direction: direction, gate: OpenGate(), entryCost: entryCost)
    } else {
      search.run(from: source.rawValue, to: target.rawValue, in: topology, direction: direction, gate: maskGate, entryCost: entryCost)
      path = search.cheapestPath(in: topology, direction: direction, gate: maskGate, entryCost: entryCost)
    }
    return path.map { ($0, search.cost) }
  }

  /// Dijkstra's kernel; `weighted: false` counts hops; `entryCost` (if any) is added on entering each vertex;
  /// stops when `target` (if >= 0) is settled.
  func dijkstra<Gate: EdgeGate>(
    from source: Int32, to target: Int32, direction: TraversalDirection, weighted: Bool, gate: Gate,
    entryCost: ContiguousArray<Double>? = nil
  ) -> WeightedDistances {
    let n = vertexCount
    var distance = ContiguousArray<Double>(repeating: .infinity, count: n)
    var parentVertex = ContiguousArray<Int32>(repeating: -1, count: n)
    var parentEdge = ContiguousArray<Int32>(repeating: -1, count: n)
    var settled = Bitset(capacity: n)
    var heap = MinHeap<Double>()
    distance[Int(source)] = 0
    heap.push(0, source)
    let weight = topology.weight
    topology.withRawAdjacencies(direction) { first, second in
      while !heap.isEmpty {
        let (d, u) = heap.pop()
        if settled[Int(u)] { continue }
        settled[Int(u)] = true
        if u == target { break }
        for adjacency in [first, second] {
          guard let adjacency else { continue }
          for i in adjacency.start(Int(u))..<adjacency.end(Int(u)) {
            let w = adjacency.neighbors[i], e = adjacency.edges[i]
            guard !settled[Int(w)], gate.allows(edge: e, into: w) else { continue }
            let candidate = d + (weighted ? weight[Int(e)] : 1) + (entryCost?[Int(w)] ?? 0)
            if candidate < distance[Int(w)] {
              distance[Int(w)] = candidate
              parentVertex[Int(w)] = u
              parentEdge[Int(w)] = e
              heap.push(candidate, w)
            }
          }
        }
      }
    }
    return WeightedDistances(
      source: VertexID(rawValue: source), distances: distance, parentVertex: parentVertex, parentEdge: parentEdge)
  }
}
