/// A time window over day numbers, for keeping the edges whose
/// `[earliest, latest]` interval overlaps it.
public enum TimeWindow: Sendable, Hashable {
  /// A single day.
  case asOf(Int32)
  /// The closed interval `from ... to`.
  case during(from: Int32, to: Int32)

  /// Whether the closed interval `earliest ... latest` lies wholly inside the window.
  public func contains(earliest: Int32, latest: Int32) -> Bool {
    switch self {
    case .asOf(let day): earliest == day && latest == day
    case .during(let from, let to): from <= earliest && latest <= to
    }
  }

  /// Whether the closed interval `earliest ... latest` overlaps the window.
  public func overlaps(earliest: Int32, latest: Int32) -> Bool {
    switch self {
    case .asOf(let day): earliest <= day && day <= latest
    case .during(let from, let to): earliest <= to && from <= latest
    }
  }
}

/// Which edges and vertices a `GraphView` keeps. Every criterion left at its
/// default keeps everything, and a filter that keeps everything gives an
/// unfiltered view (the kernels' fast path).
public struct EdgeFilter: Sendable, Equatable {
  /// Relation type indices to keep.
  public var relations: Set<Int32>?
  /// Vertex kind indices to keep; edges touching another kind are dropped.
  public var vertexKinds: Set<Int32>?
  /// Lowest confidence to keep.
  public var minimumConfidence: Float?
  /// Time window the edge's interval must overlap (or, with `withinWindow`, lie inside).
  public var window: TimeWindow?
  /// Whether an edge's whole interval must lie inside `window`, not merely overlap it.
  public var withinWindow: Bool
  /// Whether undated edges (both ends unbounded) are kept, with or without a window.
  public var keepsUndated: Bool
  /// Vertices to leave out, with their edges.
  public var excludedVertices: [VertexID]
  /// Vertices kept whatever `vertexKinds` and `excludedVertices` say (a query's endpoints).
  public var includedVertices: [VertexID]
  /// Edges the caller has already chosen by a criterion the engine does not
  /// know (`nil`: all); the other criteria narrow it further.
  public var edgeMask: Bitset?

  /// Creates a filter; the default keeps everything.
  public init(
    relations: Set<Int32>? = nil, vertexKinds: Set<Int32>? = nil,
    minimumConfidence: Float? = nil, window: TimeWindow? = nil, withinWindow: Bool = false, keepsUndated: Bool = true,
    excludedVertices: [VertexID] = [], includedVertices: [VertexID] = [], edgeMask: Bitset? = nil
  ) {
    self.relations = relations
    self.vertexKinds = vertexKinds
    self.minimumConfidence = minimumConfidence
    self.window = window
    self.withinWindow = withinWindow
    self.keepsUndated = keepsUndated
    self.excludedVertices = excludedVertices
    self.includedVertices = includedVertices
    self.edgeMask = edgeMask
  }

  /// Whether the filter has any edge criterion.
  var constrainsEdges: Bool {
    relations != nil || minimumConfidence != nil || window != nil || !keepsUndated || edgeMask != nil
  }

  /// Whether the filter has any vertex criterion.
  var constrainsVertices: Bool { vertexKinds != nil || !excludedVertices.isEmpty }
}
