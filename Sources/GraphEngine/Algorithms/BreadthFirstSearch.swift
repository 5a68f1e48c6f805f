/// Hop counts from one source vertex, as found by breadth-first search.
public struct HopDistances: Sendable {
  /// The source.
  public let source: VertexID
  /// Hops from the source per vertex index; -1 where unreachable.
  public let distances: ContiguousArray<Int32>
  /// The reached vertices (the source first) in order of distance.
  public let order: ContiguousArray<Int32>

  /// The number of vertices reached, the source included.
  public var reachedCount: Int { order.count }

  /// The hops from the source to `v`, or `nil` if `v` is unreachable.
  public subscript(v: VertexID) -> Int? {
    let d = distances[v.index]
    return d < 0 ? nil : Int(d)
  }

  /// The sum of the distances to all reached vertices.
  ///
  /// - Complexity: O(reached vertices)
  public var distanceSum: Int { order.reduce(0) { $0 + Int(distances[Int($1)]) } }
}

extension GraphView {
  /// Returns every vertex reachable from `source` within `maxHops` hops
  /// (unbounded by default), the source first, in breadth-first order.
  ///
  /// - Complexity: O(*V* + *E*)
  public func reachableVertices(
    from source: VertexID, direction: TraversalDirection = .outgoing, maxHops: Int? = nil
  ) -> [VertexID] {
    breadthFirst(from: source, direction: direction, maxHops: maxHops).order.map(VertexID.init(rawValue:))
  }

  /// Returns the unweighted single-source shortest-path lengths (hops) from `source`.
  ///
  /// - Complexity: O(*V* + *E*)
  public func hopDistances(from source: VertexID, direction: TraversalDirection = .outgoing, maxHops: Int? = nil) -> HopDistances {
    breadthFirst(from: source, direction: direction, maxHops: maxHops)
  }

  /// The BFS kernel: one queue array with a head index, distances as the visited marks.
  func breadthFirst(from source: VertexID, direction: TraversalDirection, maxHops: Int?) -> HopDistances {
    precondition(source.index >= 0 && source.index < vertexCount, "vertex out of range")
    let n = vertexCount
    let limit = Int32(clamping: maxHops ?? Int(Int32.max))
    var distances = ContiguousArray<Int32>(repeating: -1, count: n)
    func run<Gate: EdgeGate>(_ gate: Gate) -> ContiguousArray<Int32> {
      topology.withRawAdjacencies(direction) { first, second in
        distances.withUnsafeMutableBufferPointer { dist in
          ContiguousArray(unsafeUninitializedCapacity: n) { queue, count in
            queue[0] = source.rawValue
            dist[source.index] = 0
            var head = 0, tail = 1
            while head < tail {
              let u = Int(queue[head])
              head += 1
              let next = dist[u] + 1
              if next > limit { continue }
              // Enqueues u's unseen neighbours on one side.
              @inline(__always) func scan(_ side: RawAdjacency) {
                for i in side.start(u)..<side.end(u) {
                  let w = side.neighbors[i]
                  if dist[Int(w)] < 0 && gate.allows(edge: side.edges[i], into: w) {
                    dist[Int(w)] = next
                    queue[tail] = w
                    tail += 1
                  }
                }
              }
              scan(first)
              if let second { scan(second) }
            }
            count = tail
          }
        }
      }
    }
    let order = isUnfiltered ? run(OpenGate()) : run(maskGate)
    return HopDistances(source: source, distances: distances, order: order)
  }
}
