import Foundation
import HistoryGraph
import HistoryGraphTestSupport
import Testing

/// Issue 25's questions, asked as a historian asks them: one command each, through
/// the binary, with what must and must not appear in its answer.
@Suite("historian's questions, round two")
struct HistorianQuestionsTests {
  /// One question: the command, its exit status, and what its standard output and error must and must not hold.
  struct Question: CustomTestStringConvertible, Sendable {
    let arguments: [String]
    var status: Int32 = 0
    var stdout: [String] = []
    var stderr: [String] = []
    var never: [String] = []
    var testDescription: String { arguments.joined(separator: " ") }
  }

  static let questions: [Question] = [
    // An exact name wins; one line names the others of its kind.
    Question(
      arguments: ["as-of", "1918-03-01", "--in", "Verny", "--lang", "en"], stdout: ["Verny (Almaty) ← "],
      stderr: ["also: verny-fortress Verny fortress (place"], never: ["could name any"]),
    Question(
      arguments: ["show", "Kazakhstan", "--lang", "en"], stdout: ["Kazakhstan  [place]  id: kazakhstan\n"], stderr: ["also: east-kazakhstan"],
      never: ["could name any"]),
    Question(
      arguments: ["path", "Qazaq", "Orenburg", "--lang", "en"], stdout: ["route 1: Qazaq (newspaper) · ", " · Orenburg\n"],
      stderr: ["also: orenburg-oblast"], never: ["could name any"]),
    Question(
      arguments: ["timeline", "Kostanay", "--lang", "en"], stdout: ["Kustanai: "], stderr: ["also: kustanai-uezd"], never: ["could name any"]),
    Question(
      arguments: ["timeline", "Pavlodar", "--lang", "en"], stdout: ["Pavlodar: "], stderr: ["also: pavlodar-uezd"], never: ["could name any"]),
    // Several names that resolve to nothing: every one reported in one run.
    Question(arguments: ["path", "Qwertyuiop", "Asdfghjkl"], status: 1, stderr: ["2 names could not be resolved", "'Qwertyuiop'", "'Asdfghjkl'"]),
    // Search: words in any order and by stem, near spellings, then the texts.
    Question(arguments: ["search", "Western Siberia congress", "--lang", "en"], stdout: ["third-west-siberian-soviets-congress"]),
    Question(arguments: ["search", "congress Siberian West", "--lang", "en"], stdout: ["third-west-siberian-soviets-congress"]),
    Question(arguments: ["search", "Akmola revolutionary committee", "--lang", "en"], stdout: ["aqmola-revkom"]),
    Question(arguments: ["search", "Vinogradov", "--lang", "en"], stdout: ["vinogradov ", "vinogradsky "]),
    Question(
      arguments: ["search", "қаулымен", "--lang", "en"], stdout: ["no entity is named 'қаулымен'; the graph's texts that name it", "{d001-"]),
    // Relations as printed, either way, and roles.
    Question(
      arguments: ["neighbors", "alash-orda", "--relation", "has member", "--lang", "en"], stdout: ["filters: relation: has member", "has member"],
      never: ["leads"]),
    Question(arguments: ["neighbors", "alash-orda", "--relation", "member of", "--lang", "en"], stdout: ["has member"]),
    Question(
      arguments: ["neighbors", "Verny Military Revolutionary Committee", "--role", "leadership", "--lang", "en"],
      stdout: ["filters: role: leadership"]),
    Question(
      arguments: ["neighbors", "vladimir-lenin", "--relation", "member of", "--lang", "en"], status: 1,
      stderr: ["has no connection", "no member_of claims; ", " leads", "try --role "]),
    // Every claim on the ties walked: Bokin's membership of the Verny Bolsheviks is not hidden behind Emelev's.
    Question(
      arguments: ["neighbors", "verny-military-revolutionary-committee", "--depth", "2", "--relation", "member_of", "--lang", "en"],
      stdout: [
        "7 claims with 6 entities", "Tokash Bokin              member of   Verny Bolsheviks",
        "L. P. Emelev              member of   Verny Bolsheviks",
      ]),
    // A congress held in Petrograd is in Petrograd's timeline.
    Question(
      arguments: ["timeline", "--in", "petrograd", "--lang", "en"], stdout: ["Second All-Russian Congress of Soviets — adopted → Decree on Peace"]),
    // Informative routes: a hub costs more than a step; the shorter route is named.
    Question(
      arguments: ["path", "mustafa-shokai", "alexander-dutov", "--lang", "en"],
      stdout: ["5 steps", "cost ", "a shorter route of 4 steps exists through Soviet power (Soviet government)", "method: informative"]),
    Question(
      arguments: ["path", "mustafa-shokai", "alexander-dutov", "--method", "shortest", "--lang", "en"],
      stdout: ["4 steps, hub load", "method: shortest"], never: ["a shorter route"]),
    Question(
      arguments: ["path", "bokeikhanov", "lenin", "--k", "2", "--lang", "en"], stdout: ["route 1: ", "route 2: ", "method: k-shortest (k = 2)"]),
    // What a document states when none of its dates covers the day.
    Question(
      arguments: ["as-of", "1916-06-01", "--document", "d002", "--in", "Pavlodar", "--lang", "en"], status: 1,
      stderr: ["d002 names who held or claimed places, but gives no date that covers 1916-06-01", "controls → Pavlodar"],
      never: ["no dated claim says who held"]),
  ]

  @Test("each question is answered by one command", arguments: HistorianQuestionsTests.questions)
  func ask(_ question: Question) throws {
    let run = try Run(arguments: question.arguments)
    #expect(run.status == question.status, "\(run.stderr)")
    for text in question.stdout { #expect(run.stdout.contains(text), "stdout lacks \(text):\n\(run.stdout.prefix(3000))") }
    for text in question.stderr { #expect(run.stderr.contains(text), "stderr lacks \(text):\n\(run.stderr)") }
    for text in question.never { #expect(!(run.stdout + run.stderr).contains(text), "\(text) appears") }
  }

  @Test("--json keeps its keys and adds cost, via and claimants")
  func jsonKeys() throws {
    let path = try #require(try Run("path", "Bokeikhanov", "Jangeldin", "--json").json() as? [String: Any])
    let route = try #require((path["routes"] as? [[String: Any]])?.first)
    #expect(Set(route.keys) == ["entities", "length", "hub_load", "cost", "steps"])
    #expect(path["method"] as? String == "informative")
    let neighbors = try #require(try Run("neighbors", "alash-orda", "--depth", "2", "--json").json() as? [[String: Any]])
    #expect(neighbors.allSatisfy { $0["via"] is String && $0["distance"] is Int })
    #expect(neighbors.contains { $0["distance"] as? Int == 2 && $0["via"] as? String != "alash-orda" })
    let asOf = try #require(try Run("as-of", "1918-03-01", "--json").json() as? [String: Any])
    #expect(asOf["holdings"] is [Any] && asOf["claimants"] is [Any])
  }

  @Test("the informative cost: one per step plus log2 of each intermediary's ties")
  func informativeCost() {
    #expect(Route.informativeCost(steps: 2, intermediaryTies: [128]) == 9)
    #expect(Route.informativeCost(steps: 3, intermediaryTies: [4, 4]) == 7)
    #expect(Route.informativeCost(steps: 1, intermediaryTies: []) == 1)
  }

  // MARK: A project of another period, in German and French

  static let text = """
    Chronik von Hohenfels (invented for a test: nothing in it is history)
    Der Rat von Hohenfels regierte die Stadt Lindau von 1400 bis 1410.
    Der Bund von Kessel erklärte 1405 seine Herrschaft über Lindau.
    Anna Weber war Mitglied des Rates von Hohenfels.
    Die Versammlung von 1405 fand friedlich statt.
    """
  static let other = """
    Lettre de Lindau (invented for a test: nothing in it is history)
    L'assemblée de 1405 fut violente.
    L'assemblée de Lindau et la Versammlung sont une seule et même réunion.
    """
  static let entities = """
    - id: rat-hohenfels
      kind: organization
      labels: {de: "Rat von Hohenfels", fr: "Conseil de Hohenfels"}
    - id: bund-kessel
      kind: organization
      labels: {de: "Bund von Kessel"}
    - id: lindau
      kind: place
      labels: {de: "Lindau"}
    - id: lindau-vorstadt
      kind: place
      labels: {de: "Lindau Vorstadt"}
    - id: anna-weber
      kind: person
      labels: {de: "Anna Weber"}
    - id: versammlung-1405
      kind: event
      labels: {de: "Versammlung von 1405"}
    - id: assemblee-lindau
      kind: event
      labels: {fr: "Assemblée de Lindau"}
    """
  static let claims = """
    - id: rat-regiert-lindau
      subject: rat-hohenfels
      relation: holds
      object: lindau
      time: "1400/1410"
      sources: [{document: chronik, quote: "Der Rat von Hohenfels regierte die Stadt Lindau von 1400 bis 1410."}]
    - id: bund-beansprucht-lindau
      subject: bund-kessel
      relation: claimed
      object: lindau
      time: "1405"
      sources: [{document: chronik, quote: "Der Bund von Kessel erklärte 1405 seine Herrschaft über Lindau."}]
    - id: weber-im-rat
      subject: anna-weber
      relation: member_of
      object: rat-hohenfels
      sources: [{document: chronik, quote: "Anna Weber war Mitglied des Rates von Hohenfels."}]
    - id: versammlung-in-lindau
      subject: versammlung-1405
      relation: located_in
      object: lindau
      time: "1405"
      sources: [{document: chronik, quote: "Die Versammlung von 1405 fand friedlich statt."}]
    - id: versammlung-friedlich
      subject: versammlung-1405
      property: manner
      value: "friedlich"
      sources: [{document: chronik, quote: "Die Versammlung von 1405 fand friedlich statt."}]
    - id: assemblee-violente
      subject: assemblee-lindau
      property: manner
      value: "violente"
      sources: [{document: lettre, quote: "L'assemblée de 1405 fut violente."}]
    - id: assemblee-est-versammlung
      subject: assemblee-lindau
      relation: same_as
      object: versammlung-1405
      sources: [{document: lettre, quote: "L'assemblée de Lindau et la Versammlung sont une seule et même réunion."}]
    """
  /// Relations the starter schema lacks, with the roles this round added: a claim to territory, one thing told twice.
  static let relations = """
    relations:
      claimed:
        description: "Declared authority over a place it did not hold."
        subjects: [organization]
        objects: [place]
        inverse: claimed by
        roles: [claims-territory]
      same_as:
        description: "The same event as another entity, told by another text."
        subjects: [event]
        objects: [event]
        symmetric: true
        roles: [same-as]

    """

  static func project() throws -> ProjectFolder {
    let project = try ProjectFolder(texts: ["chronik.txt": text])
    let made = try project.run("init", "stadt", "--corpus", "texts", "--languages", "de,fr")
    #expect(made.status == 0, "\(made.stderr)")
    try project.write(other, to: "texts/lettre.txt")
    #expect(try project.run("documents", "add", "texts/lettre.txt", "--graph", "stadt").status == 0)
    var schema = try project.read("stadt/schema.yaml")
    schema = schema.replacingOccurrences(of: "relations:\n", with: relations)
    schema = schema.replacingOccurrences(
      of: "properties:\n", with: "properties:\n  manner:\n    type: string\n    subjects: [event]\n    description: \"How it happened.\"\n")
    try project.write(schema, to: "stadt/schema.yaml")
    try project.write(entities, to: "stadt/entities/stadt.yaml")
    try project.write(claims, to: "stadt/claims/stadt.yaml")
    let valid = try project.run("validate", "--graph", "stadt")
    #expect(valid.status == 0, "\(valid.stdout)\(valid.stderr)")
    return project
  }

  @Test("as-of lists a claimant apart from the holder, on a project of another period")
  func claimants() throws {
    let project = try Self.project()
    let run = try project.run("as-of", "1405-06-01", "--graph", "stadt")
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.contains("1 holding overlapping"))
    #expect(run.stdout.contains("Lindau ← Rat von Hohenfels"))
    #expect(run.stdout.contains("claimants (declared authority over a place, not a holding): 1"))
    #expect(run.stdout.contains("Lindau ⇠ Bund von Kessel (claimed)"))
    #expect(!run.stdout.contains("Lindau ← Bund von Kessel"))
    let json = try #require(try project.run("as-of", "1405-06-01", "--graph", "stadt", "--json").json() as? [String: Any])
    #expect((json["claimants"] as? [[String: Any]])?.first?["claimant"] as? String == "bund-kessel")
    let later = try project.run("as-of", "1409", "--graph", "stadt")
    #expect(!later.stdout.contains("claimants"))
  }

  @Test("conflicts finds one event told on two entities tied as the same")
  func sameAsConflicts() throws {
    let project = try Self.project()
    let run = try project.run("conflicts", "--graph", "stadt")
    #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
    #expect(run.stdout.contains("versammlung-friedlich") && run.stdout.contains("assemblee-violente"))
  }

  @Test("exact names, printed wordings and roles work on the project too")
  func namesAndRelations() throws {
    let project = try Self.project()
    let lindau = try project.run("show", "Lindau", "--graph", "stadt")
    #expect(lindau.status == 0 && lindau.stdout.hasPrefix("Lindau  [place]"), "\(lindau.stderr)")
    #expect(lindau.stderr.contains("also: lindau-vorstadt"))
    let worded = try project.run("neighbors", "Rat von Hohenfels", "--relation", "has member", "--graph", "stadt")
    #expect(worded.status == 0 && worded.stdout.contains("Anna Weber"), "\(worded.stderr)")
    let role = try project.run("neighbors", "Lindau", "--role", "claims-territory", "--graph", "stadt")
    #expect(role.status == 0 && role.stdout.contains("Bund von Kessel") && !role.stdout.contains("Rat von Hohenfels"), "\(role.stderr)")
    let instead = try project.run("neighbors", "Anna Weber", "--relation", "holds", "--graph", "stadt")
    #expect(instead.status == 1 && instead.stderr.contains("no holds claims; 1 member_of claim: try --role member-of"), "\(instead.stderr)")
    let timeline = try project.run("timeline", "--in", "Lindau", "--graph", "stadt")
    #expect(timeline.stdout.contains("versammlung-in-lindau"), "\(timeline.stdout)")
  }
}
