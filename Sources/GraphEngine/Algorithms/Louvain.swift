/// A partition of the vertices into communities, with its modularity.
public struct Communities: Sendable {
  /// Community per vertex index, numbered by decreasing size (ties: the
  /// community with the smaller first vertex first); -1 for vertices the view excludes.
  public let labels: ContiguousArray<Int32>
  /// The number of communities.
  public let count: Int
  /// Newman's modularity of the partition, with the resolution used.
  public let modularity: Double

  /// The vertices of community `c`, in index order.
  ///
  /// - Complexity: O(*V*)
  public func members(of c: Int) -> [VertexID] {
    labels.indices.filter { labels[$0] == Int32(c) }.map(VertexID.init)
  }

  /// The size of each community, largest first.
  ///
  /// - Complexity: O(*V*)
  public var sizes: [Int] {
    var sizes = [Int](repeating: 0, count: count)
    for label in labels where label >= 0 { sizes[Int(label)] += 1 }
    return sizes
  }
}

extension GraphView {
  /// Returns communities found by the Louvain method (Blondel et al. 2008):
  /// vertices move to the neighbouring community that raises modularity most,
  /// then each community becomes one vertex, until nothing moves.
  ///
  /// Edges are read as undirected with weight 1 each, so parallel claims
  /// between two entities add up (NetworkX's `MultiGraph` semantics).
  /// Vertices are visited in index order, so the answer is deterministic.
  ///
  /// - Parameter resolution: above 1 favours smaller communities, below 1 larger ones.
  /// - Complexity: O(*L* × *P* × (*V* + *E*)) for *L* levels of *P* passes;
  ///   in practice close to linear in *E*.
  public func louvainCommunities(resolution: Double = 1) -> Communities {
    let n = vertexCount
    var level = isUnfiltered ? WeightedLevel(self, gate: OpenGate()) : WeightedLevel(self, gate: maskGate)
    let twiceTotal = level.strength.reduce(0, +)
    // community of each original vertex, refined level by level
    var assignment = ContiguousArray<Int32>(0..<Int32(n))
    if twiceTotal > 0 {
      while true {
        let (moved, communities) = level.localMoves(resolution: resolution, twiceTotal: twiceTotal)
        guard moved else { break }
        for v in 0..<n { assignment[v] = communities[Int(assignment[v])] }
        level = level.aggregated(by: communities)
      }
    }
    return Communities(assignment: assignment, view: self, resolution: resolution)
  }
}

extension Communities {
  /// Numbers the classes of `assignment` by decreasing size and computes modularity on `view`.
  init(assignment: ContiguousArray<Int32>, view: GraphView, resolution: Double) {
    let n = assignment.count
    var sizes = [Int](repeating: 0, count: n)
    var first = [Int](repeating: n, count: n)
    for v in 0..<n where view.allows(VertexID(v)) {
      let c = Int(assignment[v])
      sizes[c] += 1
      first[c] = min(first[c], v)
    }
    let used = (0..<n).filter { sizes[$0] > 0 }.sorted { (sizes[$0], first[$1]) > (sizes[$1], first[$0]) }
    var number = [Int32](repeating: -1, count: n)
    for (i, c) in used.enumerated() { number[c] = Int32(i) }
    var labels = ContiguousArray<Int32>(repeating: -1, count: n)
    for v in 0..<n where view.allows(VertexID(v)) { labels[v] = number[Int(assignment[v])] }
    // Q = Σ_c in_c / 2m − γ (tot_c / 2m)², over undirected unit-weight edges.
    var inside = [Double](repeating: 0, count: used.count)
    var total = [Double](repeating: 0, count: used.count)
    var twiceTotal = 0.0
    let topology = view.topology
    for e in 0..<topology.edgeCount where view.allows(EdgeID(e)) {
      let s = Int(topology.sources[e]), t = Int(topology.targets[e])
      twiceTotal += 2
      total[Int(labels[s])] += 1
      total[Int(labels[t])] += 1
      if labels[s] == labels[t] { inside[Int(labels[s])] += 2 }
    }
    var modularity = 0.0
    if twiceTotal > 0 {
      for c in used.indices { modularity += inside[c] / twiceTotal - resolution * (total[c] / twiceTotal) * (total[c] / twiceTotal) }
    }
    self.init(labels: labels, count: used.count, modularity: modularity)
  }
}

/// One level of the Louvain method: an undirected weighted graph in CSR form.
/// `loops[v]` is the weight of v's self-loop counted twice (as in a degree),
/// and `strength[v]` is v's weighted degree including it.
struct WeightedLevel {
  var offsets: [Int32]
  var neighbors: [Int32]
  var weights: [Double]
  var loops: [Double]
  var strength: [Double]
  var vertexCount: Int { loops.count }

  /// Level 0: the view's allowed edges, undirected, weight 1 each.
  init<Gate: EdgeGate>(_ view: GraphView, gate: Gate) {
    let topology = view.topology
    let allowed = (0..<topology.edgeCount).lazy.filter {
      gate.allows(edge: Int32($0), into: topology.targets[$0]) && gate.allows(edge: Int32($0), into: topology.sources[$0])
    }
    self.init(vertexCount: topology.vertexCount, weightedPairs: allowed.map { (topology.sources[$0], topology.targets[$0], 1.0) })
  }

  /// Builds the CSR form from undirected weighted pairs (parallel pairs are summed).
  init<Pairs: Sequence<(Int32, Int32, Double)>>(vertexCount n: Int, weightedPairs: Pairs) {
    var loops = [Double](repeating: 0, count: n)
    var degree = [Int32](repeating: 0, count: n + 1)
    var list: [(Int32, Int32, Double)] = []
    for (s, t, w) in weightedPairs {
      if s == t {
        loops[Int(s)] += 2 * w
      } else {
        list.append((s, t, w))
        degree[Int(s) + 1] += 1
        degree[Int(t) + 1] += 1
      }
    }
    for v in 0..<n { degree[v + 1] += degree[v] }
    var cursor = degree
    var neighbors = [Int32](repeating: 0, count: Int(degree[n]))
    var weights = [Double](repeating: 0, count: Int(degree[n]))
    var strength = loops
    for (s, t, w) in list {
      neighbors[Int(cursor[Int(s)])] = t
      weights[Int(cursor[Int(s)])] = w
      cursor[Int(s)] += 1
      neighbors[Int(cursor[Int(t)])] = s
      weights[Int(cursor[Int(t)])] = w
      cursor[Int(t)] += 1
      strength[Int(s)] += w
      strength[Int(t)] += w
    }
    self.offsets = degree
    self.neighbors = neighbors
    self.weights = weights
    self.loops = loops
    self.strength = strength
  }

  /// Moves vertices between communities while modularity rises. Returns whether
  /// any vertex moved, and each vertex's community numbered `0 ..< k`.
  func localMoves(resolution: Double, twiceTotal: Double) -> (Bool, [Int32]) {
    let n = vertexCount
    var community = [Int32](0..<Int32(n))
    var total = strength
    var linkWeight = [Double](repeating: 0, count: n)
    var touched: [Int32] = []
    var movedAny = false
    var moved = true
    var passes = 0
    while moved && passes < 100 {
      moved = false
      passes += 1
      for v in 0..<n {
        let own = community[v]
        let k = strength[v]
        for i in Int(offsets[v])..<Int(offsets[v + 1]) {
          let c = community[Int(neighbors[i])]
          if linkWeight[Int(c)] == 0 { touched.append(c) }
          linkWeight[Int(c)] += weights[i]
        }
        total[Int(own)] -= k
        let scale = resolution * k / twiceTotal
        var best = own
        var bestGain = linkWeight[Int(own)] - scale * total[Int(own)]
        for c in touched where c != own {
          let gain = linkWeight[Int(c)] - scale * total[Int(c)]
          if gain > bestGain + 1e-12 { (best, bestGain) = (c, gain) }
        }
        total[Int(best)] += k
        if best != own {
          community[v] = best
          moved = true
          movedAny = true
        }
        for c in touched { linkWeight[Int(c)] = 0 }
        touched.removeAll(keepingCapacity: true)
      }
    }
    // Renumber 0 ..< k in order of first vertex.
    var number = [Int32](repeating: -1, count: n)
    var next: Int32 = 0
    for v in 0..<n {
      let c = Int(community[v])
      if number[c] < 0 {
        number[c] = next
        next += 1
      }
      community[v] = number[c]
    }
    return (movedAny, community)
  }

  /// The level above: one vertex per community, edge weights summed, the
  /// weight inside a community kept as its self-loop.
  func aggregated(by community: [Int32]) -> WeightedLevel {
    let k = Int(community.max().map { $0 + 1 } ?? 0)
    var pairs: [(Int32, Int32, Double)] = []
    var loopWeight = [Double](repeating: 0, count: k)
    for v in 0..<vertexCount {
      let a = community[v]
      loopWeight[Int(a)] += loops[v] / 2
      for i in Int(offsets[v])..<Int(offsets[v + 1]) {
        let w = neighbors[i]
        guard v < Int(w) else { continue }  // each undirected pair once
        let b = community[Int(w)]
        if a == b { loopWeight[Int(a)] += weights[i] } else { pairs.append((min(a, b), max(a, b), weights[i])) }
      }
    }
    // Sum parallel pairs so the next level's lists stay short.
    pairs.sort { ($0.0, $0.1) < ($1.0, $1.1) }
    var merged: [(Int32, Int32, Double)] = []
    for pair in pairs {
      if let last = merged.last, last.0 == pair.0, last.1 == pair.1 {
        merged[merged.count - 1].2 += pair.2
      } else {
        merged.append(pair)
      }
    }
    for c in 0..<k where loopWeight[c] > 0 { merged.append((Int32(c), Int32(c), loopWeight[c])) }
    return WeightedLevel(vertexCount: k, weightedPairs: merged)
  }
}
