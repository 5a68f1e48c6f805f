import Foundation
import Synchronization
import Testing

/// The external tools some tests need, and whether this machine has them.
///
/// Locally, a test whose tool is missing is skipped with the reason. On CI (the environment
/// variable `CI` set, to anything but `0` or `false`) nothing is skipped: CI installs every
/// tool (`.ci/run`), so a missing one fails the tests that need it.
package enum Tools {
  /// Whether the tests run on CI, where every tool must be present.
  package static let onCI: Bool = {
    guard let value = ProcessInfo.processInfo.environment["CI"] else { return false }
    return !["", "0", "false"].contains(value.lowercased())
  }()

  private static let imports = Mutex<[String: Bool]>([:])

  /// Whether `python3` on `PATH` runs and imports every module of `modules` (asked once per list).
  package static func python(canImport modules: [String]) -> Bool {
    let key = modules.joined(separator: ",")
    if let known = imports.withLock({ $0[key] }) { return known }
    let script = modules.isEmpty ? "pass" : "import " + modules.joined(separator: ", ")
    let found = (try? Run.python(script, []).status == 0) ?? false
    imports.withLock { $0[key] = found }
    return found
  }

  /// The Chromium and chromedriver that `Tests/Browser/explorer_check.py` starts.
  package static let chromiumPaths = ["/usr/bin/chromium", "/usr/bin/chromedriver"]

  /// Whether Chromium, chromedriver and Python's Selenium are installed.
  package static var hasChromium: Bool {
    chromiumPaths.allSatisfy { FileManager.default.isExecutableFile(atPath: $0) } && python(canImport: ["selenium"])
  }
}

extension Trait where Self == ConditionTrait {
  /// Runs the test if `python3` imports every module of `modules`, or on CI; skips it otherwise, saying what is missing.
  package static func requiresPython(_ modules: String..., sourceLocation: SourceLocation = #_sourceLocation) -> Self {
    let named = modules.isEmpty ? "python3" : "python3 with \(modules.joined(separator: ", "))"
    return .enabled(
      if: Tools.onCI || Tools.python(canImport: modules),
      "needs \(named) (installed by .ci/run; on CI this test never skips)", sourceLocation: sourceLocation)
  }

  /// Runs the test if Chromium, chromedriver and Selenium are installed, or on CI; skips it otherwise.
  package static func requiresChromium(sourceLocation: SourceLocation = #_sourceLocation) -> Self {
    .enabled(
      if: Tools.onCI || Tools.hasChromium,
      "needs \(Tools.chromiumPaths.joined(separator: " and ")) and python3 with selenium (installed by .ci/run; on CI this test never skips)",
      sourceLocation: sourceLocation)
  }
}
