import Foundation
import HistoryGraphTestSupport
import Testing

/// A small project of its own whose source counts in the Hijri calendar, written
/// by the test: its schema declares no switch to the Gregorian calendar.
@Suite("A project dated in another calendar, through the binary")
struct CalendarProjectTests {
  static let text =
    "A chronicle of the invented town of Qasr (not history)\n\nOn 15 Rabiʻ I 1336 the council of elders took Qasr. Yusuf chaired the council that year.\n"

  static let schema = """
    # A small vocabulary for a test project; no `calendar:`, so every date is Gregorian unless marked.
    kinds:
      person: {label: person, description: "An individual."}
      government: {label: government, description: "A body claiming power."}
      place: {label: place, description: "A town.", roles: [place]}
      document: {label: document, description: "A text.", roles: [document]}
    relations:
      leads: {subjects: [person], objects: [government], inverse: led by, roles: [leadership]}
      took: {subjects: [government], objects: [place], inverse: taken by, roles: [takes-territory]}
    """

  static let entities = """
    - id: council
      kind: government
      labels: {kk: "Council of elders", en: "Council of elders"}
    - id: qasr
      kind: place
      labels: {kk: "Qasr", en: "Qasr"}
    - id: yusuf
      kind: person
      labels: {kk: "Yusuf", en: "Yusuf"}
    """

  static let claims = """
    - id: chronicle-council-took-qasr
      subject: council
      relation: took
      object: qasr
      time: {edtf: "1336-03-15", calendar: islamic-civil}
      sources: [{document: chronicle, quote: "On 15 Rabiʻ I 1336 the council of elders took Qasr."}]
    - id: chronicle-yusuf-chairs-council
      subject: yusuf
      relation: leads
      object: council
      time: {edtf: "1336", calendar: islamic-civil}
      sources: [{document: chronicle, quote: "Yusuf chaired the council that year."}]
    """

  /// The project folder `hijri/` beside the folder of texts, listing the chronicle with its SHA-256.
  static func project() throws -> ProjectFolder {
    let project = try ProjectFolder(texts: ["chronicle.txt": text])
    for folder in ["hijri/entities", "hijri/claims"] {
      try FileManager.default.createDirectory(at: project.folder.appendingPathComponent(folder), withIntermediateDirectories: true)
    }
    let digest = try Run(executable: URL(fileURLWithPath: "/usr/bin/sha256sum"), arguments: ["texts/chronicle.txt"], in: project.folder)
      .succeeded("sha256sum").stdout.prefix(64)
    try project.write(schema, to: "hijri/schema.yaml")
    try project.write("corpus: ../texts\ndocuments:\n  - id: chronicle\n    file: chronicle.txt\n    sha256: \(digest)\n", to: "hijri/documents.yaml")
    try project.write(entities, to: "hijri/entities/qasr.yaml")
    try project.write(claims, to: "hijri/claims/chronicle.yaml")
    return project
  }

  @Test("validate checks the project; timeline shows a Hijri date as written and in the Gregorian")
  func timeline() throws {
    let project = try Self.project()
    let validate = try project.run("validate", "--graph", "hijri")
    #expect(validate.status == 0, "\(validate.stderr)")
    let timeline = try project.run("timeline", "qasr", "--graph", "hijri", "--lang", "en")
    #expect(timeline.status == 0, "\(timeline.stderr)")
    #expect(timeline.stdout.contains("15 Rabiʻ I 1336 AH = 29 Dec 1917"), "\(timeline.stdout)")
    let json = try project.run("timeline", "qasr", "--graph", "hijri", "--json")
    #expect(json.stdout.contains("\"calendar\" : \"islamic-civil\"") || json.stdout.contains("\"calendar\":\"islamic-civil\""), "\(json.stdout)")
    #expect(json.stdout.contains("1917-12-29"))
  }

  @Test("as-of reads its date in the calendar --calendar names")
  func asOf() throws {
    let project = try Self.project()
    // Rabiʻ II 1336 AH is 14 Jan–11 Feb 1918: the council has taken Qasr, and Yusuf leads it.
    let hijri = try project.run("as-of", "1336-04", "--calendar", "islamic-civil", "--graph", "hijri", "--lang", "en")
    #expect(hijri.status == 0, "\(hijri.stderr)")
    #expect(hijri.stdout.contains("Qasr") && hijri.stdout.contains("Council of elders"), "\(hijri.stdout)")
    #expect(hijri.stdout.contains("1918-01-14/1918-02-11"), "\(hijri.stdout)")
    #expect(hijri.stdout.contains("led by Yusuf"), "\(hijri.stdout)")
    #expect(hijri.stdout.contains("15 Rabiʻ I 1336 AH = 29 Dec 1917"), "\(hijri.stdout)")
    // Safar 1336 AH (Nov 1917) comes before the taking; the year 1336 of the Gregorian calendar long before.
    for (arguments, window) in [(["1336-02", "--calendar", "islamic-civil"], "1917-11-16/1917-12-14"), (["1336-04"], "1336-04-01/1336-04-30")] {
      let before = try Run(arguments: ["as-of"] + arguments + ["--graph", "hijri", "--lang", "en"], in: project.folder)
      #expect(before.status == 1)
      #expect(before.stderr.contains("no dated claim says who held a place during \(window)"), "\(arguments): \(before.stderr)")
      #expect(!before.stdout.contains("Council of elders"), "\(arguments): \(before.stdout)")
    }
    // A day the calendar lacks is a usage error that says why.
    let impossible = try project.run("as-of", "1336-02-30", "--calendar", "islamic-civil", "--graph", "hijri")
    #expect(impossible.status == 64)
    #expect(impossible.stderr.contains("day 30 does not exist in Safar 1336"), "\(impossible.stderr)")
  }

  @Test("--calendar lists every calendar in the help, and other query commands take it")
  func help() throws {
    let help = try Run("as-of", "--help")
    for name in ["gregorian", "julian", "islamic-civil", "islamic-umalqura", "persian", "hebrew"] {
      #expect(help.stdout.contains(name), "\(name)")
    }
    let project = try Self.project()
    let during = try project.run("timeline", "--during", "1336-03", "--calendar", "islamic-civil", "--graph", "hijri", "--lang", "en")
    #expect(during.status == 0, "\(during.stderr)")
    #expect(during.stdout.contains("15 Rabiʻ I 1336 AH = 29 Dec 1917"), "\(during.stdout)")
  }
}
