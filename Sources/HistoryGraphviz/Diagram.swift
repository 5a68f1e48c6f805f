/// A network diagram to be drawn by Graphviz: titled, styled by node kind and
/// relation, independent of how the graph it shows is stored.
///
/// ```swift
/// let diagram = Diagram(
///   title: "Alash Orda, 1917–1918",
///   sources: ["Sources: alash.txt"],
///   nodes: [DiagramNode(id: "bokeikhanov", label: "Әлихан Бөкейханов", kind: "person"),
///           DiagramNode(id: "alash-orda", label: "Алашорда", kind: "government")],
///   edges: [DiagramEdge(from: "bokeikhanov", to: "alash-orda",
///                       label: "chairs, 1917-12", relation: "chairs")])
/// let png = try diagram.render(as: .png)
/// ```
public struct Diagram: Hashable, Sendable {
  /// The heading drawn above the diagram; empty draws none.
  public var title: String
  /// Lines drawn under the title, such as the filters in force.
  public var subtitle: [String]
  /// Lines drawn under the subtitle naming the source documents cited.
  public var sources: [String]
  /// The nodes, in any order; the DOT output sorts them by id.
  public var nodes: [DiagramNode]
  /// The edges, in any order; the DOT output sorts them.
  public var edges: [DiagramEdge]
  /// Layout options: direction, legend, clusters.
  public var options: DiagramOptions
  /// Fonts, shapes and colours.
  public var style: DiagramStyle
  /// What node fills other than their kinds' mean (for example communities),
  /// listed in the legend; empty when nodes are filled by kind.
  public var fillKey: [FillKeyEntry]
  /// What was left out or adjusted to draw the diagram (entities left out,
  /// a drawing enlarged or a resolution lowered), one sentence each, for the user.
  public var notes: [String] = []

  /// Creates a diagram.
  public init(
    title: String, subtitle: [String] = [], sources: [String] = [], nodes: [DiagramNode], edges: [DiagramEdge],
    options: DiagramOptions = DiagramOptions(), style: DiagramStyle = .standard, fillKey: [FillKeyEntry] = []
  ) {
    self.title = title
    self.subtitle = subtitle
    self.sources = sources
    self.nodes = nodes
    self.edges = edges
    self.options = options
    self.style = style
    self.fillKey = fillKey
  }

  /// The largest view for which ``recommendedEngine`` picks `dot`.
  public static let smallViewLimit = LayoutBudget(maxNodes: 150, maxEdges: 300)

  /// `dot` (layered, readable, slow) for a view within ``smallViewLimit``,
  /// `sfdp` (force-directed, fast on thousands of nodes) beyond it.
  public var recommendedEngine: LayoutEngine {
    Self.smallViewLimit.admits(nodes: nodes.count, edges: edges.count) ? .dot : .sfdp
  }
}
