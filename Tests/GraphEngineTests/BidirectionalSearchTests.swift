import Foundation
import HistoryGraphTestSupport
import Testing

@testable import GraphEngine

/// A random multigraph of `n` vertices: `m` random edges, about one in eight
/// doubled (parallel edges) and, with `hub`, half of them into vertex 0; the
/// last two vertices have no edges, so some pairs are disconnected.
private func randomGraph(_ generator: inout SeededGenerator, vertexCount n: Int, edgeCount m: Int, hub: Bool) -> GraphTopology {
  var edges: [(Int32, Int32)] = []
  let joined = Int32(n - 2)
  for _ in 0..<m {
    let a = Int32.random(in: 0..<joined, using: &generator)
    var b = Int32.random(in: 0..<joined, using: &generator)
    if hub && Bool.random(using: &generator) { b = 0 }
    edges.append((a, b))
    if Int.random(in: 0..<8, using: &generator) == 0 { edges.append((a, b)) }
  }
  return graph(n, edges)
}

/// A random graph of `vertices.lowerBound ... vertices.upperBound` vertices with
/// up to `edgesPerVertex` edges per vertex (see ``randomGraph(_:vertexCount:edgeCount:hub:)``).
private func randomGraph(_ generator: inout SeededGenerator, vertices: ClosedRange<Int>, edgesPerVertex: Int, hub: Bool) -> GraphTopology {
  let n = Int.random(in: vertices, using: &generator)
  let m = Int.random(in: 0...(edgesPerVertex * n), using: &generator)
  return randomGraph(&generator, vertexCount: n, edgeCount: m, hub: hub)
}

/// A random vertex of a graph of `n` vertices.
private func randomVertex(_ generator: inout SeededGenerator, below n: Int) -> VertexID {
  VertexID(rawValue: Int32.random(in: 0..<Int32(n), using: &generator))
}

/// A random subset of `0 ..< capacity` holding about nine in ten.
private func mostOf(_ capacity: Int, _ generator: inout SeededGenerator) -> Bitset {
  Bitset(capacity: capacity, contents: (0..<capacity).filter { _ in Int.random(in: 0..<10, using: &generator) > 0 })
}

/// The cost of `path` when entering `v` costs `1 + entryCost[v]`, summed from the source.
private func cost(of path: GraphPath, _ entryCost: ContiguousArray<Double>) -> Double {
  path.vertices.dropFirst().reduce(0) { $0 + 1 + entryCost[$1.index] }
}

/// Whether `path` runs from `s` to `t` over edges that join its consecutive vertices along `direction`, visiting no vertex twice.
private func isSimplePath(_ path: GraphPath, _ s: VertexID, _ t: VertexID, in g: GraphTopology, _ direction: TraversalDirection) -> Bool {
  guard path.start == s, path.end == t, Set(path.vertices).count == path.vertices.count else { return false }
  return zip(path.edges, zip(path.vertices, path.vertices.dropFirst())).allSatisfy { e, pair in
    let (a, b) = (g.sources[e.index], g.targets[e.index])
    let forwards = a == pair.0.rawValue && b == pair.1.rawValue
    let backwards = a == pair.1.rawValue && b == pair.0.rawValue
    return direction == .both ? forwards || backwards : forwards
  }
}

/// The documented choice among least-cost paths, found by listing every simple path: the least
/// vertex sequence read from the target back, each step over the first edge the earlier vertex's
/// adjacency lists (outgoing before incoming, each in edge order).
private func documentedCheapest(
  _ g: GraphView, _ s: VertexID, _ t: VertexID, _ entryCost: ContiguousArray<Double>, _ direction: TraversalDirection
) -> (vertices: [VertexID], edges: [EdgeID], cost: Double)? {
  let all = g.simplePaths(from: s, to: t, maxHops: g.vertexCount, direction: direction, limit: 1_000_000)
  guard let least = all.map({ cost(of: $0, entryCost) }).min() else { return nil }
  let cheapest = all.filter { abs(cost(of: $0, entryCost) - least) <= 1e-9 }
  let vertices = cheapest.map { Array($0.vertices.reversed()) }.min { $0.lexicographicallyPrecedes($1) }!.reversed()
  let topology = g.topology
  let edges = zip(vertices, vertices.dropFirst()).map { u, w in
    let out = (0..<topology.edgeCount).first { topology.sources[$0] == u.rawValue && topology.targets[$0] == w.rawValue }
    let into = (0..<topology.edgeCount).first { topology.sources[$0] == w.rawValue && topology.targets[$0] == u.rawValue }
    return EdgeID(out ?? into!)
  }
  return (Array(vertices), edges, least)
}

/// The one-sided Dijkstra search over the view's gate.
private func oneSided(
  _ g: GraphView, _ s: VertexID, _ t: VertexID, _ entryCost: ContiguousArray<Double>?, _ direction: TraversalDirection
) -> (path: GraphPath, cost: Double)? {
  let result =
    g.isUnfiltered
    ? g.dijkstra(from: s.rawValue, to: t.rawValue, direction: direction, weighted: false, gate: OpenGate(), entryCost: entryCost)
    : g.dijkstra(from: s.rawValue, to: t.rawValue, direction: direction, weighted: false, gate: g.maskGate, entryCost: entryCost)
  return result.path(to: t).map { ($0, result.distances[t.index]) }
}

@Test(
  "The bidirectional least-cost path is the one-sided search's, on random graphs with hubs, parallel edges, filters and disconnected pairs",
  arguments: [TraversalDirection.outgoing, .both])
func bidirectionalMatchesOneSided(_ direction: TraversalDirection) {
  var generator = SeededGenerator(seed: 27)
  var compared = 0, unreachable = 0, adjacent = 0
  for round in 0..<300 {
    let topology = randomGraph(&generator, vertices: 3...40, edgesPerVertex: 3, hub: round % 3 == 0)
    let n = topology.vertexCount
    let view =
      round % 4 == 0
      ? GraphView(topology, allowedEdges: mostOf(topology.edgeCount, &generator), allowedVertices: mostOf(n, &generator))
      : GraphView(topology)
    // Costs that add up exactly, so equal-cost paths tie exactly in both searches.
    let steps: [Double] = [0, 0.5, 1, 2, 3]
    let entryCost = ContiguousArray((0..<n).map { _ in steps.randomElement(using: &generator)! })
    for _ in 0..<10 {
      let s = randomVertex(&generator, below: n)
      let t = randomVertex(&generator, below: n)
      let found = view.cheapestPath(from: s, to: t, entryCost: entryCost, direction: direction)
      let expected = oneSided(view, s, t, entryCost, direction)
      #expect(found?.path == expected?.path, "\(s) to \(t) in round \(round)")
      #expect(found?.cost == expected?.cost, "\(s) to \(t) in round \(round)")
      compared += 1
      if expected == nil { unreachable += 1 } else if expected?.path.hopCount == 1 { adjacent += 1 }
    }
  }
  #expect(unreachable > 20 && adjacent > 20, "the pairs include disconnected and adjacent ones")
  #expect(compared == 3_000)
}

@Test(
  "With log₂ hub penalties the bidirectional path costs the least and is the documented one among equal-cost paths",
  arguments: [TraversalDirection.outgoing, .both])
func bidirectionalFollowsTheTieRule(_ direction: TraversalDirection) {
  var generator = SeededGenerator(seed: 2027)
  var ties = 0
  for round in 0..<200 {
    let topology = randomGraph(&generator, vertices: 3...9, edgesPerVertex: 2, hub: round % 2 == 0)
    let n = topology.vertexCount
    let view = GraphView(topology)
    let degrees = view.degrees(direction: .both)
    for _ in 0..<6 {
      let s = randomVertex(&generator, below: n)
      let t = randomVertex(&generator, below: n)
      guard s != t else { continue }
      var entryCost = ContiguousArray(degrees.map { $0 > 1 ? log2(Double($0)) : 0 })
      entryCost[t.index] = 0
      let found = view.cheapestPath(from: s, to: t, entryCost: entryCost, direction: direction)
      let expected = documentedCheapest(view, s, t, entryCost, direction)
      #expect((found == nil) == (expected == nil))
      guard let found, let expected else { continue }
      #expect(isSimplePath(found.path, s, t, in: topology, direction))
      #expect(abs(found.cost - expected.cost) <= 1e-9)
      #expect(abs(cost(of: found.path, entryCost) - found.cost) <= 1e-9)
      #expect(found.path.vertices == expected.vertices, "\(s) to \(t) in round \(round)")
      #expect(found.path.edges == expected.edges, "\(s) to \(t) in round \(round)")
      let all = view.simplePaths(from: s, to: t, maxHops: n, direction: direction, limit: 1_000_000)
      if all.filter({ abs(cost(of: $0, entryCost) - expected.cost) <= 1e-9 }).count > 1 { ties += 1 }
    }
  }
  #expect(ties > 50, "equal-cost paths were met")
}

@Test("A hop-count search with banned edges and vertices (Yen's spur search) matches the one-sided one")
func bidirectionalHopSearchWithBans() {
  var generator = SeededGenerator(seed: 5)
  var found = 0
  for round in 0..<300 {
    let topology = randomGraph(&generator, vertices: 3...40, edgesPerVertex: 3, hub: round % 2 == 0)
    let n = topology.vertexCount
    let view = GraphView(topology)
    var search = BidirectionalSearch(vertexCount: n)  // reused, as Yen's searches reuse it
    for direction in [TraversalDirection.outgoing, .both] {
      for _ in 0..<5 {
        let s = Int32.random(in: 0..<Int32(n), using: &generator)
        let t = Int32.random(in: 0..<Int32(n), using: &generator)
        var edges = Bitset(capacity: topology.edgeCount)
        var vertices = Bitset(capacity: n)
        for e in 0..<topology.edgeCount where Int.random(in: 0..<6, using: &generator) == 0 { edges[e] = true }
        for v in 0..<n where v != Int(s) && v != Int(t) && Int.random(in: 0..<6, using: &generator) == 0 { vertices[v] = true }
        let gate = BanGate(base: OpenGate(), edges: edges, vertices: vertices)
        search.run(from: s, to: t, in: topology, direction: direction, gate: gate, entryCost: nil)
        let path = search.cheapestPath(in: topology, direction: direction, gate: gate, entryCost: nil)
        let expected = view.dijkstra(from: s, to: t, direction: direction, weighted: false, gate: gate).path(to: VertexID(rawValue: t))
        #expect(path == expected, "\(s) to \(t) in round \(round)")
        if let path {
          found += 1
          #expect(!path.edges.contains { edges[$0.index] } && !path.vertices.contains { vertices[$0.index] })
        }
      }
    }
  }
  #expect(found > 500)
}

@Test("All shortest paths are those of the layered breadth-first search, in its order", arguments: [TraversalDirection.outgoing, .both])
func bidirectionalAllShortest(_ direction: TraversalDirection) {
  var generator = SeededGenerator(seed: 99)
  var many = 0
  for round in 0..<300 {
    let topology = randomGraph(&generator, vertices: 3...30, edgesPerVertex: 3, hub: round % 2 == 0)
    let n = topology.vertexCount
    let view = GraphView(topology)
    for _ in 0..<5 {
      let s = randomVertex(&generator, below: n)
      let t = randomVertex(&generator, below: n)
      // The reference: one-sided distances, then depth-first back from t over the reversed adjacency.
      let distance = view.hopDistances(from: s, direction: direction)
      var expected: [[EdgeID]] = []
      func back(_ v: VertexID, _ edges: [EdgeID]) {
        if v == s {
          expected.append(edges.reversed())
        } else {
          for entry in view.neighbors(of: v, direction: direction.reversed)
          where distance[entry.vertex] != nil && distance[entry.vertex] == distance[v]! - 1 {
            back(entry.vertex, edges + [entry.edge])
          }
        }
      }
      if distance[t] != nil { back(t, []) }
      let found = view.allShortestPaths(from: s, to: t, direction: direction)
      #expect(found.map(\.edges) == expected, "\(s) to \(t) in round \(round)")
      #expect(found.allSatisfy { isSimplePath($0, s, t, in: topology, direction) })
      if found.count > 1 { many += 1 }
      #expect(view.allShortestPaths(from: s, to: t, direction: direction, limit: 2).map(\.edges) == Array(expected.prefix(2)))
    }
  }
  #expect(many > 50)
}

@Test("Yen's paths cost the least of all simple paths, each simple and distinct", arguments: [TraversalDirection.outgoing, .both])
func yenAgainstEveryPath(_ direction: TraversalDirection) {
  var generator = SeededGenerator(seed: 3)
  for round in 0..<150 {
    let topology = randomGraph(&generator, vertices: 3...9, edgesPerVertex: 2, hub: round % 2 == 0)
    let n = topology.vertexCount
    let view = GraphView(topology)
    let s = randomVertex(&generator, below: n)
    let t = randomVertex(&generator, below: n)
    guard s != t else { continue }
    let all = view.simplePaths(from: s, to: t, maxHops: n, direction: direction, limit: 1_000_000)
    let found = view.shortestSimplePaths(from: s, to: t, count: 4, direction: direction)
    #expect(found.map(\.hopCount) == Array(all.map(\.hopCount).sorted().prefix(4)), "\(s) to \(t) in round \(round)")
    #expect(Set(found).count == found.count)
    #expect(found.allSatisfy { isSimplePath($0, s, t, in: topology, direction) })
  }
}
