/// What a node stands for; ``DiagramStyle`` gives each kind a shape and colour.
///
/// The kinds of the HistoryGraph schema are provided as constants; any other
/// name is allowed and is drawn with ``DiagramStyle/defaultNodeStyle``.
public struct DiagramNodeKind: RawRepresentable, Hashable, Comparable, Sendable,
  ExpressibleByStringLiteral, CustomStringConvertible
{
  /// The kind's name as the schema spells it, for example `"government"`.
  public var rawValue: String

  /// Wraps a kind name.
  public init(rawValue: String) { self.rawValue = rawValue }

  /// Wraps a kind name.
  public init(_ rawValue: String) { self.rawValue = rawValue }

  /// Wraps a string literal.
  public init(stringLiteral value: String) { self.rawValue = value }

  /// The kind's name.
  public var description: String { rawValue }

  /// Orders kinds by their Unicode scalars.
  public static func < (lhs: Self, rhs: Self) -> Bool {
    lhs.rawValue.unicodeScalars.lexicographicallyPrecedes(rhs.rawValue.unicodeScalars)
  }

  /// An individual.
  public static let person: Self = "person"
  /// A political party or movement.
  public static let party: Self = "party"
  /// Any body claiming state power.
  public static let government: Self = "government"
  /// A soviet, committee, revkom, union or congress-elected body.
  public static let organization: Self = "organization"
  /// A detachment, regiment, front, army or Cossack host.
  public static let military: Self = "military"
  /// A newspaper or journal.
  public static let publication: Self = "publication"
  /// A decree, declaration, programme, telegram or letter.
  public static let document: Self = "document"
  /// A revolution, congress, uprising, battle, negotiation, arrest or killing.
  public static let event: Self = "event"
  /// A town, oblast, uezd or region.
  public static let place: Self = "place"
}
