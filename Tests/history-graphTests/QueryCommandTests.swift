import Foundation
import HistoryGraphTestSupport
import Testing

/// The query commands that print answers, run through the built binary.
@Suite("history-graph query commands")
struct QueryCommandTests {
  @Test("path prints each hop with its claim and quotes; --json keeps every key, null when undated")
  func path() throws {
    let run = try Run("path", "bokeikhanov", "lenin", "--method", "k-shortest", "--k", "2", "--json")
    #expect(run.status == 0, "\(run.stderr)")
    let answer = try #require(try run.json() as? [String: Any])
    #expect(answer["method"] as? String == "k-shortest (k = 2)")
    let routes = try #require(answer["routes"] as? [[String: Any]])
    #expect(routes.count == 2)
    let steps = routes.flatMap { $0["steps"] as? [[String: Any]] ?? [] }
    let hops = steps.flatMap { $0["claims"] as? [[String: Any]] ?? [] }
    #expect(hops.allSatisfy { Set($0.keys) == ["from", "relation", "reading", "to", "reversed", "claim", "time", "sources"] })
    #expect(hops.contains { $0["time"] is NSNull })
    let text = try Run("path", "bokeikhanov", "lenin")
    #expect(text.status == 0)
    #expect(text.stdout.contains("route 1:") && text.stdout.contains("«") && text.stdout.contains("method: informative"))
  }

  @Test("path --method time-respecting starts on --start; finding nothing exits 1 and says so, with --json too")
  func pathMethods() throws {
    let timed = try Run("path", "alash-orda", "bolsheviks", "--method", "time-respecting", "--start", "1917-01")
    #expect(timed.status == 0 || timed.stderr.contains("no path"), "\(timed.stderr)")
    let none = try Run("path", "bokeikhanov", "lenin", "--relation", "killed", "--json")
    #expect(none.status == 1)
    #expect(none.stderr.contains("no path"))
    let empty = try #require(try none.json() as? [String: Any])
    #expect((empty["routes"] as? [Any])?.isEmpty == true)
    let misuse = try Run("path", "bokeikhanov", "lenin", "--start", "1918")
    #expect(misuse.status == 64)
  }

  @Test("neighbors lists each connection with its claim, in the language asked for")
  func neighbors() throws {
    let run = try Run("neighbors", "alash-orda", "--relation", "leads", "--lang", "en", "--json")
    #expect(run.status == 0, "\(run.stderr)")
    let entries = try #require(try run.json() as? [[String: Any]])
    #expect(!entries.isEmpty && entries.allSatisfy { $0["relation"] as? String == "leads" })
    #expect(entries.contains { $0["id"] as? String == "alikhan-bokeikhanov" && $0["label"] as? String == "Alikhan Bokeikhanov" })
    let deeper = try Run("neighbors", "alash-orda", "--depth", "2")
    #expect(deeper.status == 0 && deeper.stdout.contains("hops"))
  }

  @Test("timeline orders dated claims and keeps via (null when direct)")
  func timeline() throws {
    let run = try Run("timeline", "bokeikhanov", "--json")
    #expect(run.status == 0, "\(run.stderr)")
    let answer = try #require(try run.json() as? [String: Any])
    let events = try #require(answer["events"] as? [[String: Any]])
    #expect(!events.isEmpty && events.allSatisfy { $0.keys.contains("via") })
    let starts = events.compactMap { ($0["date"] as? [String: Any])?["earliest"] as? String }
    #expect(starts == starts.sorted())
  }

  @Test("as-of lists holdings with their periods and quotes")
  func asOf() throws {
    let run = try Run("as-of", "1918-03")
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.contains("holdings overlapping") && run.stdout.contains("«"))
    let json = try Run("as-of", "1918-03", "--json")
    let answer = try #require(try json.json() as? [String: Any])
    #expect(
      answer["window"] as? String == "1918-03-01/1918-03-31" && answer["mode"] as? String == "possible" && answer["filters"] as? String == "none")
    let holdings = try #require(answer["holdings"] as? [[String: Any]])
    #expect(
      !holdings.isEmpty
        && holdings.allSatisfy { Set($0.keys).isSuperset(of: ["place", "holder", "taken", "earliest", "latest", "claim", "leaders"]) })
  }

  @Test("conflicts puts all the disagreeing claims of a question side by side")
  func conflicts() throws {
    let run = try Run("conflicts", "--json")
    #expect(run.status == 0, "\(run.stderr)")
    let list = try #require(try run.json() as? [[String: Any]])
    #expect(!list.isEmpty && list.allSatisfy { ($0["claims"] as? [Any])?.count ?? 0 >= 2 })
  }

  @Test("rank writes scores as numbers")
  func rank() throws {
    let run = try Run("rank", "--by", "degree", "--top", "5", "--json")
    #expect(run.status == 0, "\(run.stderr)")
    let list = try #require(try run.json() as? [[String: Any]])
    #expect(list.count == 5 && list.allSatisfy { $0["score"] is NSNumber })
  }

  @Test("search finding nothing exits 1 with and without --json")
  func searchNothing() throws {
    let json = try Run("search", "zzqqxx", "--json")
    let text = try Run("search", "zzqqxx")
    #expect(json.status == 1 && text.status == 1)
    #expect(json.stderr.contains("nothing in the graph matches"))
    // Without --json the texts are searched too, and the answer says neither named it.
    #expect(text.stderr.contains("no entity is named 'zzqqxx', and no quote"))
  }

  @Test("-o - writes to standard output and never makes a file named '-'; --version answers")
  func standardOutput() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hg-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let graph = Paths.project.appendingPathComponent("Graph").path
    let export = try Run("export", "--format", "graphml", "-o", "-", "--graph", graph, "--corpus", Paths.corpus, in: folder)
    #expect(export.status == 0 && export.stdout.hasPrefix("<?xml"))
    let render = try Run("render", "--focus", "bokeikhanov", "--format", "svg", "-o", "-", "--graph", graph, "--corpus", Paths.corpus, in: folder)
    #expect(render.status == 0 && render.stdout.contains("<svg"))
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("-").path))
    let version = try Run("--version")
    #expect(version.status == 0 && !version.stdout.isEmpty)
  }

  @Test("render without a format or a known extension is a usage error")
  func renderUsage() throws {
    let run = try Run("render", "--focus", "bokeikhanov", "-o", "-")
    #expect(run.status == 64)
  }
}
