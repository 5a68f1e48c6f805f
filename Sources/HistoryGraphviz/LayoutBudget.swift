/// The largest graph an engine is allowed to lay out.
///
/// A Graphviz layout cannot be interrupted inside the process, so a view too
/// large for a slow engine is refused up front with
/// ``RenderError/tooLarge(nodes:edges:engine:hint:)`` instead of hanging.
public struct LayoutBudget: Hashable, Sendable {
  /// The most nodes allowed.
  public var maxNodes: Int
  /// The most edges allowed.
  public var maxEdges: Int

  /// Creates a budget.
  public init(maxNodes: Int, maxEdges: Int) {
    self.maxNodes = maxNodes
    self.maxEdges = maxEdges
  }

  /// No limit: lay out whatever comes, however long it takes.
  public static let unlimited = LayoutBudget(maxNodes: .max, maxEdges: .max)

  /// The default limit of `engine`, chosen so that a layout takes seconds,
  /// not minutes, on this kind of machine: `dot` 300 nodes / 400 edges,
  /// `circo` 200 / 300, `fdp` 500 / 1,500, `neato` 1,500 / 4,500, `sfdp`
  /// and `twopi` 3,000 / 9,000.
  ///
  /// Measured with labelled edges: `dot` takes 1–4 s on random graphs of
  /// 150 nodes / 300 edges and 300 / 400, but 20–35 s on 150 / 450 (each
  /// edge label is a node of its own for `dot`); `circo` 9–15 s on 150–300
  /// nodes; `sfdp` and `twopi` 19 s on 3,000 / 9,000 (a 100,000-edge view
  /// ran past 300 s).
  public static func standard(for engine: LayoutEngine) -> LayoutBudget {
    switch engine {
    case .dot: LayoutBudget(maxNodes: 300, maxEdges: 400)
    case .circo: LayoutBudget(maxNodes: 200, maxEdges: 300)
    case .fdp: LayoutBudget(maxNodes: 500, maxEdges: 1_500)
    case .neato: LayoutBudget(maxNodes: 1_500, maxEdges: 4_500)
    case .sfdp, .twopi: LayoutBudget(maxNodes: 3_000, maxEdges: 9_000)
    }
  }

  /// Whether a graph of this size is within the budget.
  public func admits(nodes: Int, edges: Int) -> Bool {
    nodes <= maxNodes && edges <= maxEdges
  }

  /// Checks a graph's size against the budget.
  ///
  /// - Throws: ``RenderError/tooLarge(nodes:edges:engine:hint:)`` when the
  ///   graph exceeds it; a graph exactly at the limit is allowed.
  public func check(nodes: Int, edges: Int, engine: LayoutEngine) throws(RenderError) {
    guard !admits(nodes: nodes, edges: edges) else { return }
    throw .tooLarge(
      nodes: nodes, edges: edges, engine: engine,
      hint: "the \(engine.rawValue) layout allows at most \(maxNodes) nodes and \(maxEdges) edges; "
        + (engine == .sfdp || engine == .twopi ? "" : "use the sfdp engine for a whole network, or ")
        + "narrow the view: "
        + "centre it on one entity with fewer hops, or keep fewer kinds or relations")
  }
}
