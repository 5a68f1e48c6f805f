import Dispatch

extension GraphView {
  /// Returns betweenness centrality by Brandes' algorithm along out-edges
  /// (symmetric edges both ways), with NetworkX's semantics for a directed
  /// multigraph: parallel edges count as one (path counts are over distinct
  /// neighbours), endpoints excluded.
  ///
  /// With `sources == nil` (or all kept vertices) the result is exact; with
  /// a list of *k* sources it is NetworkX's `betweenness_centrality(G, k=…)`
  /// for that sample, rescaled the same way. With `normalized` (NetworkX's
  /// default), exact values are divided by (*n* − 1)(*n* − 2); sampled values
  /// by *k*(*n* − 2), or (*k* − 1)(*n* − 2) for sampled vertices themselves.
  /// Without it, sampled values are scaled by (*n* − 1)/*k* (or (*n* − 1)/(*k* − 1)).
  /// Sources are spread over the cores, each worker with its own accumulator.
  ///
  /// - Complexity: O(*k* × (*V* + *E*)) time, O(*V*) space per core.
  public func betweennessCentrality(
    sources: [VertexID]? = nil, normalized: Bool = true
  ) -> ContiguousArray<Double> {
    let list: [Int32] =
      sources.map { $0.map(\.rawValue) }
      ?? (0..<Int32(vertexCount)).filter { allowedVertices?[Int($0)] ?? true }
    precondition(Set(list).count == list.count, "duplicate betweenness sources")
    precondition(list.allSatisfy { $0 >= 0 && Int($0) < vertexCount }, "source out of range")
    var scores = isUnfiltered ? brandes(list, OpenGate()) : brandes(list, maskGate)

    // NetworkX's _rescale with endpoints=False, directed=True.
    let pairs = allowedVertexCount - 1
    guard pairs >= 2 else { return scores }
    let k = list.count
    if k == pairs + 1 {
      if normalized {
        let scale = 1 / (Double(pairs) * Double(pairs - 1))
        for v in scores.indices { scores[v] *= scale }
      }
      return scores
    }
    let sourceScale = normalized ? 1 / (Double(k - 1) * Double(pairs - 1)) : Double(pairs) / Double(k - 1)
    let otherScale = normalized ? 1 / (Double(k) * Double(pairs - 1)) : Double(pairs) / Double(k)
    let sampled = Bitset(capacity: vertexCount, contents: list)
    for v in scores.indices { scores[v] *= sampled[v] ? (k > 1 ? sourceScale : .nan) : otherScale }
    return scores
  }

  /// The kept out-neighbours of every vertex, each listed once (NetworkX
  /// counts shortest paths over distinct neighbours, not parallel edges).
  private func distinctSuccessors<Gate: EdgeGate>(_ gate: Gate) -> (
    offsets: ContiguousArray<Int32>, neighbors: ContiguousArray<Int32>
  ) {
    let n = vertexCount
    var offsets = ContiguousArray<Int32>(repeating: 0, count: n + 1)
    var neighbors = ContiguousArray<Int32>()
    neighbors.reserveCapacity(topology.outgoing.neighbors.count)
    var lastSeenFrom = ContiguousArray<Int32>(repeating: -1, count: n)
    topology.outgoing.withRaw { out in
      for v in 0..<n {
        if allowedVertices?[v] ?? true {
          for i in out.start(v)..<out.end(v) {
            let w = out.neighbors[i]
            guard lastSeenFrom[Int(w)] != Int32(v), gate.allows(edge: out.edges[i], into: w) else { continue }
            lastSeenFrom[Int(w)] = Int32(v)
            neighbors.append(w)
          }
        }
        offsets[v + 1] = Int32(neighbors.count)
      }
    }
    return (offsets, neighbors)
  }

  private func brandes<Gate: EdgeGate>(_ sources: [Int32], _ gate: Gate) -> ContiguousArray<Double> {
    let n = vertexCount
    let (successorOffsets, successors) = distinctSuccessors(gate)
    let workers = min(Parallel.workerCount, max(1, sources.count))
    let totals = SharedBuffer<Double>(repeating: 0, count: n * workers)
    defer { totals.deallocate() }
    successorOffsets.withUnsafeBufferPointer { offsets in
      successors.withUnsafeBufferPointer { successors in
        let graph = DistinctAdjacency(offsets: offsets, neighbors: successors)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
          let score = UnsafeMutableBufferPointer(rebasing: totals.base[(worker * n)..<((worker + 1) * n)])
          var distance = ContiguousArray<Int32>(repeating: -1, count: n)
          var sigma = ContiguousArray<Double>(repeating: 0, count: n)
          var delta = ContiguousArray<Double>(repeating: 0, count: n)
          var order = ContiguousArray<Int32>(repeating: 0, count: n)
          distance.withUnsafeMutableBufferPointer { distance in
            sigma.withUnsafeMutableBufferPointer { sigma in
              delta.withUnsafeMutableBufferPointer { delta in
                order.withUnsafeMutableBufferPointer { order in
                  for s in stride(from: worker, to: sources.count, by: workers).map({ Int(sources[$0]) }) {
                    distance[s] = 0
                    sigma[s] = 1
                    order[0] = Int32(s)
                    var head = 0, tail = 1
                    while head < tail {
                      let v = Int(order[head])
                      head += 1
                      let next = distance[v] + 1, paths = sigma[v]
                      for i in Int(graph.offsets[v])..<Int(graph.offsets[v + 1]) {
                        let w = Int(graph.neighbors[i])
                        if distance[w] < 0 {
                          distance[w] = next
                          order[tail] = Int32(w)
                          tail += 1
                        }
                        if distance[w] == next { sigma[w] += paths }
                      }
                    }
                    for position in stride(from: tail - 1, through: 0, by: -1) {
                      let w = Int(order[position])
                      let next = distance[w] + 1
                      var sum = 0.0
                      for i in Int(graph.offsets[w])..<Int(graph.offsets[w + 1]) {
                        let x = Int(graph.neighbors[i])
                        if distance[x] == next { sum += (1 + delta[x]) / sigma[x] }
                      }
                      delta[w] = sigma[w] * sum
                      if w != s { score[w] += delta[w] }
                    }
                    for position in 0..<tail {
                      let w = Int(order[position])
                      distance[w] = -1
                      sigma[w] = 0
                      delta[w] = 0
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
    var scores = ContiguousArray<Double>(repeating: 0, count: n)
    for worker in 0..<workers {
      for v in 0..<n { scores[v] += totals.base[worker * n + v] }
    }
    return scores
  }
}

/// A read-only CSR of distinct successors shared by the Brandes workers.
private struct DistinctAdjacency: @unchecked Sendable {
  let offsets: UnsafeBufferPointer<Int32>
  let neighbors: UnsafeBufferPointer<Int32>
}
