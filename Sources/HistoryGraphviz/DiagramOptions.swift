import HistoryGraph

/// How a ``Diagram`` is laid out, independent of its colours (see ``DiagramStyle``).
public struct DiagramOptions: Hashable, Sendable {
  /// The direction of ranks for the `dot` engine.
  public var rankDirection: RankDirection
  /// Whether to draw the title above the diagram.
  public var drawsTitle: Bool
  /// Whether to draw the subtitle (the filters in force).
  public var drawsSubtitle: Bool
  /// Whether to draw the lines naming the source documents.
  public var drawsSources: Bool
  /// Whether to draw a legend of the node kinds and relations shown.
  public var drawsLegend: Bool
  /// Whether nodes with a ``DiagramNode/cluster`` are boxed together. Only
  /// the `dot` and `fdp` engines draw clusters; the others ignore them.
  public var groupsClusters: Bool
  /// Spreads fans of leaves over up to this many ranks, as Graphviz's
  /// `unflatten -l` does, so that a node with many one-edge neighbours does
  /// not make a `dot` layout extremely wide; 1 turns it off.
  ///
  /// It sets `minlen` on the leaves' edges, which only `dot` reads.
  public var leafStagger: Int
  /// Resolution of bitmap output (Graphviz `dpi`); `nil` keeps Graphviz's 96.
  /// Lower it for whole networks, whose PNG is otherwise tens of megabytes.
  public var dotsPerInch: Double?
  /// The page the drawing fills; `nil` draws it at its natural size.
  public var page: PagePreset?
  /// How many times the page's size (inside its margins) the drawing is made,
  /// so that its text stays readable (see ``Diagram/fit(for:engine:choosingDirection:)``); 1 fills the page.
  public var pageEnlargement: Double = 1
  /// Whether the same diagram always gives the same bytes: a PDF's creation date
  /// is then the Unix epoch instead of the time it was drawn (as the curated `Output/` is).
  public var isReproducible = false
  /// The explorer page written beside the diagram (`explorer.html`): nodes link
  /// to `PAGE#ENTITY-ID`, edges to `PAGE#claim=CLAIM-ID`; `nil` links nothing.
  public var explorerPage: String?
  /// The centrality that sets each node's size (its ``DiagramNode/emphasis``); `nil` draws all alike.
  public var sizeBy: CentralityMeasure?
  /// Whether nodes are filled by community (Louvain) instead of by kind; shapes still show the kind.
  public var colorsCommunities: Bool
  /// Whether a diagram made from a network is drawn for print in greys
  /// (``DiagramStyle/init(greyscaleFor:)``) instead of the schema's colours.
  public var greyscale: Bool
  /// The node label size, in points, of a diagram made from a network; the
  /// other texts keep their proportions (``DiagramStyle/scaleFonts(to:)``); `nil` keeps 11.
  public var fontSize: Double?

  /// Creates options; the defaults draw top to bottom in colour with a title, subtitle, sources, legend and clusters.
  public init(
    rankDirection: RankDirection = .topToBottom, drawsLegend: Bool = true,
    groupsClusters: Bool = true, leafStagger: Int = 3, dotsPerInch: Double? = nil, page: PagePreset? = nil,
    explorerPage: String? = nil, sizeBy: CentralityMeasure? = nil, colorsCommunities: Bool = false,
    drawsTitle: Bool = true, drawsSubtitle: Bool = true, drawsSources: Bool = true, greyscale: Bool = false, fontSize: Double? = nil
  ) {
    precondition(leafStagger >= 1, "leafStagger must be at least 1")
    self.rankDirection = rankDirection
    self.drawsLegend = drawsLegend
    self.groupsClusters = groupsClusters
    self.leafStagger = leafStagger
    self.dotsPerInch = dotsPerInch
    self.page = page
    self.explorerPage = explorerPage
    self.sizeBy = sizeBy
    self.colorsCommunities = colorsCommunities
    self.drawsTitle = drawsTitle
    self.drawsSubtitle = drawsSubtitle
    self.drawsSources = drawsSources
    self.greyscale = greyscale
    self.fontSize = fontSize
  }
}
