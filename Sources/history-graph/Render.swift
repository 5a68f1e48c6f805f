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
          history-graph render --focus alash-orda --page a4-landscape --dpi 300 -o alash.png
        """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var filters: FilterOptions
    @OptionGroup var names: LanguageOption

    @Option(help: ArgumentHelp("Centre the diagram on this entity.", valueName: "id-or-name")) var focus: String?
    @Option(parsing: .unconditional, help: "With --focus: hops from the centre (1–6).") var depth = 1
    @Option(parsing: .upToNextOption, help: ArgumentHelp("Highlight the paths between two entities.", valueName: "a b")) var path: [String] = []
    @Option(parsing: .unconditional, help: "With --path: how many shortest paths (1–50).") var k = 1
    @Option(help: "Layout engine: dot, neato, fdp, sfdp, circo, twopi (default: dot for small views, sfdp for large).") var engine: LayoutEngine?
    @Option(help: "svg, png, pdf or dot (default: from the file's extension).") var format: OutputFormat?
    @Option(name: .shortAndLong, help: ArgumentHelp("Output file, written atomically; - for standard output.", valueName: "file")) var output: String
    @Option(help: "Title of the diagram.") var title: String?
    @Option(help: "Fill a page: a4, a4-landscape, letter or slide (16:9); with dot, the rank direction that fits it best unless --rankdir is given.")
    var page: PagePreset?
    @Option(help: "Rank direction for dot: TB, LR, BT or RL (default: TB, or what fits --page).") var rankdir: RankDirection?
    @Option(parsing: .unconditional, help: "PNG resolution in dots per inch (10–600; default 96).") var dpi: Double?
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
          selection = .whole
        }
        let options = DiagramOptions(
          rankDirection: rankdir ?? .topToBottom, drawsLegend: !noLegend, dotsPerInch: dpi, page: page, sizeBy: sizeBy,
          colorsCommunities: colorBy == .community)
        var diagram = try Diagram(
          network: network, selection: selection, filter: try filters.filter(), language: language, title: title ?? defaultTitle, options: options)
        if let page, rankdir == nil, (engine ?? diagram.recommendedEngine) == .dot {
          diagram.options.rankDirection = try fittingDirection(diagram, page: page)
        }
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
        Each view is written as NAME.dot, and NAME.svg and NAME.png (or the `formats` it lists), beside the catalogue, and the whole graph's \
        explorer page (see `history-graph explore`) as explorer.html.
        """)

    @OptionGroup var global: GlobalOptions
    @Flag(help: "Only check that the DOT files match what the tool draws now.") var check = false
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
          if entry.fitsDirectionToPage, let page = entry.options.page, (entry.engine ?? diagram.recommendedEngine) == .dot {
            diagram.options.rankDirection = try fittingDirection(diagram, page: page)
          }
          let dot = diagram.dotSource()
          let base = "\(folder)/\(entry.name)"
          if check {
            let existing = try? String(contentsOfFile: "\(base).dot", encoding: .utf8)
            if existing != dot { stale.append("\(base).dot") }
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

/// The rank direction that makes `diagram` fit `page` best.
func fittingDirection(_ diagram: Diagram, page: PagePreset) throws -> RankDirection {
  do throws(RenderError) {
    return try diagram.direction(fitting: page)
  } catch {
    throw Failure(message: "\(error.description)")
  }
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
