/// A filtered view of a `GraphTopology`: the topology plus optional bitsets
/// of allowed edges and allowed vertices. Nothing is copied; algorithms skip
/// what the bitsets exclude. Traversals always start from their start
/// vertex, even if the vertex filter excludes it.
public struct GraphView: Sendable {
  /// The underlying snapshot.
  public let topology: GraphTopology
  /// The edges kept, or `nil` for all.
  public let allowedEdges: Bitset?
  /// The vertices kept, or `nil` for all.
  public let allowedVertices: Bitset?

  /// A view with explicit bitsets (`nil` keeps everything).
  public init(_ topology: GraphTopology, allowedEdges: Bitset? = nil, allowedVertices: Bitset? = nil) {
    precondition(allowedEdges == nil || allowedEdges!.capacity == topology.edgeCount, "edge bitset capacity")
    precondition(
      allowedVertices == nil || allowedVertices!.capacity == topology.vertexCount, "vertex bitset capacity")
    self.topology = topology
    self.allowedEdges = allowedEdges
    self.allowedVertices = allowedVertices
  }

  /// A view keeping what `filter` describes.
  ///
  /// - Complexity: O(*V* + *E*)
  public init(_ topology: GraphTopology, filter: EdgeFilter) {
    var vertices: Bitset?
    if let kinds = filter.vertexKinds {
      var bits = Bitset(capacity: topology.vertexCount)
      for v in 0..<topology.vertexCount where kinds.contains(topology.vertexKind[v]) { bits[v] = true }
      vertices = bits
    }
    var edges: Bitset?
    if filter.constrainsEdges {
      var bits = Bitset(capacity: topology.edgeCount)
      for e in 0..<topology.edgeCount {
        if let relations = filter.relations, !relations.contains(topology.relation[e]) { continue }
        if let minimum = filter.minimumConfidence, topology.confidence[e] < minimum { continue }
        if let window = filter.window {
          let first = topology.earliest[e], last = topology.latest[e]
          let undated = first == .min && last == .max
          if undated ? !filter.keepsUndated : !window.overlaps(earliest: first, latest: last) { continue }
        }
        bits[e] = true
      }
      edges = bits
    }
    self.init(topology, allowedEdges: edges, allowedVertices: vertices)
  }

  /// The number of vertices of the underlying topology.
  public var vertexCount: Int { topology.vertexCount }

  /// Whether the view keeps vertex `v`.
  public func allows(_ v: VertexID) -> Bool { allowedVertices?[v.index] ?? true }

  /// Whether the view keeps edge `e` (and both its endpoints).
  public func allows(_ e: EdgeID) -> Bool {
    (allowedEdges?[e.index] ?? true)
      && allows(VertexID(rawValue: topology.sources[e.index]))
      && allows(VertexID(rawValue: topology.targets[e.index]))
  }

  /// The number of vertices the view keeps.
  public var allowedVertexCount: Int { allowedVertices?.count ?? topology.vertexCount }

  var isUnfiltered: Bool { allowedEdges == nil && allowedVertices == nil }

  /// The gate of this view when it filters anything (algorithms use
  /// `OpenGate` when `isUnfiltered`, so each kernel is specialised twice).
  var maskGate: MaskGate { MaskGate(edges: allowedEdges, vertices: allowedVertices) }
}

/// Decides whether a traversal may cross edge `e` into vertex `v`.
protocol EdgeGate {
  func allows(edge e: Int32, into v: Int32) -> Bool
}

/// The gate of an unfiltered view: lets everything through.
struct OpenGate: EdgeGate, Sendable {
  @inline(__always) func allows(edge e: Int32, into v: Int32) -> Bool { true }
}

/// The gate of a filtered view.
struct MaskGate: EdgeGate, Sendable {
  let edges: Bitset?
  let vertices: Bitset?
  @inline(__always) func allows(edge e: Int32, into v: Int32) -> Bool {
    (edges?[Int(e)] ?? true) && (vertices?[Int(v)] ?? true)
  }
}
