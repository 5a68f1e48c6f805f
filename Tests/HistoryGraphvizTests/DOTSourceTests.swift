import HistoryGraph
import HistoryGraphTestSupport
import HistoryGraphviz
import Testing

@Suite("DOT source")
struct DOTSourceTests {
  @Test("the same diagram in any order gives the same bytes", arguments: 0..<5)
  func deterministic(seed: UInt64) {
    var generator = SeededGenerator(seed: seed)
    var shuffled = Fixtures.alash
    shuffled.nodes.shuffle(using: &generator)
    shuffled.edges.shuffle(using: &generator)
    #expect(shuffled.dotSource() == Fixtures.alash.dotSource())
  }

  @Test("nodes come out sorted by id, edges by from and to")
  func sorted() {
    let dot = Fixtures.alash.dotSource()
    let ids = ["alash", "alash-orda", "bokeikhanov"].map { dot.range(of: "\"\($0)\" [")!.lowerBound }
    #expect(ids == ids.sorted())
    let first = dot.range(of: "\"alash\" -> \"bolsheviks\"")!.lowerBound
    let second = dot.range(of: "\"congress\" -> \"alash-orda\"")!.lowerBound
    #expect(first < second)
  }

  @Test("Graphviz's parser reads back every node and edge")
  func roundTrip() throws {
    let diagram = Fixtures.alash
    let size = try GraphvizRenderer.size(ofDOT: diagram.dotSource())
    #expect(size.nodes == diagram.nodes.count)
    #expect(size.edges == diagram.edges.count)
  }

  @Test("quotes, backslashes, <>& and line breaks survive into the drawing")
  func escaping() throws {
    let awkward = "He said \"hi\" \\N <b> & 'x'"
    let diagram = Diagram(
      title: "T <i> & \"q\"", subtitle: ["a\\b", "line\nbreak"],
      nodes: [
        DiagramNode(id: "a \"quoted\" \\ id", label: awkward, kind: "treaty", tooltip: "tip \"x\""),
        DiagramNode(id: "b\\", label: "two\nlines", kind: "person", cluster: "c \"1\""),
      ],
      edges: [DiagramEdge(from: "a \"quoted\" \\ id", to: "b\\", label: "<&>", relation: "signed")])
    let dot = diagram.dotSource()
    let size = try GraphvizRenderer.size(ofDOT: dot)
    #expect(size.nodes == 2 && size.edges == 1)
    let svg = String(decoding: try GraphvizRenderer.render(dot: dot, engine: .dot, format: .svg), as: UTF8.self)
    #expect(
      svg.contains("He said &quot;hi&quot; \\N &lt;b&gt; &amp; &#39;x&#39;")
        || svg.contains("He said &quot;hi&quot; \\N &lt;b&gt; &amp; 'x'"))
    #expect(svg.contains(">two</text>") && svg.contains(">lines</text>"))
    #expect(svg.contains("&lt;&amp;&gt;"))
    #expect(svg.contains("T &lt;i&gt; &amp; &quot;q&quot;"))
    #expect(svg.contains(">a\\b</text>"))
  }

  @Test("the legend lists only the kinds and relations shown")
  func legend() {
    let diagram = Diagram(
      title: "", nodes: [DiagramNode(id: "a", label: "A", kind: "person"), DiagramNode(id: "b", label: "B", kind: "party")],
      edges: [DiagramEdge(from: "a", to: "b", label: "", relation: "member_of")])
    let dot = diagram.dotSource()
    // A kind is named with the shape it is drawn in (here the style's default, a box).
    #expect(dot.contains(">person (box)<") && dot.contains(">party (box)<") && dot.contains(">member of<"))
    #expect(!dot.contains(">military") && !dot.contains(">killed<") && !dot.contains("uncertain"))
    var withoutLegend = diagram
    withoutLegend.options.drawsLegend = false
    #expect(!withoutLegend.dotSource().contains(">person ("))
  }

  @Test("relations are drawn as the schema's styles say; uncertain dashed, symmetric without arrowhead")
  func edgeStyles() {
    let schema = Schema(
      kinds: [Schema.Kind(name: "person", style: KindStyle(shape: "ellipse", fill: "#EEDD88"))],
      relations: [
        Schema.Relation(name: "killed", subjects: ["person"], objects: ["person"], style: RelationStyle(color: "#CC3311", width: 2.4)),
        Schema.Relation(name: "member_of", subjects: ["person"], objects: ["person"], style: RelationStyle(color: "#6688AA")),
      ])
    let style = DiagramStyle(schema: schema)
    #expect(style.nodeStyle(for: "person").shape == "ellipse")
    let nodes = [DiagramNode(id: "a", label: "A", kind: "person"), DiagramNode(id: "b", label: "B", kind: "party")]
    func line(_ edge: DiagramEdge) -> Substring {
      let dot = Diagram(title: "", nodes: nodes, edges: [edge], style: style).dotSource()
      return dot.split(separator: "\n").first { $0.contains("\"a\" -> \"b\"") }!
    }
    let killed = line(DiagramEdge(from: "a", to: "b", label: "", relation: "killed"))
    #expect(killed.contains("color=\"#CC3311\"") && killed.contains("penwidth=2.4"))
    let member = line(DiagramEdge(from: "a", to: "b", label: "", relation: "member_of"))
    #expect(member.contains("penwidth=1,") && !member.contains("#CC3311"))
    #expect(
      line(DiagramEdge(from: "a", to: "b", label: "", relation: "opposed", isUncertain: true))
        .contains("style=\"dashed\""))
    #expect(
      line(DiagramEdge(from: "a", to: "b", label: "", relation: "allied_with", isSymmetric: true))
        .contains("dir=\"none\""))
    let highlighted = line(DiagramEdge(from: "a", to: "b", label: "", relation: "leads", isHighlighted: true))
    #expect(
      highlighted.contains("color=\"\(DiagramStyle.standard.highlightColor)\"")
        && highlighted.contains("penwidth=3.5"))
  }

  @Test("an unknown kind gets the neutral default style, and overrides apply")
  func nodeStyles() {
    var style = DiagramStyle.standard
    style.nodeStyles["treaty"] = KindStyle(shape: "note", fill: "#123456")
    let diagram = Diagram(
      title: "", nodes: [DiagramNode(id: "t", label: "T", kind: "treaty"), DiagramNode(id: "u", label: "U", kind: "ship")],
      edges: [])
    #expect(diagram.dotSource(style: style).contains("fillcolor=\"#123456\""))
    #expect(diagram.dotSource().contains("\"u\" [label=\"U\", shape=\"box\", fillcolor=\"#FFFFFF\""))
    #expect(diagram.dotSource().contains("fontname=\"DejaVu Sans\""))
  }

  @Test("clusters are drawn only when asked")
  func clusters() {
    #expect(Fixtures.alash.dotSource().contains("subgraph \"cluster_Алаш\""))
    var flat = Fixtures.alash
    flat.options.groupsClusters = false
    #expect(!flat.dotSource().contains("subgraph"))
  }

  @Test("an edge to a missing node still draws it, as kind unknown")
  func missingEndpoint() throws {
    let diagram = Diagram(
      title: "", nodes: [DiagramNode(id: "a", label: "A", kind: "person")],
      edges: [DiagramEdge(from: "a", to: "ghost", label: "", relation: "leads")])
    let dot = diagram.dotSource()
    #expect(dot.contains("\"ghost\" [label=\"ghost\""))
    #expect(try GraphvizRenderer.size(ofDOT: dot).nodes == 2)
  }

  @Test("a wide fan of leaves is spread over ranks, a small one is not")
  func leafStagger() {
    func dot(leaves: Int) -> String {
      let nodes =
        [DiagramNode(id: "hub", label: "Hub", kind: "party")]
        + (0..<leaves).map { DiagramNode(id: DiagramNodeID("l\($0)"), label: "L", kind: "person") }
      let edges = (0..<leaves).map {
        DiagramEdge(from: DiagramNodeID("l\($0)"), to: "hub", label: "", relation: "member_of")
      }
      return Diagram(title: "", nodes: nodes, edges: edges).dotSource()
    }
    let wide = dot(leaves: 8)
    #expect(wide.contains("minlen=2") && wide.contains("minlen=3") && !wide.contains("minlen=4"))
    #expect(!dot(leaves: 3).contains("minlen"))
  }
}
