import Foundation
import HistoryGraph
import HistoryGraphInterchange
import HistoryGraphTestSupport
import Testing

/// Reads a graph file with NetworkX (and, for GraphML, igraph) and prints what
/// came back: counts, every claim's quotes and dates, value types.
let graphReaderScript = """
  import json, sys, collections
  import networkx as nx
  path, form = sys.argv[1], sys.argv[2]
  if form == "graphml":
      G = nx.read_graphml(path, force_multigraph=True)
  elif form == "gexf":
      G = nx.read_gexf(path)
  else:
      G = nx.node_link_graph(json.load(open(path, encoding="utf-8")), directed=True, multigraph=True)
  quotes, locators, dates, claims = {}, {}, {}, {}
  typed = True
  for u, v, key, d in G.edges(keys=True, data=True):
      quotes[key] = [d["quote_%d" % i] for i in range(1, d["source_count"] + 1)]
      locators[key] = [d.get("locator_%d" % i, "") for i in range(1, d["source_count"] + 1)]
      dates[key] = [d.get("earliest", ""), d.get("latest", "")]
      claims[key] = d["claim"]
      typed = typed and type(d["confidence"]) is float and type(d["source_count"]) is int and type(d["symmetric"]) is bool
  members = {n: d["members"] for n, d in G.nodes(data=True) if "members" in d}
  typed = typed and all(type(m) is int for m in members.values())
  U = nx.Graph(G)
  answer = {
      "nodes": G.number_of_nodes(),
      "kinds": collections.Counter(d["kind"] for _, d in G.nodes(data=True)),
      "relations": collections.Counter(d["relation"] for _, _, d in G.edges(data=True)),
      "quotes": quotes, "locators": locators, "dates": dates, "claims": claims, "typed": typed, "members": members,
      "components": sorted(len(c) for c in nx.connected_components(U)),
      "lengths": nx.single_source_shortest_path_length(U, sys.argv[3]),
  }
  if form == "graphml":
      import igraph
      g = igraph.Graph.Read_GraphML(path)
      answer["igraphClaims"] = g.es["claim"]
      answer["igraphQuotes"] = {c: q for c, q in zip(g.es["claim"], g.es["quote_1"])}
  if form == "gexf":
      answer["spells"] = {k: [[str(s), str(e)] for s, e in d.get("spells", [])] for _, _, k, d in G.edges(keys=True, data=True)}
      answer["colors"] = {n: d["viz"]["color"] for n, d in G.nodes(data=True) if "viz" in d}
  print(json.dumps(answer))
  """

@Suite("Graph formats read back by NetworkX and igraph", .tags(.python), .requiresPython("networkx", "igraph"))
struct GraphConsumerTests {
  static let origin = EntityID("alash-party")

  /// Checks what the reader says against the graph: counts by kind and
  /// relation, every quote letter for letter, dates, claim ids, hops and components.
  func expectSameGraph(_ answer: [String: Any], _ flat: FlatGraph) throws {
    #expect(answer["nodes"] as? Int == flat.graph.entities.count)
    #expect(answer["kinds"] as? [String: Int] == flat.kindCounts)
    #expect(answer["relations"] as? [String: Int] == flat.relationCounts)
    #expect(stringLists(answer["quotes"]) == flat.quotesByClaim, "every quote of every claim, in order, letter for letter")
    let locators = stringLists(answer["locators"])
    let claimList = Array(flat.graph.claims.values)
    #expect(
      locators
        == Dictionary(
          uniqueKeysWithValues: flat.relationClaims.map {
            (claimList[$0].id.rawValue, claimList[$0].sources.map { $0.locator?.description ?? "" })
          }), "where each quote stands in its document")
    #expect(locators.values.joined().contains { !$0.isEmpty })
    let dates = stringLists(answer["dates"])
    let claims = answer["claims"] as? [String: String] ?? [:]
    for index in flat.relationClaims {
      let id = flat.graph.claims.values[index].id.rawValue
      #expect(dates[id] == [flat.claimText(index, "earliest") ?? "", flat.claimText(index, "latest") ?? ""], "dates of \(id)")
      #expect(claims[id] == id)
    }
    #expect(answer["typed"] as? Bool == true, "numbers and flags come back typed")
    let members = answer["members"] as? [String: Int] ?? [:]
    #expect(!members.isEmpty)
    for (id, value) in members {
      let stated = flat.graph.claims.values.first { $0.subject.rawValue == id && $0.predicateName == "members" }
      if case .property(_, .integer(let n))? = stated?.predicate { #expect(n == value) } else { Issue.record("no member count for \(id)") }
    }

    // The engine's answers through the public queries: hops from one entity, and component sizes.
    let network = ClaimNetwork(flat.graph)
    let reached = try network.neighbors(of: Self.origin, depth: 10_000)
    var engineLengths = [Self.origin.rawValue: 0]
    for entry in reached { engineLengths[entry.entity.id.rawValue] = entry.distance }
    #expect(answer["lengths"] as? [String: Int] == engineLengths)
    var seen = Set<EntityID>()
    var sizes: [Int] = []
    for id in flat.graph.entities.keys where !seen.contains(id) {
      let component = Set(try network.neighbors(of: id, depth: 10_000).map(\.entity.id)).union([id])
      seen.formUnion(component)
      sizes.append(component.count)
    }
    #expect(answer["components"] as? [Int] == sizes.sorted())
  }

  @Test("GraphML: NetworkX reads every quote, date, typed value and claim; igraph keeps the claim ids")
  func graphML() throws {
    let flat = try Curated.flat()
    let scratch = try Scratch()
    let file = try scratch.write(GraphML.document(flat), to: "graph.graphml")
    let answer = try python(graphReaderScript, file, "graphml", Self.origin.rawValue)
    try expectSameGraph(answer, flat)
    let claims = flat.relationClaims.map { flat.graph.claims.values[$0].id.rawValue }
    #expect(answer["igraphClaims"] as? [String] == claims, "igraph keeps each parallel claim as its own edge, with its id")
    #expect(answer["igraphQuotes"] as? [String: String] == flat.quotesByClaim.mapValues { $0[0] })
  }

  @Test("Node-link JSON: NetworkX's node_link_graph reads the same graph, hops and components")
  func nodeLink() throws {
    let flat = try Curated.flat()
    let scratch = try Scratch()
    let file = try scratch.write(NodeLink.document(flat), to: "graph.json")
    try expectSameGraph(try python(graphReaderScript, file, "node-link", Self.origin.rawValue), flat)
  }

  @Test("GEXF 1.3: NetworkX reads the same graph, a spell per dated claim with open ends left open, colours from the schema")
  func gexf() throws {
    let flat = try Curated.flat()
    let scratch = try Scratch()
    let xml = GEXF.document(flat)
    let file = try scratch.write(xml, to: "graph.gexf")
    let answer = try python(graphReaderScript, file, "gexf", Self.origin.rawValue)
    try expectSameGraph(answer, flat)
    let spells = answer["spells"] as? [String: [[String]]] ?? [:]
    var open = 0
    for index in flat.relationClaims {
      let claim = flat.graph.claims.values[index]
      let got = spells[claim.id.rawValue] ?? []
      guard let interval = claim.time?.interval, interval.hasStart || interval.hasEnd else {
        #expect(got.isEmpty, "an undated claim holds at all times: \(claim.id)")
        continue
      }
      // NetworkX reads an absent end as the text "None".
      let start = interval.hasStart ? CalendarDay.iso(interval.earliest) : "None"
      let end = interval.hasEnd ? CalendarDay.iso(interval.latest) : "None"
      if !interval.hasStart || !interval.hasEnd { open += 1 }
      #expect(got == [[start, end]], "spell of \(claim.id)")
    }
    #expect(open > 0, "the curated graph has open-ended claims, and they were checked")
    let colors = answer["colors"] as? [String: [String: Double]] ?? [:]
    for entity in flat.graph.entities.values {
      guard let fill = flat.graph.schema.kind(named: entity.kind)?.style?.fill, let value = UInt32(fill.dropFirst(), radix: 16) else { continue }
      let expected: [Double] = [Double(value >> 16 & 0xFF), Double(value >> 8 & 0xFF), Double(value & 0xFF)]
      let color = colors[entity.id.rawValue] ?? [:]
      #expect(["r", "g", "b"].map { color[$0] ?? -1 } == expected, "colour of \(entity.id)")
    }
    // The XML itself: dynamic mode, and an open start written as no `start` attribute.
    #expect(xml.contains("mode=\"dynamic\"") && xml.contains("timeformat=\"date\""))
    let intervals = flat.graph.claims.values.compactMap { $0.object == nil ? nil : $0.time?.interval }
    #expect(xml.contains("<spell end=\"") == intervals.contains { !$0.hasStart && $0.hasEnd })
    let startOnly = xml.range(of: #"<spell start="[0-9-]+"/>"#, options: .regularExpression) != nil
    #expect(startOnly == intervals.contains { $0.hasStart && !$0.hasEnd })
  }
}
