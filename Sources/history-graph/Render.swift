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

    @Option(name: [.long, .customLong("around")], help: ArgumentHelp("Centre the diagram on this entity.", valueName: "id-or-name")) var focus:
      String?
    @Option(parsing: .unconditional, help: "With --focus: hops from the centre (1–6).") var depth = 1
    @Option(parsing: .upToNextOption, help: ArgumentHelp("Highlight the paths between two entities.", valueName: "a b")) var path: [String] = []
    @Option(parsing: .unconditional, help: "With --path: 1 draws the route `path` ranks first; 2–50 the k shortest, as `path --k N`.") var k = 1
    @Option(parsing: .unconditional, help: "Draw only the N entities of highest PageRank in the filtered network (1–1000).") var top: Int?
    @Option(help: "Layout engine: dot, neato, fdp, sfdp, circo, twopi (default: dot for small views, sfdp for large).") var engine: LayoutEngine?
    @Option(help: "svg, png, pdf or dot (default: from the file's extension).") var format: OutputFormat?
    @Option(name: .shortAndLong, help: ArgumentHelp("Output file, written atomically; - for standard output.", valueName: "file")) var output: String
    @Option(help: "Title of the diagram.") var title: String?
    @Option(help: "Fill a page: a4, a4-landscape, letter or slide (16:9); with dot, the rank direction that fits it best unless --rankdir is given.")
    var page: PagePreset?
    @Option(help: "Rank direction for dot: TB, LR, BT or RL (default: TB, or what fits --page).") var rankdir: RankDirection?
    @Option(parsing: .unconditional, help: "PNG resolution in dots per inch (10–600; default 96; lowered, with a note, past 50 million pixels).")
    var dpi: Double?
    @Option(parsing: .unconditional, help: "Node label size in points (8–48; default 11); edge labels, legend and title keep their proportions.")
    var fontSize: Double?
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
      if !filters.shownKinds.isEmpty {
        throw ValidationError("a diagram draws the network it walks: give --restrict-kind KIND to draw only some kinds")
      }
      if !path.isEmpty && path.count != 2 { throw ValidationError("--path takes two entities") }
      if !(1...6).contains(depth) { throw ValidationError("--depth must be from 1 to 6") }
      if !(1...50).contains(k) { throw ValidationError("--k must be from 1 to 50") }
      if let top, !(1...1000).contains(top) || focus != nil || !path.isEmpty {
        throw ValidationError("--top takes 1 to 1000 entities of the whole view, without --focus or --path")
      }
      if let fontSize, !(8...48).contains(fontSize) { throw ValidationError("--font-size must be from 8 to 48 (points)") }
      if greyscale && colorBy == .community {
        throw ValidationError("--color-by community tells communities apart by colour: leave out --greyscale, or colour by kind")
      }
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
      let graph = try global.load()
      let (selection, defaultTitle) = try DiagramSelection.asked(
        focus: focus, depth: depth, path: path, k: k, top: top, in: graph, language: language)
      let options = DiagramOptions(
        rankDirection: rankdir ?? .topToBottom, drawsLegend: !noLegend, dotsPerInch: dpi, page: page, sizeBy: sizeBy,
        colorsCommunities: colorBy == .community, drawsTitle: !noTitle, drawsSubtitle: !noSubtitle, drawsSources: !noSources,
        greyscale: greyscale, fontSize: fontSize)
      var diagram = try Diagram(
        network: ClaimNetwork(graph), selection: selection, filter: try filters.filter(), language: language, title: title ?? defaultTitle,
        options: options)
      try diagram.fit(for: outputFormat!, engine: engine, choosingDirection: rankdir == nil, view: nil)
      for note in diagram.notes { printError("note: \(note)") }
      try writeOutput(Data(try diagram.render(as: outputFormat!, engine: engine)), to: output)
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
      let graph = try global.load()
      try DiagramCatalogue.read(catalogue, graph: graph).regenerate(
        ClaimNetwork(graph), places: { try global.project().gazetteer(for: graph) }, from: catalogue, checking: check, note: { printError($0) },
        say: { say($0) })
    }
  }
}
