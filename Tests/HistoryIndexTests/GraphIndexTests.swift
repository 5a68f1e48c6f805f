import Foundation
import HistoryGraph
import HistoryGraphTestSupport
import Testing

@testable import HistoryIndex

/// Whether two loads gave the same graph and the same report, field by field.
func expectSame(_ a: (CuratedGraph, LoadReport), _ b: (CuratedGraph, LoadReport)) {
  #expect(a.0.schema == b.0.schema)
  #expect(a.0.documents == b.0.documents)
  #expect(Array(a.0.entities.values) == Array(b.0.entities.values))
  #expect(a.0.claims.count == b.0.claims.count)
  for (x, y) in zip(a.0.claims.values, b.0.claims.values) where x != y {
    Issue.record("claim \(x.id) differs: \(x) vs \(y)")
    break
  }
  #expect(a.1.warnings == b.1.warnings)
  #expect(a.1.files == b.1.files)
  #expect(a.1.corpus == b.1.corpus)
  #expect(a.1.quotesChecked == b.1.quotesChecked)
  #expect(a.1.allQuotesChecked == b.1.allQuotesChecked)
}

/// The names of an index's files: its main file, then its auxiliary files.
func indexFiles(of main: String) -> [String] {
  ([main] + GraphIndexFile.Auxiliary.allCases.map { $0.path(beside: main) }).map { ($0 as NSString).lastPathComponent }
}

@Suite(.serialized) struct GraphIndexTests {
  @Test func theIndexGivesTheGraphTheYAMLGives() throws {
    let copy = try GraphCopy(keepingIndex: false)
    let fromYAML = try GraphLoader.load(graph: copy.graph, corpus: Paths.corpus)
    let first = try GraphIndex.load(graph: copy.graph, corpus: Paths.corpus)
    guard case .built(let bytes) = first.outcome else { Issue.record("no index was built: \(first.outcome)"); return }
    #expect(bytes > 0 && FileManager.default.fileExists(atPath: first.path))
    let second = try GraphIndex.load(graph: copy.graph, corpus: Paths.corpus)
    #expect(second.outcome == .read)
    #expect(second.notice == nil)
    #expect(second.graph.claims.values.contains { $0.time != nil } && second.graph.claims.values.contains { !$0.qualifiers.isEmpty })
    #expect(second.graph.claims.values.allSatisfy { $0.sources.allSatisfy { $0.locator != nil } })
    expectSame((second.graph, second.report), fromYAML)
    expectSame((first.graph, first.report), fromYAML)
    // The names stored folded are the names the graph folds.
    #expect(second.graph.foldedNames == fromYAML.0.foldedNames)
    #expect(second.graph.search("Бөкейханов") == fromYAML.0.search("Бөкейханов"))
    // A name search answered from the index's names and the results' claims alone ranks and describes as the whole graph does.
    for (query, language) in [("Бөкейханов", Language.kk), ("alash", .en), ("Семей", .ru), ("a", .kk), ("zzz", .kk), ("Ә.", .en)] {
      let choice = fromYAML.0.schema.languages.choice(language)
      #expect(
        GraphIndex.search(query, language: choice, graph: copy.graph, corpus: Paths.corpus) == fromYAML.0.search(query, language: choice), "\(query)")
    }
  }

  @Test func aPartOfTheGraphResolvesNamesAndHoldsClaimsAsTheWholeDoes() throws {
    let copy = try GraphCopy(keepingIndex: false)
    let whole = try GraphIndex.load(graph: copy.graph, corpus: Paths.corpus).graph
    // Ids, labels in every language, aliases, single words of names, names typed loosely, and names of nothing.
    var names = ["Kenesary", "dutov", "Ә. Бөкейханов", "Chokay", "zzz", "Досмұхамедов", "alash", "Alash Orda", "Семей"]
    for (i, entity) in whole.entities.values.enumerated() where i % 27 == 0 {
      names.append(entity.id.rawValue)
      names += entity.labels.values + entity.aliases.prefix(1)
      if let word = entity.labels[.en]?.split(separator: " ").last { names.append(String(word)) }
    }
    var parts = 0
    let wholeNetwork = ClaimNetwork(whole)
    for name in names {
      let load = try GraphIndex.load(.naming([name]), graph: copy.graph, corpus: Paths.corpus)
      #expect(load.outcome == .read)
      if load.isPart { parts += 1 } else { continue }
      let part = load.graph
      #expect(part.entities.count < whole.entities.count)
      switch (
        Result { () throws(QueryError) in try whole.resolve(name, language: whole.schema.languages.choice(.en)) },
        Result { () throws(QueryError) in try part.resolve(name, language: part.schema.languages.choice(.en)) }
      ) {
      case (.success(let expected), .success(let found)):
        #expect(found == expected, "\(name)")
        #expect(try part.claims(about: found.id) == whole.claims(about: expected.id), "\(name)")
        #expect(try ClaimNetwork(part).neighbors(of: found.id) == wholeNetwork.neighbors(of: found.id), "\(name)")
        for claim in try part.claims(about: found.id) {
          #expect(part.corroboration(of: claim) == whole.corroboration(of: claim))
          #expect(claim.object.map { part.entities[$0] == whole.entities[$0] } ?? true)
          #expect(part.entities[claim.subject] == whole.entities[claim.subject])
        }
      case (.failure(.noMatch), .failure(.noMatch)):
        break  // the nearest names are looked for in the whole graph
      case (.failure(let expected), .failure(let found)):
        #expect(found.description == expected.description, "\(name)")
      case (let expected, let found):
        Issue.record("'\(name)': the whole graph gives \(expected), the part \(found)")
      }
    }
    #expect(parts > names.count / 2)
  }

  @Test(.tags(.python, .slow), .requiresPython("yaml"))
  func theIndexOfAGeneratedGraphGivesItsGraph() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("index-generated-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let generator = try Run.python(file: Paths.project.appendingPathComponent("Benchmarks/generate-graph.py").path, ["3000", folder.path])
    #expect(generator.status == 0, "\(generator.stderr)")
    let graph = folder.appendingPathComponent("Graph").path
    let fromYAML = try GraphLoader.load(graph: graph)
    #expect(fromYAML.0.claims.count == 3000 && fromYAML.1.allQuotesChecked)
    _ = try GraphIndex.load(graph: graph)
    let read = try GraphIndex.load(graph: graph)
    #expect(read.outcome == .read)
    expectSame((read.graph, read.report), fromYAML)
    #expect(try !GraphIndex.mentions("Орынбор", in: read).isEmpty)
  }

  @Test func theSummaryIsTheYAMLsEvenWithACurrentIndex() throws {
    let copy = try GraphCopy(keepingIndex: false)
    let compiled = try GraphIndex.summary(graph: copy.graph, corpus: Paths.corpus)
    #expect(compiled.load.outcome != .read)
    let (summary, again) = try GraphIndex.summary(graph: copy.graph, corpus: Paths.corpus)
    // The index was current: it is left as it is, and the summary is the YAML's, checked now.
    #expect(again.outcome == .read && !again.isPart)
    let load = compiled.load
    #expect(
      summary.entities == load.graph.entities.count && summary.claims == load.graph.claims.count && summary.documents == load.graph.documents.count)
    #expect(
      summary.report.warnings == load.report.warnings && summary.report.quotesChecked == load.report.quotesChecked && summary.report.allQuotesChecked)
    try copy.append("\n- id: summary-test-entity\n  kind: person\n  labels: {kk: \"Сынақ\"}\n", to: "entities/core.yaml")
    let changed = try GraphIndex.summary(graph: copy.graph, corpus: Paths.corpus)
    #expect(changed.load.outcome != .read && changed.summary.entities == summary.entities + 1)
  }

  @Test func aClaimIsReadAloneWithItsEntities() throws {
    let copy = try GraphCopy(keepingIndex: false)
    let whole = try GraphIndex.load(graph: copy.graph, corpus: Paths.corpus).graph
    for claim in whole.claims.values.enumerated().filter({ $0.offset % 40 == 0 }).map(\.element) {
      let part = try GraphIndex.load(.citing(claim.id), graph: copy.graph, corpus: Paths.corpus)
      #expect(part.isPart && Array(part.graph.claims.values) == [claim])
      #expect(part.graph.entities[claim.subject] == whole.entities[claim.subject])
      #expect(claim.object.map { part.graph.entities[$0] == whole.entities[$0] } ?? true)
      #expect(part.graph.documents == whole.documents)
    }
    // A claim the index lacks is looked for in the whole graph (for the nearest ids).
    #expect(try !GraphIndex.load(.citing(ClaimID("no-such-claim")), graph: copy.graph, corpus: Paths.corpus).isPart)
  }

  @Test func aChangedFileIsReadAgain() throws {
    let copy = try GraphCopy(keepingIndex: false)
    _ = try GraphIndex.load(graph: copy.graph, corpus: Paths.corpus)
    #expect(try GraphIndex.load(graph: copy.graph, corpus: Paths.corpus).outcome == .read)
    try copy.append("\n- id: index-test-entity\n  kind: person\n  labels: {kk: \"Сынақ Адам\"}\n", to: "entities/core.yaml")
    let changed = try GraphIndex.load(graph: copy.graph, corpus: Paths.corpus)
    guard case .built = changed.outcome else { Issue.record("a changed file did not rebuild: \(changed.outcome)"); return }
    #expect(changed.graph.entities[EntityID("index-test-entity")] != nil)
    expectSame((changed.graph, changed.report), try GraphLoader.load(graph: copy.graph, corpus: Paths.corpus))
    #expect(try GraphIndex.load(graph: copy.graph, corpus: Paths.corpus).graph.entities[EntityID("index-test-entity")] != nil)
  }

  @Test func aNewClaimFileIsSeen() throws {
    let copy = try GraphCopy(keepingIndex: false)
    _ = try GraphIndex.load(graph: copy.graph, corpus: Paths.corpus)
    let claim = try #require(GraphLoader.load(graph: copy.graph, corpus: Paths.corpus).0.claims.values.first)
    let text = """
      - id: index-test-claim
        subject: "\(claim.subject)"
        relation: "\(claim.predicateName)"
        object: "\(claim.object!)"
        sources: [{document: \(claim.sources[0].document), quote: "\(claim.sources[0].quote)"}]

      """
    try Data(text.utf8).write(to: URL(fileURLWithPath: "\(copy.graph)/claims/zz-index-test.yml"))
    let load = try GraphIndex.load(graph: copy.graph, corpus: Paths.corpus)
    #expect(load.outcome != .read)
    #expect(load.graph.claims[ClaimID("index-test-claim")] != nil)
  }

  @Test func aCorruptOrForeignIndexIsRebuiltWithANotice() throws {
    let copy = try GraphCopy(keepingIndex: false)
    let first = try GraphIndex.load(graph: copy.graph, corpus: Paths.corpus)
    let whole = try Data(contentsOf: URL(fileURLWithPath: first.path))
    for broken in [whole.prefix(whole.count / 3), Data("not an index at all, just text".utf8), Data()] {
      try broken.write(to: URL(fileURLWithPath: first.path))
      let load = try GraphIndex.load(graph: copy.graph, corpus: Paths.corpus)
      #expect(load.outcome != .read)
      expectSame((load.graph, load.report), (first.graph, first.report))
      #expect(try GraphIndex.load(graph: copy.graph, corpus: Paths.corpus).outcome == .read)
    }
  }

  @Test func aReadOnlyCacheFolderRunsFromTheYAMLWithANotice() throws {
    let copy = try GraphCopy(keepingIndex: false)
    try FileManager.default.createDirectory(atPath: "\(copy.graph)/.index", withIntermediateDirectories: true)
    try FileManager.default.setAttributes([.posixPermissions: 0o500], ofItemAtPath: "\(copy.graph)/.index")
    defer { try? FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: "\(copy.graph)/.index") }
    // root may write anywhere: then the index is simply built.
    let load = try GraphIndex.load(graph: copy.graph, corpus: Paths.corpus)
    if getuid() != 0 {
      guard case .notWritten = load.outcome else { Issue.record("an index was written in a read-only folder"); return }
      #expect(load.notice != nil)
    }
    expectSame((load.graph, load.report), try GraphLoader.load(graph: copy.graph, corpus: Paths.corpus))
  }

  @Test func aFailingGraphFailsAsTheYAMLDoes() throws {
    let copy = try GraphCopy(keepingIndex: false)
    _ = try GraphIndex.load(graph: copy.graph, corpus: Paths.corpus)
    let files = try FileManager.default.contentsOfDirectory(atPath: "\(copy.graph)/.index").sorted()
    try copy.append("\n- id: broken\n  kind: no-such-kind\n  labels: {kk: \"Жоқ\"}\n", to: "entities/core.yaml")
    var viaIndex: [Diagnostic] = []
    var viaYAML: [Diagnostic] = []
    do { _ = try GraphIndex.load(graph: copy.graph, corpus: Paths.corpus) } catch { viaIndex = error.diagnostics }
    do { _ = try GraphLoader.load(graph: copy.graph, corpus: Paths.corpus) } catch { viaYAML = error.diagnostics }
    #expect(!viaIndex.isEmpty)
    #expect(viaIndex == viaYAML)
    // The passages begun while the broken graph was loaded are stopped and removed: the index folder is as it was.
    #expect(try FileManager.default.contentsOfDirectory(atPath: "\(copy.graph)/.index").sorted() == files)
  }

  @Test(
    "a name holding the index's separator, alone or before a combining mark, leaves no index: the YAML's graph is given",
    arguments: [("\u{1F}", #"\x1F"#), ("\u{1F}\u{301}", #"\x1F\u0301"#)])
  func aNameHoldingTheSeparatorIsNotIndexed(separator: String, escaped: String) throws {
    let copy = try GraphCopy(keepingIndex: false)
    let alias = "Ле\(separator)нин"
    // YAML takes a control character in a quoted value only escaped.
    try copy.append("\n- id: separated\n  kind: person\n  labels: {kk: \"Бөлек\"}\n  aliases: [\"Ле\(escaped)нин\"]\n", to: "entities/core.yaml")
    let load = try GraphIndex.load(graph: copy.graph, corpus: Paths.corpus)
    #expect(load.outcome == .notWritten(reason: "an alias holds a character the index uses as a separator"))
    #expect(load.graph.entities[EntityID("separated")]?.aliases == [alias])
  }

  @Test func aCorpusTextChangedUnderTheIndexIsNotAnsweredFromIt() throws {
    let copy = try GraphCopy(keepingIndex: false)
    let corpus = copy.folder.appendingPathComponent("corpus").path
    try FileManager.default.copyItem(atPath: Paths.corpus, toPath: corpus)
    let first = try GraphIndex.load(graph: copy.graph, corpus: corpus)
    #expect(try GraphIndex.load(graph: copy.graph, corpus: corpus).outcome == .read)
    let text = try #require(first.graph.documents.values.first).file
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: "\(corpus)/\(text)"))
    try handle.seekToEnd()
    try handle.write(contentsOf: Data(" ".utf8))
    try handle.close()
    // The text no longer has its listed SHA-256: loading fails, through the index as from the YAML.
    #expect(throws: LoadError.self) { try GraphIndex.load(graph: copy.graph, corpus: corpus) }
  }

  @Test func twoCompilesAtOnceLeaveOneWholeIndex() async throws {
    let copy = try GraphCopy(keepingIndex: false)
    let graph = copy.graph
    let outcomes = try await withThrowingTaskGroup(of: GraphIndex.Outcome.self) { group in
      for _ in 0..<2 { group.addTask { try GraphIndex.load(graph: graph, corpus: Paths.corpus, rebuild: true).outcome } }
      return try await group.reduce(into: []) { $0.append($1) }
    }
    #expect(outcomes.allSatisfy { if case .built = $0 { true } else { false } })
    let read = try GraphIndex.load(graph: graph, corpus: Paths.corpus)
    #expect(read.outcome == .read)
    expectSame((read.graph, read.report), try GraphLoader.load(graph: graph, corpus: Paths.corpus))
    // Nothing half-built is left beside the index: its main file and its auxiliary files.
    #expect(try FileManager.default.contentsOfDirectory(atPath: "\(graph)/.index").sorted() == indexFiles(of: read.path).sorted())
  }

  @Test(.tags(.slow)) func aCompileRenamesItsFilesOnlyUnderTheFoldersLock() async throws {
    let copy = try GraphCopy(keepingIndex: false)
    let graph = copy.graph
    let first = try GraphIndex.load(graph: graph, corpus: Paths.corpus)
    let compileID = { () throws -> String in
      let row = try SQLiteDatabase(path: first.path, readOnly: true).prepare("SELECT value FROM meta WHERE name = 'texts_id'")
      _ = try row.step()
      return row.text(0)
    }
    let before = try compileID()
    let folder = open("\(graph)/.index", O_RDONLY)
    #expect(folder >= 0 && flock(folder, LOCK_EX) == 0)
    var locked = true
    defer { if locked { close(folder) } }  // a failed wait below must not leave the compile blocked
    let compile = Task.detached { try GraphIndex.load(graph: graph, corpus: Paths.corpus, rebuild: true).outcome }
    // Its files written, the compile waits for the lock: the index in place stays the one before, whole.
    // The deadline is generous (a compile takes seconds); it stops a compile that never writes from hanging the suite.
    let deadline = ContinuousClock.now + .seconds(180)
    while try !FileManager.default.contentsOfDirectory(atPath: "\(graph)/.index").contains(where: { $0.hasPrefix(".building-") }) {
      try #require(ContinuousClock.now < deadline, "the compile wrote no .building- file in 3 minutes")
      try await Task.sleep(for: .milliseconds(20))
    }
    try await Task.sleep(for: .seconds(3))
    #expect(try compileID() == before)
    #expect(try GraphIndex.load(graph: graph, corpus: Paths.corpus).outcome == .read)
    close(folder)
    locked = false
    guard case .built = try await compile.value else { Issue.record("the waiting compile did not finish"); return }
    #expect(try compileID() != before)
    #expect(try GraphIndex.load(graph: graph, corpus: Paths.corpus).outcome == .read)
  }

  @Test func anEditOfTheGraphAloneKeepsTheSentencesOfTheCorpus() throws {
    let copy = try GraphCopy(keepingIndex: false)
    let first = try GraphIndex.load(graph: copy.graph, corpus: Paths.corpus)
    let mentions = try GraphIndex.mentions("Орынбор", in: first).map(\.passage)
    let passages = GraphIndexFile.Auxiliary.passages.path(beside: first.path)
    let texts = GraphIndexFile.Auxiliary.texts.path(beside: first.path)
    let id = { (file: String) throws -> String in
      let row = try SQLiteDatabase(path: file, readOnly: true).prepare("SELECT value FROM meta WHERE name = 'id'")
      _ = try row.step()
      return row.text(0)
    }
    let (passagesID, textsID) = (try id(passages), try id(texts))
    var added = 0
    /// Adds an entity (an edit of the graph alone) and loads: the index is compiled again and read back whole.
    func edit() throws -> GraphIndex.Load {
      added += 1
      try copy.append("\n- id: kept-passages-\(added)\n  kind: person\n  labels: {kk: \"Сынақ \(added)\"}\n", to: "entities/core.yaml")
      let changed = try GraphIndex.load(graph: copy.graph, corpus: Paths.corpus)
      #expect(changed.notice == nil)
      guard case .built = changed.outcome else { Issue.record("an edit did not compile: \(changed.outcome)"); return changed }
      let read = try GraphIndex.load(graph: copy.graph, corpus: Paths.corpus)
      #expect(read.outcome == .read && read.graph.entities[EntityID("kept-passages-\(added)")] != nil)
      #expect(try GraphIndex.mentions("Орынбор", in: read).map(\.passage) == mentions)
      #expect(try FileManager.default.contentsOfDirectory(atPath: "\(copy.graph)/.index").sorted() == indexFiles(of: first.path).sorted())
      return read
    }
    _ = try edit()
    #expect(try id(passages) == passagesID && id(texts) != textsID)
    // A passages file that records another corpus is written again.
    try SQLiteDatabase(path: passages, readOnly: false).execute("UPDATE meta SET value = 'another corpus' WHERE name = 'corpus_key';")
    #expect(try GraphIndex.load(graph: copy.graph, corpus: Paths.corpus).outcome == .read)
    _ = try edit()
    let rewritten = try id(passages)
    #expect(rewritten != passagesID)
    // `index` (a rebuild) writes every file again.
    _ = try GraphIndex.load(graph: copy.graph, corpus: Paths.corpus, rebuild: true)
    #expect(try id(passages) != rewritten)
  }

  @Test func readsWhileOthersCompileNeverMeetHalfAnIndex() async throws {
    let copy = try GraphCopy(keepingIndex: false)
    let graph = copy.graph
    _ = try GraphIndex.load(graph: graph, corpus: Paths.corpus)
    let notices = try await withThrowingTaskGroup(of: [String].self) { group in
      group.addTask {
        for _ in 0..<3 { _ = try GraphIndex.load(graph: graph, corpus: Paths.corpus, rebuild: true) }
        return []
      }
      group.addTask {
        var notices: [String] = []
        for _ in 0..<30 {
          let load = try GraphIndex.load(graph: graph, corpus: Paths.corpus)
          if let notice = load.notice { notices.append(notice) }
          #expect(try !GraphIndex.mentions("Орынбор", in: load).isEmpty)
        }
        return notices
      }
      return try await group.reduce(into: []) { $0 += $1 }
    }
    #expect(notices.isEmpty)
  }

  @Test func aMissingBrokenForeignOrStaleAuxiliaryFileIsRebuiltWithANotice() throws {
    let copy = try GraphCopy(keepingIndex: false)
    let first = try GraphIndex.load(graph: copy.graph, corpus: Paths.corpus)
    let mentions = try GraphIndex.mentions("Орынбор", in: first).map(\.passage)
    let texts = try GraphIndex.texts(naming: "Орынбор", in: first)
    #expect(!mentions.isEmpty && !texts.isEmpty)
    // Each way of breaking a file is tried on one of the auxiliary files, in turn:
    // the same check reads both, and each compile the test waits for costs a second.
    let parts = GraphIndexFile.Auxiliary.allCases
    for (p, part) in parts.enumerated() {
      let file = part.path(beside: first.path)
      let other = GraphIndexFile.Auxiliary.allCases.first { $0 != part }!.path(beside: first.path)
      // The file of an earlier compile of the same graph: the same rows, the same size, another compile.
      let earlier = try Data(contentsOf: URL(fileURLWithPath: file))
      _ = try GraphIndex.load(graph: copy.graph, corpus: Paths.corpus, rebuild: true)
      let whole = try Data(contentsOf: URL(fileURLWithPath: file))
      #expect(earlier.count == whole.count && earlier != whole)
      var garbled = whole
      garbled.replaceSubrange(0..<64, with: Data(repeating: 0x2A, count: 64))
      let breakings: [(String, () throws -> Void)] = [
        ("missing", { try FileManager.default.removeItem(atPath: file) }),
        ("truncated", { try whole.prefix(whole.count / 2).write(to: URL(fileURLWithPath: file)) }),
        ("garbled", { try garbled.write(to: URL(fileURLWithPath: file)) }),
        ("foreign", { try Data("not an index at all, just text".utf8).write(to: URL(fileURLWithPath: file)) }),
        ("the other part's", { try Data(contentsOf: URL(fileURLWithPath: other)).write(to: URL(fileURLWithPath: file)) }),
        ("stale", { try earlier.write(to: URL(fileURLWithPath: file)) }),
        (
          "of another version",
          {
            try whole.write(to: URL(fileURLWithPath: file))
            try SQLiteDatabase(path: file, readOnly: false).execute("PRAGMA user_version=1;")
          }
        ),
      ]
      for (i, (how, breaking)) in breakings.enumerated() where i % parts.count == p {
        try breaking()
        // Never answered from the broken index.
        #expect(GraphIndex.mentions("Орынбор", limit: 50, graph: copy.graph, corpus: Paths.corpus) == nil, "\(part) \(how)")
        #expect(GraphIndex.texts(naming: "Орынбор", showing: 5, graph: copy.graph, corpus: Paths.corpus) == nil, "\(part) \(how)")
        #expect(GraphIndex.search("lenin", language: LabelLanguages().choice(nil), graph: copy.graph, corpus: Paths.corpus) == nil, "\(part) \(how)")
        let load = try GraphIndex.load(graph: copy.graph, corpus: Paths.corpus)
        #expect(load.outcome != .read && load.notice != nil, "\(part) \(how)")
        expectSame((load.graph, load.report), (first.graph, first.report))
        let read = try GraphIndex.load(graph: copy.graph, corpus: Paths.corpus)
        #expect(read.outcome == .read && read.notice == nil, "\(part) \(how)")
        #expect(try GraphIndex.mentions("Орынбор", in: read).map(\.passage) == mentions, "\(part) \(how)")
        #expect(try GraphIndex.texts(naming: "Орынбор", in: read) == texts, "\(part) \(how)")
      }
    }
  }

  @Test func aCompileSweepsWhatEarlierCompilesLeft() throws {
    let copy = try GraphCopy(keepingIndex: false)
    let first = try GraphIndex.load(graph: copy.graph, corpus: Paths.corpus)
    let folder = "\(copy.graph)/.index"
    // A dead process's temporary files, and an index (main and auxiliary files) of another format version.
    for file in indexFiles(of: ".building-999999999-7.sqlite") { try Data("half".utf8).write(to: URL(fileURLWithPath: "\(folder)/\(file)")) }
    let old = "\(folder)/graph-0000000000000000.sqlite"
    for (from, to) in zip(indexFiles(of: first.path), indexFiles(of: old)) {
      try FileManager.default.copyItem(atPath: "\(folder)/\(from)", toPath: "\(folder)/\(to)")
      try SQLiteDatabase(path: "\(folder)/\(to)", readOnly: false).execute("PRAGMA user_version=1;")
    }
    // An auxiliary file of this version whose main file is gone stays: it may be a compile's, renamed before its main file.
    let orphan = GraphIndexFile.Auxiliary.passages.path(beside: "\(folder)/graph-1111111111111111.sqlite")
    try FileManager.default.copyItem(atPath: GraphIndexFile.Auxiliary.passages.path(beside: first.path), toPath: orphan)
    _ = try GraphIndex.load(graph: copy.graph, corpus: Paths.corpus, rebuild: true)
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        == (indexFiles(of: first.path) + [(orphan as NSString).lastPathComponent]).sorted())
    #expect(try GraphIndex.load(graph: copy.graph, corpus: Paths.corpus).outcome == .read)
  }

  @Test func aBrokenIndexNeverBreaksAPartRead() throws {
    let copy = try GraphCopy(keepingIndex: false)
    let first = try GraphIndex.load(graph: copy.graph, corpus: Paths.corpus)
    let whole = try Data(contentsOf: URL(fileURLWithPath: first.path))
    let lenin = try first.graph.resolve("lenin").id
    let bokeikhanov = try first.graph.resolve("bokeikhanov").id
    for broken in [whole.prefix(whole.count / 2), Data("not an index".utf8)] {
      try broken.write(to: URL(fileURLWithPath: first.path))
      #expect(GraphIndex.routeNetwork(for: .informative, between: lenin, and: bokeikhanov, graph: copy.graph, corpus: Paths.corpus) == nil)
      #expect(GraphIndex.search("lenin", language: LabelLanguages().choice(nil), graph: copy.graph, corpus: Paths.corpus) == nil)
      // Loading what a name needs compiles the index again, with a notice, and answers from the whole graph.
      let load = try GraphIndex.load(.naming(["lenin"]), graph: copy.graph, corpus: Paths.corpus)
      #expect(!load.isPart && load.outcome != .read && load.notice != nil)
      #expect(try load.graph.resolve("lenin").id == lenin)
      #expect(try GraphIndex.load(.naming(["lenin"]), graph: copy.graph, corpus: Paths.corpus).isPart)
    }
  }

  @Test func contentHashSeesEveryByte() {
    var bytes = [UInt8](repeating: 0x41, count: 37)
    let original = ContentHash.of(Data(bytes))
    for i in bytes.indices {
      bytes[i] ^= 1
      #expect(ContentHash.of(Data(bytes)) != original)
      bytes[i] ^= 1
    }
    #expect(ContentHash.of(Data(bytes)) == original)
  }
}
