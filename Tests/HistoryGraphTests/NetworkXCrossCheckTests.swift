import Foundation
import Testing

@testable import HistoryGraph

/// A small deterministic generator (SplitMix64), so the test graph is the same on every run.
struct SplitMix64 {
  var state: UInt64
  mutating func next(below bound: Int) -> Int {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return Int((z ^ (z >> 31)) % UInt64(bound))
  }
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

@Test("Engine agrees with NetworkX on a random multigraph")
func crossCheckWithNetworkX() throws {
  let n = 400, m = 1200
  var random = SplitMix64(state: 2024)
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

  let process = Process()
  process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
  process.arguments = ["python3", "-c", networkXScript, file.path, String(n)]
  let output = Pipe()
  process.standardOutput = output
  try process.run()
  let data = output.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  try #require(process.terminationStatus == 0, "python3 with networkx failed")
  let expected = try JSONDecoder().decode(NetworkXAnswers.self, from: data)

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
