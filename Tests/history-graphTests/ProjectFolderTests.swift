import Foundation
import HistoryGraphTestSupport
import Testing

/// Runs the binary in `folder` with this process's environment, without HISTORY_GRAPH unless `environment` sets it.
private func run(_ arguments: [String], in folder: URL, environment: [String: String] = [:]) throws -> Run {
  var changes: [String: String?] = ["HISTORY_GRAPH": nil]
  for (key, value) in environment { changes[key] = value }
  return try Run(arguments: arguments, in: folder, environment: changes)
}

@Suite("The project folder: found from the working folder, HISTORY_GRAPH, --graph; documents add --update")
struct ProjectFolderTests {
  static let texts = ["letter.txt": "A letter (invented, nothing in it is history)\n\nThe council met in March.\nNine members were present.\n"]

  /// A project `town` made by `init`, with one entity and two claims quoting letter.txt.
  static func project() throws -> ProjectFolder {
    let project = try ProjectFolder(texts: texts)
    let made = try project.run("init", "town", "--corpus", "texts")
    #expect(made.status == 0, "\(made.stderr)")
    try project.write("- id: council\n  kind: organization\n  labels: {kk: \"Council\"}\n", to: "town/entities/council.yaml")
    try project.write(
      """
      - id: council-met
        subject: council
        property: members
        value: "9"
        sources:
          - {document: letter, quote: "The council met in March."}
      - id: council-nine
        subject: council
        property: members
        value: "9"
        sources:
          - {document: letter, quote: "Nine members were present."}

      """, to: "town/claims/council.yaml")
    return project
  }

  @Test("init ends with the next commands as they are typed, and they work as printed")
  func initNextCommands() throws {
    let project = try Self.project()
    let made = try project.run("init", "village", "--corpus", "texts")
    #expect(
      made.stdout.hasSuffix("then:\n  cd village\n  history-graph validate\n  history-graph documents add ../texts/NEW-TEXT.txt\n"), "\(made.stdout)")
    let validate = try run(["validate"], in: project.folder.appendingPathComponent("village"))
    #expect(validate.status == 0, "\(validate.stderr)")
  }

  @Test("a command run in a subfolder of a project finds it; HISTORY_GRAPH and --graph override, the flag first")
  func discovery() throws {
    let project = try Self.project()
    let town = project.folder.appendingPathComponent("town")
    let claims = town.appendingPathComponent("claims")
    let found = try run(["validate"], in: claims)
    #expect(found.status == 0, "\(found.stderr)")
    #expect(
      found.stdout.contains("2 entities, 2 claims, 1 documents in \(town.standardizedFileURL.path) (found from the working folder)"),
      "\(found.stdout)")
    #expect(found.stdout.contains("quotes: all 2 checked"))
    // From the folder above the project, a Graph/ folder is found; here there is none, so nothing is.
    let nowhere = try run(["show", "council"], in: project.folder.appendingPathComponent("texts"))
    #expect(nowhere.status == 1)
    #expect(
      nowhere.stderr.contains(
        "error: no graph folder found: neither \(project.folder.appendingPathComponent("texts").standardizedFileURL.path) nor any folder above it holds schema.yaml and documents.yaml"
      ), "\(nowhere.stderr)")
    #expect(nowhere.stderr.contains("hint: cd into your project, pass --graph DIR or set HISTORY_GRAPH=DIR"))
    // A project folder named Graph/ inside the working folder is found too.
    try FileManager.default.moveItem(at: town, to: project.folder.appendingPathComponent("Graph"))
    let graph = try run(["show", "council", "--json"], in: project.folder)
    #expect(graph.status == 0, "\(graph.stderr)")
    // HISTORY_GRAPH names a folder from anywhere; --graph wins over it.
    let moved = project.folder.appendingPathComponent("Graph").path
    let environment = try run(["validate"], in: project.folder.appendingPathComponent("texts"), environment: ["HISTORY_GRAPH": moved])
    #expect(environment.status == 0, "\(environment.stderr)")
    #expect(environment.stdout.contains("documents in \(moved) (from HISTORY_GRAPH)"))
    let flag = try run(["validate", "--graph", "nonexistent-project"], in: project.folder, environment: ["HISTORY_GRAPH": moved])
    #expect(flag.status == 1)
    #expect(flag.stderr.contains("the graph folder 'nonexistent-project' does not exist"), "\(flag.stderr)")
  }

  @Test("documents add --update writes the new checksum, lists each broken quote with the closest passage, and exits 1")
  func update() throws {
    let project = try Self.project()
    let town = project.folder.appendingPathComponent("town")
    let before = try project.read("town/documents.yaml")
    let oldHash = try #require(before.split(separator: "\n").first { $0.contains("sha256:") }).split(separator: " ").last.map(String.init)
    // Re-adding without --update is still refused, and says what to do.
    let again = try run(["documents", "add", "../texts/letter.txt"], in: town)
    #expect(again.status == 1 && again.stderr.contains("documents add --update"), "\(again.stderr)")
    // The text changes so that one quote breaks.
    try project.write(
      "A letter (invented, nothing in it is history)\n\nThe council met in March.\nNine members were presnt.\n", to: "texts/letter.txt")
    #expect(try run(["validate"], in: town).status == 1)
    let update = try run(["documents", "add", "--update", "../texts/letter.txt"], in: town)
    #expect(update.status == 1, "\(update.stderr)")
    let after = try project.read("town/documents.yaml")
    let newHash = try #require(after.split(separator: "\n").first { $0.contains("sha256:") }).split(separator: " ").last.map(String.init)
    #expect(newHash != oldHash && newHash?.count == 64)
    #expect(after == before.replacingOccurrences(of: oldHash!, with: newHash!), "only the checksum changed; comments stay")
    #expect(update.stdout.contains("updated letter  (letter.txt, sha256 \(oldHash!.prefix(16))… → \(newHash!.prefix(16))…)"))
    #expect(update.stdout.contains("quotes: 1 no longer in the new text"))
    #expect(update.stdout.contains("the quote of claim 'council-nine' is not in document 'letter'"))
    #expect(!update.stdout.contains("claim 'council-met'"))
    #expect(
      update.stdout.contains(
        "the closest passage is at line 4 of the text (1 character differs, marked in brackets):\n    text:  Nine members were pres[]nt.\n    quote: Nine members were pres[e]nt."
      ), "\(update.stdout)")
    // Fixing the quote makes the project valid; an update with nothing changed says so and exits 0.
    try project.write(
      try project.read("town/claims/council.yaml").replacingOccurrences(of: "were present", with: "were presnt"), to: "town/claims/council.yaml")
    let valid = try run(["validate"], in: town)
    #expect(valid.status == 0, "\(valid.stderr)")
    let unchanged = try run(["documents", "add", "--update", "../texts/letter.txt"], in: town)
    #expect(unchanged.status == 0 && unchanged.stdout.contains("unchanged letter"))
    #expect(try project.read("town/documents.yaml") == after)
    // A text that is not listed is refused with --update.
    try project.write("Another (invented)\n", to: "texts/other.txt")
    let unlisted = try run(["documents", "add", "--update", "../texts/other.txt"], in: town)
    #expect(unlisted.status == 1 && unlisted.stderr.contains("'other.txt' is not listed"))
  }

  @Test("documents add reads documents.yaml as the graph does: an id such as 1917 stays text")
  func numericID() throws {
    let project = try Self.project()
    try project.write(try project.read("town/documents.yaml").replacingOccurrences(of: "- id: letter", with: "- id: 1917"), to: "town/documents.yaml")
    try project.write("Another (invented)\n", to: "texts/other.txt")
    let taken = try run(["documents", "add", "../texts/other.txt", "--id", "1917"], in: project.folder.appendingPathComponent("town"))
    #expect(taken.status == 1 && taken.stderr.contains("the document id '1917' is taken"), "\(taken.stderr)")
  }

  @Test(
    "cite prints a Chicago footnote from the document's fields, read back from the index, with the line; --style plain keeps the title and characters"
  )
  func citeFootnote() throws {
    for _ in 0..<2 {  // the second run reads the compiled index
      let cite = try Run("cite", "d002b-alash-orda-opposed-soviet-power", "--lang", "en")
      #expect(cite.status == 0, "\(cite.stderr)")
      #expect(
        cite.stdout.contains(
          "  1. “The victory of the Great October Socialist Revolution and the establishment of Soviet power in Kazakhstan (Soviet-era chapter),” in Қазақ совет энциклопедиясы (Алматы, 1979), 250-302, line 81.\n"
        ), "\(cite.stdout)")
    }
    let plain = try Run("cite", "d002b-alash-orda-opposed-soviet-power", "--lang", "en", "--style", "plain")
    #expect(plain.stdout.contains("[d002], line 81, chars 266–423:"))
  }
}
