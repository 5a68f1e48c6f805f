import ArgumentParser
import Foundation
import HistoryExplorer
import HistoryGraph
import HistoryGraphInterchange
import HistoryGraphviz

extension LayoutEngine: ExpressibleByArgument {}
extension OutputFormat: ExpressibleByArgument {}
extension PagePreset: ExpressibleByArgument {}
extension RankDirection: ExpressibleByArgument {}

extension HistoryGraphCommand {
  struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "render",
      abstract: "Draw network diagrams through Graphviz: one view, or the curated catalogue in Output/.",
      subcommands: [View.self, Catalogue.self],
      defaultSubcommand: View.self)
  }
}

extension HistoryGraphCommand.Render {
  struct View: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "view",
      abstract: "Draw one view (SVG, PNG, PDF or DOT): a focus, the paths between two entities, or the filtered network.",
      discussion: """
        Examples:
          history-graph render --focus bokeikhanov --depth 1 -o bokeikhanov.svg
          history-graph render --path bokeikhanov lenin --k 3 --format png -o path.png
          history-graph render --relation controls --as-of 1918-02 -o held.pdf
          history-graph render --focus bokeikhanov --format dot -o -     (DOT on standard output)
          history-graph render --path bokeikhanov lenin --k 3 --page a4-landscape --greyscale --no-sources -o path.pdf
          history-graph render --top 12 --page a4-landscape --dpi 300 -o central.png   (no text below 7 pt)
        """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var filters: FilterOptions
    @OptionGroup var names: LanguageOption

    @Option(name: [.long, .customLong("around")], help: ArgumentHelp("Centre the diagram on this entity.", valueName: "id-or-name")) var focus: String?
    @Option(parsing: .unconditional, help: "With --focus: hops from the centre (1–6).") var depth = 1
    @Option(parsing: .upToNextOption, help: ArgumentHelp("Highlight the paths between two entities.", valueName: "a b")) var path: [String] = []
    @Option(parsing: .unconditional, help: "With --path: how many shortest paths (1–50).") var k = 1
    @Option(parsing: .unconditional, help: "Draw only the N entities of highest PageRank in the filtered network (1–1000).") var top: Int?
    @Option(help: "Layout engine: dot, neato, fdp, sfdp, circo, twopi (default: dot for small views, sfdp for large).") var engine: LayoutEngine?
    @Option(help: "svg, png, pdf or dot (default: from the file's extension).") var format: OutputFormat?
    @Option(name: .shortAndLong, help: ArgumentHelp("Output file, written atomically; - for standard output.", valueName: "file")) var output: String
    @Option(help: "Title of the diagram.") var title: String?
    @Option(help: "Fill a page: a4, a4-landscape, letter or slide (16:9); with dot, the rank direction that fits it best unless --rankdir is given.")
    var page: PagePreset?
    @Option(help: "Rank direction for dot: TB, LR, BT or RL (default: TB, or what fits --page).") var rankdir: RankDirection?
    @Option(parsing: .unconditional, help: "PNG resolution in dots per inch (10–600; default 96; lowered, with a note, past 50 million pixels).") var dpi: Double?
    @Option(parsing: .unconditional, help: "Node label size in points (8–48; default 11); edge labels, legend and title keep their proportions.") var fontSize: Double?
    @Flag(help: "Draw in greys for print: shapes tell kinds, arrowheads and dashes tell relations.") var greyscale = false
    @Flag(help: "Leave out the title.") var noTitle = false
    @Flag(help: "Leave out the subtitle (the filters).") var noSubtitle = false
    @Flag(help: "Leave out the lines naming the sources.") var noSources = false
    @Flag(help: "Leave out the legend.") var noLegend = false
    @Option(help: "Size nodes by a centrality in the filtered network: pagerank, degree or betweenness.") var sizeBy: CentralityMeasure?
    @Option(help: "Fill nodes by kind (default) or by community (Louvain; shapes still show the kind).") var colorBy: NodeColoring = .kind

    enum NodeColoring: String, CaseIterable, ExpressibleByArgument { case kind, community }

    func validate() throws {
      if let dpi, !(10...600).contains(dpi) { throw ValidationError("--dpi must be from 10 to 600") }
      if let format, output != "-", let named = OutputFormat(rawValue: URL(fileURLWithPath: output).pathExtension.lowercased()), named != format {
        throw ValidationError("--format \(format.rawValue) does not match the file name '\(output)' (a .\(named.rawValue) file): change one of them")
      }
      if focus != nil && !path.isEmpty { throw ValidationError("give --focus or --path, not both") }
      if !filters.shownKinds.isEmpty { throw ValidationError("a diagram draws the network it walks: give --restrict-kind KIND to draw only some kinds") }
      if !path.isEmpty && path.count != 2 { throw ValidationError("--path takes two entities") }
      if !(1...6).contains(depth) { throw ValidationError("--depth must be from 1 to 6") }
      if !(1...50).contains(k) { throw ValidationError("--k must be from 1 to 50") }
      if let top, !(1...1000).contains(top) || focus != nil || !path.isEmpty { throw ValidationError("--top takes 1 to 1000 entities of the whole view, without --focus or --path") }
      if let fontSize, !(8...48).contains(fontSize) { throw ValidationError("--font-size must be from 8 to 48 (points)") }
      if greyscale && colorBy == .community { throw ValidationError("--color-by community tells communities apart by colour: leave out --greyscale, or colour by kind") }
      if format == nil, outputFormat == nil {
        throw ValidationError("cannot tell the format from '\(output)': give --format svg|png|pdf|dot")
      }
    }

    /// The format asked for, or the one the file's extension names.
    var outputFormat: OutputFormat? {
      format ?? (output == "-" ? nil : OutputFormat(rawValue: URL(fileURLWithPath: output).pathExtension.lowercased()))
    }

    func run() throws {
      let language = try names.language(global)
      try reporting {
        let (graph, _) = try global.load()
        let network = ClaimNetwork(graph)
        let selection: DiagramSelection
        var defaultTitle = "Claims"
        if let focus {
          let center = try graph.resolve(focus, language: language)
          selection = .focus(center.id, depth: depth)
          defaultTitle = "\(center.label(in: language)): \(depth)-hop network"
        } else if path.count == 2 {
          let a = try graph.resolve(path[0], language: language)
          let b = try graph.resolve(path[1], language: language)
          selection = .path(a.id, b.id, k: k)
          defaultTitle = "How \(a.label(in: language)) connects to \(b.label(in: language))"
        } else {
          selection = top.map { .mostCentral(count: $0) } ?? .whole
        }
        let options = DiagramOptions(
          rankDirection: rankdir ?? .topToBottom, drawsLegend: !noLegend, dotsPerInch: dpi, page: page, sizeBy: sizeBy,
          colorsCommunities: colorBy == .community, drawsTitle: !noTitle, drawsSubtitle: !noSubtitle, drawsSources: !noSources,
          greyscale: greyscale, fontSize: fontSize)
        var diagram = try Diagram(
          network: network, selection: selection, filter: try filters.filter(), language: language, title: title ?? defaultTitle, options: options)
        try fit(&diagram, for: outputFormat!, engine: engine, choosingDirection: rankdir == nil)
        let bytes = try render(diagram, format: outputFormat!, engine: engine)
        try writeOutput(Data(bytes), to: output)
      }
    }
  }

  struct Catalogue: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "catalogue",
      abstract: "Regenerate (or --check) the curated diagrams listed in Output/diagrams.yaml.",
      discussion: """
        Each view is written as NAME.dot, and NAME.svg, NAME.png and NAME.pdf (or the `formats` it lists), beside the catalogue, and the whole graph's \
        explorer page (see `history-graph explore`) as explorer.html.
        """)

    @OptionGroup var global: GlobalOptions
    @Flag(help: "Only check that the DOT files match what the tool draws now and that every drawing is there.") var check = false
    @Option(help: ArgumentHelp("The catalogue file; its folder receives the diagrams.", valueName: "file")) var catalogue = "Output/diagrams.yaml"

    func run() throws {
      try reporting {
        let (graph, _) = try global.load()
        let network = ClaimNetwork(graph)
        let entries: [DiagramCatalogue.Entry]
        do throws(LoadError) {
          entries = try DiagramCatalogue.read(catalogue, graph: graph).entries
        } catch {
          let count = error.errors.count
          throw Failure(error.diagnostics.map(\.description).joined(separator: "\n") + "\n\(count) error\(count == 1 ? "" : "s") in the diagram catalogue; nothing was drawn.")
        }
        let folder = catalogue.contains("/") ? String(catalogue[..<catalogue.lastIndex(of: "/")!]) : "."
        var stale: [String] = []
        for entry in entries {
          var diagram = try Diagram(
            network: network, selection: entry.selection, filter: entry.filter, language: entry.language, title: entry.title,
            options: entry.options)
          let base = "\(folder)/\(entry.name)"
          try fit(&diagram, for: entry.formats.contains(.png) ? .png : .pdf, engine: entry.engine, choosingDirection: entry.fitsDirectionToPage, naming: base)
          let dot = diagram.dotSource()
          if check {
            let existing = try? String(contentsOfFile: "\(base).dot", encoding: .utf8)
            if existing != dot { stale.append("\(base).dot") }
            stale += entry.formats.map { "\(base).\($0.rawValue)" }.filter { !FileManager.default.fileExists(atPath: $0) }
            continue
          }
          let start = Date()
          try AtomicFile.write(Data(dot.utf8), to: "\(base).dot")
          for format in entry.formats {
            try AtomicFile.write(Data(try render(diagram, format: format, engine: entry.engine)), to: "\(base).\(format.rawValue)")
          }
          say("\(base): \(diagram.nodes.count) nodes, \(diagram.edges.count) edges, \(entry.engine?.rawValue ?? diagram.recommendedEngine.rawValue), \(String(format: "%.2f", Date().timeIntervalSince(start))) s")
        }
        let explorer = try ExplorerPage.catalogued(network, places: global.gazetteer(for: graph))
        let explorerPath = "\(folder)/\(DiagramCatalogue.explorerPage)"
        if check {
          if (try? Data(contentsOf: URL(fileURLWithPath: explorerPath))) != Data(explorer.html.utf8) { stale.append(explorerPath) }
        } else {
          try AtomicFile.write(Data(explorer.html.utf8), to: explorerPath)
          say("\(explorerPath): \(explorer.nodeCount) entities, \(explorer.tieCount) ties, \(explorer.html.utf8.count / 1024) KiB")
        }
        if check {
          guard stale.isEmpty else { throw Failure(message: "the diagrams are out of date: \(stale.joined(separator: ", "))", hint: "run `history-graph render catalogue`") }
          say("\(folder)/ is up to date (\(entries.count) diagrams)")
        }
      }
    }
  }
}

extension ExplorerPage {
  /// The explorer page of the whole graph that the catalogue writes beside its diagrams.
  static func catalogued(_ network: ClaimNetwork, places: Gazetteer) throws -> ExplorerPage {
    do throws(ExplorerError) {
      return try ExplorerPage(network: network, places: places, title: "History graph explorer: every entity and claim")
    } catch {
      throw Failure(message: "\(error.description)")
    }
  }
}

/// Fits the diagram to its page and format (``Diagram/fit(for:engine:choosingDirection:)``), printing what was changed.
func fit(_ diagram: inout Diagram, for format: OutputFormat, engine: LayoutEngine?, choosingDirection: Bool, naming name: String? = nil) throws {
  do throws(RenderError) {
    try diagram.fit(for: format, engine: engine, choosingDirection: choosingDirection)
  } catch .unreadable(let nodes, let size, let page, let fitting) {
    throw Failure(
      message: (name.map { "\($0): " } ?? "") + "fitted to \(page.rawValue), the \(nodes) nodes of this view would have \(size) pt text, below the \(Int(Diagram.minimumTextSize)) pt a printed figure needs",
      hint: "draw about \(fitting) of them: --top \(fitting) (the most central), or --focus ENTITY --depth 1; or leave out --page")
  } catch {
    throw Failure(message: "\(error.description)")
  }
  for note in diagram.notes { printError((name.map { "\($0): " } ?? "") + "note: \(note)") }
}

/// Lays out and renders through libgvc; a view too large for the engine gets the flags that narrow it.
func render(_ diagram: Diagram, format: OutputFormat, engine: LayoutEngine?) throws -> [UInt8] {
  do {
    return try diagram.render(as: format, engine: engine)
  } catch .tooLarge(let nodes, let edges, let engine, let hint) {
    throw Failure(message: "\(nodes) nodes and \(edges) edges are too many for the \(engine.rawValue) layout", hint: "\(hint) (--engine sfdp; --focus ID --depth N; --restrict-kind; --relation)")
  } catch {
    throw Failure(message: "\(error.description)")
  }
}
