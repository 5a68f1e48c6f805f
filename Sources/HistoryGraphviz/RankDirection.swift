/// The direction in which the `dot` engine lays out ranks (Graphviz `rankdir`).
///
/// Other engines ignore it.
public enum RankDirection: String, CaseIterable, Sendable {
  /// Top to bottom (Graphviz `TB`), the default.
  case topToBottom = "TB"
  /// Left to right (`LR`): suits timelines and chains of succession.
  case leftToRight = "LR"
  /// Bottom to top (`BT`).
  case bottomToTop = "BT"
  /// Right to left (`RL`).
  case rightToLeft = "RL"
}
