import ArgumentParser
import Foundation
import HistoryExplorer
import HistoryGraph
import HistoryGraphInterchange

extension HistoryGraphCommand {
  struct Explore: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "explore",
      abstract: "Write one self-contained HTML page to explore the network: search, cards with quotes, filters, a time slider, paths.",
      discussion: """
        The page needs no server and no network: the layout (Graphviz, in-process), the data, the script \
        and the style are all inside it. Open it in any browser. Places located in the graph's places.yaml \
        appear on its map, coloured by who held them on the date chosen.
        Examples:
          history-graph explore -o explorer.html
          history-graph explore --document d001 -o d001.html
          history-graph explore --focus bokeikhanov --lang en -o alikhan.html
        """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var filters: FilterOptions
    @OptionGroup var names: LanguageOption

    @Option(help: ArgumentHelp("Centre the page on this entity.", valueName: "id-or-name")) var focus: String?
    @Option(parsing: .unconditional, help: "With --focus: hops from the centre (1–6).") var depth = 2
    @Option(name: .shortAndLong, help: ArgumentHelp("Output file (.html), written atomically; - for standard output.", valueName: "file")) var output:
      String
    @Option(help: "Title of the page.") var title: String?

    func validate() throws {
      if !(1...6).contains(depth) { throw ValidationError("--depth must be from 1 to 6") }
      if !filters.shownKinds.isEmpty {
        throw ValidationError("the page shows the network it holds: give --restrict-kind KIND to hold only some kinds")
      }
      let ext = URL(fileURLWithPath: output).pathExtension.lowercased()
      if output != "-" && ext != "html" && ext != "htm" {
        throw ValidationError("the explorer is an HTML page: name the output FILE.html (or - for standard output), not '\(output)'")
      }
    }

    func run() throws {
      let language = try names.language(global)
      let graph = try global.load()
      let center = try focus.map { try graph.resolve($0, language: language) }
      let page = try ExplorerPage(
        network: ClaimNetwork(graph), selection: center.map { .focus($0.id, depth: depth) } ?? .whole, filter: try filters.filter(),
        language: language,
        places: try global.project().gazetteer(for: graph),
        title: title ?? center.map { "\($0.label(in: language)): \(depth)-hop network" } ?? "History graph explorer")
      try writeOutput(Data(page.html.utf8), to: output)
      if output != "-" { printError("\(output): \(page.summary)") }
    }
  }
}
