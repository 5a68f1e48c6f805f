public import GraphEngine

/// Which way a query follows claims: from subject to object (`outgoing`),
/// back from object to subject (`incoming`), or both.
public typealias TraversalDirection = GraphEngine.TraversalDirection
