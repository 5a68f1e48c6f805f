/// A vertex of a `GraphTopology`: a dense index in `0 ..< vertexCount`.
///
/// The loader interns each entity id once and hands out these indices; the
/// engine never hashes them on a hot path.
public struct VertexID: RawRepresentable, Hashable, Comparable, Sendable,
  ExpressibleByIntegerLiteral, CustomStringConvertible
{
  /// The dense index.
  public var rawValue: Int32

  /// Wraps a dense index.
  public init(rawValue: Int32) { self.rawValue = rawValue }

  /// Wraps a dense index given as `Int`; traps if it does not fit in `Int32`.
  public init(_ index: Int) { self.rawValue = Int32(index) }

  /// Wraps a literal index (handy in tests and examples).
  public init(integerLiteral value: Int32) { self.rawValue = value }

  /// The index as `Int`, for subscripting per-vertex result arrays.
  public var index: Int { Int(rawValue) }

  public static func < (lhs: VertexID, rhs: VertexID) -> Bool { lhs.rawValue < rhs.rawValue }

  public var description: String { "v\(rawValue)" }
}

/// An edge (one claim) of a `GraphTopology`: its position in the edge arrays
/// the topology was built from, so per-edge attributes are `array[edge.index]`.
public struct EdgeID: RawRepresentable, Hashable, Comparable, Sendable,
  ExpressibleByIntegerLiteral, CustomStringConvertible
{
  /// The dense index.
  public var rawValue: Int32

  /// Wraps a dense index.
  public init(rawValue: Int32) { self.rawValue = rawValue }

  /// Wraps a dense index given as `Int`; traps if it does not fit in `Int32`.
  public init(_ index: Int) { self.rawValue = Int32(index) }

  /// Wraps a literal index (handy in tests and examples).
  public init(integerLiteral value: Int32) { self.rawValue = value }

  /// The index as `Int`, for subscripting per-edge attribute arrays.
  public var index: Int { Int(rawValue) }

  public static func < (lhs: EdgeID, rhs: EdgeID) -> Bool { lhs.rawValue < rhs.rawValue }

  public var description: String { "e\(rawValue)" }
}
