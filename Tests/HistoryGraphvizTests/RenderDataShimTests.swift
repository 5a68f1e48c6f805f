import Foundation
import HistoryGraphTestSupport
import Testing

/// `CGraphviz_renderData` (Sources/CGraphviz/shim.h) compiled against a
/// stand-in gvc.h of each Graphviz generation, whose `gvRenderData` writes a
/// length of the declared width: Graphviz 2.x's `unsigned int *` and current
/// releases' `size_t *` (as on macOS). With a 4-byte variable, the second
/// would write past it and the shim would read back only the low half.
@Suite("The render-data shim reads the length at the width the header declares")
struct RenderDataShimTests {
  /// A C compiler on the `PATH` (the Swift toolchain's clang, or the system's `cc`).
  static let compiler: String? = ["clang", "cc"].first { name in
    (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").contains {
      FileManager.default.isExecutableFile(atPath: "\($0)/\(name)")
    }
  }

  @Test(
    "the length Graphviz writes comes back whole, with no compiler warning",
    .enabled(if: compiler != nil, "no C compiler on the PATH"),
    arguments: [("unsigned int", "7u", "7"), ("size_t", "((size_t)1 << 32) + 5", MemoryLayout<Int>.size == 8 ? "4294967301" : "5")])
  func length(_ type: String, _ written: String, _ expected: String) throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hg-shim-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder.appendingPathComponent("graphviz"), withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data("typedef struct Agraph_s Agraph_t;\n".utf8).write(to: folder.appendingPathComponent("graphviz/cgraph.h"))
    try Data(
      """
      #include <stddef.h>
      typedef struct GVC_s GVC_t;
      typedef Agraph_t graph_t;
      int gvRenderData(GVC_t *gvc, graph_t *g, const char *format, char **result, \(type) *length);
      """.utf8
    ).write(to: folder.appendingPathComponent("graphviz/gvc.h"))
    try Data(
      """
      #include "shim.h"
      #include <stdio.h>
      int gvRenderData(GVC_t *gvc, graph_t *g, const char *format, char **result, \(type) *length) {
        (void)gvc, (void)g, (void)format;
        *result = 0;
        *length = \(written);
        return 0;
      }
      int main(void) {
        char *data;
        size_t length = 0;
        int status = CGraphviz_renderData(0, 0, "svg", &data, &length);
        printf("%d %zu\\n", status, length);
        return 0;
      }
      """.utf8
    ).write(to: folder.appendingPathComponent("main.c"))
    let binary = folder.appendingPathComponent("main").path
    let build = try Self.run(
      Self.compiler!, "-std=c11", "-Wall", "-Wextra", "-Werror", "-I", folder.path,
      "-I", Paths.project.appendingPathComponent("Sources/CGraphviz").path, folder.appendingPathComponent("main.c").path, "-o", binary)
    #expect(build.status == 0, "\(build.output)")
    let run = try Self.run(binary)
    #expect(run.status == 0)
    #expect(run.output == "0 \(expected)\n")
  }

  /// Runs `arguments` (the first found on the `PATH`), with standard error in the output.
  static func run(_ arguments: String...) throws -> (status: Int32, output: String) {
    let run = try Run(executable: URL(fileURLWithPath: "/usr/bin/env"), arguments: arguments)
    return (run.status, run.stdout + run.stderr)
  }
}
