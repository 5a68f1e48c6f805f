import Foundation
import HistoryGraphTestSupport
import Testing

/// The reproductions of the reliability probe (`../shared/reviews/reliability-probe.md`),
/// each run through the binary on a changed copy of `Graph/`.
@Suite("Bad input gets a clear error or a bounded answer, never a crash or a hang")
struct ReliabilityTests {
  @Test("a quote of exactly four bytes is checked, not a crash (D1)", arguments: ["1917", "ал", "Ленин"])
  func shortQuote(_ quote: String) throws {
    let copy = try GraphCopy()
    try copy.write(
      """
      - id: zz-probe
        subject: vladimir-lenin
        relation: leads
        object: bolsheviks
        sources:
          - document: d000
            quote: "\(quote)"
      """, to: "claims/zz.yaml")
    let run = try copy.run("validate")
    #expect(run.status == 0, "\(run.stderr)")
  }

  @Test("many claims about one subject, relation and object: stats and conflicts answer once, with every reading (D2)")
  func hotSubject() throws {
    let copy = try GraphCopy()
    let claims = (0..<5_000).map { i in
      "- id: zz-\(i)\n  subject: vladimir-lenin\n  relation: member_of\n  object: bolsheviks\n  time: \"1917-\(String(format: "%02d", 1 + i % 12))-\(String(format: "%02d", 1 + i % 28))\"\n  sources: [{document: d000, quote: \"Ленин\"}]\n"
    }
    try copy.write(claims.joined(), to: "claims/zz.yaml")
    let stats = try copy.run("stats", "--json")
    #expect(stats.status == 0, "\(stats.stderr)")
    let conflicts = try copy.run("conflicts", "--about", "vladimir-lenin", "--json")
    #expect(conflicts.status == 0)
    let list = try #require(try conflicts.json() as? [[String: Any]])
    let hot = list.filter { (($0["claims"] as? [[String: Any]])?.first?["id"] as? String)?.hasPrefix("zz-") == true }
    #expect(hot.count == 1)
    #expect((hot.first?["claims"] as? [Any])?.count == 5_000)
  }

  @Test("a derived_from cycle is an error at documents.yaml, not a hang (D3)")
  func derivationCycle() throws {
    let copy = try GraphCopy()
    let documents = try String(contentsOfFile: copy.graph + "/documents.yaml", encoding: .utf8)
    let ids = documents.split(separator: "\n").compactMap { line -> String? in
      let text = line.trimmingCharacters(in: .whitespaces)
      return text.hasPrefix("- id: ") ? String(text.dropFirst(6)) : nil
    }
    try #require(ids.count >= 2)
    try copy.replace("- id: \(ids[0])\n", with: "- id: \(ids[0])\n    derived_from: \(ids[1])\n", in: "documents.yaml")
    try copy.replace("- id: \(ids[1])\n", with: "- id: \(ids[1])\n    derived_from: \(ids[0])\n", in: "documents.yaml")
    let run = try copy.run("stats")
    #expect(run.status == 1)
    #expect(run.stderr.contains("documents.yaml:") && run.stderr.contains("cycle"))
  }

  @Test("YAML anchors and aliases are refused before they are expanded (D4)")
  func aliasAsKey() throws {
    let copy = try GraphCopy()
    var text = "- id: zz-probe\n  subject: vladimir-lenin\n  relation: leads\n  object: bolsheviks\n  note:\n    l0: &a0 lol\n"
    for level in 1...9 { text += "    l\(level): &a\(level) [\(Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", "))]\n" }
    text += "    ? *a9\n    : boom\n  sources: [{document: d000, quote: \"Ленин\"}]\n"
    try copy.write(text, to: "claims/zz.yaml")
    let run = try copy.run("validate")
    #expect(run.status == 1)
    #expect(run.stderr.contains("zz.yaml:6:") && run.stderr.contains("anchors and aliases"))
  }

  @Test("counts beyond reason are refused or cost nothing more (D5)")
  func bounds() throws {
    let deep = try Run("neighbors", "bolsheviks", "--depth", "9223372036854775807")
    #expect(deep.status == 0)
    let many = try Run("path", "bolsheviks", "alash-orda", "--method", "k-shortest", "--k", "9223372036854775807")
    #expect(many.status == 64 && many.stderr.contains("--k must be from 1 to 100"))
    let long = try Run("path", "bolsheviks", "alash-orda", "--method", "simple", "--max-hops", "12")
    #expect(long.status == 64)
    let negative = try Run("neighbors", "bolsheviks", "--depth", "-1")
    #expect(negative.status == 64 && negative.stderr.contains("--depth must be at least 1"))
    let longName = String(repeating: "а", count: 60_000)
    let show = try Run("show", longName)
    #expect(show.status == 1 && show.stderr.contains("at most 300 characters"))
    let search = try Run("search", longName)
    #expect(search.status == 64)
    let avoided = try Run("path", "bokeikhanov", "lenin", "--avoid", "lenin")
    #expect(avoided.status == 1 && avoided.stderr.contains("cannot avoid"))
  }

  @Test("-o keeps a link and writes its target, writes a device as a stream, and sweeps stale temporaries (D7, D8)")
  func outputs() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hg-out-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let target = folder.appendingPathComponent("target.json")
    try Data("old".utf8).write(to: target)
    let link = folder.appendingPathComponent("link.json")
    try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)
    let stale = folder.appendingPathComponent(".fresh.json.999999999.tmp")
    try Data().write(to: stale)
    let run = try Run("export", "-o", link.path)
    #expect(run.status == 0, "\(run.stderr)")
    #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: link.path)) != nil)
    #expect(try Data(contentsOf: target).count > 1_000)
    let device = try Run("export", "-o", "/dev/null")
    #expect(device.status == 0)
    let attributes = try FileManager.default.attributesOfItem(atPath: "/dev/null")
    #expect(attributes[.type] as? FileAttributeType == .typeCharacterSpecial)
    let swept = try Run("export", "-o", folder.appendingPathComponent("fresh.json").path)
    #expect(swept.status == 0)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") }
    #expect(leftovers.isEmpty, "\(leftovers)")
    let intoFolder = try Run("export", "-o", folder.path)
    #expect(intoFolder.status == 1 && intoFolder.stderr.contains("it is a folder"))
  }

  @Test("what used to pass silently is an error: no claims folder, a dangling claims file, an empty schema, a malformed claim id (D9, D10)")
  func silentAcceptance() throws {
    let noClaims = try GraphCopy()
    try FileManager.default.removeItem(atPath: noClaims.graph + "/claims")
    let missing = try noClaims.run("validate")
    #expect(missing.status == 1 && missing.stderr.contains("no readable claims/ folder"))

    let dangling = try GraphCopy()
    try FileManager.default.createSymbolicLink(atPath: dangling.graph + "/claims/zz.yaml", withDestinationPath: "/nonexistent/zz.yaml")
    let broken = try dangling.run("validate")
    #expect(broken.status == 1 && broken.stderr.contains("zz.yaml") && broken.stderr.contains("broken link"))

    let empty = try GraphCopy()
    try empty.write("", to: "schema.yaml")
    let noSchema = try empty.run("validate")
    #expect(noSchema.status == 1 && noSchema.stderr.contains("schema.yaml:1:1: error: schema.yaml is empty"))

    let badID = try GraphCopy()
    try badID.write(
      "- id: \"zz probe <x>\"\n  subject: vladimir-lenin\n  relation: leads\n  object: bolsheviks\n  sources: [{document: d000, quote: \"Ленин\"}]\n",
      to: "claims/zz.yaml")
    let malformed = try badID.run("validate")
    #expect(malformed.status == 1 && malformed.stderr.contains("claim id 'zz probe <x>' must be"))
  }

  @Test("open ends print as '..', not as year 5881580; control characters never reach the terminal (D11, D12)")
  func display() throws {
    let open = try Run("as-of", "1917/..")
    #expect(open.stdout.contains("1917-01-01/..") && !open.stdout.contains("5881580"))
    let copy = try GraphCopy()
    try copy.replace("kk: \"Әлихан Бөкейханов\"", with: "kk: \"Әлихан\\x01\\e[31mRED\\u202E\"", in: "entities/core.yaml")
    let show = try copy.run("show", "alikhan-bokeikhanov")
    #expect(show.status == 0, "\(show.stderr)")
    #expect(!show.stdout.contains("\u{1B}") && !show.stdout.contains("\u{202E}") && show.stdout.contains("\u{FFFD}"))
  }
}
