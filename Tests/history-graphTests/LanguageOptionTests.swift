import Foundation
import HistoryGraphTestSupport
import Testing

@Suite("--lang takes the graph's declared languages")
struct LanguageOptionTests {
  @Test("An undeclared language is a usage error that lists the declared ones", arguments: ["fr", "de-CH", "ota-Arab"])
  func undeclared(_ tag: String) throws {
    let run = try Run("show", "alikhan-bokeikhanov", "--lang", tag, "--corpus", Paths.corpus)
    #expect(run.status == 64)
    #expect(run.stderr.contains("'\(tag)'"))
    #expect(run.stderr.contains("kk, kk-Latn, ru, en"))
    #expect(run.stdout.isEmpty)
  }

  @Test("A malformed tag is a usage error before anything is read", arguments: ["fr_FR", "en-", ""])
  func malformed(_ tag: String) throws {
    let run = try Run("search", "alash", "--lang", tag, "--graph", "/nonexistent")
    #expect(run.status == 64)
    #expect(run.stderr.contains("not a language tag"))
  }

  @Test("Tags are read in any case; each declared language names the entity in its own label")
  func declared() throws {
    let kazakh = try Run("show", "alikhan-bokeikhanov", "--lang", "KK-latn", "--corpus", Paths.corpus)
    #expect(kazakh.status == 0)
    #expect(kazakh.stdout.hasPrefix("Älihan Bökeihanov  [person]"))
    let english = try Run("show", "alikhan-bokeikhanov", "--lang", "en", "--corpus", Paths.corpus)
    #expect(english.stdout.hasPrefix("Alikhan Bokeikhanov  [person]"))
  }
}
