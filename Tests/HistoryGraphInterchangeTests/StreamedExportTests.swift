import Foundation
import HistoryGraph
import HistoryGraphTestSupport
import HistoryIndex
import Testing

@testable import HistoryGraphInterchange

/// `export` reads a current index a slice of rows at a time and writes each
/// record as it reads it: every format's bytes are those written from the whole
/// graph loaded from the YAML, whatever the slices, and a failed export leaves nothing.
@Suite(.serialized) struct StreamedExportTests {
  /// The files an export wrote at `path` (one file, or a folder's files), by name.
  static func written(_ path: String) throws -> [String: Data] {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return [:] }
    guard isFolder.boolValue else { return ["": try Data(contentsOf: URL(fileURLWithPath: path))] }
    var files: [String: Data] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: path) {
      files[name] = try Data(contentsOf: URL(fileURLWithPath: "\(path)/\(name)"))
    }
    return files
  }

  /// Writes every format from the whole graph (read from the YAML) and from the
  /// current index read `sliceSize` rows at a time, and compares them byte for byte.
  ///
  /// - Returns: how many claim slices the index was read in.
  @discardableResult
  func expectSameExports(graph folder: String, corpus: String?, sliceSize: Int) throws -> Int {
    let (whole, _) = try GraphLoader.load(graph: folder, corpus: corpus)
    _ = try GraphIndex.load(graph: folder, corpus: corpus)
    let scratch = try Scratch()
    let places = try whole.gazetteer(graph: folder)
    var slices = 0
    for format in ExportFormat.allCases {
      let fromWhole = scratch.folder.appendingPathComponent("whole-\(format.rawValue)").path
      try format.write(whole, places: places, to: fromWhole)
      let fromIndex = scratch.folder.appendingPathComponent("index-\(format.rawValue)").path
      try GraphIndex.withRecords(graph: folder, corpus: corpus, sliceSize: sliceSize) { records in
        #expect(!(records is CuratedGraph), "the index is current: its rows are read")
        try format.write(records, places: try records.gazetteer(graph: folder), to: fromIndex)
        if format == .json { try records.forEachClaimSlice { _ in slices += 1 } }
      }
      let expected = try Self.written(fromWhole)
      #expect(!expected.isEmpty && expected.values.allSatisfy { !$0.isEmpty }, "\(format)")
      let got = try Self.written(fromIndex)
      #expect(got.keys.sorted() == expected.keys.sorted(), "\(format)")
      for (name, data) in expected {
        #expect(got[name] == data, "\(format) \(name): \(got[name]?.count ?? 0) bytes from the index, \(data.count) from the whole graph")
      }
    }
    return slices
  }

  @Test("Every format read from the curated graph's index 7 rows at a time is the whole graph's, byte for byte")
  func curated() throws {
    let copy = try GraphCopy(keepingIndex: false)
    let slices = try expectSameExports(graph: copy.graph, corpus: Paths.corpus, sliceSize: 7)
    #expect(slices > 20)
  }

  @Test("A map reads from the index the located places, their holdings and claim counts, not the whole graph; an empty gazetteer reads nothing")
  func mapPart() throws {
    let copy = try GraphCopy(keepingIndex: false)
    let (whole, _) = try GraphLoader.load(graph: copy.graph, corpus: Paths.corpus)
    _ = try GraphIndex.load(graph: copy.graph, corpus: Paths.corpus)
    let places = try whole.gazetteer(graph: copy.graph)
    try #require(places.locations.count > 10)
    try GraphIndex.withRecords(graph: copy.graph, corpus: Paths.corpus) { records in
      let part = try records.mapPart(of: places)
      #expect(part.graph.claims.count < whole.claims.count / 2)
      #expect(part.claimCounts == whole.mapPart(of: places).claimCounts)
      // The holdings of the located places, leaders aside (a map does not show them).
      func held(_ graph: CuratedGraph) -> [String] {
        graph.holdings(during: .unbounded).filter { places.locations[$0.place] != nil }.map {
          "\($0.place) \($0.holder) \($0.claim.id) \($0.period) \($0.isTaken) \($0.endedBy?.id.rawValue ?? "-")"
        }
      }
      #expect(!held(whole).isEmpty && held(part.graph) == held(whole))
      #expect(places.locations.keys.allSatisfy { part.graph.entities[$0] != nil })
      let none = try records.mapPart(of: Gazetteer())
      #expect(none.graph.entities.isEmpty && none.graph.claims.isEmpty && none.claimCounts.isEmpty)
    }
  }

  @Test(
    "Every format read from a generated graph's index of 3,000 claims and 100 located places 64 and 1,200 rows at a time (slices JSON encodes in parts on the cores) is the whole graph's, byte for byte"
  )
  func generated() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("generated-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let generator = try Run.python(
      file: Paths.project.appendingPathComponent("Benchmarks/generate-graph.py").path, ["3000", folder.path, "--places", "100"])
    #expect(generator.status == 0, "\(generator.stderr)")
    let slices = try expectSameExports(graph: folder.appendingPathComponent("Graph").path, corpus: nil, sliceSize: 64)
    #expect(slices >= 3000 / 64)
    #expect(try expectSameExports(graph: folder.appendingPathComponent("Graph").path, corpus: nil, sliceSize: 1200) >= 3)
  }

  @Test("An index found changed while an export reads it is compiled again and the export written from the YAML: the same bytes, nothing else left")
  func changedIndex() throws {
    let copy = try GraphCopy(keepingIndex: false)
    let load = try GraphIndex.load(graph: copy.graph, corpus: Paths.corpus)
    let scratch = try Scratch()
    let expected = scratch.folder.appendingPathComponent("expected.json").path
    try ExportFormat.json.write(load.graph, places: Gazetteer(), to: expected)
    // A claim near the end edited by hand: its row no longer matches its check, found once the slices before it are written.
    try Run.python(
      "import sqlite3, sys\nc = sqlite3.connect(sys.argv[1])\nc.execute(\"UPDATE claims SET note = 'edited' WHERE rowid = (SELECT max(rowid) FROM claims)\")\nc.commit()",
      [load.path]
    ).succeeded("the SQL edit")
    var notices: [String] = []
    var calls = 0
    let output = scratch.folder.appendingPathComponent("graph.json").path
    let export = { (records: any GraphRecords) throws in
      calls += 1
      try ExportFormat.json.write(records, places: Gazetteer(), to: output)
    }
    try GraphIndex.withRecords(graph: copy.graph, corpus: Paths.corpus, sliceSize: 5, notify: { notices.append($0) }, export)
    #expect(calls == 2)
    #expect(notices.count == 1 && notices[0].contains("could not be read"), "\(notices)")
    #expect(try Data(contentsOf: URL(fileURLWithPath: output)) == Data(contentsOf: URL(fileURLWithPath: expected)))
    #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.folder.path).sorted() == ["expected.json", "graph.json"])
  }

  @Test("A file or folder export that fails while written leaves what was there before and no temporary file")
  func failedWrite() throws {
    struct Stop: Error {}
    let scratch = try Scratch()
    let file = try scratch.write("before\n", to: "graph.json")
    #expect(throws: Stop.self) {
      try AtomicFile.write(to: file) { sink in
        sink.write(String(repeating: "x", count: 3 * OutputSink.blockSize))
        throw Stop()
      }
    }
    let folder = scratch.folder.appendingPathComponent("csv").path
    try AtomicFolder.write(["a.csv"], to: folder) { $0[0].write("first\n") }
    #expect(throws: Stop.self) {
      try AtomicFolder.write(["a.csv"], to: folder) { sinks in
        sinks[0].write(String(repeating: "y", count: 2 * OutputSink.blockSize))
        throw Stop()
      }
    }
    #expect(try String(contentsOfFile: file, encoding: .utf8) == "before\n")
    #expect(try String(contentsOfFile: "\(folder)/a.csv", encoding: .utf8) == "first\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.folder.path).sorted() == ["csv", "graph.json"])
  }
}
