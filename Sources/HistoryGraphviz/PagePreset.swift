/// A page a diagram is drawn to fit: its size and margins, in inches.
///
/// With a page, the drawing is scaled (up or down) to fit the area inside
/// the margins (Graphviz `size` with `!`, the margin as `pad`), keeping its
/// shape; with `dot`, ``Diagram/fit(for:engine:choosingDirection:)`` picks the
/// rank direction that fills the page best. A PDF is then no larger than the
/// page (unless its text would be below 7 pt: see ``DiagramOptions/pageEnlargement``),
/// and a PNG no larger than the page at the diagram's dots per inch.
public enum PagePreset: String, CaseIterable, Sendable {
  /// ISO A4 upright, 210 × 297 mm.
  case a4
  /// ISO A4 on its side, 297 × 210 mm.
  case a4Landscape = "a4-landscape"
  /// US Letter upright, 8.5 × 11 in.
  case letter
  /// A 16:9 presentation slide, 13.33 × 7.5 in.
  case slide

  /// The page's width in inches.
  public var width: Double {
    switch self {
    case .a4: 8.27
    case .a4Landscape: 11.69
    case .letter: 8.5
    case .slide: 13.33
    }
  }

  /// The page's height in inches.
  public var height: Double {
    switch self {
    case .a4: 11.69
    case .a4Landscape: 8.27
    case .letter: 11
    case .slide: 7.5
    }
  }

  /// The margin on every side, in inches.
  public var margin: Double {
    switch self {
    case .slide: 0.3
    default: 0.6
    }
  }
}
