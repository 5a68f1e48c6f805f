extension GraphView {
  /// Returns the simple paths (no repeated vertex) from `source` to `target`
  /// with at most `maxHops` edges, at most `limit` of them, in depth-first
  /// order; parallel edges give distinct paths.
  ///
  /// A walk never steps onto a vertex from which the target is out of reach
  /// within the hops left (hop distances to the target are found first), so a
  /// target that cannot be reached costs one breadth-first search.
  ///
  /// - Complexity: O(*V* + *E*) plus O(*L*) per step of the search, which is
  ///   exponential in `maxHops` at worst: keep both bounds small on dense graphs.
  public func simplePaths(
    from source: VertexID, to target: VertexID, maxHops: Int, direction: TraversalDirection = .outgoing,
    limit: Int = 10_000
  ) -> [GraphPath] {
    precondition(source.index >= 0 && source.index < vertexCount, "source out of range")
    precondition(target.index >= 0 && target.index < vertexCount, "target out of range")
    precondition(maxHops >= 0 && limit >= 0, "negative bound")
    return isUnfiltered
      ? boundedDepthFirst(source.rawValue, target.rawValue, maxHops, direction, limit, OpenGate())
      : boundedDepthFirst(source.rawValue, target.rawValue, maxHops, direction, limit, maskGate)
  }

  private func boundedDepthFirst<Gate: EdgeGate>(
    _ source: Int32, _ target: Int32, _ maxHops: Int, _ direction: TraversalDirection, _ limit: Int, _ gate: Gate
  ) -> [GraphPath] {
    if source == target { return limit > 0 ? [GraphPath(vertices: [VertexID(rawValue: source)], edges: [])] : [] }
    var paths: [GraphPath] = []
    guard maxHops > 0, limit > 0 else { return paths }
    var onPath = Bitset(capacity: vertexCount)
    // Hops from each vertex to the target, walking the edges backwards.
    let toTarget = breadthFirst(from: VertexID(rawValue: target), direction: direction.reversed, maxHops: maxHops).distances
    topology.withRawAdjacencies(direction) { first, second in
      let sides = [first, second].compactMap { $0 }
      var vertices: [Int32] = [source]
      var edges: [Int32] = []
      // Per frame: which side and the position in it.
      var sideIndex: [Int] = [0]
      var cursor: [Int] = [sides[0].start(Int(source))]
      onPath[Int(source)] = true
      while let v = vertices.last.map(Int.init) {
        let depth = cursor.count - 1
        var next: (vertex: Int32, edge: Int32)?
        while next == nil && sideIndex[depth] < sides.count {
          let side = sides[sideIndex[depth]]
          if cursor[depth] < side.end(v) {
            let i = cursor[depth]
            cursor[depth] += 1
            let w = side.neighbors[i], e = side.edges[i]
            let left = Int32(maxHops - edges.count - 1)
            let distance = toTarget[Int(w)]
            if !onPath[Int(w)] && distance >= 0 && distance <= left && gate.allows(edge: e, into: w) { next = (w, e) }
          } else {
            sideIndex[depth] += 1
            if sideIndex[depth] < sides.count { cursor[depth] = sides[sideIndex[depth]].start(v) }
          }
        }
        guard let (w, e) = next else {
          onPath[v] = false
          vertices.removeLast()
          sideIndex.removeLast()
          cursor.removeLast()
          if !edges.isEmpty { edges.removeLast() }
          continue
        }
        if w == target {
          paths.append(
            GraphPath(
              vertices: (vertices + [w]).map(VertexID.init(rawValue:)),
              edges: (edges + [e]).map(EdgeID.init(rawValue:))))
          if paths.count == limit { break }
        } else if edges.count + 1 < maxHops {
          vertices.append(w)
          edges.append(e)
          sideIndex.append(0)
          cursor.append(sides[0].start(Int(w)))
          onPath[Int(w)] = true
        }
      }
    }
    return paths
  }
}
