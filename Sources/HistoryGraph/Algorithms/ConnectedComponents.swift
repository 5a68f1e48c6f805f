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
  /// Returns the weakly connected components (edges read both ways), by
  /// union-find with path halving over the edge arrays.
  ///
  /// - Complexity: O(*V* + *E* α(*V*))
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
        topology.sources.withUnsafeBufferPointer { sources in
          topology.targets.withUnsafeBufferPointer { targets in
            for e in 0..<sources.count {
              let s = sources[e], t = targets[e]
              guard gate.allows(edge: Int32(e), into: t), gate.allows(edge: Int32(e), into: s) else { continue }
              let a = root(s), b = root(t)
              if a < b { parent[Int(b)] = a } else if b < a { parent[Int(a)] = b }
            }
          }
        }
        // Flatten: every root is the smallest vertex of its class, so one pass suffices.
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
