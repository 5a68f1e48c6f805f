/// How nodes of one kind are drawn.
public struct NodeStyle: Hashable, Sendable {
  /// A Graphviz shape name: `box`, `ellipse`, `octagon`, `note`, `house`, …
  public var shape: String
  /// Fill colour as `#RRGGBB`; light, so that black text stays readable.
  public var fillColor: String
  /// Border colour as `#RRGGBB`.
  public var borderColor: String
  /// Whether box-like shapes get rounded corners.
  public var isRounded: Bool
  /// Number of borders drawn around the shape (2 draws a double border).
  public var peripheries: Int

  /// The border colour a style gets when none is given.
  public static let standardBorderColor = "#444444"

  /// Creates a node style.
  public init(
    shape: String, fillColor: String, borderColor: String = Self.standardBorderColor,
    isRounded: Bool = false, peripheries: Int = 1
  ) {
    self.shape = shape
    self.fillColor = fillColor
    self.borderColor = borderColor
    self.isRounded = isRounded
    self.peripheries = peripheries
  }
}
