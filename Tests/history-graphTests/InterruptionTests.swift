import Foundation
import HistoryGraphTestSupport
import Testing

/// An output interrupted by SIGTERM, SIGINT or SIGHUP at the worst moment: its
/// files are all written and the process is about to rename them into place.
/// A small library put before the C library (`LD_PRELOAD`) raises the signal
/// from inside `rename(2)` when the renamed path is the test's own output; the
/// binary itself is the one the other tests run.
@Suite("An interrupted write leaves the target as it was and no temporary behind")
struct InterruptionTests {
  /// The interposed `rename`, built once per test run.
  static let interposer: Result<String, any Error> = Result {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hg-interpose-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let source = folder.appendingPathComponent("interpose.c")
    try Data(
      """
      #define _GNU_SOURCE
      #include <dlfcn.h>
      #include <signal.h>
      #include <stdlib.h>
      #include <string.h>

      /* Raises HG_TEST_SIGNAL the first time a path containing HG_TEST_RENAMED is renamed
         from (the handler's own rename back goes through here too). The test runner's threads block signals and a child inherits the mask, so the
         signal is unblocked first, as in a process started from a shell. */
      int rename(const char *from, const char *to) {
        int (*real)(const char *, const char *) = (int (*)(const char *, const char *))dlsym(RTLD_NEXT, "rename");
        const char *marker = getenv("HG_TEST_RENAMED");
        const char *number = getenv("HG_TEST_SIGNAL");
        static int raised = 0;
        if (!raised && marker != NULL && number != NULL && strstr(from, marker) != NULL) {
          raised = 1;
          sigset_t set;
          sigemptyset(&set);
          sigaddset(&set, atoi(number));
          sigprocmask(SIG_UNBLOCK, &set, NULL);
          raise(atoi(number));
        }
        return real(from, to);
      }
      """.utf8
    ).write(to: source)
    let library = folder.appendingPathComponent("interpose.so").path
    try Run(executable: URL(fileURLWithPath: "/usr/bin/env"), arguments: ["cc", "-shared", "-fPIC", "-o", library, source.path, "-ldl"])
      .succeeded("cc (the interposer)")
    return library
  }

  /// A fresh folder for one test's outputs.
  private static func scratch() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hg-interrupt-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }

  /// Runs `export` with the signal raised when a temporary (or old) path of `name` is renamed.
  private static func interruptedExport(_ arguments: [String], name: String, signal: Int32) throws -> Run {
    try Run(
      arguments: ["export"] + arguments,
      environment: ["LD_PRELOAD": try interposer.get(), "HG_TEST_RENAMED": "/.\(name).", "HG_TEST_SIGNAL": "\(signal)"])
  }

  #if os(Linux)
    @Test("a file export interrupted before its rename keeps the old file and removes the temporary", arguments: [SIGTERM, SIGINT, SIGHUP])
    func file(_ signal: Int32) throws {
      let folder = try Self.scratch()
      defer { try? FileManager.default.removeItem(at: folder) }
      let target = folder.appendingPathComponent("graph.json")
      try Data("old".utf8).write(to: target)
      let run = try Self.interruptedExport(["--format", "json", "-o", target.path], name: "graph.json", signal: signal)
      #expect(run.signal == signal, "status \(run.status): \(run.stderr)")
      #expect(try String(contentsOf: target, encoding: .utf8) == "old")
      #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["graph.json"])
    }

    @Test("a folder export interrupted before its rename leaves no temporary folder, and a new target is not made", arguments: ["csv", "neo4j"])
    func newFolder(_ format: String) throws {
      let folder = try Self.scratch()
      defer { try? FileManager.default.removeItem(at: folder) }
      let target = folder.appendingPathComponent("tables")
      let run = try Self.interruptedExport(["--format", format, "-o", target.path], name: "tables", signal: SIGTERM)
      #expect(run.signal == SIGTERM, "status \(run.status): \(run.stderr)")
      #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [])
    }

    @Test("a folder export interrupted with the old folder moved aside puts it back whole")
    func replacedFolder() throws {
      let folder = try Self.scratch()
      defer { try? FileManager.default.removeItem(at: folder) }
      let target = folder.appendingPathComponent("tables")
      let first = try Run("export", "--format", "csv", "-o", target.path)
      #expect(first.status == 0, "\(first.stderr)")
      let names = try FileManager.default.contentsOfDirectory(atPath: target.path).sorted()
      #expect(!names.isEmpty)
      // An earlier export whose files differ from the new one's.
      for name in names { try Data("earlier \(name)".utf8).write(to: target.appendingPathComponent(name)) }
      let run = try Self.interruptedExport(["--format", "csv", "-o", target.path], name: "tables", signal: SIGTERM)
      #expect(run.signal == SIGTERM, "status \(run.status): \(run.stderr)")
      #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["tables"])
      #expect(try FileManager.default.contentsOfDirectory(atPath: target.path).sorted() == names)
      for name in names {
        #expect(try String(contentsOf: target.appendingPathComponent(name), encoding: .utf8) == "earlier \(name)")
      }
    }

    @Test("a signal the process ignores stays ignored: under nohup, SIGHUP does not stop an export")
    func ignoredSignal() throws {
      let folder = try Self.scratch()
      defer { try? FileManager.default.removeItem(at: folder) }
      let target = folder.appendingPathComponent("graph.json")
      // The interposer's raise(SIGHUP) stands for the hang-up; the shell's `trap '' HUP`
      // ignores it as nohup does, and the binary inherits that.
      let run = try Run(
        executable: URL(fileURLWithPath: "/bin/sh"),
        arguments: ["-c", "trap '' HUP; exec \"$0\" export --format json -o \"$1\"", Run.binary.path, target.path], in: Paths.project,
        environment: ["LD_PRELOAD": try Self.interposer.get(), "HG_TEST_RENAMED": "/.graph.json.", "HG_TEST_SIGNAL": "\(SIGHUP)"])
      #expect(run.signal == nil && run.status == 0, "\(run.stderr)")
      #expect(try Data(contentsOf: target).count > 1_000)
    }
  #endif
}
