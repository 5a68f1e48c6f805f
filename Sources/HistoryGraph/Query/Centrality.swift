import GraphEngine

/// A centrality measure for ranking entities.
public enum CentralityMeasure: String, Sendable, CaseIterable {
  case pageRank = "pagerank", betweenness, degree
}

/// An entity and its score under a measure.
public struct RankedEntity: Hashable, Sendable {
  public let entity: Entity
  public let score: Double

  /// An entity and its score (as a compiled index stores them).
  package init(entity: Entity, score: Double) {
    self.entity = entity
    self.score = score
  }
}

extension ClaimNetwork {
  /// The `top` entities by a centrality measure in a filtered view (ties by id),
  /// among those of the `listing` kinds if given: the measure is taken on the whole
  /// view first, so listing only persons does not change anyone's score.
  ///
  /// PageRank follows relation direction; betweenness is exact Brandes over
  /// directed edges (both spread over every core); degree counts claims in and out.
  ///
  /// - Throws: ``QueryError`` for a bad filter, ``QueryError/didNotConverge(iterations:)``
  ///   if PageRank does not converge.
  public func rank(
    by measure: CentralityMeasure, top: Int = 20, filter: NetworkFilter = NetworkFilter(), listing kinds: Set<String>? = nil
  ) throws(QueryError) -> [RankedEntity] {
    if let unknown = kinds?.first(where: { !kindNames.contains($0) }) { throw .unknownVocabulary(unknown, known: kindNames) }
    let view = try self.view(filter)
    let scores: [Double]
    switch measure {
    case .pageRank:
      do throws(PageRankConvergenceError) {
        scores = Array(try view.pageRank().scores)
      } catch {
        throw .didNotConverge(iterations: error.iterations)
      }
    case .betweenness: scores = Array(view.betweennessCentrality())
    case .degree: scores = view.degrees(direction: .both).map(Double.init)
    }
    return scores.indices.filter { view.allows(VertexID($0)) && (kinds?.contains(entity(VertexID($0)).kind) ?? true) }
      .sorted { (scores[$1], entity(VertexID($0)).id) < (scores[$0], entity(VertexID($1)).id) }
      .prefix(top).map { RankedEntity(entity: entity(VertexID($0)), score: scores[$0]) }
  }
}
