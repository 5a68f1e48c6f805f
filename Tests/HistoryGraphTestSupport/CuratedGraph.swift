import Foundation
import HistoryGraph

/// The curated graph in `Graph/`, loaded once for every test of a test target.
package enum Curated {
  private static let loaded: Result<CuratedGraph, any Error> = Result {
    let (graph, report) = try GraphLoader.load(graph: Paths.graph, corpus: Paths.corpus)
    guard report.allQuotesChecked else { throw TestSupportFailure("the curated graph's quotes were not all checked against \(Paths.corpus)") }
    return graph
  }

  /// The curated graph, every quote checked against the shared corpus.
  ///
  /// - Throws: the loader's error, or `TestSupportFailure` if a quote could not be checked.
  package static func graph() throws -> CuratedGraph { try loaded.get() }
}

/// A failure of the test support itself (a tool that failed, a fixture that is not as expected).
package struct TestSupportFailure: Error, CustomStringConvertible {
  /// What went wrong.
  package let message: String

  /// A failure that says `message`.
  package init(_ message: String) { self.message = message }

  package var description: String { message }
}
