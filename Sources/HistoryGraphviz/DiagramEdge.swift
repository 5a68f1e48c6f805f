/// One line in a ``Diagram``: a relation between two nodes.
public struct DiagramEdge: Hashable, Sendable {
  /// The node the relation starts from.
  public var from: DiagramNodeID
  /// The node the relation points to.
  public var to: DiagramNodeID
  /// The text drawn on the line, typically the relation and its date
  /// ("member of, 1917-12"); empty draws no label.
  public var label: String
  /// The relation's name; chooses the line's colour and weight.
  public var relation: DiagramRelation
  /// Whether the sources leave the relation in doubt: drawn dashed.
  public var isUncertain: Bool
  /// Whether the relation reads the same both ways (`allied_with`): drawn
  /// without an arrowhead.
  public var isSymmetric: Bool
  /// Whether the edge lies on a highlighted path: drawn thick in
  /// ``DiagramStyle/highlightColor``.
  public var isHighlighted: Bool
  /// Text shown on hover in SVG output: the evidence (claims, documents, quotes).
  public var tooltip: String?
  /// Where the edge links to in SVG and PDF output (for example an explorer page's anchor).
  public var link: String?

  /// Creates an edge.
  public init(
    from: DiagramNodeID, to: DiagramNodeID, label: String, relation: DiagramRelation,
    isUncertain: Bool = false, isSymmetric: Bool = false, isHighlighted: Bool = false, tooltip: String? = nil,
    link: String? = nil
  ) {
    self.from = from
    self.to = to
    self.label = label
    self.relation = relation
    self.isUncertain = isUncertain
    self.isSymmetric = isSymmetric
    self.isHighlighted = isHighlighted
    self.tooltip = tooltip
    self.link = link
  }
}
