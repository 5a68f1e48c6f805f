import Foundation
import HistoryGraph
import HistoryGraphInterchange
import HistoryGraphviz

extension DiagramCatalogue {
  /// One view of the catalogue, drawn.
  package struct Drawing {
    /// The path of its files without the extension: `FOLDER/NAME`.
    package let base: String
    package let nodes: Int
    package let edges: Int
    package let engine: LayoutEngine
    /// How long fitting, laying out and writing it took.
    package let seconds: Double
  }

  /// Draws every view and the explorer page into the folder of the catalogue file
  /// `path`, as ``draw(_:places:into:checking:note:drawn:)`` does, saying what it did:
  /// a line per view drawn and one for the page or, with `checking`, that the folder is up to date.
  ///
  /// - Throws: as ``draw(_:places:into:checking:note:drawn:)`` does, and
  ///   ``OutOfDate`` when `checking` finds files missing or different.
  package func regenerate(
    _ network: ClaimNetwork, places: () throws -> Gazetteer, from path: String, checking: Bool, note: (String) -> Void, say: (String) -> Void
  ) throws {
    let folder = path.contains("/") ? String(path[..<path.lastIndex(of: "/")!]) : "."
    let (explorer, stale) = try draw(network, places: places, into: folder, checking: checking, note: note) {
      say("\($0.base): \($0.nodes) nodes, \($0.edges) edges, \($0.engine.rawValue), \(String(format: "%.2f", $0.seconds)) s")
    }
    guard checking else {
      return say(
        "\(folder)/\(Self.explorerPage): \(explorer.nodeCount) entities, \(explorer.tieCount) ties, \(explorer.html.utf8.count / 1024) KiB")
    }
    guard stale.isEmpty else { throw OutOfDate(files: stale) }
    say("\(folder)/ is up to date (\(entries.count) diagrams)")
  }

  /// Files of the catalogue that are missing or differ from what the tool draws now.
  package struct OutOfDate: ExplainedError {
    /// The files, in the catalogue's order.
    package let files: [String]
    package var message: String { "the diagrams are out of date: \(files.joined(separator: ", "))" }
    package var hint: String? { "run `history-graph render catalogue`" }
  }

  /// Draws every view into `folder` (`NAME.dot`, then each of its formats) and the
  /// whole graph's explorer page beside them, each file written atomically; with
  /// `checking`, writes nothing and lists the files that are missing or differ.
  ///
  /// - Parameters:
  ///   - places: the located places the explorer's map draws, read once the views are drawn.
  ///   - note: receives what fitting a view to its page changed, as `FOLDER/NAME: note: …`.
  ///   - drawn: receives each view once its files are written.
  /// - Returns: the explorer page, and the files out of date (empty unless `checking`).
  /// - Throws: ``FittingError`` naming the view, `RenderError`, `QueryError`,
  ///   `ExplorerError` or `OutputError`; the views before it are written.
  package func draw(
    _ network: ClaimNetwork, places: () throws -> Gazetteer, into folder: String, checking: Bool, note: (String) -> Void, drawn: (Drawing) -> Void
  ) throws -> (explorer: ExplorerPage, stale: [String]) {
    var stale: [String] = []
    for entry in entries {
      var diagram = try Diagram(
        network: network, selection: entry.selection, filter: entry.filter, language: entry.language, title: entry.title, options: entry.options)
      let base = "\(folder)/\(entry.name)"
      try diagram.fit(for: entry.formats.contains(.png) ? .png : .pdf, engine: entry.engine, choosingDirection: entry.fitsDirectionToPage, view: base)
      for line in diagram.notes { note("\(base): note: \(line)") }
      let dot = diagram.dotSource()
      if checking {
        if (try? String(contentsOfFile: "\(base).dot", encoding: .utf8)) != dot { stale.append("\(base).dot") }
        stale += entry.formats.map { "\(base).\($0.rawValue)" }.filter { !FileManager.default.fileExists(atPath: $0) }
        continue
      }
      let start = Date()
      try AtomicFile.write(Data(dot.utf8), to: "\(base).dot")
      for format in entry.formats {
        try AtomicFile.write(Data(try diagram.render(as: format, engine: entry.engine)), to: "\(base).\(format.rawValue)")
      }
      let engine = entry.engine ?? diagram.recommendedEngine
      drawn(Drawing(base: base, nodes: diagram.nodes.count, edges: diagram.edges.count, engine: engine, seconds: Date().timeIntervalSince(start)))
    }
    let explorer = try ExplorerPage(network: network, places: try places(), title: "History graph explorer: every entity and claim")
    let path = "\(folder)/\(Self.explorerPage)"
    if checking {
      if (try? Data(contentsOf: URL(fileURLWithPath: path))) != Data(explorer.html.utf8) { stale.append(path) }
    } else {
      try AtomicFile.write(Data(explorer.html.utf8), to: path)
    }
    return (explorer, stale)
  }
}
