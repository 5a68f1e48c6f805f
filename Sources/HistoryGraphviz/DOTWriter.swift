import HistoryGraph

/// Builds the DOT text of a ``Diagram``; see ``Diagram/dotSource(style:)``.
struct DOTWriter {
  /// The kind given to an edge endpoint that is not among the diagram's nodes.
  static let unknownKind: DiagramNodeKind = "unknown"
  /// A node with at least this many leaf neighbours gets its leaves staggered.
  static let fanThreshold = 6

  let diagram: Diagram
  let style: DiagramStyle

  /// The DOT text.
  func source() -> String {
    let nodes = normalizedNodes()
    let edges = normalizedEdges()
    var lines = ["digraph \(DOTText.quoted(diagram.title)) {"]
    lines += graphDefaults(nodes: nodes, edges: edges)

    var clustered: [String: [DiagramNode]] = [:]
    for node in nodes {
      if diagram.options.groupsClusters, let cluster = node.cluster {
        clustered[cluster, default: []].append(node)
      } else {
        lines.append("  " + nodeStatement(node))
      }
    }
    for name in clustered.keys.sorted(by: Self.scalarOrder) {
      lines.append("  subgraph \(DOTText.quoted("cluster_" + name)) {")
      lines.append(
        "    graph [label=\(DOTText.quoted(name)), style=\"rounded\", color=\"#AAAAAA\", "
          + "fontcolor=\"\(style.textColor)\", fontsize=\(DOTText.number(style.fontSize)), labeljust=\"l\"]")
      for node in clustered[name]! { lines.append("    " + nodeStatement(node)) }
      lines.append("  }")
    }

    let minimumLengths = staggeredLengths(edges)
    for (index, edge) in edges.enumerated() {
      lines.append("  " + edgeStatement(edge, minimumLength: minimumLengths[index]))
    }

    lines.append("}")
    return lines.joined(separator: "\n") + "\n"
  }

  // MARK: Normalisation: the same diagram in any order gives the same list.

  /// Nodes sorted by id (ties by every other field), one per id, plus a node
  /// of kind ``unknownKind`` for every edge endpoint that has none.
  private func normalizedNodes() -> [DiagramNode] {
    var nodes = diagram.nodes.sorted(by: Self.nodeOrder)
    var seen = Set<DiagramNodeID>()
    nodes.removeAll { !seen.insert($0.id).inserted }
    for edge in diagram.edges {
      for id in [edge.from, edge.to] where seen.insert(id).inserted {
        nodes.append(DiagramNode(id: id, label: id.rawValue, kind: Self.unknownKind))
      }
    }
    return nodes.sorted(by: Self.nodeOrder)
  }

  /// Edges sorted by from, to, label, relation and flags, without exact duplicates.
  private func normalizedEdges() -> [DiagramEdge] {
    var edges = diagram.edges.sorted(by: Self.edgeOrder)
    var seen = Set<DiagramEdge>()
    edges.removeAll { !seen.insert($0).inserted }
    return edges
  }

  static func scalarOrder(_ a: String, _ b: String) -> Bool {
    a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars)
  }

  private static func nodeOrder(_ a: DiagramNode, _ b: DiagramNode) -> Bool {
    let keyA = [a.id.rawValue, a.label, a.kind.rawValue, a.cluster ?? "", a.tooltip ?? "", a.fill ?? "", "\(a.emphasis)"]
    let keyB = [b.id.rawValue, b.label, b.kind.rawValue, b.cluster ?? "", b.tooltip ?? "", b.fill ?? "", "\(b.emphasis)"]
    if keyA != keyB { return keyA.lexicographicallyPrecedes(keyB, by: scalarOrder) }
    return [a.cluster == nil, a.tooltip == nil, a.isHighlighted]
      .lexicographicallyPrecedes([b.cluster == nil, b.tooltip == nil, b.isHighlighted]) { !$0 && $1 }
  }

  private static func edgeOrder(_ a: DiagramEdge, _ b: DiagramEdge) -> Bool {
    let keyA = [a.from.rawValue, a.to.rawValue, a.label, a.relation.rawValue, a.tooltip ?? ""]
    let keyB = [b.from.rawValue, b.to.rawValue, b.label, b.relation.rawValue, b.tooltip ?? ""]
    if keyA != keyB { return keyA.lexicographicallyPrecedes(keyB, by: scalarOrder) }
    return [a.isUncertain, a.isSymmetric, a.isHighlighted]
      .lexicographicallyPrecedes([b.isUncertain, b.isSymmetric, b.isHighlighted]) { !$0 && $1 }
  }

  // MARK: Statements

  private func graphDefaults(nodes: [DiagramNode], edges: [DiagramEdge]) -> [String] {
    var graph = [
      "charset=\"UTF-8\"", "fontname=\(DOTText.quoted(style.fontName))",
      "fontsize=\(DOTText.number(style.fontSize))",
      "rankdir=\"\(diagram.options.rankDirection.rawValue)\"", "newrank=\"true\"",
      "nodesep=\"0.3\"", "ranksep=\"0.5\"", "pad=\"\(DOTText.number(diagram.options.page?.margin ?? 0.3))\"",
      "outputorder=\"edgesfirst\"", "overlap=\"prism\"", "bgcolor=\"white\"",
    ]
    if let page = diagram.options.page {
      let enlargement = diagram.options.pageEnlargement
      let width = (page.width - 2 * page.margin) * enlargement, height = (page.height - 2 * page.margin) * enlargement
      // Scaled uniformly until the drawing meets the margins. Not stretched to the page's shape
      // (ratio=fill): dot would then spend the room on space between nodes, and the text would be smaller.
      graph += ["size=\"\(DOTText.number((width * 100).rounded() / 100)),\(DOTText.number((height * 100).rounded() / 100))!\""]
    }
    if let dpi = diagram.options.dotsPerInch { graph.append("dpi=\"\(DOTText.number(dpi))\"") }
    if let label = heading(nodes: nodes, edges: edges) {
      graph += ["label=<\(label)>", "labelloc=\"t\"", "labeljust=\"l\""]
    }
    return [
      "  graph [" + graph.joined(separator: ", ") + "]",
      "  node [fontname=\(DOTText.quoted(style.fontName)), fontsize=\(DOTText.number(style.fontSize)), "
        + "style=\"filled\", margin=\"0.12,0.06\"]",
      "  edge [fontname=\(DOTText.quoted(style.fontName)), fontsize=\(DOTText.number(style.smallFontSize)), "
        + "fontcolor=\"\(style.textColor)\", arrowsize=\"0.7\"]",
    ]
  }

  /// The graph label: the title in bold over the subtitle lines in small
  /// type and the legend, left aligned. Being the graph's label, the legend
  /// takes no part in the layout, whatever the engine.
  private func heading(nodes: [DiagramNode], edges: [DiagramEdge]) -> String? {
    var rows: [String] = []
    let options = diagram.options
    if options.drawsTitle, !diagram.title.isEmpty {
      rows.append(
        "<FONT POINT-SIZE=\"\(DOTText.number(style.titleFontSize))\"><B>"
          + DOTText.html(diagram.title, alignment: "LEFT") + "</B></FONT>")
    }
    let subtitle = (options.drawsSubtitle ? diagram.subtitle : []) + (options.drawsSources ? diagram.sources : [])
    if !subtitle.isEmpty {
      let lines = subtitle.map { DOTText.html($0, alignment: "LEFT") + "<BR ALIGN=\"LEFT\"/>" }
      rows.append(
        "<FONT POINT-SIZE=\"\(DOTText.number(style.smallFontSize + 1))\" COLOR=\"\(style.textColor)\">"
          + lines.joined() + "</FONT>")
    }
    if options.drawsLegend, !nodes.isEmpty {
      rows.append(legendTable(nodes: nodes, edges: edges))
    }
    if rows.isEmpty { return nil }
    return "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"2\">"
      + rows.map { "<TR><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\">\($0)</TD></TR>" }.joined() + "</TABLE>"
  }

  private func nodeStatement(_ node: DiagramNode) -> String {
    let look = style.nodeStyle(for: node.kind)
    // On a page, long names are broken into lines so that the drawing is narrower and its text larger.
    let label = diagram.options.page == nil ? node.label : Self.wrapped(node.label, width: Self.pageLabelWidth)
    var attributes = [
      "label=\(DOTText.quoted(label))", "shape=\(DOTText.quoted(look.shape))",
      "fillcolor=\(DOTText.quoted(node.fill ?? look.fill))",
    ]
    if node.emphasis > 0 {
      let scale = 1 + min(node.emphasis, 1)
      attributes.append("fontsize=\(DOTText.number((style.fontSize * scale * 10).rounded() / 10))")
    }
    if look.rounded { attributes.append("style=\"filled,rounded\"") }
    if look.peripheries != 1 { attributes.append("peripheries=\(look.peripheries)") }
    if node.isHighlighted {
      attributes += [
        "color=\(DOTText.quoted(style.highlightColor))",
        "penwidth=\(DOTText.number(style.highlightPenWidth))",
      ]
    } else {
      attributes.append("color=\(DOTText.quoted((look.border ?? DiagramStyle.borderColor)))")
    }
    if let tooltip = node.tooltip { attributes.append("tooltip=\(DOTText.quoted(tooltip))") }
    if let link = node.link { attributes.append("URL=\(DOTText.quoted(link))") }
    return "\(DOTText.quoted(node.id.rawValue)) [" + attributes.joined(separator: ", ") + "]"
  }

  private func edgeStatement(_ edge: DiagramEdge, minimumLength: Int?) -> String {
    let look = style.edgeStyle(for: edge.relation)
    var attributes: [String] = []
    if !edge.label.isEmpty { attributes.append("label=\(DOTText.quoted(edge.label))") }
    if edge.isHighlighted {
      attributes += [
        "color=\(DOTText.quoted(style.highlightColor))",
        "fontcolor=\(DOTText.quoted(style.highlightColor))",
        "penwidth=\(DOTText.number(style.highlightPenWidth))",
      ]
    } else {
      attributes += [
        "color=\(DOTText.quoted(look.color))", "penwidth=\(DOTText.number(look.width))",
      ]
    }
    if edge.isSymmetric && style.relationsByArrowhead {
      attributes += ["dir=\"both\"", "arrowhead=\(DOTText.quoted(look.arrowhead))", "arrowtail=\(DOTText.quoted(look.arrowhead))"]
    } else if edge.isSymmetric {
      attributes.append("dir=\"none\"")
    } else {
      attributes.append("arrowhead=\(DOTText.quoted(look.arrowhead))")
    }
    if edge.isUncertain {
      attributes.append("style=\(DOTText.quoted(style.uncertainLine))")
    } else if style.dashedRelations.contains(edge.relation) {
      attributes.append("style=\"dashed\"")
    }
    if let tooltip = edge.tooltip { attributes.append("tooltip=\(DOTText.quoted(tooltip))") }
    if let link = edge.link { attributes.append("URL=\(DOTText.quoted(link))") }
    if let minimumLength { attributes.append("minlen=\(minimumLength)") }
    return "\(DOTText.quoted(edge.from.rawValue)) -> \(DOTText.quoted(edge.to.rawValue)) ["
      + attributes.joined(separator: ", ") + "]"
  }

  /// The longest line, in characters, of a node label on a page.
  static let pageLabelWidth = 22

  /// `text` broken at spaces into lines of at most `width` characters (a longer word keeps a line of its own);
  /// text that has line breaks already is kept as it is.
  static func wrapped(_ text: String, width: Int) -> String {
    guard text.count > width, !text.contains("\n") else { return text }
    var lines: [String] = []
    var line = ""
    for word in text.split(separator: " ") {
      if !line.isEmpty && line.count + 1 + word.count > width {
        lines.append(line)
        line = ""
      }
      line += (line.isEmpty ? "" : " ") + word
    }
    lines.append(line)
    return lines.joined(separator: "\n")
  }

  // MARK: Leaf staggering (what Graphviz's `unflatten -l` does)

  /// For edges joining a leaf (a node with one edge) to a node with at least
  /// ``fanThreshold`` leaves, a `minlen` cycling 1, 2, …, leafStagger, so
  /// that `dot` spreads the fan over several ranks.
  private func staggeredLengths(_ edges: [DiagramEdge]) -> [Int?] {
    var lengths = [Int?](repeating: nil, count: edges.count)
    let stagger = diagram.options.leafStagger
    guard stagger > 1 else { return lengths }
    var degree: [DiagramNodeID: Int] = [:]
    for edge in edges where edge.from != edge.to {
      degree[edge.from, default: 0] += 1
      degree[edge.to, default: 0] += 1
    }
    var fans: [DiagramNodeID: [Int]] = [:]
    for (index, edge) in edges.enumerated() where edge.from != edge.to {
      let fromIsLeaf = degree[edge.from] == 1, toIsLeaf = degree[edge.to] == 1
      if fromIsLeaf && !toIsLeaf { fans[edge.to, default: []].append(index) }
      if toIsLeaf && !fromIsLeaf { fans[edge.from, default: []].append(index) }
    }
    for leaves in fans.values where leaves.count >= Self.fanThreshold {
      for (position, index) in leaves.enumerated() { lengths[index] = 1 + position % stagger }
    }
    return lengths
  }

  // MARK: Legend

  /// A character that looks like each arrowhead, for the legend's sample lines.
  private static let arrowheadGlyphs = [
    "normal": "▶", "empty": "▷", "vee": "❯", "odiamond": "◇", "dot": "●", "obox": "□", "tee": "┤", "inv": "◀",
    "diamond": "◆", "box": "■", "odot": "○", "onormal": "▷", "crow": "<",
  ]

  /// Legend entries per table row.
  private static let legendColumns = 5

  /// A boxed table of the node kinds and relations present (relations drawn
  /// alike share an entry), plus the dashed and highlighted lines when any
  /// edge is drawn so.
  private func legendTable(nodes: [DiagramNode], edges: [DiagramEdge]) -> String {
    var kindEntries: [(sample: String, text: String)] = []
    for kind in Set(nodes.map(\.kind)).sorted() {
      let look = style.nodeStyle(for: kind)
      // With a colour key, fills mean something else: the kinds are shown by shape alone, in white.
      let fill = diagram.fillKey.isEmpty ? look.fill : "#FFFFFF"
      let swatch =
        "<TD BGCOLOR=\"\(DOTText.html(fill))\" BORDER=\"1\" "
        + "COLOR=\"\(DOTText.html((look.border ?? DiagramStyle.borderColor)))\" \(look.rounded ? "STYLE=\"rounded\" " : "")"
        + "WIDTH=\"24\" HEIGHT=\"12\"> </TD>"
      kindEntries.append((swatch, "\(kind.rawValue) (\(look.shape))"))
    }
    struct Line: Hashable {
      let look: RelationStyle
      let dashed: Bool
    }
    var groups: [Line: [DiagramRelation]] = [:]
    var directed = Set<DiagramRelation>()
    for edge in edges {
      let line = Line(look: style.edgeStyle(for: edge.relation), dashed: style.dashedRelations.contains(edge.relation))
      if groups[line, default: []].contains(edge.relation) == false {
        groups[line, default: []].append(edge.relation)
      }
      if !edge.isSymmetric { directed.insert(edge.relation) }
    }
    let sortedGroups = groups.map { ($0.key, $0.value.sorted()) }.sorted { $0.1[0] < $1.1[0] }
    var entries: [(sample: String, text: String)] = []
    for (line, relations) in sortedGroups {
      let arrow = relations.contains(where: directed.contains) || style.relationsByArrowhead
      entries.append(
        (
          lineSample(
            color: line.look.color, bold: (line.look.width >= 2), line: line.dashed ? "dashed" : "solid",
            arrowhead: arrow ? line.look.arrowhead : nil),
          relations.map(\.displayName).joined(separator: ", ")
        ))
    }
    if edges.contains(where: \.isUncertain) {
      entries.append((lineSample(color: style.textColor, bold: false, line: style.uncertainLine, arrowhead: nil), "uncertain"))
    }
    if edges.contains(where: \.isHighlighted) || nodes.contains(where: \.isHighlighted) {
      entries.append((lineSample(color: style.highlightColor, bold: true, line: "solid", arrowhead: nil), "highlighted path"))
    }
    let keyEntries = diagram.fillKey.map { entry in
      ("<TD BGCOLOR=\"\(DOTText.html(entry.fill))\" BORDER=\"1\" WIDTH=\"24\" HEIGHT=\"12\"> </TD>", entry.meaning)
    }
    var rows: [String] = []
    for section in [kindEntries, keyEntries, entries] {
      for start in stride(from: 0, to: section.count, by: Self.legendColumns) {
        let row = section[start..<min(start + Self.legendColumns, section.count)]
        rows.append("<TR>" + row.map { "\($0.sample)<TD ALIGN=\"LEFT\">\(DOTText.html($0.text))</TD>" }.joined() + "</TR>")
      }
    }
    return "<FONT POINT-SIZE=\"\(DOTText.number(style.smallFontSize))\">"
      + "<TABLE BORDER=\"1\" COLOR=\"#BBBBBB\" CELLBORDER=\"0\" CELLSPACING=\"3\" CELLPADDING=\"1\">"
      + rows.joined() + "</TABLE></FONT>"
  }

  /// A legend cell with a sample line drawn in box-drawing characters: `line`
  /// is a Graphviz line style, `arrowhead` a Graphviz arrowhead name (`nil`: none).
  private func lineSample(color: String, bold: Bool, line: String, arrowhead: String?) -> String {
    let stroke = line == "dotted" ? "┈┈┈" : line == "dashed" ? "╌╌╌" : bold ? "━━━" : "───"
    let head = arrowhead.map { style.relationsByArrowhead ? Self.arrowheadGlyphs[$0] ?? "▶" : "▶" } ?? ""
    var sample = "<FONT COLOR=\"\(DOTText.html(color))\">\(stroke)\(head)</FONT>"
    if bold { sample = "<B>\(sample)</B>" }
    return "<TD ALIGN=\"RIGHT\">\(sample)</TD>"
  }
}
