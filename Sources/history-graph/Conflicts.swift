import ArgumentParser
import HistoryGraph
import HistoryGraphInterchange

extension HistoryGraphCommand {
  struct Conflicts: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "conflicts",
      abstract: "Every disagreement between sources (dates, numbers, values), side by side with quotes.",
      discussion: """
        One entry per question (the same subject, relation, object and qualifiers), with every reading and \
        the documents behind each; spelling variants are listed only with --spelling.
        """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var printing: JSONOption
    @Option(help: "Only disagreements about this entity (id or name).") var about: String?
    @Option(help: "Only this aspect:")
    var aspect: Disagreement.Aspect?
    @Flag(help: "Only disagreements between documents independent of each other (not a text and its copy).") var independent = false
    @Flag(help: "List spelling variants too.") var spelling = false
    @OptionGroup var names: LanguageOption

    func run() throws {
      let language = try names.language(global)
      // To resolve --about among every name, the whole graph.
      let (found, graph) = try global.project().disagreements(wholeGraph: about != nil)
      let entity = try about.map { (id: try graph.resolve($0, language: language).id, typed: $0) }
      try answer(
        ConflictsReport(graph, from: found, about: entity, aspect: aspect, independent: independent, spelling: spelling, language: language),
        json: printing.json)
    }
  }
}

extension Disagreement.Aspect: ExpressibleByArgument {
  public var defaultValueDescription: String { summary }
}
