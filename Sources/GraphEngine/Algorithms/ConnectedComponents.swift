/// A partition of the vertices into components.
public struct Components: Sendable {
  /// Component number per vertex index, `0 ..< count`, numbered in order of
  /// each component's smallest vertex; -1 for vertices the view excludes.
  public let labels: ContiguousArray<Int32>
  /// The number of components.
  public let count: Int

  /// The component of `v`, or `nil` if the view excludes `v`.
  public func component(of v: VertexID) -> Int? {
    let label = labels[v.index]
    return label < 0 ? nil : Int(label)
  }

  /// The size of each component.
  ///
  /// - Complexity: O(*V*)
  public var sizes: [Int] {
    var sizes = [Int](repeating: 0, count: count)
    for label in labels where label >= 0 { sizes[Int(label)] += 1 }
    return sizes
  }

  /// Numbers the classes of `representative` (any canonical vertex per
  /// class, -1 = excluded) in order of each class's smallest vertex.
  init(representatives: ContiguousArray<Int32>) {
    var labels = ContiguousArray<Int32>(repeating: -1, count: representatives.count)
    var next: Int32 = 0
    var numberOf = ContiguousArray<Int32>(repeating: -1, count: representatives.count)
    for v in representatives.indices {
      let r = Int(representatives[v])
      guard r >= 0 else { continue }
      if numberOf[r] < 0 {
        numberOf[r] = next
        next += 1
      }
      labels[v] = numberOf[r]
    }
    self.labels = labels
    self.count = Int(next)
  }
}

extension GraphView {
  /// Returns the weakly connected components (edges read both ways).
  ///
  /// Union-find with path halving, in the order of the Afforest method: first
  /// each vertex is joined to its first neighbour either way; then the largest
  /// class found in a sample is taken as settled, and only the vertices outside
  /// it have all their edges read (an edge inside the settled class changes
  /// nothing, and an edge leaving it is read from its other end).
  ///
  /// - Complexity: O(*V* + *E* α(*V*)); on a graph with one giant component,
  ///   close to O(*V*) in practice.
  public func weaklyConnectedComponents() -> Components {
    let n = vertexCount
    var parent = ContiguousArray<Int32>(unsafeUninitializedCapacity: n) { buffer, count in
      for v in 0..<n { buffer[v] = Int32(v) }
      count = n
    }
    func unite<Gate: EdgeGate>(_ gate: Gate) {
      parent.withUnsafeMutableBufferPointer { parent in
        @inline(__always) func root(_ v: Int32) -> Int32 {
          var v = v
          while parent[Int(v)] != v {
            parent[Int(v)] = parent[Int(parent[Int(v)])]
            v = parent[Int(v)]
          }
          return v
        }
        // Join a and b under the smaller root, so every root is its class's smallest vertex.
        @inline(__always) func join(_ a: Int32, _ b: Int32) {
          let ra = root(a), rb = root(b)
          if ra < rb { parent[Int(rb)] = ra } else if rb < ra { parent[Int(ra)] = rb }
        }
        // Joins v to its allowed neighbours on one side (only the first, if `firstOnly`).
        @inline(__always) func link(_ v: Int32, _ side: RawAdjacency, firstOnly: Bool) {
          for i in side.start(Int(v))..<side.end(Int(v)) {
            let w = side.neighbors[i], e = side.edges[i]
            guard gate.allows(edge: e, into: w), gate.allows(edge: e, into: v) else { continue }
            join(v, w)
            if firstOnly { return }
          }
        }
        topology.outgoing.withRaw { out in
          topology.incoming.withRaw { into in
            // Round 1: the first allowed neighbour each way.
            for v in 0..<Int32(n) {
              link(v, out, firstOnly: true)
              link(v, into, firstOnly: true)
            }
            // The most frequent root among up to 1,024 evenly spaced vertices.
            let step = max(1, n / 1024)
            var sample = stride(from: 0, to: n, by: step).map { root(Int32($0)) }
            sample.sort()
            var settled: Int32 = -1
            var best = 0
            var runStart = 0
            for i in sample.indices where i + 1 == sample.count || sample[i + 1] != sample[i] {
              if i + 1 - runStart > best { (best, settled) = (i + 1 - runStart, sample[i]) }
              runStart = i + 1
            }
            // Round 2: every edge of the vertices outside the settled class.
            for v in 0..<Int32(n) where settled < 0 || root(v) != root(settled) {
              link(v, out, firstOnly: false)
              link(v, into, firstOnly: false)
            }
          }
        }
        // Flatten: roots are smallest vertices, so a parent is always below its child
        // and one pass in increasing order reaches every root.
        for v in 0..<n { parent[v] = parent[Int(parent[v])] }
      }
    }
    if isUnfiltered { unite(OpenGate()) } else { unite(maskGate) }
    if let allowed = allowedVertices {
      for v in 0..<n where !allowed[v] { parent[v] = -1 }
    }
    return Components(representatives: parent)
  }
}
