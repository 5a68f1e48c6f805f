import Foundation
import HistoryGraph
import HistoryGraphTestSupport
import Testing

/// The curated graph's outputs, byte for byte, as they were recorded before a change
/// meant to leave them alone (`Fixtures/curated-outputs.sha256`: the SHA-256 of each
/// command's standard output, or of a folder export's files in name order, and its
/// exit status).
@Suite("Curated outputs")
struct CuratedOutputsTests {
  struct Recorded: CustomTestStringConvertible, Sendable {
    let digest: String
    let status: Int32
    let command: String
    var testDescription: String { command }
  }

  static let fixtures = Paths.project.appendingPathComponent("Tests/history-graphTests/Fixtures")

  static func recorded() throws -> [Recorded] {
    let text = try String(contentsOf: fixtures.appendingPathComponent("curated-outputs.sha256"), encoding: .utf8)
    return text.split(separator: "\n").map { line in
      let fields = line.split(separator: " ", maxSplits: 2)
      return Recorded(digest: String(fields[0]), status: Int32(fields[1])!, command: String(fields[2]))
    }
  }

  @Test("Every recorded command is in the command list")
  func listed() throws {
    let list = try String(contentsOf: Self.fixtures.appendingPathComponent("curated-commands.txt"), encoding: .utf8)
    let commands = list.split(separator: "\n").filter { !$0.hasPrefix("#") }.map(String.init)
    #expect(try Self.recorded().map(\.command) == commands)
  }

  @Test("A command prints what it printed before", .tags(.slow), arguments: try CuratedOutputsTests.recorded())
  func same(_ recorded: Recorded) throws {
    var words = recorded.command.split(separator: " ").map(String.init)
    var bytes: [UInt8]
    let status: Int32
    if words.first == "dir" {
      words.removeFirst()
      let folder = FileManager.default.temporaryDirectory.appendingPathComponent("curated-\(UUID().uuidString)")
      defer { try? FileManager.default.removeItem(at: folder) }
      let run = try Run(arguments: words + ["-o", folder.path, "--corpus", "../shared/seeds"])
      status = run.status
      let files = try FileManager.default.subpathsOfDirectory(atPath: folder.path).sorted()
      bytes = []
      for file in files {
        var isFolder: ObjCBool = false
        let path = folder.appendingPathComponent(file).path
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue else { continue }
        bytes += try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
      }
    } else {
      let run = try Run(arguments: words + ["--corpus", "../shared/seeds"])
      status = run.status
      bytes = Array(run.stdout.utf8)
    }
    #expect(status == recorded.status)
    #expect(SHA256.hex(bytes) == recorded.digest)
  }
}
