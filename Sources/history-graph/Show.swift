import ArgumentParser
import HistoryGraph
import HistoryGraphInterchange

extension HistoryGraphCommand {
  struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "show",
      abstract: "An entity card: names in every language, and every claim about it with dates and quotes.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var printing: JSONOption
    @Argument(help: "An id or a name, e.g. alikhan-bokeikhanov or \"Ә. Бөкейханов\".") var entity: String
    @OptionGroup var names: LanguageOption

    func run() throws {
      let language = try names.language(global)
      let found = try global.project().resolving([self.entity], language: language)
      let (graph, entity) = (found.graph, found.entities[0])
      if printing.json { return try printJSON(try Records.Card(entity, in: graph, language: language)) }
      say(try ClaimText.card(entity, in: graph, language: language))
    }
  }
}
