/// A walk through the graph: the vertices visited and the edge (claim)
/// taken at each hop, so a caller can attach the claim, its time and sources.
public struct GraphPath: Hashable, Sendable, CustomStringConvertible {
  /// The vertices in order; one more than `edges`.
  public var vertices: [VertexID]
  /// The edge taken at each hop: `edges[i]` joins `vertices[i]` and `vertices[i + 1]`.
  public var edges: [EdgeID]

  /// Creates a path; `vertices.count` must be `edges.count + 1`.
  public init(vertices: [VertexID], edges: [EdgeID]) {
    precondition(vertices.count == edges.count + 1, "a path has one more vertex than edges")
    self.vertices = vertices
    self.edges = edges
  }

  /// The number of edges.
  public var hopCount: Int { edges.count }

  /// The first vertex.
  public var start: VertexID { vertices[0] }

  /// The last vertex.
  public var end: VertexID { vertices[vertices.count - 1] }

  public var description: String {
    var text = vertices[0].description
    for (edge, vertex) in zip(edges, vertices.dropFirst()) { text += " -\(edge)-> \(vertex)" }
    return text
  }

  /// Follows parent links from `target` back to the root (whose parent edge is -1).
  static func tracing(
    back target: Int32, parentVertex: UnsafeBufferPointer<Int32>, parentEdge: UnsafeBufferPointer<Int32>
  ) -> GraphPath {
    var vertices = [VertexID(rawValue: target)]
    var edges: [EdgeID] = []
    var v = Int(target)
    while parentEdge[v] >= 0 {
      edges.append(EdgeID(rawValue: parentEdge[v]))
      v = Int(parentVertex[v])
      vertices.append(VertexID(rawValue: Int32(v)))
    }
    return GraphPath(vertices: vertices.reversed(), edges: edges.reversed())
  }
}
