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

  /// A view keeping what `filter` describes; the default filter gives the
  /// unfiltered view, so kernels take their fast path.
  ///
  /// An edge is kept when it passes every edge criterion and both its
  /// endpoints are kept.
  ///
  /// - Complexity: O(1) for the default filter; O(*V*) for vertex criteria
  ///   alone; O(*V* + *E*) otherwise.
  public init(_ topology: GraphTopology, filter: EdgeFilter) {
    var vertices: Bitset?
    if filter.constrainsVertices {
      var bits = Bitset(capacity: topology.vertexCount, allSet: filter.vertexKinds == nil)
      if let kinds = filter.vertexKinds {
        for v in 0..<topology.vertexCount where kinds.contains(topology.vertexKind[v]) { bits[v] = true }
      }
      for v in filter.excludedVertices { bits[v.index] = false }
      for v in filter.includedVertices { bits[v.index] = true }
      vertices = bits
    }
    var edges: Bitset?
    if filter.constrainsEdges || vertices != nil {
      var bits = filter.edgeMask ?? Bitset(capacity: topology.edgeCount, allSet: true)
      precondition(bits.capacity == topology.edgeCount, "edge mask capacity")
      for e in 0..<topology.edgeCount where bits[e] {
        var keep = true
        if let vertices { keep = vertices[Int(topology.sources[e])] && vertices[Int(topology.targets[e])] }
        if keep, let relations = filter.relations { keep = relations.contains(topology.relation[e]) }
        if keep, let minimum = filter.minimumConfidence { keep = topology.confidence[e] >= minimum }
        if keep, topology.isUndated(EdgeID(e)) {
          keep = filter.keepsUndated
        } else if keep, let window = filter.window {
          keep =
            filter.withinWindow
            ? window.contains(earliest: topology.earliest[e], latest: topology.latest[e])
            : window.overlaps(earliest: topology.earliest[e], latest: topology.latest[e])
        }
        if !keep { bits[e] = false }
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
  /// Whether a traversal may enter `v` at all, whatever the edge.
  func allows(vertex v: Int32) -> Bool
}

/// The gate of an unfiltered view: lets everything through.
struct OpenGate: EdgeGate, Sendable {
  @inline(__always) func allows(edge e: Int32, into v: Int32) -> Bool { true }
  @inline(__always) func allows(vertex v: Int32) -> Bool { true }
}

/// The gate of a filtered view.
struct MaskGate: EdgeGate, Sendable {
  let edges: Bitset?
  let vertices: Bitset?
  @inline(__always) func allows(edge e: Int32, into v: Int32) -> Bool {
    (edges?[Int(e)] ?? true) && (vertices?[Int(v)] ?? true)
  }
  @inline(__always) func allows(vertex v: Int32) -> Bool { vertices?[Int(v)] ?? true }
}
