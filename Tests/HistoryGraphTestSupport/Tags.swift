import Testing

/// Tags for the tests that need more than Swift, so a developer can leave them out.
///
/// This toolchain's `swift test` filters by name (`--filter`, `--skip`, regular expressions
/// over `Target.Suite/test`); Swift Testing also takes a tag there with a `tag:` prefix:
/// `swift test --skip tag:browser --skip tag:slow`. A test that needs a tool that is missing
/// skips with the reason (see `Trait.requiresPython` and `Trait.requiresChromium`), except
/// on CI, where everything runs.
extension Tag {
  /// Opens a page in headless Chromium through Selenium.
  @Tag package static var browser: Self
  /// Runs `python3`: consumers (NetworkX, igraph, rdflib, pyoxigraph, citeproc-py) or a generator.
  @Tag package static var python: Self
  /// Takes more than a few seconds on a 2-core machine.
  @Tag package static var slow: Self
}
