/// A page a diagram is drawn to fit: its size and margins, in inches.
///
/// With a page, the drawing is scaled (up or down) to fit the area inside
/// the margins (Graphviz `size` with `!`, the margin as `pad`); `dot` also
/// stretches its layout towards the page's shape (`ratio=fill`), the
/// force-directed engines keep theirs. A PDF is then no larger than the page,
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

  /// Width over height of the area inside the margins.
  public var aspectRatio: Double { (width - 2 * margin) / (height - 2 * margin) }
}
