import HistoryGraph

/// The style sheet of a diagram: fonts, a shape and fill per node kind, and a
/// line per relation.
///
/// ``standard`` has fonts, colours and defaults but no kind or relation of its
/// own: the vocabulary's styles are data, in the schema (`style:` entries in
/// `schema.yaml`), and ``init(schema:)`` reads them. A highlighted path is drawn
/// thick in ``highlightColor``; uncertain claims dashed. Override any part:
///
/// ```swift
/// var style = DiagramStyle(schema: graph.schema)
/// style.nodeStyles["treaty"] = KindStyle(shape: "note", fill: "#FFFFFF")
/// ```
public struct DiagramStyle: Hashable, Sendable {
  /// Font family for every text; it must cover the Kazakh letters
  /// (ә ғ қ ң ө ұ ү һ і). DejaVu Sans does; with an unknown family pango
  /// silently falls back to a serif font.
  public var fontName: String
  /// Font size of node labels, in points.
  public var fontSize: Double
  /// Font size of edge labels and the legend, in points.
  public var smallFontSize: Double
  /// Font size of the diagram title, in points.
  public var titleFontSize: Double
  /// Colour of edge labels, cluster borders and subtitles.
  public var textColor: String
  /// Styles of the known node kinds.
  public var nodeStyles: [DiagramNodeKind: KindStyle]
  /// Style of a node kind that ``nodeStyles`` does not list.
  public var defaultNodeStyle: KindStyle
  /// Styles of the known relations.
  public var edgeStyles: [DiagramRelation: RelationStyle]
  /// Style of a relation that ``edgeStyles`` does not list.
  public var defaultEdgeStyle: RelationStyle
  /// Colour of highlighted nodes' borders and highlighted edges.
  public var highlightColor: String
  /// Line width of highlighted edges and node borders, in points.
  public var highlightPenWidth: Double
  /// Relations drawn with a dashed line (greyscale sheets tell relations apart so).
  public var dashedRelations: Set<DiagramRelation>
  /// The Graphviz line style of an uncertain claim: `dashed`, or `dotted` when
  /// dashes already stand for relations.
  public var uncertainLine: String
  /// Whether arrowheads tell relations apart (greyscale): a symmetric relation
  /// shows its arrowhead at both ends instead of none, and the legend draws
  /// each arrowhead's shape.
  public var relationsByArrowhead: Bool

  /// Creates a style sheet; every part defaults to ``standard``'s.
  public init(
    fontName: String = "DejaVu Sans", fontSize: Double = 11, smallFontSize: Double = 9,
    titleFontSize: Double = 16, textColor: String = "#333333",
    nodeStyles: [DiagramNodeKind: KindStyle] = [:],
    defaultNodeStyle: KindStyle = KindStyle(shape: "box", fill: "#FFFFFF", border: "#777777"),
    edgeStyles: [DiagramRelation: RelationStyle] = [:],
    defaultEdgeStyle: RelationStyle = RelationStyle(color: "#666666"),
    highlightColor: String = "#AA3377", highlightPenWidth: Double = 3.5,
    dashedRelations: Set<DiagramRelation> = [], uncertainLine: String = "dashed", relationsByArrowhead: Bool = false
  ) {
    self.fontName = fontName
    self.fontSize = fontSize
    self.smallFontSize = smallFontSize
    self.titleFontSize = titleFontSize
    self.textColor = textColor
    self.nodeStyles = nodeStyles
    self.defaultNodeStyle = defaultNodeStyle
    self.edgeStyles = edgeStyles
    self.defaultEdgeStyle = defaultEdgeStyle
    self.highlightColor = highlightColor
    self.highlightPenWidth = highlightPenWidth
    self.dashedRelations = dashedRelations
    self.uncertainLine = uncertainLine
    self.relationsByArrowhead = relationsByArrowhead
  }

  /// The border colour of a node whose style gives none.
  public static let borderColor = "#444444"

  /// Fonts, colours and defaults, with no style for any kind or relation.
  public static let standard = DiagramStyle()

  /// The style of nodes of `kind`, or ``defaultNodeStyle`` for an unknown kind.
  public func nodeStyle(for kind: DiagramNodeKind) -> KindStyle {
    nodeStyles[kind] ?? defaultNodeStyle
  }

  /// The style of edges of `relation`, or ``defaultEdgeStyle`` for an unknown one.
  public func edgeStyle(for relation: DiagramRelation) -> RelationStyle {
    edgeStyles[relation] ?? defaultEdgeStyle
  }

  /// The standard sheet with the node and edge styles that `schema` gives its
  /// kinds and relations (those without a `style` get the defaults).
  public init(schema: Schema) {
    var nodeStyles: [DiagramNodeKind: KindStyle] = [:]
    for kind in schema.kinds { nodeStyles[DiagramNodeKind(kind.name)] = kind.style }
    var edgeStyles: [DiagramRelation: RelationStyle] = [:]
    for relation in schema.relations { edgeStyles[DiagramRelation(relation.name)] = relation.style }
    self.init(nodeStyles: nodeStyles, edgeStyles: edgeStyles)
  }

  /// Sets the node label size to `points` and the edge label, legend and
  /// title sizes in the same proportions as ``standard``'s (9 and 16 to 11),
  /// rounded to whole points: Graphviz drops the fraction of an HTML label's
  /// `POINT-SIZE`, where the legend and title are set.
  public mutating func scaleFonts(to points: Double) {
    let standard = DiagramStyle.standard
    fontSize = points
    smallFontSize = (points * standard.smallFontSize / standard.fontSize).rounded()
    titleFontSize = (points * standard.titleFontSize / standard.fontSize).rounded()
  }
}
