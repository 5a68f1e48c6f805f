import Foundation
import HistoryGraph
import HistoryGraphTestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The index is a cache, never an authority: what stands at its name, a copy of
/// it, a row changed in it, or an input edited while it was compiled never gives
/// an answer the YAML and the texts would not give (the second reliability
/// probe's reproductions, through the binary).
@Suite("The index is a cache, never an authority", .serialized)
struct IndexTrustTests {
  /// How many quotes the curated graph has (every one checked by validate).
  static func curatedQuotes() throws -> Int { try Curated.graph().claims.values.reduce(0) { $0 + $1.sources.count } }

  /// Runs the binary under `timeout 60`, so that a hang fails the test (status 124) instead of stalling it.
  static func bounded(_ arguments: [String], in directory: URL? = nil) throws -> Run {
    try Run(executable: URL(fileURLWithPath: "/usr/bin/timeout"), arguments: ["60", Run.binary.path] + arguments, in: directory)
  }

  /// Compiles the index of a graph and returns its main file's path.
  static func compile(_ graph: String, corpus: String = Paths.corpus, in directory: URL? = nil) throws -> String {
    let run = try bounded(["index", "--graph", graph, "--corpus", corpus], in: directory).succeeded("index")
    let path = try #require(run.stdout.components(separatedBy: ": ").first)
    return path.hasPrefix("/") || directory == nil ? path : directory!.appendingPathComponent(path).path
  }

  /// Runs SQL on an index file with Python's own SQLite, as someone editing it by hand would.
  static func edit(_ file: String, _ sql: String) throws {
    try Run.python("import sqlite3, sys\nc = sqlite3.connect(sys.argv[1])\nc.executescript(sys.argv[2])\nc.commit()", [file, sql]).succeeded(
      "the SQL edit")
  }

  static let notice = "note: the index"
  /// The files of one index: the main file, its passages and its texts.
  static let filesInASet = 3

  @Test("a FIFO, folder, socket or link at the index's name is left alone: every command answers from the YAML with a note, none hangs")
  func nonRegularIndexFile() throws {
    let copy = try GraphCopy(keepingIndex: false)
    let path = try Self.compile(copy.graph)
    let asked: [[String]] = [
      ["validate"], ["stats"], ["show", "lenin"], ["cite", "d001-stalin-heads-narkomnats"], ["mentions", "Орынбор"],
      ["search", "bokeikhanov"], ["search", "--text", "Орынбор"], ["path", "bokeikhanov", "lenin"], ["conflicts"],
    ]
    var expected: [[String]: String] = [:]
    for arguments in asked { expected[arguments] = try Self.bounded(arguments + ["--graph", copy.graph, "--corpus", Paths.corpus]).stdout }
    let kinds: [(String, () throws -> Void)] = [
      ("a FIFO", { #expect(mkfifo(path, 0o644) == 0) }),
      ("a folder", { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false) }),
      ("a symbolic link", { try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: "/dev/zero") }),
      ("a socket", { try Run.python("import socket, sys\nsocket.socket(socket.AF_UNIX).bind(sys.argv[1])", [path]).succeeded("bind") }),
    ]
    for (i, (kind, make)) in kinds.enumerated() {
      try FileManager.default.removeItem(atPath: path)
      try make()
      // Every command meets a FIFO (the one that could hang a reader); the other
      // kinds take the same path (FileKind), checked with a whole read, a part
      // read and a search of the texts.
      for arguments in i == 0 ? asked : [["validate"], ["show", "lenin"], ["search", "--text", "Орынбор"]] {
        let run = try Self.bounded(arguments + ["--graph", copy.graph, "--corpus", Paths.corpus])
        #expect(run.status == 0 && run.stdout == expected[arguments], "\(kind): \(arguments) gave \(run.status): \(run.stderr)")
        #expect(run.stderr.contains("\(Self.notice) \(path) is \(kind), not a file: it was left alone"), "\(kind): \(arguments): \(run.stderr)")
      }
      let index = try Self.bounded(["index", "--graph", copy.graph, "--corpus", Paths.corpus])
      #expect(index.status == 1 && index.stderr.contains("is \(kind)"))
      var info = stat()
      #expect(lstat(path, &info) == 0 && (info.st_mode & S_IFMT) != S_IFREG, "\(kind) was replaced")
    }
  }

  @Test("a project copied with a doctored index: validate checks every quote, cite gives the true text (probe 2.2)")
  func copiedDoctoredIndex() throws {
    let copy = try GraphCopy(keepingIndex: false)
    let path = try Self.compile(copy.graph)
    let claim = "d001-stalin-heads-narkomnats"
    let truth = try Self.bounded(["cite", claim, "--graph", copy.graph, "--corpus", Paths.corpus]).succeeded().stdout
    try Self.edit(
      path, "UPDATE sources SET quote = 'POISONED quote never in the text' WHERE claim = (SELECT rowid - 1 FROM claims WHERE id = '\(claim)');")
    let elsewhere = FileManager.default.temporaryDirectory.appendingPathComponent("hg-copied-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: elsewhere) }
    try FileManager.default.copyItem(at: copy.folder, to: elsewhere)
    let graph = elsewhere.appendingPathComponent("Graph").path
    let validate = try Self.bounded(["validate", "--graph", graph, "--corpus", Paths.corpus])
    let quotes = try Self.curatedQuotes()
    #expect(validate.status == 0 && validate.stdout.contains("quotes: all \(quotes) checked"))
    let cite = try Self.bounded(["cite", claim, "--graph", graph, "--corpus", Paths.corpus])
    #expect(cite.status == 0 && !cite.stdout.contains("POISONED") && cite.stdout == truth)
    // The doctored set came with the copy but was made for the first folder: the copy's compile swept it.
    #expect(try FileManager.default.contentsOfDirectory(atPath: "\(graph)/.index").count == Self.filesInASet)
    // In the first folder, the doctored row is noticed: a note, the true text, and the index compiled again.
    let here = try Self.bounded(["cite", claim, "--graph", copy.graph, "--corpus", Paths.corpus])
    #expect(
      here.status == 0 && here.stdout == truth && here.stderr.contains("\(Self.notice) \(path) could not be read (a row of sources was changed"))
    #expect(try Self.bounded(["cite", claim, "--graph", copy.graph, "--corpus", Paths.corpus]).stderr.isEmpty)
  }

  @Test("an index put back at its place from a copy is compiled again, not read")
  func indexPutBack() throws {
    let copy = try GraphCopy(keepingIndex: false)
    let path = try Self.compile(copy.graph)
    let folder = "\(copy.graph)/.index"
    let saved = copy.folder.appendingPathComponent("saved-index").path
    try FileManager.default.copyItem(atPath: folder, toPath: saved)
    // The written files are moved aside, not deleted: a deleted file's inode may be
    // given to the copy put back, which then stands where the index was written.
    try FileManager.default.moveItem(atPath: folder, toPath: copy.folder.appendingPathComponent("written-index").path)
    try FileManager.default.copyItem(atPath: saved, toPath: folder)
    let run = try Self.bounded(["stats", "--graph", copy.graph, "--corpus", Paths.corpus])
    // The note names the index, and the first file of its set found copied (the index itself or its passages).
    #expect(run.status == 0 && run.stderr.contains("\(Self.notice) \(path) could not be read ("), "\(run.stderr)")
    #expect(run.stderr.contains("was not written where it stands") && run.stderr.contains("compiled again from the YAML"), "\(run.stderr)")
    #expect(try Self.bounded(["stats", "--graph", copy.graph, "--corpus", Paths.corpus]).stderr.isEmpty)
  }

  @Test(
    "rows edited in place are noticed: a note and the YAML's answer, never a wrong one (probe 2.2's six edits)",
    arguments: [
      ("UPDATE claims SET subject = 'no-such-entity' WHERE id = 'd001-october-revolution-petrograd';", ["conflicts"]),
      ("UPDATE sources SET line = -5;", ["show", "lenin"]),
      ("UPDATE sources SET line = -5;", ["mentions", "Орынбор"]),
      ("UPDATE sources SET line = -5;", ["cite", "d001-stalin-heads-narkomnats"]),
      ("UPDATE sources SET line = -5;", ["timeline", "bokeikhanov"]),
      ("DELETE FROM entities WHERE rowid % 2 = 0 OR id = 'alikhan-bokeikhanov';", ["path", "bokeikhanov", "lenin"]),
      ("DELETE FROM entities WHERE rowid % 2 = 0 OR id = 'vladimir-lenin';", ["show", "lenin"]),
      ("DELETE FROM names;", ["search", "bokeikhanov"]),
      ("DELETE FROM quoted_sentences;", ["mentions", "Орынбор", "--uncited"]),
      // No sentence marked quoted, or sentences at random.
      ("UPDATE quoted_sentences SET bits = zeroblob(length(bits));", ["mentions", "Орынбор", "--uncited"]),
      ("UPDATE quoted_sentences SET bits = randomblob(length(bits));", ["mentions", "Орынбор", "--uncited"]),
      // A second row, the same bits: one row is read.
      ("INSERT INTO quoted_sentences SELECT * FROM quoted_sentences;", ["mentions", "Орынбор", "--uncited"]),
      // Each key's words turned round by one: other words, in another order.
      ("UPDATE name_term_keys SET terms = substr(terms, 5) || substr(terms, 1, 4);", ["search", "Bokeikhanof"]),
      ("UPDATE claims SET relation = 'no_such_relation' WHERE relation IS NOT NULL;", ["timeline", "bokeikhanov"]),
      ("UPDATE claims SET relation = 'no_such_relation' WHERE relation IS NOT NULL;", ["neighbors", "bokeikhanov"]),
      ("UPDATE sources SET quote = 'every quote replaced';", ["cite", "d001-stalin-heads-narkomnats"]),
      (
        "DELETE FROM sources WHERE claim = (SELECT rowid - 1 FROM claims WHERE id = 'd001-stalin-heads-narkomnats');",
        ["cite", "d001-stalin-heads-narkomnats"]
      ),
      ("DELETE FROM claims WHERE subject = 'alikhan-bokeikhanov' AND rowid % 2 = 0;", ["show", "bokeikhanov"]),
    ])
  func inPlaceEdits(_ sql: String, _ arguments: [String]) throws {
    let copy = try GraphCopy(keepingIndex: false)
    let path = try Self.compile(copy.graph)
    let truth = try Self.bounded(arguments + ["--graph", copy.graph, "--corpus", Paths.corpus])
    #expect(truth.stderr.isEmpty)
    try Self.edit(path, sql)
    let run = try Self.bounded(arguments + ["--graph", copy.graph, "--corpus", Paths.corpus])
    #expect(run.status == truth.status && run.stdout == truth.stdout, "\(arguments) after \(sql)")
    #expect(
      run.stderr.hasPrefix("\(Self.notice) \(path) could not be read (") && run.stderr.contains("compiled again from the YAML"), "\(run.stderr)")
    #expect(run.stderr.split(separator: "\n").count == 1)
    let again = try Self.bounded(arguments + ["--graph", copy.graph, "--corpus", Paths.corpus])
    #expect(again.stdout == truth.stdout && again.stderr.isEmpty)
  }

  @Test("a corpus text edited while the index is compiled never leaves an index that answers for the old text (probe 2.3)")
  func textEditedDuringCompile() throws {
    let copy = try GraphCopy(keepingIndex: false)
    let corpus = copy.folder.appendingPathComponent("corpus").path
    try FileManager.default.copyItem(atPath: Paths.corpus, toPath: corpus)
    let text = "\(corpus)/" + (try FileManager.default.contentsOfDirectory(atPath: corpus).filter { $0.hasSuffix(".txt") }.sorted().first!)
    let original = try Data(contentsOf: URL(fileURLWithPath: text))
    // How long a compile takes here, to edit the text at points spread across one.
    let started = ContinuousClock.now
    _ = try Self.compile(copy.graph, corpus: corpus)
    let took = ContinuousClock.now - started
    for step in [1, 3, 5, 7, 9] {
      try original.write(to: URL(fileURLWithPath: text))
      try? FileManager.default.removeItem(atPath: "\(copy.graph)/.index")
      let process = Process()
      process.executableURL = Run.binary
      process.arguments = ["index", "--graph", copy.graph, "--corpus", corpus]
      process.standardOutput = FileHandle.nullDevice
      process.standardError = FileHandle.nullDevice
      try process.run()
      Thread.sleep(forTimeInterval: Double(step) / 10 * (Double(took.components.seconds) + Double(took.components.attoseconds) / 1e18))
      var edited = original
      let byte = try #require(edited.indices.dropFirst(edited.count / 2).first { edited[$0] < 0x80 && edited[$0] != UInt8(ascii: "#") })
      edited[byte] = UInt8(ascii: "#")
      try edited.write(to: URL(fileURLWithPath: text))
      process.waitUntilExit()
      // The text no longer has its listed SHA-256: whatever the compile did, a command must say so, not answer from an index.
      let stats = try Self.bounded(["stats", "--graph", copy.graph, "--corpus", corpus])
      #expect(stats.status == 1 && stats.stderr.contains("SHA-256"), "edited at \(step)/10 of a compile: \(stats.status) \(stats.stderr)")
    }
  }

  @Test("one index set per graph however its folder is spelled; the sweep removes stale sets and nothing it did not name (probe 2's path spellings)")
  func oneSetPerGraph() throws {
    let copy = try GraphCopy(keepingIndex: false)
    var outputs = Set<String>()
    for spelling in ["Graph", "./Graph", copy.graph, "Graph/", "Graph//", "./Graph/../Graph"] {
      let run = try Self.bounded(["stats", "--graph", spelling, "--corpus", Paths.corpus], in: copy.folder)
      #expect(run.status == 0 && run.stderr.isEmpty, "\(spelling): \(run.stderr)")
      outputs.insert(run.stdout)
    }
    #expect(outputs.count == 1)
    let folder = "\(copy.graph)/.index"
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder).count == Self.filesInASet)
    // The corpus spelled two ways shares the set too, and each command names the corpus as it spelled it.
    for corpus in [Paths.corpus, "../.." + Paths.corpus, Paths.corpus] {
      let run = try Self.bounded(["documents", "--graph", "Graph", "--corpus", corpus], in: copy.folder)
      #expect(run.status == 0 && run.stderr.isEmpty && run.stdout.contains(" in \(corpus), sha256"), "\(corpus): \(run.stdout.prefix(300))")
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder).count == Self.filesInASet)
    // A set made for another folder (the project copied there, then that copy removed) goes;
    // files the tool does not name, or that are not regular files, stay.
    let elsewhere = FileManager.default.temporaryDirectory.appendingPathComponent("hg-gone-\(UUID().uuidString)")
    try FileManager.default.copyItem(at: copy.folder, to: elsewhere)
    _ = try Self.compile(elsewhere.appendingPathComponent("Graph").path)
    let moved = try FileManager.default.contentsOfDirectory(atPath: elsewhere.appendingPathComponent("Graph/.index").path)
    #expect(moved.count == Self.filesInASet)
    for name in moved {
      try FileManager.default.copyItem(atPath: elsewhere.appendingPathComponent("Graph/.index/\(name)").path, toPath: "\(folder)/\(name)")
    }
    try FileManager.default.removeItem(at: elsewhere)
    #expect(mkfifo("\(folder)/graph-0123456789abcdef.sqlite", 0o644) == 0)
    try Data("mine".utf8).write(to: URL(fileURLWithPath: "\(folder)/notes.txt"))
    _ = try Self.compile(copy.graph)
    let left = try FileManager.default.contentsOfDirectory(atPath: folder)
    #expect(left.count == Self.filesInASet + 2 && left.contains("notes.txt") && left.contains("graph-0123456789abcdef.sqlite"), "\(left)")
    #expect(Set(left).isDisjoint(with: moved))
  }

  @Test("an index compiled by another build of the program is compiled again: it holds what that code computed")
  func anotherBuild() throws {
    let copy = try GraphCopy(keepingIndex: false)
    let path = try Self.compile(copy.graph)
    func inode() -> UInt64 {
      var info = stat()
      return stat(path, &info) == 0 ? UInt64(info.st_ino) : 0
    }
    let compiled = inode()
    _ = try Self.bounded(["stats", "--graph", copy.graph, "--corpus", Paths.corpus]).succeeded("stats")
    #expect(inode() == compiled, "the same build reads the index it compiled")
    // Another build: the same program copied (another inode and time), as a rebuild or an upgrade gives.
    let other = FileManager.default.temporaryDirectory.appendingPathComponent("hg-build-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: other) }
    try FileManager.default.copyItem(at: Run.binary, to: other)
    let stats = try Run(executable: other, arguments: ["stats", "--graph", copy.graph, "--corpus", Paths.corpus]).succeeded("stats")
    #expect(stats.stdout.contains("entities"))
    #expect(inode() != compiled, "another build compiles the index again")
  }

  @Test("validate reads the YAML and the texts every time: a doctored stored verdict is never printed")
  func validateChecksEveryTime() throws {
    let copy = try GraphCopy(keepingIndex: false)
    let path = try Self.compile(copy.graph)
    try Self.edit(path, "UPDATE meta SET value = '3' WHERE name = 'quotes_checked'; UPDATE entities SET id = 'x' || id;")
    let run = try Self.bounded(["validate", "--graph", copy.graph, "--corpus", Paths.corpus])
    let entities = try Curated.graph().entities.count, quotes = try Self.curatedQuotes()
    #expect(
      run.status == 0 && run.stdout.contains("ok: \(entities) entities") && run.stdout.contains("quotes: all \(quotes) checked"), "\(run.stdout)")
  }

  @Test("the French project (its corpus named in documents.yaml): a FIFO at the index's name and a doctored quote give the YAML's answers")
  func otherGraph() throws {
    let project = try OtherGraphsTests.frenchProject()
    let graph = project.folder.appendingPathComponent("abbaye").path
    let first = try Self.bounded(["index", "--graph", graph], in: project.folder).succeeded("index")
    let path = try #require(first.stdout.components(separatedBy: ": ").first)
    let truth = try Self.bounded(["show", "Helene Duclos", "--graph", graph], in: project.folder).succeeded()
    try Self.edit(path, "UPDATE sources SET quote = 'POISONED';")
    let doctored = try Self.bounded(["show", "Helene Duclos", "--graph", graph], in: project.folder)
    #expect(doctored.stdout == truth.stdout && doctored.stderr.contains("\(Self.notice) \(path) could not be read"))
    try FileManager.default.removeItem(atPath: path)
    #expect(mkfifo(path, 0o644) == 0)
    let fifo = try Self.bounded(["show", "Helene Duclos", "--graph", graph], in: project.folder)
    #expect(fifo.status == 0 && fifo.stdout == truth.stdout && fifo.stderr.contains("is a FIFO, not a file"))
    let validate = try Self.bounded(["validate", "--graph", graph], in: project.folder)
    #expect(validate.status == 0 && validate.stdout.contains("quotes: all 6 checked"))
  }
}
