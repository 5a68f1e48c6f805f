import Foundation
import HistoryGraphTestSupport
import Testing

/// `export` in every format from the command line: what goes where, and what is refused.
@Suite("export formats from the command line")
struct ExportFormatTests {
  func scratch() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hg-export-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }

  @Test(
    "one-file formats go to standard output with -o -",
    arguments: [
      ("graphml", "<graphml"), ("gexf", "<gexf"), ("node-link", "\"directed\": true"), ("turtle", "@prefix wd:"),
      ("ntriples", "> <http://wikiba.se/ontology#rank> "),
      ("geojson", "\"type\" : \"FeatureCollection\""),
    ])
  func oneFile(_ format: String, _ marker: String) throws {
    let run = try Run("export", "--format", format, "-o", "-")
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.contains(marker))
  }

  @Test("csv writes a folder, replaces its own earlier export, refuses a folder with other files and standard output")
  func csvFolder() throws {
    let folder = try scratch()
    defer { try? FileManager.default.removeItem(at: folder) }
    let target = folder.appendingPathComponent("tables")
    let first = try Run("export", "--format", "csv", "-o", target.path)
    #expect(first.status == 0, "\(first.stderr)")
    let names = try FileManager.default.contentsOfDirectory(atPath: target.path).sorted()
    #expect(names == ["claims.csv", "edges.csv", "nodes.csv", "sources.csv"])
    let again = try Run("export", "--format", "csv", "-o", target.path)
    #expect(again.status == 0, "\(again.stderr)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["tables"], "no temporary or old folder is left beside it")

    let mine = folder.appendingPathComponent("mine")
    try FileManager.default.createDirectory(at: mine, withIntermediateDirectories: false)
    try "keep me".write(to: mine.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
    let refused = try Run("export", "--format", "csv", "-o", mine.path)
    #expect(refused.status == 1)
    #expect(refused.stderr.contains("notes.txt"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: mine.path) == ["notes.txt"], "a refused export touches nothing")

    let missing = try Run("export", "--format", "csv", "-o", folder.appendingPathComponent("no/such/tables").path)
    #expect(missing.status == 1 && missing.stderr.contains("does not exist"))
    #expect(try Run("export", "--format", "csv", "-o", "-").status == 64)
    #expect(try Run("export", "--format", "csv").status == 64)
  }

  @Test("neo4j writes its folder of import files and script; a base IRI that is not absolute is a usage error")
  func neo4jAndBase() throws {
    let folder = try scratch()
    defer { try? FileManager.default.removeItem(at: folder) }
    let target = folder.appendingPathComponent("neo4j")
    let run = try Run("export", "--format", "neo4j", "-o", target.path)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: target.path).sorted() == [
        "entities.csv", "load.cypher", "relations.csv", "sources.csv", "stated_in.csv",
      ])
    let based = try Run("export", "--format", "turtle", "--base", "https://example.org/kz/", "-o", "-")
    #expect(based.status == 0 && based.stdout.contains("@prefix wd: <https://example.org/kz/entity/>"))
    let bad = try Run("export", "--format", "turtle", "--base", "example.org")
    #expect(bad.status == 64 && bad.stderr.contains("--base"))
  }
}
