/// The stable identifier of a node in a ``Diagram``.
///
/// It becomes the Graphviz node name, so it also names the node in SVG
/// output (`<title>`), which lets a script link a drawn node back to the data.
/// Any string works; ``Diagram/dotSource(style:)`` escapes it.
public struct DiagramNodeID: RawRepresentable, Hashable, Comparable, Sendable,
  ExpressibleByStringLiteral, CustomStringConvertible
{
  /// The identifier text, for example `"alikhan-bokeikhanov"`.
  public var rawValue: String

  /// Wraps an identifier string.
  public init(rawValue: String) { self.rawValue = rawValue }

  /// Wraps an identifier string.
  public init(_ rawValue: String) { self.rawValue = rawValue }

  /// Wraps a string literal.
  public init(stringLiteral value: String) { self.rawValue = value }

  /// The identifier text.
  public var description: String { rawValue }

  /// Orders identifiers by their Unicode scalars, so the order does not
  /// depend on the locale.
  public static func < (lhs: Self, rhs: Self) -> Bool {
    lhs.rawValue.unicodeScalars.lexicographicallyPrecedes(rhs.rawValue.unicodeScalars)
  }
}
