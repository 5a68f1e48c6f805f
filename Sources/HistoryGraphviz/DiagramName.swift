/// A name in a diagram (a node id, a kind, a relation): a string with a tag
/// that keeps the three apart at compile time. Ordered by Unicode scalars, so
/// that sorting (and the DOT written from it) does not depend on the locale.
public struct DiagramName<Tag>: RawRepresentable, Hashable, Comparable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
  public var rawValue: String

  public init(rawValue: String) { self.rawValue = rawValue }
  public init(_ rawValue: String) { self.rawValue = rawValue }
  public init(stringLiteral value: String) { self.rawValue = value }

  public var description: String { rawValue }

  public static func < (lhs: Self, rhs: Self) -> Bool {
    lhs.rawValue.unicodeScalars.lexicographicallyPrecedes(rhs.rawValue.unicodeScalars)
  }
}

public enum DiagramNodeTag {}
public enum DiagramKindTag {}
public enum DiagramRelationTag {}

/// A node's stable id in the DOT text (the entity id).
public typealias DiagramNodeID = DiagramName<DiagramNodeTag>

/// What a node stands for; ``DiagramStyle`` gives each kind a shape and colour.
/// Any name is allowed; one the style does not list gets ``DiagramStyle/defaultNodeStyle``.
public typealias DiagramNodeKind = DiagramName<DiagramKindTag>

/// The relation an edge draws; ``DiagramStyle`` gives each a line colour and weight.
/// Any name is allowed; one the style does not list gets ``DiagramStyle/defaultEdgeStyle``.
public typealias DiagramRelation = DiagramName<DiagramRelationTag>

extension DiagramName where Tag == DiagramRelationTag {
  /// The legend's wording: underscores become spaces (`belongs_to` → "belongs to").
  public var displayName: String {
    String(rawValue.map { $0 == "_" ? " " : $0 })
  }
}
