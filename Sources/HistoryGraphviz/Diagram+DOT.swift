extension Diagram {
  /// The diagram as Graphviz DOT text, deterministic: the same diagram gives
  /// the same bytes whatever the order of its nodes and edges.
  ///
  /// Nodes are sorted by id and edges by from, to, label and relation;
  /// duplicate node ids keep the first node in that order and exact
  /// duplicate edges are dropped. An edge whose endpoint is not among
  /// ``nodes`` is still drawn: the endpoint becomes a node of kind `unknown`
  /// labelled with its id. Every text is escaped, so quotes, backslashes,
  /// `<>&` and line breaks show as written. The legend, when
  /// ``DiagramOptions/drawsLegend`` is on, lists only the kinds and
  /// relations present.
  /// `style` replaces the diagram's own ``style`` when given.
  public func dotSource(style: DiagramStyle? = nil) -> String {
    DOTWriter(diagram: self, style: style ?? self.style).source()
  }
}
