/// An immutable, compact snapshot of a directed multigraph of claims.
///
/// Vertices are dense indices `0 ..< vertexCount`; edge `e` runs from
/// `sources[e]` to `targets[e]`. Parallel edges (several claims between the
/// same two actors) and symmetric edges (traversable both ways) are allowed.
/// Adjacency is stored once per direction in CSR form (`outgoing`,
/// `incoming`), and every per-edge attribute is indexed by edge id (one
/// default for all edges, without storage, when it was not given).
public struct GraphTopology: Sendable {
  /// The number of vertices.
  public let vertexCount: Int
  /// The source vertex of each edge.
  package let sources: ContiguousArray<Int32>
  /// The target vertex of each edge.
  package let targets: ContiguousArray<Int32>
  /// The edges that may be followed against their direction too.
  package let symmetricEdges: Bitset
  /// Out-edges: for vertex `v`, targets and edge ids of the edges leaving it
  /// (plus symmetric edges entering it).
  package let outgoing: Adjacency
  /// In-edges: for vertex `v`, sources and edge ids of the edges entering it
  /// (plus symmetric edges leaving it).
  package let incoming: Adjacency
  /// First possible day of each edge; `Int32.min` when unbounded.
  package let earliest: EdgeValues<Int32>
  /// Last possible day of each edge; `Int32.max` when unbounded.
  package let latest: EdgeValues<Int32>
  /// Non-negative traversal cost of each edge (1 by default).
  package let weight: EdgeValues<Double>
  /// Confidence of each edge in `0 ... 1` (1 by default).
  package let confidence: EdgeValues<Float>
  /// Relation type index of each edge (0 by default).
  package let relation: EdgeValues<Int32>
  /// Kind index of each vertex (0 by default).
  package let vertexKind: ContiguousArray<Int32>

  /// The number of edges.
  public var edgeCount: Int { sources.count }

  /// Builds a topology from parallel edge arrays.
  ///
  /// Omitted attributes take their defaults: undated (unbounded) intervals,
  /// weight 1, confidence 1, relation 0, vertex kind 0. Out-of-range
  /// indices, arrays of the wrong length and negative weights are
  /// programmer errors and trap.
  ///
  /// - Complexity: O(*V* + *E*) (a counting sort per direction).
  public init(
    vertexCount: Int,
    sources: ContiguousArray<Int32>,
    targets: ContiguousArray<Int32>,
    symmetricEdges: [EdgeID] = [],
    earliest: ContiguousArray<Int32>? = nil,
    latest: ContiguousArray<Int32>? = nil,
    weight: ContiguousArray<Double>? = nil,
    confidence: ContiguousArray<Float>? = nil,
    relation: ContiguousArray<Int32>? = nil,
    vertexKind: ContiguousArray<Int32>? = nil
  ) {
    let edgeCount = sources.count
    precondition(vertexCount >= 0 && vertexCount < Int(Int32.max), "vertex count out of range")
    precondition(targets.count == edgeCount, "sources and targets differ in length")
    precondition(2 * edgeCount < Int(Int32.max), "too many edges for Int32 offsets")
    let n = Int32(truncatingIfNeeded: vertexCount)
    precondition(sources.allSatisfy { $0 >= 0 && $0 < n }, "edge source out of range")
    precondition(targets.allSatisfy { $0 >= 0 && $0 < n }, "edge target out of range")
    for (name, count) in [
      ("earliest", earliest?.count), ("latest", latest?.count), ("weight", weight?.count),
      ("confidence", confidence?.count), ("relation", relation?.count),
    ] {
      precondition(count == nil || count == edgeCount, "\(name) has the wrong length")
    }
    precondition(vertexKind == nil || vertexKind!.count == vertexCount, "vertexKind has the wrong length")
    precondition(weight?.allSatisfy { $0 >= 0 } ?? true, "edge weights must be non-negative")

    var symmetric = Bitset(capacity: symmetricEdges.isEmpty ? 0 : edgeCount)
    for e in symmetricEdges {
      precondition(e.index >= 0 && e.index < edgeCount, "symmetric edge out of range")
      symmetric[e.index] = true
    }
    let mirrored = symmetricEdges.isEmpty ? nil : symmetric

    self.vertexCount = vertexCount
    self.sources = sources
    self.targets = targets
    self.symmetricEdges = symmetric
    self.outgoing = Adjacency(vertexCount: vertexCount, keys: sources, values: targets, mirrored: mirrored)
    self.incoming = Adjacency(vertexCount: vertexCount, keys: targets, values: sources, mirrored: mirrored)
    self.earliest = EdgeValues(earliest, default: .min)
    self.latest = EdgeValues(latest, default: .max)
    self.weight = EdgeValues(weight, default: 1)
    self.confidence = EdgeValues(confidence, default: 1)
    self.relation = EdgeValues(relation, default: 0)
    self.vertexKind = vertexKind ?? ContiguousArray(repeating: 0, count: vertexCount)
  }

  /// Whether edge `e` may be followed against its direction.
  public func isSymmetric(_ e: EdgeID) -> Bool {
    symmetricEdges.capacity != 0 && symmetricEdges[e.index]
  }

  /// Whether edge `e` has no date at all (both ends unbounded).
  public func isUndated(_ e: EdgeID) -> Bool {
    earliest[e.index] == .min && latest[e.index] == .max
  }

  /// The adjacency (or two) that `direction` walks.
  @inline(__always)
  func withRawAdjacencies<R>(
    _ direction: TraversalDirection, _ body: (RawAdjacency, RawAdjacency?) throws -> R
  ) rethrows -> R {
    switch direction {
    case .outgoing: return try outgoing.withRaw { try body($0, nil) }
    case .incoming: return try incoming.withRaw { try body($0, nil) }
    case .both:
      return try outgoing.withRaw { out in try incoming.withRaw { inc in try body(out, inc) } }
    }
  }
}
