/// One box in a ``Diagram``: an actor, body, document, event or place.
public struct DiagramNode: Hashable, Sendable {
  /// Stable identifier; edges refer to it.
  public var id: DiagramNodeID
  /// The text drawn in the node; a newline starts a new line.
  public var label: String
  /// What the node stands for; chooses its shape and fill colour.
  public var kind: DiagramNodeKind
  /// The cluster (box) the node is drawn in when ``DiagramOptions/groupsClusters``
  /// is on; `nil` draws it outside every cluster.
  public var cluster: String?
  /// Text shown on hover in SVG output, for example the sources of the node.
  public var tooltip: String?
  /// Whether the node lies on a highlighted path: drawn with a thick border.
  public var isHighlighted: Bool
  /// Where the node links to in SVG and PDF output (for example an explorer page's anchor).
  public var link: String?
  /// How much larger than usual to draw the node, from 0 (as usual) to 1
  /// (label twice the size), for example its centrality.
  public var emphasis: Double
  /// A fill colour replacing its kind's (for example its community's), as `#RRGGBB`.
  public var fill: String?

  /// Creates a node.
  public init(
    id: DiagramNodeID, label: String, kind: DiagramNodeKind,
    cluster: String? = nil, tooltip: String? = nil, isHighlighted: Bool = false, link: String? = nil,
    emphasis: Double = 0, fill: String? = nil
  ) {
    self.id = id
    self.label = label
    self.kind = kind
    self.cluster = cluster
    self.tooltip = tooltip
    self.isHighlighted = isHighlighted
    self.link = link
    self.emphasis = emphasis
    self.fill = fill
  }
}
