/// The style sheet of a diagram: fonts, a shape and fill per node kind, and a
/// line per relation.
///
/// ``standard`` is print-friendly and colour-blind-safe (Paul Tol's "light"
/// fills and "bright"/"vibrant" lines). Acts of force (opposed, killed,
/// arrested, suppressed, captured) are drawn bold red; membership and
/// leadership thin grey-blue; uncertain relations dashed; a highlighted path
/// thick in ``highlightColor``. Override any part:
///
/// ```swift
/// var style = DiagramStyle.standard
/// style.nodeStyles["treaty"] = NodeStyle(shape: "note", fillColor: "#FFFFFF")
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
  public var nodeStyles: [DiagramNodeKind: NodeStyle]
  /// Style of a node kind that ``nodeStyles`` does not list.
  public var defaultNodeStyle: NodeStyle
  /// Styles of the known relations.
  public var edgeStyles: [DiagramRelation: EdgeStyle]
  /// Style of a relation that ``edgeStyles`` does not list.
  public var defaultEdgeStyle: EdgeStyle
  /// Colour of highlighted nodes' borders and highlighted edges.
  public var highlightColor: String
  /// Line width of highlighted edges and node borders, in points.
  public var highlightPenWidth: Double

  /// Creates a style sheet; every part defaults to ``standard``'s.
  public init(
    fontName: String = "DejaVu Sans", fontSize: Double = 11, smallFontSize: Double = 9,
    titleFontSize: Double = 16, textColor: String = "#333333",
    nodeStyles: [DiagramNodeKind: NodeStyle] = Self.standardNodeStyles,
    defaultNodeStyle: NodeStyle = NodeStyle(shape: "box", fillColor: "#FFFFFF", borderColor: "#777777"),
    edgeStyles: [DiagramRelation: EdgeStyle] = Self.standardEdgeStyles,
    defaultEdgeStyle: EdgeStyle = EdgeStyle(color: "#666666"),
    highlightColor: String = "#AA3377", highlightPenWidth: Double = 3.5
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
  }

  /// The default style sheet.
  public static let standard = DiagramStyle()

  /// The style of nodes of `kind`, or ``defaultNodeStyle`` for an unknown kind.
  public func nodeStyle(for kind: DiagramNodeKind) -> NodeStyle {
    nodeStyles[kind] ?? defaultNodeStyle
  }

  /// The style of edges of `relation`, or ``defaultEdgeStyle`` for an unknown one.
  public func edgeStyle(for relation: DiagramRelation) -> EdgeStyle {
    edgeStyles[relation] ?? defaultEdgeStyle
  }

  /// Shapes and fills of the HistoryGraph kinds: the shape alone tells the
  /// kinds apart in a black-and-white print.
  public static let standardNodeStyles: [DiagramNodeKind: NodeStyle] = [
    .person: NodeStyle(shape: "ellipse", fillColor: "#EEDD88"),
    .party: NodeStyle(shape: "box", fillColor: "#77AADD", isRounded: true),
    .government: NodeStyle(shape: "box", fillColor: "#99DDFF", peripheries: 2),
    .organization: NodeStyle(shape: "box", fillColor: "#44BB99"),
    .military: NodeStyle(shape: "hexagon", fillColor: "#EE8866"),
    .publication: NodeStyle(shape: "tab", fillColor: "#BBCC33"),
    .document: NodeStyle(shape: "note", fillColor: "#FFFFFF"),
    .event: NodeStyle(shape: "octagon", fillColor: "#FFAABB"),
    .place: NodeStyle(shape: "house", fillColor: "#DDDDDD"),
  ]

  /// Lines of the HistoryGraph relations: force bold red, membership and
  /// leadership thin blue-grey, founding and negotiation teal, control of
  /// territory orange, documents ochre, location light grey.
  public static let standardEdgeStyles: [DiagramRelation: EdgeStyle] = {
    let force = EdgeStyle(color: "#CC3311", penWidth: 2.4)
    let membership = EdgeStyle(color: "#6688AA")
    let leadership = EdgeStyle(color: "#004488", penWidth: 1.4)
    let alliance = EdgeStyle(color: "#0077BB", penWidth: 1.4)
    let founding = EdgeStyle(color: "#009988", penWidth: 1.2)
    let location = EdgeStyle(color: "#999999", penWidth: 0.8)
    let writing = EdgeStyle(color: "#997700")
    return [
      "opposed": force, "killed": force, "arrested": force, "suppressed": force,
      "captured": force,
      "member_of": membership, "part_of": membership, "appointed_to": membership,
      "elected_to": membership, "participated_in": EdgeStyle(color: "#777777"),
      "leads": leadership, "allied_with": alliance,
      "founded": founding, "negotiated_with": founding,
      "controls": EdgeStyle(color: "#EE7733", penWidth: 1.6),
      "succeeded_by": EdgeStyle(color: "#222222", penWidth: 1.2, arrowHead: "empty"),
      "occurred_in": location, "based_in": location,
      "adopted": writing, "authored": writing, "published_in": writing,
      "addressed_to": writing, "sent": writing, "derived_from": writing,
    ]
  }()
}
