import ArgumentParser
import Foundation
import HistoryGraph
import HistoryGraphInterchange

extension HistoryGraphCommand {
  struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "init",
      abstract: "Start a project of your own: a graph folder listing your texts, with a starter schema.",
      discussion: """
        Writes DIR with schema.yaml (a starter vocabulary for prosopography: people, organizations, \
        places, events, documents; membership, leadership, kinship, correspondence, location, \
        participation, holding; to cut down or extend), documents.yaml (every text of the corpus folder \
        with its SHA-256 and a title from its first line), entities/ and claims/ (one commented example \
        each) and a .gitignore for the index cache. DIR must not exist yet, or be an empty folder: init \
        never overwrites a project.

        --languages declares the languages labels are given in (BCP 47 tags; the first is the \
        primary one, in which titles are written); without it the project takes labels in any language \
        and titles are tagged `und` (undetermined). --gregorian-from declares the first day of the \
        Gregorian calendar where the texts come from; without it every date is Gregorian unless a claim \
        says otherwise.

        Example:
          history-graph init my-project --corpus ../shared/seeds --languages fr,de --gregorian-from 1582-10-15
          cd my-project
          history-graph validate
        """)

    @Argument(help: ArgumentHelp("The project folder to create.", valueName: "dir"))
    var folder: String

    @Option(help: ArgumentHelp("The folder with your texts (UTF-8, one document per file).", valueName: "dir"))
    var corpus: String

    @Option(
      help: ArgumentHelp(
        "The languages of labels, comma-separated BCP 47 tags, the primary one first (e.g. fr,de or ota-Arab,en).", valueName: "tags"))
    var languages: String?

    @Option(help: ArgumentHelp("The first Gregorian day where the texts come from (e.g. 1582-10-15, 1752-09-14).", valueName: "date"))
    var gregorianFrom: String?

    /// The declared languages, each checked and given once.
    func declaredLanguages() throws -> [Language] {
      do { return try languages.map { try Language.list($0) } ?? [] } catch { throw ValidationError("--languages: \(error)") }
    }

    func validate() throws {
      _ = try declaredLanguages()
      if let gregorianFrom {
        do { _ = try CalendarSwitch(gregorianFrom: gregorianFrom) } catch { throw ValidationError("--gregorian-from: \(error.description)") }
      }
    }

    func run() throws {
      let project = StarterProject(folder: folder, corpus: corpus, languages: try declaredLanguages(), gregorianFrom: gregorianFrom)
      let texts = try project.create()
      say("created \(folder): \(texts.count) text\(texts.count == 1 ? "" : "s") listed from \(corpus)")
      for text in texts { say("  \(text.id)  \(text.title)") }
      for line in project.nextSteps { say(line) }
    }
  }
}
