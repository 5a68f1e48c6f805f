internal import CGraphviz

/// Collects what Graphviz reports through `agerr` (errors and warnings)
/// during one call, instead of letting it print to stderr.
///
/// Only used while ``GraphvizRenderer``'s lock is held: the lock is what
/// makes the shared buffer safe.
struct GraphvizMessages: ~Copyable {
  nonisolated(unsafe) private static var buffer = ""

  private let previousHandler: agusererrf?
  private let previousLevel: agerrlevel_t

  /// Starts collecting: every message from now on goes to ``text``.
  init() {
    Self.buffer = ""
    _ = agreseterrors()
    previousLevel = agseterr(AGWARN)
    previousHandler = agseterrf { piece in
      if let piece { GraphvizMessages.buffer += String(cString: piece) }
      return 0
    }
  }

  /// Stops collecting and restores Graphviz's previous handler.
  deinit {
    _ = agseterrf(previousHandler)
    _ = agseterr(previousLevel)
    Self.buffer = ""
  }

  /// What Graphviz said so far, on one line without the "Error: " prefixes,
  /// or `fallback` if it said nothing.
  func text(or fallback: String) -> String {
    let lines = Self.buffer.split(whereSeparator: \.isNewline)
      .map { line in line.hasPrefix("Error: ") ? line.dropFirst(7).trimmingSpaces() : line.trimmingSpaces() }
      .filter { !$0.isEmpty }
    return lines.isEmpty ? fallback : lines.joined(separator: "; ")
  }

  /// Whether Graphviz said that a plugin name was not recognized.
  var reportsUnknownPlugin: Bool {
    Self.buffer.contains("not recognized")
  }
}

extension Substring {
  fileprivate func trimmingSpaces() -> String {
    String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
  }
}
