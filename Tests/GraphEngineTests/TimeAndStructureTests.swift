import Testing

@testable import GraphEngine

@Test("Possible and certain time-respecting reach differ on overlapping intervals")
func possibleVersusCertain() {
  // e0: 0→1 during [10, 20]; e1: 1→2 on day 15; e2: 2→3 undated; e3: 1→3 on [30, 40].
  let g = GraphView(
    graph(4, [(0, 1), (1, 2), (2, 3), (1, 3)], earliest: [10, 15, .min, 30], latest: [20, 15, .max, 40]))
  let possible = g.earliestArrivals(from: 0, startingOn: 0, mode: .possible)
  #expect(possible.arrival(at: 1) == 10)
  #expect(possible.arrival(at: 2) == 15)
  #expect(possible.arrival(at: 3) == 15)
  #expect(possible.path(to: 3)?.edges == [0, 1, 2])
  let certain = g.earliestArrivals(from: 0, startingOn: 0, mode: .certain)
  #expect(certain.arrival(at: 1) == 20)
  #expect(certain.arrival(at: 2) == nil)
  #expect(certain.arrival(at: 3) == 40)
  #expect(certain.path(to: 3)?.edges == [0, 3])
  #expect(g.timeRespectingPath(from: 0, to: 2, startingOn: 16, mode: .possible) == nil)
}

@Test("Possible mode refuses an edge that ended before the walk got there")
func expiredEdge() {
  let g = GraphView(graph(3, [(0, 1), (1, 2)], earliest: [5, 1], latest: [5, 4]))
  #expect(g.earliestArrivals(from: 0, startingOn: 0).arrival(at: 2) == nil)
  #expect(g.earliestArrivals(from: 1, startingOn: 0).arrival(at: 2) == 1)
}

@Test("Weak and strong components")
func components() {
  let g = GraphView(graph(7, [(0, 1), (1, 2), (2, 0), (2, 3), (5, 6)]))
  let weak = g.weaklyConnectedComponents()
  #expect(weak.count == 3)
  #expect(Array(weak.labels) == [0, 0, 0, 0, 1, 2, 2])
  let strong = g.stronglyConnectedComponents()
  #expect(strong.count == 5)
  #expect(Array(strong.labels) == [0, 0, 0, 1, 2, 3, 4])
  #expect(strong.sizes == [3, 1, 1, 1, 1])
}

@Test("Weak components of a filtered view ignore the removed edges and vertices")
func filteredWeakComponents() {
  let t = graph(6, [(0, 1), (1, 2), (2, 3), (3, 4), (4, 5)])
  let withoutMiddleEdge = GraphView(t, allowedEdges: Bitset(capacity: 5, contents: [0, 1, 3, 4]))
  #expect(Array(withoutMiddleEdge.weaklyConnectedComponents().labels) == [0, 0, 0, 1, 1, 1])
  let withoutVertex1 = GraphView(t, allowedVertices: Bitset(capacity: 6, contents: [0, 2, 3, 4, 5]))
  #expect(Array(withoutVertex1.weaklyConnectedComponents().labels) == [0, -1, 1, 1, 1, 1])
}

@Test("Louvain splits two cliques joined by one edge, with the textbook modularity")
func louvainTwoCliques() {
  var edges: [(Int32, Int32)] = [(3, 4)]
  for a in Int32(0)..<4 {
    for b in (a + 1)..<4 { edges += [(a, b), (a + 4, b + 4)] }
  }
  let found = GraphView(graph(9, edges)).louvainCommunities()
  #expect(Array(found.labels) == [0, 0, 0, 0, 1, 1, 1, 1, 2])
  #expect(found.sizes == [4, 4, 1])
  // 13 edges; each clique has 6 inside (12 counted twice) and degree total 13.
  #expect(abs(found.modularity - 2 * (12.0 / 26 - 0.25)) < 1e-12)
}

@Test("Tarjan handles a long chain and cycle without recursion")
func deepStrongComponents() {
  let n = 300_000
  var edges = (0..<Int32(n - 1)).map { ($0, $0 + 1) }
  edges.append((Int32(n - 1), 0))
  #expect(GraphView(graph(n, edges)).stronglyConnectedComponents().count == 1)
  edges.removeLast()
  #expect(GraphView(graph(n, edges)).stronglyConnectedComponents().count == n)
}

@Test("Filters keep relations, time windows and vertex kinds as views")
func filters() {
  let topology = GraphTopology(
    vertexCount: 4, sources: [0, 1, 0, 2], targets: [1, 2, 2, 3],
    earliest: [10, 20, .min, 50], latest: [15, 30, .max, 60], relation: [0, 0, 1, 0], vertexKind: [0, 0, 0, 1])
  #expect(GraphView(topology, filter: EdgeFilter(relations: [0])).shortestPath(from: 0, to: 2)?.edges == [0, 1])
  let asOf = GraphView(topology, filter: EdgeFilter(window: .asOf(25)))
  #expect(asOf.reachableVertices(from: 0) == [0, 2])
  let datedOnly = GraphView(topology, filter: EdgeFilter(window: .during(from: 12, to: 55), keepsUndated: false))
  #expect(datedOnly.reachableVertices(from: 0) == [0, 1, 2, 3])
  let kinds = GraphView(topology, filter: EdgeFilter(vertexKinds: [0]))
  #expect(kinds.reachableVertices(from: 0).contains(3) == false)
  #expect(kinds.weaklyConnectedComponents().count == 1)
  #expect(kinds.weaklyConnectedComponents().component(of: 3) == nil)
}

@Test("Betweenness matches hand counts, exact and sampled")
func betweennessByHand() {
  // 0→1→2 and 0→3→2: vertices 1 and 3 each carry half of the pair (0, 2).
  let g = GraphView(graph(4, [(0, 1), (1, 2), (0, 3), (3, 2), (0, 1)]))
  let raw = g.betweennessCentrality(normalized: false)
  #expect(Array(raw) == [0, 0.5, 0, 0.5])
  let normalized = g.betweennessCentrality()
  #expect(abs(normalized[1] - 0.5 / 6) < 1e-12)
  let sampled = g.betweennessCentrality(sources: [0, 2], normalized: false)
  #expect(abs(sampled[1] - 0.5 * 3 / 2) < 1e-12)
}

@Test("PageRank sums to one and ranks the sink of a star first")
func pageRankStar() throws {
  let g = GraphView(graph(5, [(1, 0), (2, 0), (3, 0), (4, 0)]))
  let ranks = try g.pageRank()
  #expect(abs(ranks.scores.reduce(0, +) - 1) < 1e-9)
  #expect(ranks.top(1) == [0])
  #expect(throws: PageRankConvergenceError.self) { try g.pageRank(tolerance: 0, maxIterations: 3) }
}
