import HistoryGraph
import HistoryGraphviz

extension ExplorerView {
  /// The layout engine for this view: `dot` within ``Diagram/smallViewLimit``, `sfdp` beyond.
  var engine: LayoutEngine {
    Diagram.smallViewLimit.admits(nodes: entities.count, edges: ties.count) ? .dot : .sfdp
  }

  /// The DOT text whose layout places the page's nodes: node `n<i>` is
  /// `entities[i]`, one undirected edge per tie. For `dot` the nodes carry
  /// their labels, so that the ranks leave room for them; for `sfdp` they
  /// are small circles, spread apart so that the labels drawn later fit.
  func layoutDOT(language: LabelLanguage) -> String {
    var lines = ["graph explorer {"]
    switch engine {
    case .dot:
      lines.append("  graph [rankdir=LR, nodesep=0.25, ranksep=1.2];")
      lines.append("  node [shape=box, fontname=\"DejaVu Sans\", fontsize=11, margin=\"0.1,0.05\"];")
      for (i, entity) in entities.enumerated() { lines.append("  n\(i) [label=\(DOTText.quoted(entity.label(in: language)))];") }
    default:
      lines.append("  graph [overlap=prism, sep=\"+12\", K=1.5, repulsiveforce=4];")
      lines.append("  node [shape=circle, width=0.35, fixedsize=true, label=\"\"];")
      for i in entities.indices { lines.append("  n\(i);") }
    }
    for tie in ties { lines.append("  n\(tie.a) -- n\(tie.b);") }
    lines.append("}")
    return lines.joined(separator: "\n") + "\n"
  }

  /// Lays the view out in-process with Graphviz.
  ///
  /// - Throws: ``ExplorerError/tooLarge(nodes:ties:bytes:limit:)`` beyond the engine's
  ///   ``LayoutBudget``, ``ExplorerError/layout(_:)`` when Graphviz fails.
  func layout(language: LabelLanguage) throws(ExplorerError) -> GraphLayout {
    let budget = LayoutBudget.standard(for: engine)
    guard budget.admits(nodes: entities.count, edges: ties.count) else {
      throw .tooLarge(
        nodes: entities.count, ties: ties.count, bytes: nil,
        limit: "at most \(budget.maxNodes) nodes and \(budget.maxEdges) ties for the \(engine.rawValue) layout")
    }
    do {
      return try GraphvizRenderer.layout(dot: layoutDOT(language: language), engine: engine, budget: budget)
    } catch {
      throw .layout(error.description)
    }
  }
}
