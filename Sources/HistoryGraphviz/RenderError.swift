import HistoryGraph

/// Why Graphviz could not draw a diagram. The ``description`` says what went
/// wrong and what to do; Graphviz's own words are kept in `message`.
public enum RenderError: Error, Hashable, CustomStringConvertible {
  /// Graphviz's parser rejected the DOT text (or it was empty).
  case invalidDOT(message: String)
  /// The graph exceeds the engine's ``LayoutBudget``; `hint` says what to use instead.
  case tooLarge(nodes: Int, edges: Int, engine: LayoutEngine, hint: String)
  /// The layout engine failed on this graph.
  case layoutFailed(engine: LayoutEngine, message: String)
  /// Graphviz has no plugin for this layout engine.
  case engineUnavailable(engine: LayoutEngine, message: String)
  /// Graphviz has no plugin for this output format.
  case formatUnavailable(format: OutputFormat, message: String)
  /// Rendering the laid-out graph failed.
  case renderFailed(format: OutputFormat, message: String)
  /// Graphviz reported success but produced no bytes.
  case emptyOutput(format: OutputFormat, engine: LayoutEngine)
  /// Fitted to `page`, the diagram's `nodes` would have text of `textSize` points,
  /// too small even at ``Diagram/maximumEnlargement``; about `fitting` nodes would fit.
  case unreadable(nodes: Int, textSize: Double, page: PagePreset, fitting: Int)
  /// A PNG of a drawing this large (in inches) would exceed ``Diagram/maximumPixels`` even at 10 dpi.
  case bitmapTooLarge(width: Double, height: Double)

  private static let pluginHint =
    "Graphviz's plugins are not installed or not registered: install libgraphviz-dev "
    + "(Debian: apt-get install libgraphviz-dev), or run `dot -c` as root to rewrite "
    + "the plugin list config6a"

  /// What went wrong and what to do.
  public var description: String {
    switch self {
    case .invalidDOT(let message):
      "Graphviz could not read the DOT text: \(message). Check the DOT syntax at the line given; "
        + "DOT made by Diagram.dotSource() should always parse, so report that as a bug."
    case .tooLarge(let nodes, let edges, let engine, let hint):
      "The graph has \(nodes) nodes and \(edges) edges, too many for the \(engine.rawValue) layout: \(hint)."
    case .layoutFailed(let engine, let message):
      "The \(engine.rawValue) layout failed: \(message). Try another engine (sfdp or neato)."
    case .engineUnavailable(let engine, let message):
      "Graphviz has no \(engine.rawValue) layout engine: \(message). \(Self.pluginHint)."
    case .formatUnavailable(let format, let message):
      "Graphviz cannot write \(format.rawValue): \(message). \(Self.pluginHint)."
    case .renderFailed(let format, let message):
      "Graphviz could not render \(format.rawValue): \(message). Try the svg format."
    case .unreadable(let nodes, let size, let page, let fitting):
      "Fitted to \(page.rawValue), the \(nodes) nodes of this view would have text of \(size) pt, below the "
        + "\(Int(Diagram.minimumTextSize)) pt a printed figure needs, even drawn \(Int(Diagram.maximumEnlargement)) times the page's size. "
        + "Draw fewer (about \(fitting) would fit): the most central entities, or one entity's neighbourhood."
    case .bitmapTooLarge(let width, let height):
      "The drawing is \(Int(width)) × \(Int(height)) in, too large for a PNG even at 10 dpi. "
        + "Write PDF or SVG, fit it to a page, or draw fewer entities."
    case .emptyOutput(let format, let engine):
      "Graphviz produced an empty \(format.rawValue) file with the \(engine.rawValue) layout. "
        + "Try the svg format or another engine."
    }
  }
}

extension RenderError: ExplainedError {
  /// What went wrong; a layout too large says it in a line, with the options to narrow it in ``hint``.
  package var message: String {
    guard case .tooLarge(let nodes, let edges, let engine, _) = self else { return description }
    return "\(nodes) nodes and \(edges) edges are too many for the \(engine.rawValue) layout"
  }

  package var hint: String? {
    guard case .tooLarge(_, _, _, let hint) = self else { return nil }
    return "\(hint) (--engine sfdp; --focus ID --depth N; --restrict-kind; --relation)"
  }
}
