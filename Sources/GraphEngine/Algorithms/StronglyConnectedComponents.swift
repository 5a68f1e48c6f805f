extension GraphView {
  /// Returns the strongly connected components (along out-edges, symmetric
  /// edges both ways) by Tarjan's algorithm with an explicit call stack, so
  /// graphs with millions of vertices do not overflow the thread's stack.
  ///
  /// - Complexity: O(*V* + *E*)
  public func stronglyConnectedComponents() -> Components {
    isUnfiltered ? tarjan(OpenGate()) : tarjan(maskGate)
  }

  private func tarjan<Gate: EdgeGate>(_ gate: Gate) -> Components {
    let n = vertexCount
    var index = ContiguousArray<Int32>(repeating: -1, count: n)
    var lowLink = ContiguousArray<Int32>(repeating: 0, count: n)
    var onStack = Bitset(capacity: n)
    var representative = ContiguousArray<Int32>(repeating: -1, count: n)
    var stack = ContiguousArray<Int32>()
    // Call stack frames: the vertex and the next adjacency position to scan.
    var callVertex = ContiguousArray<Int32>()
    var callCursor = ContiguousArray<Int32>()
    var counter: Int32 = 0
    topology.outgoing.withRaw { out in
      // Numbers v, puts it on the component stack and opens its call frame.
      func enter(_ v: Int) {
        index[v] = counter
        lowLink[v] = counter
        counter += 1
        stack.append(Int32(v))
        onStack[v] = true
        callVertex.append(Int32(v))
        callCursor.append(Int32(out.start(v)))
      }
      for root in 0..<n where index[root] < 0 && (allowedVertices?[root] ?? true) {
        enter(root)
        while let v = callVertex.last.map(Int.init) {
          var cursor = Int(callCursor[callCursor.count - 1])
          var descended = false
          while cursor < out.end(v) {
            let w = Int(out.neighbors[cursor]), e = out.edges[cursor]
            cursor += 1
            guard gate.allows(edge: e, into: Int32(w)) else { continue }
            if index[w] < 0 {
              callCursor[callCursor.count - 1] = Int32(cursor)
              enter(w)
              descended = true
              break
            } else if onStack[w] {
              lowLink[v] = min(lowLink[v], index[w])
            }
          }
          if descended { continue }
          callVertex.removeLast()
          callCursor.removeLast()
          if let parent = callVertex.last.map(Int.init) { lowLink[parent] = min(lowLink[parent], lowLink[v]) }
          if lowLink[v] == index[v] {
            // Pop the component; its smallest vertex represents it.
            var members = ContiguousArray<Int32>()
            while true {
              let w = stack.removeLast()
              onStack[Int(w)] = false
              members.append(w)
              if Int(w) == v { break }
            }
            let smallest = members.min()!
            for w in members { representative[Int(w)] = smallest }
          }
        }
      }
    }
    return Components(representatives: representative)
  }
}
