import Foundation
import Testing

/// Two projects that share nothing with the curated graph but the tool, made as a
/// historian makes one (`init`, `documents add`, YAML written by hand) and asked
/// every kind of question: one in French and German with a 1582 switch to the
/// Gregorian calendar and an Old Style date, one in Ottoman Turkish (Arabic
/// script) and English with Hijri dates. All texts are invented.
@Suite("Graphs in other languages and calendars")
struct OtherGraphsTests {
  // MARK: French and German, 1582

  static let chronicle = """
    Chronique de Saint-Orme (invented for a test: nothing in it is history)
    Le 3 mars 1580, Hélène Duclos fut élue abbesse de Saint-Orme.
    L'abbaye tint la seigneurie de Vaucelles de 1590 à 1620.
    Le chapitre de 1610 se réunit à Vaucelles.
    """
  static let letter = """
    Brief aus Riga (invented for a test: nothing in it is history)
    Matthias Roth schrieb am 4. Mai 1610 nach altem Stil an Frau Helene Duclos.
    Roth kam am 14. Mai 1610 zum Kapitel nach Vaucelles.
    """
  static let frenchEntities = """
    - id: helene-duclos
      kind: person
      labels: {fr: "Hélène Duclos", de: "Helene Duclos"}
    - id: matthias-roth
      kind: person
      labels: {de: "Matthias Roth"}
    - id: abbaye-saint-orme
      kind: organization
      labels: {fr: "Abbaye de Saint-Orme", de: "Abtei Saint-Orme"}
    - id: vaucelles
      kind: place
      labels: {fr: "Vaucelles"}
    - id: chapitre-1610
      kind: event
      labels: {fr: "Chapitre de 1610", de: "Kapitel von 1610"}
    """
  static let frenchClaims = """
    - id: duclos-abbesse
      subject: helene-duclos
      relation: leads
      object: abbaye-saint-orme
      qualifiers: {role: "abbesse"}
      time: "1580-03-03"
      sources: [{document: chronique, quote: "Le 3 mars 1580, Hélène Duclos fut élue abbesse de Saint-Orme."}]
    - id: abbaye-tient-vaucelles
      subject: abbaye-saint-orme
      relation: holds
      object: vaucelles
      time: "1590/1620"
      sources: [{document: chronique, quote: "L'abbaye tint la seigneurie de Vaucelles de 1590 à 1620."}]
    - id: roth-ecrit-a-duclos
      subject: matthias-roth
      relation: corresponded_with
      object: helene-duclos
      time: {edtf: "1610-05-04", calendar: julian, reason: "the letter says it counts in the old style"}
      sources: [{document: brief, quote: "Matthias Roth schrieb am 4. Mai 1610 nach altem Stil an Frau Helene Duclos."}]
    - id: chapitre-a-vaucelles
      subject: chapitre-1610
      relation: located_in
      object: vaucelles
      time: "1610"
      sources: [{document: chronique, quote: "Le chapitre de 1610 se réunit à Vaucelles."}]
    - id: roth-au-chapitre
      subject: matthias-roth
      relation: participated_in
      object: chapitre-1610
      time: "1610-05-14"
      sources: [{document: brief, quote: "Roth kam am 14. Mai 1610 zum Kapitel nach Vaucelles."}]
    - id: chapitre-en-1611
      subject: chapitre-1610
      relation: located_in
      object: vaucelles
      time: "1611"
      sources: [{document: brief, quote: "Roth kam am 14. Mai 1610 zum Kapitel nach Vaucelles."}]
    """

  /// The French and German project, made through the binary and validated.
  static func frenchProject() throws -> ProjectFolder {
    let project = try ProjectFolder(texts: ["chronique.txt": chronicle])
    let made = try project.run("init", "abbaye", "--corpus", "texts", "--languages", "fr,de", "--gregorian-from", "1582-10-15")
    #expect(made.status == 0, "\(made.stderr)")
    try project.write(letter, to: "texts/brief.txt")
    let added = try project.run("documents", "add", "texts/brief.txt", "--graph", "abbaye")
    #expect(added.status == 0, "\(added.stderr)")
    try project.write(frenchEntities, to: "abbaye/entities/abbaye.yaml")
    try project.write(frenchClaims, to: "abbaye/claims/abbaye.yaml")
    // The letter is in German: documents.yaml says so.
    let documents = try project.read("abbaye/documents.yaml")
    try project.write(
      documents.replacingOccurrences(of: "    labels: {fr: \"Brief aus Riga", with: "    language: de\n    labels: {fr: \"Brief aus Riga"),
      to: "abbaye/documents.yaml")
    return project
  }

  @Test("The French and German project validates with every quote checked")
  func frenchValidates() throws {
    let project = try Self.frenchProject()
    let run = try project.run("validate", "--graph", "abbaye")
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.contains("6 claims, 2 documents"))
    #expect(run.stdout.contains("quotes: all 6 checked"))
  }

  @Test("show and search find names typed without accents, and give them in the language asked for")
  func frenchNames() throws {
    let project = try Self.frenchProject()
    let show = try project.run("show", "Helene Duclos", "--graph", "abbaye")
    #expect(show.status == 0, "\(show.stderr)")
    #expect(show.stdout.hasPrefix("Hélène Duclos  [person]  id: helene-duclos\n  fr      Hélène Duclos\n  de      Helene Duclos\n"))
    let german = try project.run("show", "abbaye-saint-orme", "--graph", "abbaye", "--lang", "de")
    #expect(german.stdout.hasPrefix("Abtei Saint-Orme  [organization]"))
    for query in ["helene", "HÉLÈNE", "Hélène"] {
      let search = try project.run("search", query, "--graph", "abbaye")
      #expect(search.status == 0 && search.stdout.contains("helene-duclos"), "\(query): \(search.stdout)\(search.stderr)")
    }
    let undeclared = try project.run("show", "helene-duclos", "--graph", "abbaye", "--lang", "en")
    #expect(undeclared.status == 64)
    #expect(undeclared.stderr.contains("its languages are fr, de"))
  }

  @Test("An Old Style date and a date before the switch show both readings; after the switch, one")
  func frenchTimeline() throws {
    let project = try Self.frenchProject()
    let timeline = try project.run("timeline", "Helene Duclos", "--graph", "abbaye")
    #expect(timeline.status == 0, "\(timeline.stderr)")
    #expect(timeline.stdout.contains("3 Mar 1580 O.S.? = 13 Mar 1580 N.S."), "before 1582, unstated: both readings")
    #expect(timeline.stdout.contains("4 May 1610 O.S. = 14 May 1610 N.S."), "marked Julian")
    let roth = try project.run("timeline", "Roth", "--graph", "abbaye")
    #expect(roth.stdout.contains("14 May 1610\n"), "a Gregorian date after the switch has one reading")
  }

  @Test("path, as-of and conflicts answer on the French project")
  func frenchQueries() throws {
    let project = try Self.frenchProject()
    let path = try project.run("path", "Roth", "Saint-Orme", "--graph", "abbaye")
    #expect(path.status == 0, "\(path.stderr)")
    #expect(path.stdout.hasPrefix("route 1: Matthias Roth · Hélène Duclos · Abbaye de Saint-Orme"))
    let asOf = try project.run("as-of", "1600", "--graph", "abbaye")
    #expect(asOf.status == 0, "\(asOf.stderr)")
    #expect(asOf.stdout.contains("Vaucelles ← Abbaye de Saint-Orme"))
    let conflicts = try project.run("conflicts", "--graph", "abbaye")
    #expect(conflicts.status == 0, "\(conflicts.stderr)")
    #expect(conflicts.stdout.contains("chapitre-a-vaucelles") && conflicts.stdout.contains("chapitre-en-1611"))
  }

  @Test("rank and neighbors --depth N read from the index answer as the whole graph read from the YAML on the French project")
  func frenchStoredAnswers() throws {
    let project = try Self.frenchProject()
    let questions = [
      ["rank", "--top", "5"], ["rank", "--by", "degree", "--kind", "person", "--lang", "de"], ["neighbors", "Roth", "--depth", "2"],
      ["neighbors", "Roth", "--depth", "3", "--direction", "outgoing"],
    ]
    func answers() throws -> [String] {
      try questions.map { question in
        let run = try Run(arguments: question + ["--graph", "abbaye"], in: project.folder)
        #expect(run.status == 0, "\(question): \(run.stderr)")
        return run.stdout
      }
    }
    // Without an index, each command reads the whole graph (and compiles the index); then it reads what the index stored.
    var whole: [String] = []
    for question in questions {
      try? FileManager.default.removeItem(at: project.folder.appendingPathComponent("abbaye/.index"))
      let run = try Run(arguments: question + ["--graph", "abbaye"], in: project.folder)
      whole.append(run.stdout)
    }
    #expect(try answers() == whole)
    #expect(whole[0].contains("Hélène Duclos") && whole[1].contains("Helene Duclos") && whole[2].contains("Abbaye de Saint-Orme"))
  }

  @Test(
    "export read from the index as it writes gives the bytes the whole graph read from the YAML gives, on the French and Ottoman projects",
    arguments: ["abbaye", "defter"])
  func exportsFromTheIndex(_ graph: String) throws {
    let project = try graph == "abbaye" ? Self.frenchProject() : Self.ottomanProject()
    let formats = ["json", "graphml", "gexf", "node-link", "turtle", "ntriples", "csv", "neo4j", "geojson"]
    func files(_ name: String) throws -> [String: String] {
      let url = project.folder.appendingPathComponent(name)
      guard (try? url.resourceValues(forKeys: [.isDirectoryKey]))?.isDirectory == true else { return ["": try project.read(name)] }
      var files: [String: String] = [:]
      for file in try FileManager.default.contentsOfDirectory(atPath: url.path) { files[file] = try project.read("\(name)/\(file)") }
      return files
    }
    for format in formats {
      // Without an index the export reads the whole graph from the YAML (and compiles the index); then it reads the index.
      try? FileManager.default.removeItem(at: project.folder.appendingPathComponent("\(graph)/.index"))
      let whole = try project.run("export", "--format", format, "--graph", graph, "-o", "whole-\(format)")
      #expect(whole.status == 0 && whole.stderr.isEmpty, "\(format): \(whole.stderr)")
      #expect(FileManager.default.fileExists(atPath: project.folder.appendingPathComponent("\(graph)/.index").path))
      let read = try project.run("export", "--format", format, "--graph", graph, "-o", "index-\(format)")
      #expect(read.status == 0 && read.stderr.isEmpty, "\(format): \(read.stderr)")
      let expected = try files("whole-\(format)")
      #expect(!expected.isEmpty && expected.values.allSatisfy { !$0.isEmpty }, "\(format)")
      #expect(try files("index-\(format)") == expected, "\(format)")
    }
  }

  @Test("Exports carry the declared languages: CSV label columns, GEXF labels, RDF language tags")
  func frenchExports() throws {
    let project = try Self.frenchProject()
    let csv = try project.run("export", "--format", "csv", "--graph", "abbaye", "-o", "csv")
    #expect(csv.status == 0, "\(csv.stderr)")
    let nodes = try project.read("csv/nodes.csv")
    #expect(nodes.hasPrefix("Id,Label,kind,label_fr,label_de,aliases,"), "\(nodes.prefix(80))")
    #expect(nodes.contains("\nhelene-duclos,Hélène Duclos,person,Hélène Duclos,Helene Duclos,"))
    let gexf = try project.run("export", "--format", "gexf", "--graph", "abbaye", "-o", "-")
    #expect(gexf.stdout.contains("label=\"Hélène Duclos\""))
    let turtle = try project.run("export", "--format", "turtle", "--graph", "abbaye", "-o", "-")
    #expect(turtle.status == 0, "\(turtle.stderr)")
    #expect(turtle.stdout.contains("\"Hélène Duclos\"@fr"))
    #expect(turtle.stdout.contains("\"Helene Duclos\"@de"))
    // A quote takes its document's language where documents.yaml gives it, else the primary one.
    #expect(turtle.stdout.contains("\"Roth kam am 14. Mai 1610 zum Kapitel nach Vaucelles.\"@de"))
    #expect(turtle.stdout.contains("\"Le chapitre de 1610 se réunit à Vaucelles.\"@fr"))
    #expect(!turtle.stdout.contains("@kk") && !turtle.stdout.contains("@ru"))
  }

  @Test("import reads the label columns of the declared languages back: an export imported into an empty copy of the project gives the same graph")
  func frenchImport() throws {
    let project = try Self.frenchProject()
    #expect(try project.run("export", "--format", "csv", "--graph", "abbaye", "-o", "csv").status == 0)
    let before = try project.run("export", "--format", "json", "--graph", "abbaye", "-o", "-")
    for file in ["entities/abbaye.yaml", "claims/abbaye.yaml"] {
      try FileManager.default.removeItem(at: project.folder.appendingPathComponent("abbaye/\(file)"))
    }
    let imported = try project.run("import", "csv", "--graph", "abbaye")
    #expect(imported.status == 0, "\(imported.stderr)")
    let entities = try project.read("abbaye/entities/imported.yaml")
    #expect(entities.contains("    fr: \"Hélène Duclos\"\n    de: \"Helene Duclos\""))
    let after = try project.run("show", "Helene", "--graph", "abbaye", "--lang", "de")
    #expect(after.stdout.hasPrefix("Helene Duclos  [person]"))
    let json = try project.run("export", "--format", "json", "--graph", "abbaye", "-o", "-")
    func labels(_ run: Run) throws -> [String] {
      let graph = try #require(try run.json() as? [String: Any])
      return ((graph["entities"] as? [[String: Any]]) ?? []).compactMap {
        ($0["labels"] as? [String: String]).map { "\($0.sorted { $0.key < $1.key })" }
      }
    }
    #expect(try labels(json) == labels(before))
  }

  @Test("render and explore draw the French project with its labels")
  func frenchViews() throws {
    let project = try Self.frenchProject()
    let render = try project.run("render", "--focus", "vaucelles", "--depth", "2", "--graph", "abbaye", "-o", "v.svg")
    #expect(render.status == 0, "\(render.stderr)")
    #expect(try project.read("v.svg").contains("Abbaye de Saint&#45;Orme"), "SVG escapes the hyphen")
    let explore = try project.run("explore", "--graph", "abbaye", "--lang", "de", "-o", "x.html")
    #expect(explore.status == 0, "\(explore.stderr)")
    let page = try project.read("x.html")
    #expect(page.contains("\"languages\":[\"fr\",\"de\"]"))
    #expect(page.contains("Abtei Saint-Orme"))
  }

  // MARK: Ottoman Turkish in Arabic script and English, Hijri dates

  static let defter = """
    دفتر (invented for a test: nothing in it is history)
    ١٥ ربيع الاول ١٣٣٦ تاريخنده أَحْمَد أَفَنْدِي شهر امانتی رئيسی اولدی.
    شهر امانتی استانبولی اداره ايتدی.
    """
  static let ottomanEntities = """
    - id: ahmed-efendi
      kind: person
      labels: {ota-Arab: "أَحْمَد أَفَنْدِي", en: "Ahmed Efendi"}
    - id: sehremaneti
      kind: organization
      labels: {ota-Arab: "شهر امانتی", en: "Şehremaneti"}
    - id: istanbul
      kind: place
      labels: {ota-Arab: "استانبول", en: "İstanbul"}
    """
  static let ottomanClaims = """
    - id: ahmed-reis
      subject: ahmed-efendi
      relation: leads
      object: sehremaneti
      qualifiers: {role: "reis"}
      time: {edtf: "1336-03-15", calendar: islamic-civil}
      sources: [{document: defter, quote: "١٥ ربيع الاول ١٣٣٦ تاريخنده أَحْمَد أَفَنْدِي شهر امانتی رئيسی اولدی."}]
    - id: emanet-istanbul
      subject: sehremaneti
      relation: holds
      object: istanbul
      time: {edtf: "1336-03/1336-06", calendar: islamic-civil}
      sources: [{document: defter, quote: "شهر امانتی استانبولی اداره ايتدی."}]
    """

  static func ottomanProject() throws -> ProjectFolder {
    let project = try ProjectFolder(texts: ["defter.txt": defter])
    let made = try project.run("init", "defter", "--corpus", "texts", "--languages", "ota-Arab,en")
    #expect(made.status == 0, "\(made.stderr)")
    try project.write(ottomanEntities, to: "defter/entities/defter.yaml")
    try project.write(ottomanClaims, to: "defter/claims/defter.yaml")
    return project
  }

  @Test("The Ottoman project validates; names are found in the script without harakat and in English without the dot of İ")
  func ottomanNames() throws {
    let project = try Self.ottomanProject()
    let validate = try project.run("validate", "--graph", "defter")
    #expect(validate.status == 0, "\(validate.stderr)")
    #expect(validate.stdout.contains("quotes: all 2 checked"))
    for query in ["احمد", "أَحْمَد", "Ahmed"] {
      let search = try project.run("search", query, "--graph", "defter")
      #expect(search.status == 0 && search.stdout.contains("ahmed-efendi"), "\(query): \(search.stdout)\(search.stderr)")
    }
    let show = try project.run("show", "Istanbul", "--graph", "defter", "--lang", "en")
    #expect(show.status == 0, "\(show.stderr)")
    #expect(show.stdout.hasPrefix("İstanbul  [place]"))
    #expect(show.stdout.contains("  ota-Arab استانبول\n"))
  }

  @Test("as-of, search, path and conflicts answer from parts of the index as from the YAML, on the French and the Ottoman projects")
  func partsAnswerAsTheWholeGraph() throws {
    let questions: [(ProjectFolder, String, [[String]])] = [
      (
        try Self.frenchProject(), "abbaye",
        [
          ["as-of", "1600"], ["as-of", "1580/1620", "--step", "year"], ["as-of", "1590", "--changes-to", "1615", "--json"], ["search", "helene"],
          ["search", "Duclo"], ["search", "Duclois"], ["search", "Vaucele"], ["search", "Helene Ducloses"], ["search", "Kapitl 1610"],
          ["search", "aucell"], ["path", "Roth", "Saint-Orme"], ["path", "Roth", "Vaucelles", "--json", "--lang", "de"],
          ["path", "vaucelles", "helene-duclos", "--k", "3"], ["path", "Roth", "Saint-Orme", "--method", "all-shortest", "--json"],
          ["conflicts"], ["conflicts", "--json", "--lang", "de"],
        ]
      ),
      (
        try Self.ottomanProject(), "defter",
        [
          ["as-of", "1336-03-15", "--calendar", "islamic-civil", "--lang", "en"], ["as-of", "1918", "--in", "istanbul", "--certainly-in-force"],
          ["search", "احمد"], ["search", "Ahmed"], ["search", "Ahmet Efendy"], ["search", "Istanbol"], ["search", "Sehremanet"],
          ["search", "امانت"], ["path", "ahmed-efendi", "istanbul", "--lang", "en"],
          ["path", "istanbul", "ahmed-efendi", "--k", "3", "--json"],
        ]
      ),
    ]
    for (project, graph, asked) in questions {
      for arguments in asked {
        // The first run reads the YAML (the index is gone) and compiles the index; the second reads the part it needs.
        try? FileManager.default.removeItem(atPath: "\(project.path)/\(graph)/.index")
        let whole = try Run(arguments: arguments + ["--graph", graph], in: project.folder)
        let part = try Run(arguments: arguments + ["--graph", graph], in: project.folder)
        #expect(part.stdout == whole.stdout && part.status == whole.status, "\(arguments)")
        #expect(!whole.stdout.isEmpty, "\(arguments): \(whole.stderr)")
      }
    }
  }

  @Test("mentions from the index shows and counts what the whole graph does, with limits and --uncited, on the French and the Ottoman projects")
  func mentionsAnswerAsTheWholeGraph() throws {
    let questions: [(ProjectFolder, String, [String])] = [
      (try Self.frenchProject(), "abbaye", ["Vaucelles", "Mai 1610", "de", "chap", "Duclos", "zzq"]),
      (try Self.ottomanProject(), "defter", ["احمد", "شهر امانتی", "امان", "١٣٣٦", "دفتر"]),
    ]
    for (project, graph, queries) in questions {
      var uncitedFound = false
      for query in queries {
        for uncited in [false, true] {
          for options in [["--limit", "1"], ["--limit", "3"], ["--limit", "3", "--json"], [], ["--limit", "10000"]] {
            let arguments = ["mentions", query] + (uncited ? ["--uncited"] : []) + options + ["--graph", graph]
            // The first run reads the YAML (the index is gone) and compiles the index; the second reads the index.
            try? FileManager.default.removeItem(atPath: "\(project.path)/\(graph)/.index")
            let whole = try Run(arguments: arguments, in: project.folder)
            let part = try Run(arguments: arguments, in: project.folder)
            #expect(part.stdout == whole.stdout && part.stderr == whole.stderr && part.status == whole.status, "\(arguments)")
            uncitedFound = uncitedFound || (uncited && whole.status == 0)
          }
        }
      }
      #expect(uncitedFound, "\(graph): some sentence no claim quotes is found")
    }
  }

  @Test("Hijri dates show both readings; as-of takes a date in the Hijri calendar; exports tag the script's language")
  func ottomanDates() throws {
    let project = try Self.ottomanProject()
    let timeline = try project.run("timeline", "ahmed-efendi", "--graph", "defter", "--lang", "en")
    #expect(timeline.status == 0, "\(timeline.stderr)")
    #expect(timeline.stdout.contains("15 Rabiʻ I 1336 AH = 29 Dec 1917"), "\(timeline.stdout)")
    let asOf = try project.run("as-of", "1336-03-15", "--calendar", "islamic-civil", "--graph", "defter", "--lang", "en")
    #expect(asOf.status == 0, "\(asOf.stderr)")
    #expect(asOf.stdout.hasPrefix("1 holding overlapping 1917-12-29"), "the Hijri day read as its Gregorian day")
    #expect(asOf.stdout.contains("İstanbul ← Şehremaneti"))
    #expect(asOf.stdout.contains("led by Ahmed Efendi (reis)"))
    let before = try project.run("as-of", "1336-02-01", "--calendar", "islamic-civil", "--graph", "defter")
    #expect(before.status == 1, "nothing held before Rabiʿ I 1336")
    let path = try project.run("path", "ahmed-efendi", "istanbul", "--graph", "defter")
    #expect(path.status == 0 && path.stdout.hasPrefix("route 1: أَحْمَد أَفَنْدِي · شهر امانتی · استانبول"), "\(path.stdout)")
    let turtle = try project.run("export", "--format", "turtle", "--graph", "defter", "-o", "-")
    #expect(turtle.stdout.contains("\"استانبول\"@ota-Arab"))
    #expect(turtle.stdout.contains("\"İstanbul\"@en"))
  }
}
