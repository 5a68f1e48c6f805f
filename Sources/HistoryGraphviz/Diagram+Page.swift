import Foundation
import HistoryGraph

extension Diagram {
  /// The smallest type a printed figure may have, in points: no text of a
  /// diagram fitted to a page is drawn smaller.
  public static let minimumTextSize = 7.0
  /// How many times larger than its page a drawing may be made so that its
  /// text reaches ``minimumTextSize``: √2, the next ISO paper size up (A4 to
  /// A3); a view that needs more is refused.
  public static let maximumEnlargement = 2.0.squareRoot()
  /// The most pixels a PNG is drawn with (4 bytes each while cairo draws it:
  /// 200 MB); A4 at 600 dpi is 35 million.
  public static let maximumPixels = 50_000_000.0
  /// The longest side of a PNG in pixels (cairo's own limit is 32,767).
  public static let maximumPixelSide = 32_000.0

  /// The size of the smallest text drawn, before any scaling to a page, in points.
  public var smallestTextSize: Double {
    var sizes = [style.fontSize]
    if edges.contains(where: { !$0.label.isEmpty }) || (options.drawsLegend && !nodes.isEmpty) { sizes.append(style.smallFontSize) }
    if (options.drawsSubtitle && !subtitle.isEmpty) || (options.drawsSources && !sources.isEmpty) { sizes.append(style.smallFontSize + 1) }
    if options.drawsTitle && !title.isEmpty { sizes.append(style.titleFontSize) }
    return sizes.min()!
  }

  /// Readies the diagram for its page and format, and says in ``notes`` what was changed.
  ///
  /// With a ``DiagramOptions/page``: when `choosingDirection` and the engine is
  /// `dot`, takes the rank direction (top-to-bottom or left-to-right) whose
  /// layout fills the page at the larger scale, so with the larger text; then,
  /// if the page would draw text below ``minimumTextSize``, makes the drawing
  /// larger than the page (``DiagramOptions/pageEnlargement``) so that it is
  /// 7 pt, or refuses when that needs more than ``maximumEnlargement``. The
  /// scale is Graphviz's own, read from a layout at the page's size.
  /// For PNG, lowers ``DiagramOptions/dotsPerInch`` when the bitmap would exceed
  /// ``maximumPixels`` or ``maximumPixelSide``.
  ///
  /// - Throws: ``RenderError/unreadable(nodes:textSize:page:fitting:)``,
  ///   ``RenderError/bitmapTooLarge(width:height:)``, or what
  ///   ``GraphvizRenderer/layout(dot:engine:budget:)`` throws.
  public mutating func fit(for format: OutputFormat, engine: LayoutEngine? = nil, choosingDirection: Bool = false) throws(RenderError) {
    let engine = engine ?? recommendedEngine
    if let page = options.page {
      let directions = choosingDirection && engine == .dot ? [RankDirection.topToBottom, .leftToRight] : [options.rankDirection]
      var best = (direction: options.rankDirection, scale: 0.0)
      for direction in directions {
        var trial = self
        trial.options.rankDirection = direction
        let scale = try GraphvizRenderer.layout(dot: trial.dotSource(), engine: engine).scale
        if scale > best.scale { best = (direction, scale) }
      }
      options.rankDirection = best.direction
      try enlargeForReadableText(page: page, scale: best.scale, engine: engine)
    }
    if format == .png { try capResolution(engine: engine) }
  }

  /// Makes the drawing larger than `page` when filling it (at `scale`) would make text smaller than ``minimumTextSize``.
  private mutating func enlargeForReadableText(page: PagePreset, scale: Double, engine: LayoutEngine) throws(RenderError) {
    let atPage = smallestTextSize * scale
    var smallest = atPage
    // The scale is not quite proportional to the size asked for (dot fills the page's shape
    // anew), so the enlargement is measured again, a few times at most.
    for _ in 0..<4 where smallest < Self.minimumTextSize {
      let enlargement = (options.pageEnlargement * Self.minimumTextSize / smallest * 100).rounded(.up) / 100
      guard enlargement <= Self.maximumEnlargement else { break }
      options.pageEnlargement = enlargement
      smallest = smallestTextSize * (try GraphvizRenderer.layout(dot: dotSource(), engine: engine).scale)
    }
    guard smallest < Self.minimumTextSize else {
      if options.pageEnlargement > 1 {
        let enlargement = options.pageEnlargement
        let inches = { (side: Double) in String(format: "%.1f", side * enlargement) }
        notes.append(
          "at \(page.rawValue) the smallest text would be \(String(format: "%.1f", atPage)) pt; drawn \(String(format: "%.2f", enlargement)) "
            + "times the page's size (\(inches(page.width - 2 * page.margin)) × \(inches(page.height - 2 * page.margin)) in inside the margins) "
            + "so that it is at least \(Int(Self.minimumTextSize)) pt: print it on the next paper size up, or draw fewer entities to fit the page")
      }
      return
    }
    let shortfall = Self.minimumTextSize / (atPage * Self.maximumEnlargement)
    let fitting = max(1, min(nodes.count - 1, Int(Double(nodes.count) / (shortfall * shortfall))))
    throw .unreadable(nodes: nodes.count, textSize: (atPage * 10).rounded(.down) / 10, page: page, fitting: fitting)
  }

  /// Lowers the resolution of a PNG that would be too large to draw.
  private mutating func capResolution(engine: LayoutEngine) throws(RenderError) {
    let (width, height): (Double, Double)
    if let page = options.page {
      let enlargement = options.pageEnlargement
      (width, height) = (
        (page.width - 2 * page.margin) * enlargement + 2 * page.margin, (page.height - 2 * page.margin) * enlargement + 2 * page.margin
      )
    } else {
      let layout = try GraphvizRenderer.layout(dot: dotSource(), engine: engine)
      (width, height) = (layout.width / 72 + 0.6, layout.height / 72 + 0.6)
    }
    let asked = options.dotsPerInch ?? 96
    let largest = min(
      (Self.maximumPixels / (width * height)).squareRoot(), Self.maximumPixelSide / max(width, height)
    ).rounded(.down)
    guard asked > largest else { return }
    let pixels = { (dpi: Double) in "\(Int(width * dpi)) × \(Int(height * dpi)) pixels" }
    guard largest >= 10 else { throw .bitmapTooLarge(width: width, height: height) }
    options.dotsPerInch = largest
    notes.append(
      "at \(Int(asked)) dpi the PNG would be \(pixels(asked)) (\(Int(width * asked * height * asked * 4 / 1_000_000)) MB to draw); "
        + "drawn at \(Int(largest)) dpi instead (at most \(pixels(largest))), the most a PNG is drawn with here; PDF and SVG have no such limit")
  }
}

/// A diagram that could not be fitted to its page and format: why, and the
/// view it is (the path of its files in a catalogue; `nil` for a single view).
package struct FittingError: ExplainedError {
  package let error: RenderError
  package let view: String?

  package var message: String {
    guard case .unreadable(let nodes, let size, let page, _) = error else { return error.description }
    return (view.map { "\($0): " } ?? "")
      + "fitted to \(page.rawValue), the \(nodes) nodes of this view would have \(size) pt text, below the \(Int(Diagram.minimumTextSize)) pt a printed figure needs"
  }

  package var hint: String? {
    guard case .unreadable(_, _, _, let fitting) = error else { return nil }
    return "draw about \(fitting) of them: --top \(fitting) (the most central), or --focus ENTITY --depth 1; or leave out --page"
  }
}

extension Diagram {
  /// ``fit(for:engine:choosingDirection:)``, its error said of `view`.
  package mutating func fit(for format: OutputFormat, engine: LayoutEngine?, choosingDirection: Bool, view: String?) throws(FittingError) {
    do {
      try fit(for: format, engine: engine, choosingDirection: choosingDirection)
    } catch {
      throw FittingError(error: error, view: view)
    }
  }
}
