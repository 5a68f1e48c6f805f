import Dispatch

/// PageRank did not converge within the allowed iterations.
public struct PageRankConvergenceError: Error, CustomStringConvertible {
  /// The iterations run.
  public var iterations: Int
  public var description: String {
    "PageRank did not converge in \(iterations) iterations; raise maxIterations or the tolerance"
  }
}

/// PageRank scores.
public struct PageRankScores: Sendable {
  /// Score per vertex index (0 for vertices the view excludes); they sum to 1.
  public let scores: ContiguousArray<Double>
  /// Power iterations run.
  public let iterations: Int

  /// The `count` highest-scoring vertices, best first (ties: smaller index first).
  ///
  /// - Complexity: O(*V* log *V*)
  public func top(_ count: Int) -> [VertexID] {
    scores.indices.sorted { scores[$0] > scores[$1] || (scores[$0] == scores[$1] && $0 < $1) }
      .prefix(count).map(VertexID.init)
  }
}

extension GraphView {
  /// Returns PageRank scores with NetworkX's semantics: each edge (parallel
  /// ones included) has weight 1, dangling vertices spread their mass
  /// uniformly, iteration stops when the L1 change is below
  /// `vertexCount × tolerance`. Each iteration pulls along in-edges in
  /// edge-balanced chunks spread over the cores.
  ///
  /// - Throws: `PageRankConvergenceError` after `maxIterations` without
  ///   convergence (NetworkX raises too). An empty view is not an error.
  /// - Complexity: O(*iterations* × (*V* + *E*))
  public func pageRank(
    damping: Double = 0.85, tolerance: Double = 1e-6, maxIterations: Int = 100
  ) throws(PageRankConvergenceError) -> PageRankScores {
    let result =
      isUnfiltered
      ? pageRankKernel(damping, tolerance, maxIterations, OpenGate())
      : pageRankKernel(damping, tolerance, maxIterations, maskGate)
    guard let result else { throw PageRankConvergenceError(iterations: maxIterations) }
    return result
  }

  private func pageRankKernel<Gate: EdgeGate>(
    _ damping: Double, _ tolerance: Double, _ maxIterations: Int, _ gate: Gate
  ) -> PageRankScores? where Gate: Sendable {
    let n = vertexCount
    let allowed = allowedVertices
    let kept = allowedVertexCount
    guard kept > 0 else { return PageRankScores(scores: ContiguousArray(repeating: 0, count: n), iterations: 0) }
    let share = 1.0 / Double(kept)
    // 1 / out-degree, 0 for dangling or excluded vertices.
    let inverseOut = SharedBuffer<Double>(repeating: 0, count: n)
    let rank = SharedBuffer<Double>(repeating: 0, count: n)
    let next = SharedBuffer<Double>(repeating: 0, count: n)
    let contribution = SharedBuffer<Double>(repeating: 0, count: n)
    defer { for buffer in [inverseOut, rank, next, contribution] { buffer.deallocate() } }
    for v in 0..<n where allowed?[v] ?? true {
      rank.base[v] = share
      let degree = degree(of: VertexID(v), direction: .outgoing)
      if degree > 0 { inverseOut.base[v] = 1 / Double(degree) }
    }
    let workers = Parallel.workerCount
    let chunkCount = workers == 1 ? 1 : workers * 4
    var iterations = 0
    let converged: Bool = topology.incoming.withRaw { incoming in
      let chunks = Parallel.balancedRanges(offsets: incoming.offsets, vertexCount: n, parts: chunkCount)
      let partial = SharedBuffer<Double>(repeating: 0, count: chunkCount)
      defer { partial.deallocate() }
      while iterations < maxIterations {
        iterations += 1
        var dangling = 0.0
        for v in 0..<n {
          let r = rank.base[v], inv = inverseOut.base[v]
          contribution.base[v] = r * inv
          if inv == 0 && (allowed?[v] ?? true) { dangling += r }
        }
        let base = damping * dangling * share + (1 - damping) * share
        DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
          var change = 0.0
          for v in chunks[chunk] {
            guard allowed?[v] ?? true else { continue }
            var sum = 0.0
            for i in incoming.start(v)..<incoming.end(v) {
              let u = incoming.neighbors[i]
              if gate.allows(edge: incoming.edges[i], into: u) { sum += contribution.base[Int(u)] }
            }
            let value = damping * sum + base
            next.base[v] = value
            change += abs(value - rank.base[v])
          }
          partial.base[chunk] = change
        }
        let change = partial.base.reduce(0, +)
        for v in 0..<n { rank.base[v] = next.base[v] }
        if change < Double(kept) * tolerance { return true }
      }
      return false
    }
    guard converged else { return nil }
    return PageRankScores(scores: ContiguousArray(rank.base), iterations: iterations)
  }
}
