/// How a time-respecting walk reads uncertain edge intervals `[earliest, latest]`.
public enum TemporalMode: Sendable, Hashable {
  /// Some reading of the intervals orders the walk: at time *t*, an edge is
  /// usable if max(*t*, earliest) ≤ latest, and the walk goes on at
  /// max(*t*, earliest). Undated edges are usable and leave *t* unchanged.
  case possible
  /// Every reading orders the walk: an edge is usable if the previous edge's
  /// latest day ≤ this edge's earliest day, and the walk goes on at this
  /// edge's latest day. Undated edges are never usable.
  case certain
}

/// Earliest arrival days from one source vertex.
public struct EarliestArrivals: Sendable {
  /// The source.
  public let source: VertexID
  /// The day the walk starts at the source.
  public let startDay: Int32
  /// The interval reading used.
  public let mode: TemporalMode
  let arrival: ContiguousArray<Int32>
  let reached: Bitset
  let parentVertex: ContiguousArray<Int32>
  let parentEdge: ContiguousArray<Int32>

  /// The earliest day a time-respecting walk can be at `v` (in `.certain`
  /// mode: the latest day of its last edge), or `nil` if none reaches it.
  public func arrival(at v: VertexID) -> Int32? {
    reached[v.index] ? arrival[v.index] : nil
  }

  /// The number of vertices reached, the source included.
  public var reachedCount: Int { reached.count }

  /// A time-respecting path to `v` arriving at `arrival(at: v)`, or `nil`.
  ///
  /// - Complexity: O(hops)
  public func path(to v: VertexID) -> GraphPath? {
    guard reached[v.index] else { return nil }
    return parentVertex.withUnsafeBufferPointer { pv in
      parentEdge.withUnsafeBufferPointer { pe in GraphPath.tracing(back: v.rawValue, parentVertex: pv, parentEdge: pe) }
    }
  }
}

extension GraphView {
  /// Returns the earliest arrival day at every vertex for walks that start
  /// at `source` on `day` and respect edge time (see `TemporalMode`), by
  /// label setting with a binary heap: arrival days only grow along a walk,
  /// so the first time a vertex is settled is its earliest.
  ///
  /// - Complexity: O((*V* + *E*) log *V*)
  public func earliestArrivals(
    from source: VertexID, startingOn day: Int32, mode: TemporalMode = .possible,
    direction: TraversalDirection = .outgoing
  ) -> EarliestArrivals {
    precondition(source.index >= 0 && source.index < vertexCount, "source out of range")
    return isUnfiltered
      ? temporalSearch(source, day, mode, direction, OpenGate())
      : temporalSearch(source, day, mode, direction, maskGate)
  }

  /// Returns a time-respecting path from `source` (starting on `day`) that
  /// reaches `target` as early as possible, or `nil` if none exists.
  ///
  /// - Complexity: O((*V* + *E*) log *V*)
  public func timeRespectingPath(
    from source: VertexID, to target: VertexID, startingOn day: Int32, mode: TemporalMode = .possible,
    direction: TraversalDirection = .outgoing
  ) -> GraphPath? {
    precondition(target.index >= 0 && target.index < vertexCount, "target out of range")
    return earliestArrivals(from: source, startingOn: day, mode: mode, direction: direction).path(to: target)
  }

  private func temporalSearch<Gate: EdgeGate>(
    _ source: VertexID, _ day: Int32, _ mode: TemporalMode, _ direction: TraversalDirection, _ gate: Gate
  ) -> EarliestArrivals {
    let n = vertexCount
    var arrival = ContiguousArray<Int32>(repeating: .max, count: n)
    var reached = Bitset(capacity: n)
    var settled = Bitset(capacity: n)
    var parentVertex = ContiguousArray<Int32>(repeating: -1, count: n)
    var parentEdge = ContiguousArray<Int32>(repeating: -1, count: n)
    var heap = MinHeap<Int32>()
    arrival[source.index] = day
    reached[source.index] = true
    heap.push(day, source.rawValue)
    topology.withRawAdjacencies(direction) { first, second in
      while !heap.isEmpty {
        let (time, u) = heap.pop()
        if settled[Int(u)] { continue }
        settled[Int(u)] = true
        for adjacency in [first, second] {
          guard let adjacency else { continue }
          for i in adjacency.start(Int(u))..<adjacency.end(Int(u)) {
            let w = adjacency.neighbors[i], e = adjacency.edges[i]
            guard !settled[Int(w)], gate.allows(edge: e, into: w) else { continue }
            let from = topology.earliest[Int(e)], to = topology.latest[Int(e)]
            let undated = from == .min && to == .max
            let next: Int32
            switch mode {
            case .possible:
              if undated {
                next = time
              } else {
                next = max(time, from)
                guard next <= to else { continue }
              }
            case .certain:
              guard !undated, time <= from else { continue }
              next = to
            }
            if !reached[Int(w)] || next < arrival[Int(w)] {
              reached[Int(w)] = true
              arrival[Int(w)] = next
              parentVertex[Int(w)] = u
              parentEdge[Int(w)] = e
              heap.push(next, w)
            }
          }
        }
      }
    }
    return EarliestArrivals(
      source: source, startDay: day, mode: mode, arrival: arrival, reached: reached, parentVertex: parentVertex,
      parentEdge: parentEdge)
  }
}
