import Testing

@testable import GraphEngine

/// Builds a topology from (source, target) pairs; edge ids follow the list order.
func graph(
  _ vertexCount: Int, _ edges: [(Int32, Int32)], symmetric: [EdgeID] = [], weight: [Double]? = nil,
  earliest: [Int32]? = nil, latest: [Int32]? = nil, relation: [Int32]? = nil
) -> GraphTopology {
  GraphTopology(
    vertexCount: vertexCount, sources: ContiguousArray(edges.map(\.0)), targets: ContiguousArray(edges.map(\.1)),
    symmetricEdges: symmetric, earliest: earliest.map(ContiguousArray.init), latest: latest.map(ContiguousArray.init),
    weight: weight.map(ContiguousArray.init), relation: relation.map(ContiguousArray.init))
}

/// 0→3, 0→1, 1→3, 0→2, 2→3, 1→2 (edge ids 0…5).
let diamond = graph(4, [(0, 3), (0, 1), (1, 3), (0, 2), (2, 3), (1, 2)])

@Test("CSR lists out- and in-edges per vertex in edge-id order")
func adjacencyLayout() {
  #expect(Array(diamond.outgoing.offsets) == [0, 3, 5, 6, 6])
  #expect(Array(diamond.outgoing.neighbors) == [3, 1, 2, 3, 2, 3])
  #expect(Array(diamond.outgoing.edges) == [0, 1, 3, 2, 5, 4])
  #expect(Array(diamond.incoming.offsets) == [0, 0, 1, 3, 6])
  #expect(Array(diamond.incoming.neighbors) == [0, 0, 1, 0, 1, 2])
  #expect(Array(diamond.incoming.edges) == [1, 3, 5, 0, 2, 4])
}

@Test("Neighbours carry the joining edge, parallel edges repeat the vertex")
func neighboursWithEdges() {
  let g = GraphView(graph(3, [(0, 1), (0, 1), (2, 0)]))
  #expect(g.neighbors(of: 0) == [Neighbor(vertex: 1, edge: 0), Neighbor(vertex: 1, edge: 1)])
  #expect(g.neighbors(of: 0, direction: .incoming) == [Neighbor(vertex: 2, edge: 2)])
  #expect(g.neighbors(of: 0, direction: .both).count == 3)
  #expect(g.degree(of: 0) == 3)
  #expect(g.degree(of: 1, direction: .incoming) == 2)
}

@Test("Shortest path returns vertices and the edge ids taken")
func shortestPathWithEdges() throws {
  let g = GraphView(graph(5, [(0, 1), (1, 2), (2, 3), (0, 2), (3, 4)]))
  let path = try #require(g.shortestPath(from: 0, to: 4))
  #expect(path.vertices == [0, 2, 3, 4])
  #expect(path.edges == [3, 2, 4])
  #expect(g.shortestPath(from: 4, to: 0) == nil)
  #expect(g.shortestPath(from: 4, to: 0, direction: .incoming)?.hopCount == 3)
  #expect(g.shortestPath(from: 2, to: 2)?.hopCount == 0)
}

@Test("A symmetric edge is walked both ways, an ordinary one only forwards")
func symmetricEdges() {
  let g = GraphView(graph(3, [(0, 1), (1, 2)], symmetric: [0]))
  #expect(g.shortestPath(from: 1, to: 0)?.edges == [0])
  #expect(g.shortestPath(from: 2, to: 1) == nil)
  #expect(Set(g.egoNetwork(of: 1, radius: 1).edges) == [0, 1])
}

@Test("BFS distances and reach")
func breadthFirst() {
  let g = GraphView(graph(6, [(0, 1), (1, 2), (0, 2), (2, 3), (4, 5)]))
  let d = g.hopDistances(from: 0)
  #expect(d.reachedCount == 4)
  #expect(d[3] == 2)
  #expect(d[4] == nil)
  #expect(d.distanceSum == 1 + 1 + 2)
  #expect(g.reachableVertices(from: 0, maxHops: 1) == [0, 1, 2])
}

@Test("All shortest paths: parallel edges give distinct paths")
func allShortest() {
  let g = GraphView(graph(4, [(0, 1), (0, 1), (1, 2), (0, 3), (3, 2), (0, 2), (2, 2)]))
  #expect(g.allShortestPaths(from: 0, to: 2).map(\.edges) == [[5]])
  let g2 = GraphView(graph(4, [(0, 1), (0, 1), (1, 2), (0, 3), (3, 2)]))
  let paths = g2.allShortestPaths(from: 0, to: 2)
  #expect(Set(paths.map(\.edges)) == [[0, 2], [1, 2], [3, 4]])
  #expect(g2.allShortestPaths(from: 0, to: 2, limit: 2).count == 2)
  #expect(g2.allShortestPaths(from: 2, to: 0).isEmpty)
}

@Test("Yen lists simple paths by cost, ties by vertex sequence")
func yenOrder() {
  let g = GraphView(diamond)
  let paths = g.shortestSimplePaths(from: 0, to: 3, count: 5)
  #expect(paths.map(\.edges) == [[0], [1, 2], [3, 4], [1, 5, 4]])
  #expect(paths.map(\.vertices) == [[0, 3], [0, 1, 3], [0, 2, 3], [0, 1, 2, 3]])
}

@Test("Yen with weights puts the light long path first")
func yenWeighted() {
  let g = GraphView(graph(4, [(0, 3), (0, 1), (1, 3), (0, 2), (2, 3), (1, 2)], weight: [10, 1, 5, 1, 1, 1]))
  let paths = g.shortestSimplePaths(from: 0, to: 3, count: 3, weighted: true)
  #expect(paths.map(\.edges) == [[3, 4], [1, 5, 4], [1, 2]])
  let cheapest = g.cheapestPath(from: 0, to: 3)
  #expect(cheapest?.cost == 2)
  #expect(cheapest?.path.edges == [3, 4])
  #expect(g.weightedDistances(from: 0)[3] == 2)
}

@Test("Simple paths respect the hop bound and the cap")
func boundedSimplePaths() {
  let g = GraphView(diamond)
  #expect(g.simplePaths(from: 0, to: 3, maxHops: 1).map(\.edges) == [[0]])
  #expect(g.simplePaths(from: 0, to: 3, maxHops: 2).count == 3)
  #expect(g.simplePaths(from: 0, to: 3, maxHops: 3).count == 4)
  #expect(g.simplePaths(from: 0, to: 3, maxHops: 3, limit: 2).count == 2)
  let cycle = GraphView(graph(3, [(0, 1), (1, 0), (1, 2)]))
  #expect(cycle.simplePaths(from: 0, to: 2, maxHops: 10).map(\.edges) == [[0, 2]])
}

@Test("Ego network holds the induced edges in any direction")
func egoNetwork() {
  let g = GraphView(graph(5, [(0, 1), (1, 2), (2, 0), (2, 3), (3, 4), (1, 1)]))
  let ego = g.egoNetwork(of: 0, radius: 2)
  #expect(Set(ego.vertices) == [0, 1, 2])
  #expect(Set(ego.edges) == [0, 1, 2, 5])
  #expect(g.egoNetwork(of: 0, radius: 0).vertices == [0])
}
