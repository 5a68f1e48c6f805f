/// One direction of compressed sparse row (CSR) adjacency.
///
/// The entries of vertex `v` are `offsets[v] ..< offsets[v + 1]`; entry `i`
/// leads to `neighbors[i]` through edge `edges[i]`. Within a vertex, entries
/// are in edge-id order.
package struct Adjacency: Sendable {
  /// `vertexCount + 1` positions into `neighbors` and `edges`.
  package let offsets: ContiguousArray<Int32>
  /// The vertex at the far end of each entry.
  package let neighbors: ContiguousArray<Int32>
  /// The edge id of each entry, parallel to `neighbors`.
  package let edges: ContiguousArray<Int32>

  /// Builds the adjacency keyed by `keys[e]` (leading to `values[e]`) with a
  /// counting sort; edges in `mirrored` are also entered keyed by `values[e]`.
  ///
  /// - Complexity: O(*V* + *E*)
  init(
    vertexCount: Int, keys: ContiguousArray<Int32>, values: ContiguousArray<Int32>,
    mirrored: Bitset?
  ) {
    let edgeCount = keys.count
    var offsets = ContiguousArray<Int32>(repeating: 0, count: vertexCount + 1)
    var entryCount = 0
    keys.withUnsafeBufferPointer { k in
      values.withUnsafeBufferPointer { val in
        offsets.withUnsafeMutableBufferPointer { o in
          for e in 0..<edgeCount {
            o[Int(k[e]) + 1] += 1
            if let mirrored, mirrored[e], k[e] != val[e] { o[Int(val[e]) + 1] += 1 }
          }
          for v in 0..<vertexCount { o[v + 1] += o[v] }
          entryCount = Int(o[vertexCount])
        }
      }
    }
    var cursor = offsets
    var neighbors = ContiguousArray<Int32>(repeating: 0, count: entryCount)
    var edges = ContiguousArray<Int32>(repeating: 0, count: entryCount)
    keys.withUnsafeBufferPointer { k in
      values.withUnsafeBufferPointer { val in
        cursor.withUnsafeMutableBufferPointer { c in
          neighbors.withUnsafeMutableBufferPointer { n in
            edges.withUnsafeMutableBufferPointer { ed in
              for e in 0..<edgeCount {
                let from = Int(k[e])
                let slot = Int(c[from])
                c[from] += 1
                n[slot] = val[e]
                ed[slot] = Int32(truncatingIfNeeded: e)
                if let mirrored, mirrored[e], k[e] != val[e] {
                  let back = Int(val[e])
                  let slot = Int(c[back])
                  c[back] += 1
                  n[slot] = k[e]
                  ed[slot] = Int32(truncatingIfNeeded: e)
                }
              }
            }
          }
        }
      }
    }
    self.offsets = offsets
    self.neighbors = neighbors
    self.edges = edges
  }

  /// Runs `body` with unchecked views of the three arrays.
  @inline(__always)
  func withRaw<R>(_ body: (RawAdjacency) throws -> R) rethrows -> R {
    try offsets.withUnsafeBufferPointer { o in
      try neighbors.withUnsafeBufferPointer { n in
        try edges.withUnsafeBufferPointer { e in
          try body(RawAdjacency(offsets: o, neighbors: n, edges: e))
        }
      }
    }
  }
}

/// Pointer views of an `Adjacency`, valid only inside `Adjacency.withRaw`.
///
/// Sendable so that the parallel kernels can share it across
/// `concurrentPerform` workers, which only read it.
struct RawAdjacency: @unchecked Sendable {
  let offsets: UnsafeBufferPointer<Int32>
  let neighbors: UnsafeBufferPointer<Int32>
  let edges: UnsafeBufferPointer<Int32>

  @inline(__always) func start(_ v: Int) -> Int { Int(offsets[v]) }
  @inline(__always) func end(_ v: Int) -> Int { Int(offsets[v + 1]) }
}
