import Foundation

extension Diagram {
  /// The rank direction, top-to-bottom or left-to-right, whose `dot` layout
  /// is closest in shape to `page`, so that filling the page stretches the
  /// drawing least. Lays the diagram out twice.
  ///
  /// - Throws: ``RenderError`` as ``render(as:engine:style:)`` does.
  public func direction(fitting page: PagePreset) throws(RenderError) -> RankDirection {
    var best = (direction: RankDirection.topToBottom, distance: Double.infinity)
    for direction in [RankDirection.topToBottom, .leftToRight] {
      var trial = self
      trial.options.rankDirection = direction
      trial.options.page = nil
      let layout = try GraphvizRenderer.layout(dot: trial.dotSource(), engine: .dot)
      guard layout.width > 0, layout.height > 0 else { continue }
      let distance = abs(log((layout.width / layout.height) / page.aspectRatio))
      if distance < best.distance { best = (direction, distance) }
    }
    return best.direction
  }
}
