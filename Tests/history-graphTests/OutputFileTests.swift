import Foundation
import HistoryGraphTestSupport
import Testing

/// Output files are written under an unpredictable temporary name, created only where
/// nothing is (`O_EXCL | O_NOFOLLOW`), then renamed: a link planted beside the target is
/// never followed (reliability probe 2, "Temporary files through planted links").
@Suite("Output files through planted links and odd names")
struct OutputFileTests {
  /// A fresh folder in the temporary directory, removed after.
  final class Folder {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("hg-output-\(UUID().uuidString)")
    init() throws { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }
    deinit { try? FileManager.default.removeItem(at: url) }
    func path(_ name: String) -> String { url.appendingPathComponent(name).path }
  }

  @Test("Links planted under the names of the next process ids are not followed, and the output is a regular file")
  func plantedLinks() throws {
    let folder = try Folder()
    let victim = folder.path("victim.txt")
    try Data("keep me\n".utf8).write(to: URL(fileURLWithPath: victim))
    // The old temporary name was `.out.json.PID.tmp`; plant it for the next few hundred ids.
    let last =
      Int((try? String(contentsOfFile: "/proc/sys/kernel/ns_last_pid", encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "") ?? 0
    for pid in (last + 1)...(last + 400) {
      try FileManager.default.createSymbolicLink(atPath: folder.path(".out.json.\(pid).tmp"), withDestinationPath: victim)
    }
    let run = try Run("export", "--format", "json", "-o", folder.path("out.json"), "--corpus", Paths.corpus)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(try String(contentsOfFile: victim, encoding: .utf8) == "keep me\n")
    let attributes = try FileManager.default.attributesOfItem(atPath: folder.path("out.json"))
    #expect(attributes[.type] as? FileAttributeType == .typeRegular)
    #expect(try Data(contentsOf: URL(fileURLWithPath: folder.path("out.json"))).count > 1_000_000)
    // Nothing of ours is left beside it but the planted links.
    let left = try FileManager.default.contentsOfDirectory(atPath: folder.url.path).filter {
      !$0.hasPrefix(".out.json.") || !$0.hasSuffix(".tmp") || $0.split(separator: ".").count > 4
    }
    #expect(left.sorted() == ["out.json", "victim.txt"])
  }

  @Test("An empty -o and a file name ending in '/' are clear errors that write nothing", arguments: ["", "x.json/"])
  func oddNames(_ name: String) throws {
    let folder = try Folder()
    let run = try Run(arguments: ["export", "--format", "json", "-o", name, "--graph", Paths.graph, "--corpus", Paths.corpus], in: folder.url)
    #expect(run.status == 1)
    #expect(run.stderr.contains("error: cannot write '\(name)'"))
    #expect(run.stderr.contains("hint: "))
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).isEmpty)
  }

  @Test("-o /dev/stdout writes to standard output when it is a pipe, as -o - does")
  func stdoutPipe() throws {
    let run = try Run("export", "--format", "node-link", "-o", "/dev/stdout", "--corpus", Paths.corpus)
    #expect(run.status == 0, "\(run.stderr)")
    let dash = try Run("export", "--format", "node-link", "-o", "-", "--corpus", Paths.corpus)
    #expect(run.stdout == dash.stdout && run.stdout.count > 100_000)
  }
}
