/// The name of the relation an edge draws; ``DiagramStyle`` gives each
/// relation a line colour and weight.
///
/// Any name is allowed; one the style does not list is drawn with
/// ``DiagramStyle/defaultEdgeStyle``.
public struct DiagramRelation: RawRepresentable, Hashable, Comparable, Sendable,
  ExpressibleByStringLiteral, CustomStringConvertible
{
  /// The relation's name as the schema spells it, for example `"member_of"`.
  public var rawValue: String

  /// Wraps a relation name.
  public init(rawValue: String) { self.rawValue = rawValue }

  /// Wraps a relation name.
  public init(_ rawValue: String) { self.rawValue = rawValue }

  /// Wraps a string literal.
  public init(stringLiteral value: String) { self.rawValue = value }

  /// The relation's name.
  public var description: String { rawValue }

  /// Orders relations by their Unicode scalars.
  public static func < (lhs: Self, rhs: Self) -> Bool {
    lhs.rawValue.unicodeScalars.lexicographicallyPrecedes(rhs.rawValue.unicodeScalars)
  }

  /// The legend's wording: underscores become spaces (`member_of` → "member of").
  public var displayName: String {
    String(rawValue.map { $0 == "_" ? " " : $0 })
  }
}
