import ArgumentParser
import HistoryGraph
import HistoryGraphInterchange

extension HistoryGraphCommand {
  struct Conflicts: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Every disagreement between sources (dates, numbers, values), side by side with quotes.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var printing: JSONOption

    @Option(help: "Only disagreements about this entity (id or name).")
    var about: String?

    @OptionGroup var names: LanguageOption

    func run() throws {
      try reporting {
        let (graph, _) = try global.load()
        var disagreements = graph.disagreements()
        if let about {
          let entity = try graph.resolve(about, language: names.lang)
          disagreements = disagreements.filter { $0.claims[0].subject == entity.id || $0.claims[0].object == entity.id }
        }
        if printing.json { try printJSON(disagreements.map { ConflictRecord($0, graph: graph) }) }
        guard !disagreements.isEmpty else { throw NothingFound("no disagreement between sources\(about.map { " about \($0)" } ?? "")") }
        if printing.json { return }
        say("\(disagreements.count) disagreement\(disagreements.count == 1 ? "" : "s")\n")
        for (n, d) in disagreements.enumerated() {
          say("\(n + 1). \(d.aspect.rawValue.replacingOccurrences(of: "_", with: " "))")
          for claim in d.claims { say(ClaimText.describe(claim, from: nil, in: graph, language: names.lang)) }
          say()
        }
      }
    }
  }
}

struct ConflictRecord: NullKeepingEncodable {
  let aspect: String
  let claims: [Records.Claim]

  init(_ disagreement: Disagreement, graph: CuratedGraph) {
    aspect = disagreement.aspect.rawValue
    claims = disagreement.claims.map { Records.Claim($0, in: graph) }
  }
}
