/// A Graphviz layout engine.
///
/// Measured here on a random graph of 2,000 nodes and 6,000 edges: `sfdp`
/// 0.5 s, `twopi` 1.2 s, `neato` 17 s; `fdp` about 2 min already at 1,000
/// nodes; `circo` over 2.5 min; `dot` did not finish in 10 min (but takes
/// 18 s on a layered graph of that size). See ``LayoutBudget``.
public enum LayoutEngine: String, CaseIterable, Sendable {
  /// Layered (hierarchical) drawing: the most readable for small views.
  case dot
  /// Spring model (stress majorisation).
  case neato
  /// Spring model (force-directed), draws clusters.
  case fdp
  /// Multiscale force-directed: the engine for whole networks.
  case sfdp
  /// Circular layout of biconnected components.
  case circo
  /// Radial layout around a centre node.
  case twopi
}
