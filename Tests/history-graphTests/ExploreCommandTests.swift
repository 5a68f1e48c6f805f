import Foundation
import HistoryGraphTestSupport
import Testing

/// `history-graph explore`: its output and its errors.
@Suite("history-graph explore")
struct ExploreCommandTests {
  static func folder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hg-explore-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }

  @Test("a focus page on standard output; a filtered page names its filters")
  func written() throws {
    let run = try Run("explore", "--focus", "bokeikhanov", "--depth", "1", "-o", "-")
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.hasPrefix("<!doctype html>"))
    #expect(run.stdout.contains("Әлихан Бөкейханов"))
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let page = folder.appendingPathComponent("d001.html").path
    let filtered = try Run("explore", "--document", "d001", "--as-of", "1918-03", "-o", page)
    #expect(filtered.status == 0, "\(filtered.stderr)")
    #expect(filtered.stderr.contains("entities") && filtered.stderr.contains("layout"))
    #expect(try String(contentsOfFile: page, encoding: .utf8).contains("d001"))
  }

  @Test("bad requests: a file that is not HTML, an unknown entity or relation, an empty view; nothing is written")
  func refused() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let svg = folder.appendingPathComponent("x.svg").path
    let notHTML = try Run("explore", "-o", svg)
    #expect(notHTML.status == 64 && notHTML.stderr.contains("HTML page"))
    let page = folder.appendingPathComponent("x.html").path
    let nobody = try Run("explore", "--focus", "no-such-person-anywhere", "-o", page)
    #expect(nobody.status == 1 && nobody.stderr.contains("history-graph search"), "\(nobody.stderr)")
    let relation = try Run("explore", "--relation", "no_such_relation", "-o", page)
    #expect(relation.status == 1 && relation.stderr.contains("no_such_relation"), "\(relation.stderr)")
    let empty = try Run("explore", "--document", "d003", "--as-of", "1000", "--dated-only", "-o", page)
    #expect(empty.status == 1 && empty.stderr.contains("view is empty"), "\(empty.stderr)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
  }
}
