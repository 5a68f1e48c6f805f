internal import CGraphviz
import Synchronization

/// Lays out and renders DOT text in-process with libgvc (never by running
/// the `dot` program).
///
/// Graphviz is not thread-safe, so every call into it, from any thread,
/// holds one process-wide lock: renders run one at a time. Every Graphviz
/// object is freed on every path, errors included.
public enum GraphvizRenderer {
  private static let lock = Mutex(())

  /// Lays out `dot` with `engine` and renders it as `format`.
  ///
  /// - Parameters:
  ///   - dot: DOT text, for example from ``Diagram/dotSource(style:)``.
  ///   - engine: The layout engine.
  ///   - format: The output format; ``OutputFormat/dot`` returns the DOT
  ///     with the layout's coordinates added.
  ///   - budget: The largest graph to lay out; `nil` uses
  ///     ``LayoutBudget/standard(for:)``, ``LayoutBudget/unlimited`` allows any.
  /// - Returns: The bytes of the rendered file.
  /// - Throws: ``RenderError/invalidDOT(message:)`` with Graphviz's parser
  ///   message; ``RenderError/tooLarge(nodes:edges:engine:hint:)`` before
  ///   the layout starts; ``RenderError/engineUnavailable(engine:message:)``
  ///   or ``RenderError/formatUnavailable(format:message:)`` when a plugin
  ///   is missing; ``RenderError/layoutFailed(engine:message:)``,
  ///   ``RenderError/renderFailed(format:message:)`` or
  ///   ``RenderError/emptyOutput(format:engine:)``. Graphviz's warnings
  ///   (such as an unknown attribute value) are not errors.
  public static func render(
    dot: String, engine: LayoutEngine, format: OutputFormat, budget: LayoutBudget? = nil
  ) throws(RenderError) -> [UInt8] {
    try withLayout(dot: dot, engine: engine, budget: budget) { context, graph, messages throws(RenderError) -> [UInt8] in
      var data: UnsafeMutablePointer<CChar>?
      var length = 0
      let status = CGraphviz_renderData(context, graph, format.rawValue, &data, &length)
      defer { if let data { gvFreeRenderData(data) } }
      guard status == 0 else {
        let message = messages.text(or: "no reason given")
        throw messages.reportsUnknownPlugin
          ? .formatUnavailable(format: format, message: message)
          : .renderFailed(format: format, message: message)
      }
      guard let data, length > 0 else { throw .emptyOutput(format: format, engine: engine) }
      return Array(UnsafeRawBufferPointer(start: data, count: length))
    }
  }

  /// Lays out `dot` with `engine` and returns where every node was placed,
  /// without drawing anything.
  ///
  /// - Throws: as ``render(dot:engine:format:budget:)``, except that a failure
  ///   to read the positions back is ``RenderError/layoutFailed(engine:message:)``.
  public static func layout(dot: String, engine: LayoutEngine, budget: LayoutBudget? = nil) throws(RenderError) -> GraphLayout {
    try withLayout(dot: dot, engine: engine, budget: budget) { context, graph, messages throws(RenderError) -> GraphLayout in
      var data: UnsafeMutablePointer<CChar>?
      var length = 0
      let status = CGraphviz_renderData(context, graph, "plain", &data, &length)
      defer { if let data { gvFreeRenderData(data) } }
      guard status == 0, let data, length > 0 else {
        throw .layoutFailed(engine: engine, message: messages.text(or: "the positions could not be read back"))
      }
      let text = String(decoding: UnsafeRawBufferPointer(start: data, count: length), as: UTF8.self)
      guard let layout = GraphLayout(plain: text) else {
        throw .layoutFailed(engine: engine, message: "Graphviz's plain output could not be read")
      }
      return layout
    }
  }

  /// Reads `dot`, checks it against the budget, lays it out with `engine` and
  /// hands the laid-out graph to `body`, under the lock; frees everything after.
  private static func withLayout<Result>(
    dot: String, engine: LayoutEngine, budget: LayoutBudget?,
    _ body: (OpaquePointer, UnsafeMutablePointer<Agraph_t>, borrowing GraphvizMessages) throws(RenderError) -> Result
  ) throws(RenderError) -> Result {
    try lock.withLock { _ throws(RenderError) -> Result in
      let messages = GraphvizMessages()
      guard let context = gvContext() else {
        throw .layoutFailed(engine: engine, message: messages.text(or: "could not create a Graphviz context"))
      }
      defer { gvFreeContext(context) }
      guard let graph = agmemread(dot) else {
        throw .invalidDOT(message: messages.text(or: "the text contains no graph"))
      }
      defer { agclose(graph) }
      try (budget ?? .standard(for: engine)).check(
        nodes: Int(agnnodes(graph)), edges: Int(agnedges(graph)), engine: engine)

      guard gvLayout(context, graph, engine.rawValue) == 0 else {
        let message = messages.text(or: "no reason given")
        throw messages.reportsUnknownPlugin
          ? .engineUnavailable(engine: engine, message: message)
          : .layoutFailed(engine: engine, message: message)
      }
      defer { gvFreeLayout(context, graph) }
      return try body(context, graph, messages)
    }
  }

  /// Counts the nodes and edges of `dot` as Graphviz's own parser reads it,
  /// without laying it out.
  ///
  /// - Throws: ``RenderError/invalidDOT(message:)`` with Graphviz's parser message.
  public static func size(ofDOT dot: String) throws(RenderError) -> (nodes: Int, edges: Int) {
    try lock.withLock { _ throws(RenderError) -> (nodes: Int, edges: Int) in
      let messages = GraphvizMessages()
      guard let graph = agmemread(dot) else {
        throw .invalidDOT(message: messages.text(or: "the text contains no graph"))
      }
      defer { agclose(graph) }
      return (Int(agnnodes(graph)), Int(agnedges(graph)))
    }
  }
}
