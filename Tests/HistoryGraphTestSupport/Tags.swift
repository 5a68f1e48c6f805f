import Testing

/// Tags for the tests that need more than Swift: they say what a test needs, in the
/// test's record (event stream, IDE test lists).
///
/// Swift 6.3's `swift test` filters by name only (`--filter`, `--skip`: regular expressions
/// over `Target.Suite/test`); `--skip tag:python` matches no name and skips nothing. To leave
/// such tests out locally, skip them by name, e.g. `swift test --skip ExplorerBrowserTests
/// --skip NetworkX --skip ConsumerTests`. A test that needs a tool that is missing skips by
/// itself with the reason (see `Trait.requiresPython` and `Trait.requiresChromium`), except on
/// CI, where everything runs.
extension Tag {
  /// Opens a page in headless Chromium through Selenium.
  @Tag package static var browser: Self
  /// Runs `python3`: consumers (NetworkX, igraph, rdflib, pyoxigraph, citeproc-py) or a generator.
  @Tag package static var python: Self
  /// Takes more than a few seconds on a 2-core machine.
  @Tag package static var slow: Self
}
