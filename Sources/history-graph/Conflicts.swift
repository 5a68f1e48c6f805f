import ArgumentParser
import HistoryGraph
import HistoryGraphInterchange
import HistoryIndex

extension HistoryGraphCommand {
  struct Conflicts: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "conflicts",
      abstract: "Every disagreement between sources (dates, numbers, values), side by side with quotes.",
      discussion: """
        One entry per question (the same subject, relation, object and qualifiers), with every reading and \
        the documents behind each. Aspects: incompatible_dates (no day fits all readings), different_dates \
        (they differ but could all be right), different_values, contradictory_relations (the same two allied \
        and opposed in overlapping times), spelling_variants (one name in other scripts or \
        transliterations: listed only with --spelling, never counted as a disagreement).
        """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var printing: JSONOption

    @Option(help: "Only disagreements about this entity (id or name).")
    var about: String?

    @Option(help: "Only this aspect (incompatible_dates, different_dates, different_values, contradictory_relations, spelling_variants).")
    var aspect: Disagreement.Aspect?

    @Flag(help: "Only disagreements between documents independent of each other (not a text and its copy).")
    var independent = false

    @Flag(help: "List spelling variants too.")
    var spelling = false

    @OptionGroup var names: LanguageOption

    func run() throws {
      let language = try names.language(global)
      try reporting {
        // Found when the index was compiled; else (or to resolve --about among every name) in the whole graph.
        let (found, graph) = try (about == nil ? GraphIndex.disagreements(graph: global.graph, corpus: global.corpus) : nil) ?? {
          let (graph, _) = try global.load()
          return (graph.disagreements(), graph)
        }()
        var disagreements = found.filter { spelling || aspect == .spellingVariants || $0.isDisagreement }
        if let aspect { disagreements = disagreements.filter { $0.aspect == aspect } }
        if independent { disagreements = disagreements.filter(graph.isIndependent) }
        if let about {
          let entity = try graph.resolve(about, language: language)
          disagreements = disagreements.filter { $0.claims[0].subject == entity.id || $0.claims[0].object == entity.id }
        }
        if printing.json { try printJSON(disagreements.map { Records.Conflict($0, graph: graph) }) }
        guard !disagreements.isEmpty else { throw NothingFound("no disagreement between sources\(about.map { " about \($0)" } ?? "")\(aspect.map { " of aspect \($0.rawValue)" } ?? "")\(independent ? " between independent documents" : "")") }
        if printing.json { return }
        let counted = disagreements.filter(\.isDisagreement).count
        let variants = disagreements.count - counted
        say("\(counted) disagreement\(counted == 1 ? "" : "s")\(variants > 0 ? ", \(variants) spelling variant\(variants == 1 ? "" : "s")" : "")\n")
        for (n, d) in disagreements.enumerated() {
          let documents = Set(d.claims.flatMap { $0.sources.map(\.document.rawValue) }).sorted()
          say("\(n + 1). \(d.aspect.rawValue.replacingOccurrences(of: "_", with: " ")): \(d.claims.count) claims from \(documents.joined(separator: ", "))\(graph.isIndependent(d) ? "" : " (not independent)")")
          for claim in d.claims { say(ClaimText.describe(claim, from: nil, in: graph, language: language)) }
          say()
        }
      }
    }
  }
}

extension Disagreement.Aspect: ExpressibleByArgument {}
