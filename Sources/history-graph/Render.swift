import ArgumentParser
import Foundation
import HistoryGraph
import HistoryGraphviz

extension LayoutEngine: ExpressibleByArgument {}
extension OutputFormat: ExpressibleByArgument {}

extension HistoryGraphCommand {
  struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Draw a network diagram (SVG, PNG, PDF or DOT) through Graphviz, or regenerate Output/ with --all.",
      discussion: """
        Examples:
          history-graph render --focus bokeikhanov --depth 1 -o bokeikhanov.svg
          history-graph render --path bokeikhanov lenin --k 3 --format png -o path.png
          history-graph render --relation controls --as-of 1918-02 -o held.pdf --format pdf
          history-graph render --all            (the curated diagrams in Output/)
        """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var filters: FilterOptions

    @Option(help: ArgumentHelp("Centre the diagram on this entity.", valueName: "id-or-name")) var focus: String?
    @Option(help: "With --focus: hops from the centre.") var depth = 1
    @Option(parsing: .upToNextOption, help: ArgumentHelp("Highlight the paths between two entities.", valueName: "a b")) var path: [String] = []
    @Option(help: "With --path: how many shortest paths.") var k = 1
    @Option(help: "Labels in kk, kk-Latn, ru or en (missing labels fall back: kk → kk-Latn → ru → en).") var lang: Language = .kk
    @Option(help: "Layout engine: dot, neato, fdp, sfdp, circo, twopi (default: dot for small views, sfdp for large).") var engine: LayoutEngine?
    @Option(help: "svg, png, pdf or dot.") var format: OutputFormat?
    @Option(name: .shortAndLong, help: ArgumentHelp("Output file (written atomically); the format follows its extension.", valueName: "file")) var output: String?
    @Option(help: "Title of the diagram.") var title: String?
    @Flag(help: "Regenerate every diagram in Output/ (DOT, SVG and PNG).") var all = false
    @Flag(help: "With --all: only check that Output/'s DOT files match what the code writes now.") var check = false
    @Option(help: ArgumentHelp("With --all: the folder to write.", valueName: "dir")) var outputFolder = "Output"

    func validate() throws {
      if !all {
        guard output != nil else { throw ValidationError("give -o FILE (or --all for Output/)") }
        if focus != nil && !path.isEmpty { throw ValidationError("give --focus or --path, not both") }
      }
      if !path.isEmpty && path.count != 2 { throw ValidationError("--path takes two entities") }
      if depth < 1 { throw ValidationError("--depth must be at least 1") }
      if k < 1 { throw ValidationError("--k must be at least 1") }
      if check && !all { throw ValidationError("--check goes with --all") }
      if let output, format == nil, OutputFormat(rawValue: URL(fileURLWithPath: output).pathExtension.lowercased()) == nil {
        throw ValidationError("cannot tell the format from '\(output)': give --format svg|png|pdf|dot")
      }
    }

    func run() throws {
      try reporting {
        let (graph, _) = try global.load()
        let network = ClaimNetwork(graph)
        if all { return try renderCatalogue(network) }
        let selection: DiagramSelection
        var defaultTitle = "Claims"
        if let focus {
          let center = try graph.resolve(focus)
          selection = .focus(center.id, depth: depth)
          defaultTitle = "\(center.label(in: lang)): \(depth)-hop network"
        } else if path.count == 2 {
          let a = try graph.resolve(path[0])
          let b = try graph.resolve(path[1])
          selection = .path(a.id, b.id, k: k)
          defaultTitle = "How \(a.label(in: lang)) connects to \(b.label(in: lang))"
        } else {
          selection = .whole
        }
        let diagram = try Diagram(network: network, selection: selection, filter: filters.filter(), language: lang, title: title ?? defaultTitle)
        let output = self.output!
        let format = self.format ?? OutputFormat(rawValue: URL(fileURLWithPath: output).pathExtension.lowercased())!
        let bytes = try Self.render(diagram, format: format, engine: engine)
        try AtomicFile.write(Data(bytes), to: output)
      }
    }

    static func render(_ diagram: Diagram, format: OutputFormat, engine: LayoutEngine?) throws -> [UInt8] {
      do {
        return try diagram.render(as: format, engine: engine)
      } catch {
        throw Failure("error: \(error.description)")
      }
    }

    func renderCatalogue(_ network: ClaimNetwork) throws {
      var stale: [String] = []
      for entry in OutputCatalogue.entries {
        let diagram = try Diagram(
          network: network, selection: entry.selection, filter: entry.filter, language: .kk, title: entry.title,
          options: entry.options)
        let dot = diagram.dotSource()
        let base = "\(outputFolder)/\(entry.name)"
        if check {
          let existing = try? String(contentsOfFile: "\(base).dot", encoding: .utf8)
          if existing != dot { stale.append("\(base).dot") }
          continue
        }
        let start = Date()
        try AtomicFile.write(Data(dot.utf8), to: "\(base).dot")
        for format in [OutputFormat.svg, .png] {
          try AtomicFile.write(Data(try Self.render(diagram, format: format, engine: entry.engine)), to: "\(base).\(format.rawValue)")
        }
        print("\(base): \(diagram.nodes.count) nodes, \(diagram.edges.count) edges, \(entry.engine?.rawValue ?? diagram.recommendedEngine.rawValue), \(String(format: "%.2f", Date().timeIntervalSince(start))) s")
      }
      if check {
        guard stale.isEmpty else { throw Failure("Output/ is out of date: \(stale.joined(separator: ", ")); run `history-graph render --all`") }
        print("Output/ is up to date (\(OutputCatalogue.entries.count) diagrams)")
      }
    }
  }
}

/// The curated diagrams in `Output/`: what the tool is for, at a glance.
enum OutputCatalogue {
  struct Entry {
    let name: String
    let title: String
    let selection: DiagramSelection
    var filter = NetworkFilter()
    var engine: LayoutEngine?
    var options = DiagramOptions()
  }

  static let entries: [Entry] = [
    Entry(name: "whole-network", title: "The whole network: every relation claim in the five texts", selection: .whole, engine: .sfdp,
      options: DiagramOptions(dotsPerInch: 30)),
    Entry(name: "alash", title: "The Alash movement and Alash Orda", selection: .focus("alash-orda", depth: 1),
      filter: NetworkFilter(kinds: ["person", "party", "government", "organization", "event", "military"])),
    Entry(name: "bolsheviks-and-soviets", title: "The Bolsheviks and the soviets", selection: .focus("bolsheviks", depth: 1),
      filter: NetworkFilter(kinds: ["person", "party", "government", "organization", "military"])),
    Entry(name: "soviet-power-in-the-towns", title: "The coming of Soviet power to the towns of Kazakhstan, 1917–1918",
      selection: .subjects(prefix: "soviet-power-in-"), filter: NetworkFilter(relations: ["occurred_in"]),
      options: DiagramOptions(rankDirection: .leftToRight)),
    Entry(name: "bokeikhanov-ego", title: "Әлихан Бөкейханов: his direct connections", selection: .focus("alikhan-bokeikhanov", depth: 1)),
    Entry(name: "path-bokeikhanov-lenin", title: "How Әлихан Бөкейханов connects to В. И. Ленин: the three shortest paths",
      selection: .path("alikhan-bokeikhanov", "vladimir-lenin", k: 3)),
    Entry(name: "power-early-1918", title: "Who held power where, January–February 1918", selection: .whole,
      filter: NetworkFilter(relations: ["controls", "captured"], window: DayInterval(earliest: CalendarDay.day(year: 1918, month: 1, day: 1, calendar: .gregorian), latest: CalendarDay.day(year: 1918, month: 2, day: 28, calendar: .gregorian)), keepsUndated: false),
      options: DiagramOptions(rankDirection: .leftToRight)),
  ]
}
