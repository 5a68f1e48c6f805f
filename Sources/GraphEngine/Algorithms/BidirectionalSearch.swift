/// A least-cost search between two vertices grown from both ends at once,
/// where each step costs 1 plus the entry cost of the vertex it enters (0 for
/// every vertex when there are no entry costs: a hop count).
///
/// Each side is Dijkstra's algorithm (the forward side exactly the one-sided
/// search, settling vertices in order of cost, then of index); the search stops
/// once the least costs left on the two sides' heaps add up to more than the best
/// route met, so every vertex of every least-cost route is settled by one side or
/// the other. Routes are then read from that state by a rule that does not
/// depend on which side settled what (see ``cheapestPath(entryCost:)``).
///
/// The per-vertex state is sized once and reset through the vertices a search
/// touched, so repeated searches (Yen's spur searches) cost only what they explore.
struct BidirectionalSearch {
  /// Costs that differ by no more than this count as equal (a sum of entry
  /// costs depends on the order it is added in).
  static let tolerance = 1e-9

  private var forwardCost: ContiguousArray<Double>
  private var backwardCost: ContiguousArray<Double>
  private var parentVertex: ContiguousArray<Int32>
  private var parentEdge: ContiguousArray<Int32>
  private var forwardSettled: Bitset
  private var backwardSettled: Bitset
  /// Vertices settled by the backward side only that lie on a least-cost route.
  private var onCheapestRoute: Bitset
  private var touched: ContiguousArray<Int32> = []
  private var backwardOrder: ContiguousArray<Int32> = []
  private var forwardHeap = MinHeap<Double>()
  private var backwardHeap = MinHeap<Double>()
  /// The least cost of a route from the source to the target; `.infinity` if there is none.
  private(set) var cost = Double.infinity
  private var target: Int32 = -1

  init(vertexCount n: Int) {
    forwardCost = ContiguousArray(repeating: .infinity, count: n)
    backwardCost = ContiguousArray(repeating: .infinity, count: n)
    parentVertex = ContiguousArray(repeating: -1, count: n)
    parentEdge = ContiguousArray(repeating: -1, count: n)
    forwardSettled = Bitset(capacity: n)
    backwardSettled = Bitset(capacity: n)
    onCheapestRoute = Bitset(capacity: n)
  }

  /// Searches from `source` to `target` in `topology` walked along `direction`,
  /// entering only what `gate` allows (the source always), each step into `w`
  /// costing `1 + entryCost[w]`.
  ///
  /// - Complexity: O((*V'* + *E'*) log *V'*) for the *V'* vertices and *E'*
  ///   edges the two sides reach: on graphs whose neighbourhoods grow fast,
  ///   about the square root of what a one-sided search reaches.
  mutating func run<Gate: EdgeGate>(
    from source: Int32, to target: Int32, in topology: GraphTopology, direction: TraversalDirection, gate: Gate,
    entryCost: ContiguousArray<Double>?
  ) {
    reset()
    self.target = target
    guard source == target || gate.allows(vertex: target) else { return }
    setForward(source, cost: 0, parent: -1, edge: -1)
    setBackward(target, cost: 0)
    forwardHeap.push(0, source)
    backwardHeap.push(0, target)
    if source == target { cost = 0 }
    let tolerance = Self.tolerance
    topology.withRawAdjacencies(direction) { out1, out2 in
      topology.withRawAdjacencies(direction.reversed) { in1, in2 in
        while !forwardHeap.isEmpty && !backwardHeap.isEmpty {
          guard forwardHeap.topKey + backwardHeap.topKey <= cost + tolerance else { break }
          if forwardHeap.count <= backwardHeap.count {
            let (d, u) = forwardHeap.pop()
            if forwardSettled[Int(u)] { continue }
            forwardSettled[Int(u)] = true
            for adjacency in [out1, out2] {
              guard let adjacency else { continue }
              for i in adjacency.start(Int(u))..<adjacency.end(Int(u)) {
                let w = adjacency.neighbors[i], e = adjacency.edges[i]
                guard !forwardSettled[Int(w)], gate.allows(edge: e, into: w) else { continue }
                let candidate = d + 1 + (entryCost?[Int(w)] ?? 0)
                if candidate < forwardCost[Int(w)] {
                  setForward(w, cost: candidate, parent: u, edge: e)
                  forwardHeap.push(candidate, w)
                }
                let met = forwardCost[Int(w)] + backwardCost[Int(w)]
                if met < cost { cost = met }
              }
            }
          } else {
            let (d, x) = backwardHeap.pop()
            if backwardSettled[Int(x)] { continue }
            backwardSettled[Int(x)] = true
            backwardOrder.append(x)
            let candidate = d + 1 + (entryCost?[Int(x)] ?? 0)
            for adjacency in [in1, in2] {
              guard let adjacency else { continue }
              for i in adjacency.start(Int(x))..<adjacency.end(Int(x)) {
                let u = adjacency.neighbors[i], e = adjacency.edges[i]
                // The walk crosses e from u into x: u must be enterable too, unless it is the source.
                guard !backwardSettled[Int(u)], gate.allows(edge: e, into: x),
                  u == source || gate.allows(vertex: u)
                else { continue }
                if candidate < backwardCost[Int(u)] {
                  setBackward(u, cost: candidate)
                  backwardHeap.push(candidate, u)
                }
                let met = forwardCost[Int(u)] + backwardCost[Int(u)]
                if met < cost { cost = met }
              }
            }
          }
        }
        guard cost.isFinite else { return }
        // Which backward-only vertices a least-cost route passes, nearest the source first.
        for x in backwardOrder.reversed() where !forwardSettled[Int(x)] {
          let step = 1 + (entryCost?[Int(x)] ?? 0)
          var found = false
          for adjacency in [in1, in2] {
            guard let adjacency, !found else { continue }
            for i in adjacency.start(Int(x))..<adjacency.end(Int(x)) {
              let u = adjacency.neighbors[i]
              guard gate.allows(edge: adjacency.edges[i], into: x) else { continue }
              if continuesCheapest(from: u, into: x, step: step) {
                found = true
                break
              }
            }
          }
          onCheapestRoute[Int(x)] = found
        }
      }
    }
  }

  /// Whether a least-cost route reaches `u` and goes on through `x` (backward-settled, on a least-cost
  /// route's way to the target) at `step` for entering `x`.
  @inline(__always)
  private func continuesCheapest(from u: Int32, into x: Int32, step: Double) -> Bool {
    if forwardSettled[Int(u)] {
      return abs(forwardCost[Int(u)] + step + backwardCost[Int(x)] - cost) <= Self.tolerance
    }
    return backwardSettled[Int(u)] && onCheapestRoute[Int(u)]
      && abs(backwardCost[Int(u)] - (backwardCost[Int(x)] + step)) <= Self.tolerance
  }

  /// Whether `u` is at `hops` from the source on a least-cost route (a hop-count search).
  func isOnCheapestRoute(_ u: Int32, hops: Int) -> Bool {
    if forwardSettled[Int(u)] { return forwardCost[Int(u)] == Double(hops) }
    return backwardSettled[Int(u)] && onCheapestRoute[Int(u)] && backwardCost[Int(u)] == cost - Double(hops)
  }

  /// The least-cost route found, or `nil` if there is none: among least-cost
  /// routes, the one whose vertex sequence read from the target back is
  /// lexicographically least, so each vertex is entered from the least-numbered
  /// vertex a least-cost route can come from, and over the first edge (in edge
  /// order) from that vertex. This is the route the one-sided search gives.
  func cheapestPath<Gate: EdgeGate>(
    in topology: GraphTopology, direction: TraversalDirection, gate: Gate, entryCost: ContiguousArray<Double>?
  ) -> GraphPath? {
    guard cost.isFinite else { return nil }
    var vertices: [VertexID] = []
    var edges: [EdgeID] = []
    var w = target
    topology.withRawAdjacencies(direction) { out1, out2 in
      topology.withRawAdjacencies(direction.reversed) { in1, in2 in
        while !forwardSettled[Int(w)] {
          let step = 1 + (entryCost?[Int(w)] ?? 0)
          var best: Int32 = -1
          for adjacency in [in1, in2] {
            guard let adjacency else { continue }
            for i in adjacency.start(Int(w))..<adjacency.end(Int(w)) {
              let u = adjacency.neighbors[i]
              guard best < 0 || u < best, gate.allows(edge: adjacency.edges[i], into: w) else { continue }
              if continuesCheapest(from: u, into: w, step: step) { best = u }
            }
          }
          precondition(best >= 0, "a settled vertex of a least-cost route has a predecessor on one")
          var edge: Int32 = -1
          for adjacency in [out1, out2] {
            guard let adjacency, edge < 0 else { continue }
            for i in adjacency.start(Int(best))..<adjacency.end(Int(best))
            where adjacency.neighbors[i] == w && gate.allows(edge: adjacency.edges[i], into: w) {
              edge = adjacency.edges[i]
              break
            }
          }
          vertices.append(VertexID(rawValue: w))
          edges.append(EdgeID(rawValue: edge))
          w = best
        }
      }
    }
    let head = parentVertex.withUnsafeBufferPointer { pv in
      parentEdge.withUnsafeBufferPointer { pe in GraphPath.tracing(back: w, parentVertex: pv, parentEdge: pe) }
    }
    return GraphPath(vertices: head.vertices + vertices.reversed(), edges: head.edges + edges.reversed())
  }

  private mutating func setForward(_ v: Int32, cost: Double, parent: Int32, edge: Int32) {
    if forwardCost[Int(v)] == .infinity && backwardCost[Int(v)] == .infinity { touched.append(v) }
    forwardCost[Int(v)] = cost
    parentVertex[Int(v)] = parent
    parentEdge[Int(v)] = edge
  }

  private mutating func setBackward(_ v: Int32, cost: Double) {
    if forwardCost[Int(v)] == .infinity && backwardCost[Int(v)] == .infinity { touched.append(v) }
    backwardCost[Int(v)] = cost
  }

  private mutating func reset() {
    for v in touched {
      forwardCost[Int(v)] = .infinity
      backwardCost[Int(v)] = .infinity
      parentVertex[Int(v)] = -1
      parentEdge[Int(v)] = -1
      forwardSettled[Int(v)] = false
      backwardSettled[Int(v)] = false
      onCheapestRoute[Int(v)] = false
    }
    touched.removeAll(keepingCapacity: true)
    backwardOrder.removeAll(keepingCapacity: true)
    forwardHeap.removeAll()
    backwardHeap.removeAll()
    cost = .infinity
  }
}
