/// A dense index into the arrays of a `GraphTopology`, typed by what it
/// indexes, so that a vertex can never be passed where an edge is expected.
///
/// The loader interns each entity id once and hands out these indices; the
/// engine never hashes them on a hot path.
public struct DenseIndex<Tag: DenseIndexTag>: RawRepresentable, Hashable, Comparable, Sendable,
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

  /// The index as `Int`, for subscripting per-vertex results or per-edge attributes.
  public var index: Int { Int(rawValue) }

  public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

  public var description: String { "\(Tag.prefix)\(rawValue)" }
}

/// What a ``DenseIndex`` indexes, and the letter that shows it in descriptions.
public protocol DenseIndexTag: Sendable {
  static var prefix: String { get }
}

/// Marks vertex indices (`v12`).
public enum VertexTag: DenseIndexTag { public static let prefix = "v" }
/// Marks edge indices (`e7`).
public enum EdgeTag: DenseIndexTag { public static let prefix = "e" }

/// A vertex of a `GraphTopology`: an entity's index in `0 ..< vertexCount`.
public typealias VertexID = DenseIndex<VertexTag>
/// An edge (one claim) of a `GraphTopology`: its position in the edge arrays
/// the topology was built from, so per-edge attributes are `array[edge.index]`.
public typealias EdgeID = DenseIndex<EdgeTag>
