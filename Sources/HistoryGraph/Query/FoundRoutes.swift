/// The routes some unfiltered searches found between two entities over the whole
/// network's ties (``ClaimNetwork/routePaths(over:degrees:from:to:search:direction:)``
/// over the ties a compiled index stores), for the network of the part of the
/// graph that holds them (``ClaimNetwork/init(_:foundRoutes:)``).
package struct FoundRoutes: Sendable {
  /// A route as found: its entities, and the number of entities each one between
  /// its ends is tied to in the whole network.
  package struct Found: Sendable, Hashable {
    package let entities: [EntityID]
    package let intermediaryTies: [Int]

    package init(entities: [EntityID], intermediaryTies: [Int]) {
      self.entities = entities
      self.intermediaryTies = intermediaryTies
    }
  }

  /// The entity the routes start from.
  package let source: EntityID
  /// The entity they lead to.
  package let target: EntityID
  /// Each search's routes, in the order it lists them.
  package let routes: [PathSearch: [Found]]

  package init(from source: EntityID, to target: EntityID, routes: [PathSearch: [Found]]) {
    self.source = source
    self.target = target
    self.routes = routes
  }
}
