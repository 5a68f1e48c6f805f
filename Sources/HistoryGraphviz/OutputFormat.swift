/// A file format that ``GraphvizRenderer`` produces.
public enum OutputFormat: String, CaseIterable, Sendable {
  /// Scalable vector graphics; the text stays text (searchable, selectable),
  /// and the viewer's fonts decide how it looks.
  case svg
  /// A bitmap at 96 dpi, drawn by cairo with the fonts installed here.
  case png
  /// A vector PDF with its fonts embedded.
  case pdf
  /// The DOT text as laid out by the engine: the input with every node's
  /// `pos`, `width` and `height` and every edge's spline added. For the
  /// source without a layout, use ``Diagram/dotSource(style:)``.
  case dot
}
