import GraphEngine

/// The communities of the claim network: groups of entities more densely
/// connected by claims among themselves than to the rest.
public struct CommunityPartition: Sendable {
  /// Communities of two or more entities, largest first; within each, members
  /// by degree in the view (claims in and out), highest first, then by id.
  public let communities: [[RankedEntity]]
  /// Entities of the view left in a community of their own (most have no claim in the view).
  public let singletons: Int
  /// Newman's modularity of the whole partition.
  public let modularity: Double
}

extension ClaimNetwork {
  /// Finds communities with the Louvain method, reading every relation claim
  /// of the view as an undirected tie (parallel claims add up).
  ///
  /// - Parameters:
  ///   - filter: which claims and entities the view keeps.
  ///   - resolution: above 1 favours smaller communities, below 1 larger ones.
  /// - Throws: ``QueryError`` for a bad filter or a resolution that is not positive.
  /// - Complexity: about O(*E*) per Louvain level.
  public func communities(filter: NetworkFilter = NetworkFilter(), resolution: Double = 1) throws(QueryError) -> CommunityPartition {
    guard resolution > 0, resolution.isFinite else { throw .invalidArgument("the resolution must be a positive number, e.g. 1") }
    let view = try self.view(filter)
    let found = view.louvainCommunities(resolution: resolution)
    let degrees = view.degrees(direction: .both)
    var groups = [[RankedEntity]](repeating: [], count: found.count)
    for v in 0..<view.vertexCount where found.labels[v] >= 0 {
      groups[Int(found.labels[v])].append(RankedEntity(entity: entity(VertexID(v)), score: Double(degrees[v])))
    }
    let communities = groups.filter { $0.count > 1 }.map { members in
      members.sorted { ($1.score, $0.entity.id) < ($0.score, $1.entity.id) }
    }
    return CommunityPartition(communities: communities, singletons: groups.count - communities.count, modularity: found.modularity)
  }
}
