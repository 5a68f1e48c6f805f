import ArgumentParser
import HistoryGraph
import HistoryGraphInterchange

extension HistoryGraphCommand {
  /// `history-graph schema`: the vocabulary of the graph's `schema.yaml`.
  struct Vocabulary: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "schema",
      abstract:
        "The vocabulary of the graph: kinds, relations (with their wording both ways), properties and qualifiers, what their roles make the queries do, and the graph's languages and calendar.",
      discussion: """
        Read from the graph folder's schema.yaml alone, so it answers even while claims or entities have \
        problems. Each relation shows the kinds it may join (subject → object, ↔ when symmetric), how it \
        reads from its subject and from its object (as neighbors and path print it), and its roles; each \
        property its value type and the kinds it describes; then the languages labels are given in (the \
        first is the primary one; what stands in for a missing label, which are required or derived), how \
        names are folded, and the graph's switch to the Gregorian calendar. The schema's labels have one \
        language, so there is no --lang.

        Examples:
          history-graph schema
          history-graph schema relations
          history-graph schema kinds --json
          history-graph schema languages
        """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var printing: JSONOption
    @Argument(help: "Only this part: kinds, relations, properties, qualifiers, languages or calendar (default: all).") var section:
      VocabularyText.Part?

    func run() throws {
      try answer(VocabularyReport(try global.project().schema(), section: section), json: printing.json)
    }
  }
}

extension VocabularyText.Part: ExpressibleByArgument {}
