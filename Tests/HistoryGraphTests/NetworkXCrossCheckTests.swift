import Foundation
import HistoryGraphInterchange
import HistoryGraphTestSupport
import Testing

@testable import GraphEngine
@testable import HistoryGraph

extension SeededGenerator {
  /// A number in `0 ..< bound`, so the test graph is the same on every run.
  mutating func next(below bound: Int) -> Int { Int(next() % UInt64(bound)) }
}

/// What NetworkX 3.6 says about the TSV graph: written by the script below as JSON.
struct NetworkXAnswers: Decodable {
  var lengths: [String: Int]
  var weak: Int
  var strong: Int
  var pagerankTop: [Int]
  var betweenness: [Double]
  var sample: [Int]
  var sampledBetweenness: [Double]
}

let networkXScript = """
  import json, random, sys
  import networkx as nx
  G = nx.MultiDiGraph()
  rows = [l.split("\\t") for l in open(sys.argv[1]).read().split("\\n")[1:] if l]
  G.add_nodes_from(range(int(sys.argv[2])))
  G.add_edges_from((int(a), int(b)) for a, b, _ in rows)
  pr = nx.pagerank(G, alpha=0.85)
  bc = nx.betweenness_centrality(G, normalized=True)
  sample = random.Random(7).sample(list(G.nodes()), 25)
  sbc = nx.betweenness_centrality(G, k=25, seed=7, normalized=True)
  print(json.dumps({
    "lengths": {str(k): v for k, v in nx.single_source_shortest_path_length(G, 0).items()},
    "weak": nx.number_weakly_connected_components(G),
    "strong": nx.number_strongly_connected_components(G),
    "pagerankTop": sorted(G, key=lambda v: (-pr[v], v))[:10],
    "betweenness": [bc[v] for v in range(G.number_of_nodes())],
    "sample": sample,
    "sampledBetweenness": [sbc[v] for v in range(G.number_of_nodes())],
  }))
  """

@Test("Engine agrees with NetworkX on a random multigraph", .tags(.python), .requiresPython("networkx"))
func crossCheckWithNetworkX() throws {
  let n = 400, m = 1200
  var random = SeededGenerator(seed: 2024)
  var sources = ContiguousArray<Int32>(), targets = ContiguousArray<Int32>()
  for _ in 0..<m {
    let s = random.next(below: n)
    var t = random.next(below: n / 4)  // skewed towards low ids: hubs, cycles, parallel edges
    if t == s { t = (t + 1) % n }
    sources.append(Int32(s))
    targets.append(Int32(t))
  }
  var tsv = "src\tdst\ttype\n"
  for e in 0..<m { tsv += "\(sources[e])\t\(targets[e])\t0\n" }
  let file = FileManager.default.temporaryDirectory.appendingPathComponent("hg-crosscheck-\(getpid()).tsv")
  try tsv.write(to: file, atomically: true, encoding: .utf8)
  defer { try? FileManager.default.removeItem(at: file) }

  let expected = try runPython(networkXScript, arguments: [file.path, String(n)], decoding: NetworkXAnswers.self)

  let g = GraphView(GraphTopology(vertexCount: n, sources: sources, targets: targets))
  let distances = g.hopDistances(from: 0)
  #expect(distances.reachedCount == expected.lengths.count)
  for (vertex, length) in expected.lengths {
    #expect(distances[VertexID(Int(vertex)!)] == length)
  }
  for (vertex, length) in expected.lengths.prefix(20) {
    #expect(g.shortestPath(from: 0, to: VertexID(Int(vertex)!))?.hopCount == length)
  }
  #expect(g.weaklyConnectedComponents().count == expected.weak)
  #expect(g.stronglyConnectedComponents().count == expected.strong)
  #expect(try g.pageRank().top(10).map(\.index) == expected.pagerankTop)

  let exact = g.betweennessCentrality()
  for v in 0..<n { #expect(abs(exact[v] - expected.betweenness[v]) < 1e-9, "vertex \(v)") }
  let sampled = g.betweennessCentrality(sources: expected.sample.map(VertexID.init))
  for v in 0..<n { #expect(abs(sampled[v] - expected.sampledBetweenness[v]) < 1e-9, "vertex \(v)") }
}

/// Runs a Python script with `python3` (NetworkX installed by `.ci/run`) and decodes its JSON output.
func runPython<T: Decodable>(_ script: String, arguments: [String], decoding: T.Type) throws -> T {
  try Run.python(script, arguments).succeeded("python3 with networkx").decode(T.self)
}

/// The curated claim network, and the temporary file its GraphML export was written to.
func curatedGraphML(named name: String) throws -> (ClaimNetwork, URL) {
  let network = ClaimNetwork(try Curated.graph())
  let file = FileManager.default.temporaryDirectory.appendingPathComponent(name)
  try GraphML.document(FlatGraph(network.graph)).write(to: file, atomically: true, encoding: .utf8)
  return (network, file)
}

/// What NetworkX says about the curated network after reading our GraphML export.
struct CuratedNetworkXAnswers: Decodable {
  var nodes: Int
  var edges: Int
  var relations: [String: Int]
  var lengths: [String: Int]
  var weakSizes: [Int]
  var strong: Int
  var pagerank: [String: Double]
  var betweenness: [String: Double]
  var quotes: [String: String]
}

let curatedNetworkXScript = """
  import json, sys, collections
  import networkx as nx
  G = nx.read_graphml(sys.argv[1], force_multigraph=True)
  edges = G.number_of_edges()
  relations = collections.Counter(d["relation"] for _, _, d in G.edges(data=True))
  quotes = {key: d["quote_1"] for _, _, key, d in G.edges(keys=True, data=True)}
  # A symmetric relation is traversable both ways, as in the engine.
  for u, v, d in list(G.edges(data=True)):
      if d["symmetric"] and u != v:
          G.add_edge(v, u, **d)
  pr = nx.pagerank(G, alpha=0.85)
  bc = nx.betweenness_centrality(G, normalized=True)
  print(json.dumps({
    "nodes": G.number_of_nodes(),
    "edges": edges,
    "relations": relations,
    "lengths": nx.single_source_shortest_path_length(G, sys.argv[2]),
    "weakSizes": sorted(len(c) for c in nx.weakly_connected_components(G)),
    "strong": nx.number_strongly_connected_components(G),
    "pagerank": pr,
    "betweenness": bc,
    "quotes": quotes,
  }))
  """

@Test("Engine agrees with NetworkX on the curated network, read from our GraphML export", .tags(.python), .requiresPython("networkx"))
func crossCheckCuratedGraphWithNetworkX() throws {
  let (network, file) = try curatedGraphML(named: "hg-curated-\(getpid()).graphml")
  defer { try? FileManager.default.removeItem(at: file) }
  let origin = EntityID("alash-party")
  let expected = try runPython(curatedNetworkXScript, arguments: [file.path, origin.rawValue], decoding: CuratedNetworkXAnswers.self)

  let g = GraphView(network.topology)
  let ids = network.graph.entities.values.map(\.id.rawValue)
  #expect(expected.nodes == network.topology.vertexCount)
  #expect(expected.edges == network.topology.edgeCount)
  var relations: [String: Int] = [:]
  for e in 0..<network.topology.edgeCount { relations[network.claim(EdgeID(e)).predicateName, default: 0] += 1 }
  #expect(expected.relations == relations)
  for e in 0..<network.topology.edgeCount {
    let claim = network.claim(EdgeID(e))
    #expect(expected.quotes[claim.id.rawValue] == claim.sources[0].quote, "the quote of \(claim.id) survives the XML round trip")
  }

  let distances = g.hopDistances(from: try network.vertex(origin))
  #expect(distances.reachedCount == expected.lengths.count)
  for (v, id) in ids.enumerated() {
    #expect(distances[VertexID(v)] == expected.lengths[id], "hops from \(origin) to \(id)")
  }
  #expect(g.weaklyConnectedComponents().sizes.sorted() == expected.weakSizes)
  #expect(g.stronglyConnectedComponents().count == expected.strong)

  let ranks = try g.pageRank()
  for (v, id) in ids.enumerated() {
    #expect(abs(ranks.scores[v] - expected.pagerank[id]!) < 1e-6, "PageRank of \(id)")
  }
  let top = ranks.top(10).map { ids[$0.index] }
  let expectedTop = expected.pagerank.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(10).map(\.key)
  #expect(Set(top) == Set(expectedTop))

  let betweenness = g.betweennessCentrality()
  for (v, id) in ids.enumerated() {
    #expect(abs(betweenness[v] - expected.betweenness[id]!) < 1e-9, "betweenness of \(id)")
  }
}

let modularityScript = """
  import json, sys, collections
  import networkx as nx
  D = nx.read_graphml(sys.argv[1], force_multigraph=True)
  G = nx.MultiGraph()
  G.add_nodes_from(D)
  G.add_edges_from((u, v) for u, v, _ in D.edges(keys=True))
  groups = collections.defaultdict(set)
  for node, label in json.load(open(sys.argv[2])).items():
      groups[label].add(node)
  print(json.dumps({
    "ours": nx.community.modularity(G, groups.values()),
    "louvain": nx.community.modularity(G, nx.community.louvain_communities(G, seed=1)),
  }))
  """

struct ModularityAnswers: Decodable {
  var ours: Double
  var louvain: Double
}

@Test(
  "Louvain communities of the curated network: NetworkX computes the same modularity, and as good as its own Louvain", .tags(.python),
  .requiresPython("networkx"))
func crossCheckCommunitiesWithNetworkX() throws {
  let (network, graphML) = try curatedGraphML(named: "hg-louvain-\(getpid()).graphml")
  let labels = FileManager.default.temporaryDirectory.appendingPathComponent("hg-louvain-\(getpid()).json")
  defer { for file in [graphML, labels] { try? FileManager.default.removeItem(at: file) } }
  let found = GraphView(network.topology).louvainCommunities()
  var byID: [String: Int] = [:]
  for v in 0..<network.topology.vertexCount { byID[network.entity(VertexID(v)).id.rawValue] = Int(found.labels[v]) }
  try JSONEncoder().encode(byID).write(to: labels)

  let expected = try runPython(modularityScript, arguments: [graphML.path, labels.path], decoding: ModularityAnswers.self)
  #expect(abs(found.modularity - expected.ours) < 1e-9)
  #expect(found.modularity >= expected.louvain - 0.02, "ours \(found.modularity), NetworkX's Louvain \(expected.louvain)")
  #expect(found.sizes == found.sizes.sorted(by: >))
}
