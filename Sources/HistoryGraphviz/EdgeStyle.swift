/// How edges of one relation are drawn.
public struct EdgeStyle: Hashable, Sendable {
  /// Line colour as `#RRGGBB`.
  public var color: String
  /// Line width in points; 2 and more reads as bold (and shows as a heavy
  /// line in the legend).
  public var penWidth: Double
  /// A Graphviz arrowhead name: `normal`, `vee`, `empty`, `tee`, …
  public var arrowHead: String

  /// Creates an edge style.
  public init(color: String, penWidth: Double = 1, arrowHead: String = "normal") {
    self.color = color
    self.penWidth = penWidth
    self.arrowHead = arrowHead
  }

  /// Whether the line is wide enough to read as bold.
  var isBold: Bool { penWidth >= 2 }
}
