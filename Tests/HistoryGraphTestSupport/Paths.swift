import Foundation

/// Where the tests find the project and the shared corpus: the one place that knows.
///
/// The project root is found from this file's path at compile time (three folders up
/// from `Tests/HistoryGraphTestSupport/Paths.swift`); the corpus is `../shared/seeds`
/// beside the project, as the curated graph's `documents.yaml` expects.
package enum Paths {
  /// The package's root folder (the one holding `Package.swift`).
  package static let project = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The curated graph's folder, `Graph/`.
  package static let graph = project.appendingPathComponent("Graph").path

  /// The shared corpus of seed texts that the curated graph's quotes come from.
  package static let corpus = project.deletingLastPathComponent().appendingPathComponent("shared/seeds").path
}
