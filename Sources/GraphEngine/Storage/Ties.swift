/// A view's ties: its kept edges merged into one edge per pair of vertices, so
/// that paths over them differ in the vertices they visit, not in which of
/// several parallel edges they take.
public struct Ties: Sendable {
  /// One edge per tie over the same vertices (vertices the view drops stay dropped).
  public let view: GraphView
  /// The original edges of each tie: `members[i]` for edge `i` of `view`, in edge order.
  public let members: [[EdgeID]]
}

extension GraphView {
  /// The view's ties. With `undirected`, edges `a → b` and `b → a` form one tie
  /// (for walks in both directions); otherwise a tie is an ordered pair, and
  /// symmetric edges form an unordered tie of their own.
  ///
  /// A tie costs the least weight of its edges, is as confident as its most
  /// confident edge, spans the union of their times, and has the relation of its first edge.
  ///
  /// - Complexity: O(*V* + *E*)
  public func ties(undirected: Bool) -> Ties {
    struct Pair: Hashable { let a: Int32, b: Int32, symmetric: Bool }
    var index: [Pair: Int] = [:]
    var members: [[EdgeID]] = []
    var sources = ContiguousArray<Int32>(), targets = ContiguousArray<Int32>()
    var earliest = ContiguousArray<Int32>(), latest = ContiguousArray<Int32>()
    var weight = ContiguousArray<Double>(), confidence = ContiguousArray<Float>(), relation = ContiguousArray<Int32>()
    var symmetric: [EdgeID] = []
    let t = topology
    for e in 0..<t.edgeCount where allows(EdgeID(e)) {
      let (s, o) = (t.sources[e], t.targets[e])
      let isSymmetric = t.isSymmetric(EdgeID(e))
      let unordered = undirected || isSymmetric
      let pair = Pair(a: unordered ? min(s, o) : s, b: unordered ? max(s, o) : o, symmetric: isSymmetric && !undirected)
      if let i = index[pair] {
        members[i].append(EdgeID(e))
        weight[i] = min(weight[i], t.weight[e])
        confidence[i] = max(confidence[i], t.confidence[e])
        earliest[i] = min(earliest[i], t.earliest[e])
        latest[i] = max(latest[i], t.latest[e])
        continue
      }
      index[pair] = members.count
      if pair.symmetric { symmetric.append(EdgeID(members.count)) }
      members.append([EdgeID(e)])
      sources.append(pair.a)
      targets.append(pair.b)
      earliest.append(t.earliest[e])
      latest.append(t.latest[e])
      weight.append(t.weight[e])
      confidence.append(t.confidence[e])
      relation.append(t.relation[e])
    }
    let merged = GraphTopology(
      vertexCount: t.vertexCount, sources: sources, targets: targets, symmetricEdges: symmetric, earliest: earliest,
      latest: latest, weight: weight, confidence: confidence, relation: relation, vertexKind: t.vertexKind)
    return Ties(view: GraphView(merged, allowedVertices: allowedVertices), members: members)
  }
}
