extension Diagram {
  /// Lays out and renders the diagram with libgvc.
  ///
  /// - Parameters:
  ///   - format: The output format.
  ///   - engine: The layout engine; `nil` uses ``recommendedEngine``.
  ///   - style: A style sheet replacing the diagram's own ``style``.
  /// - Returns: The bytes of the rendered file; a PNG records its resolution (`pHYs`);
  ///   with ``DiagramOptions/isReproducible``, a PDF's creation date is the Unix epoch.
  /// - Throws: ``RenderError/tooLarge(nodes:edges:engine:hint:)`` before any
  ///   work when the view exceeds the engine's ``LayoutBudget/standard(for:)``;
  ///   other ``RenderError`` cases when Graphviz fails.
  public func render(
    as format: OutputFormat, engine: LayoutEngine? = nil, style: DiagramStyle? = nil
  ) throws(RenderError) -> [UInt8] {
    let engine = engine ?? recommendedEngine
    try LayoutBudget.standard(for: engine).check(nodes: nodes.count, edges: edges.count, engine: engine)
    let bytes = try GraphvizRenderer.render(
      dot: dotSource(style: style), engine: engine, format: format, budget: .unlimited)
    switch format {
    case .png: return PNGResolution.stamped(bytes, dotsPerInch: options.dotsPerInch ?? 96)
    case .pdf where options.isReproducible: return PDFCreationDate.fixed(bytes)
    default: return bytes
    }
  }
}
