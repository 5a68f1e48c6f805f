import Foundation
import HistoryGraph
import HistoryGraphTestSupport
import Testing

/// The curators' translations of quotes (`translation:` on a source), on the
/// French and German project of ``OtherGraphsTests``: the German letter's quote
/// translated into French.
@Suite("Quotes with the curators' translations")
struct TranslationTests {
  static let germanQuote = "quote: \"Matthias Roth schrieb am 4. Mai 1610 nach altem Stil an Frau Helene Duclos.\""
  static let frenchTranslation = "Matthias Roth écrivit le 4 mai 1610, vieux style, à Madame Hélène Duclos."

  /// The French project with the letter's quote translated into `language`.
  static func project(translation: String = "translation: {fr: \"\(frenchTranslation)\"}") throws -> ProjectFolder {
    let project = try OtherGraphsTests.frenchProject()
    let claims = try project.read("abbaye/claims/abbaye.yaml")
    #expect(claims.contains(germanQuote))
    try project.write(claims.replacingOccurrences(of: germanQuote, with: "\(germanQuote), \(translation)"), to: "abbaye/claims/abbaye.yaml")
    return project
  }

  @Test("A translation is printed under its quote in the language asked for, never in the quote's own")
  func printed() throws {
    let project = try Self.project()
    #expect(try project.run("validate", "--graph", "abbaye").status == 0)
    let line = "fr (curators' translation): \"\(Self.frenchTranslation)\""
    let french = try project.run("show", "Matthias Roth", "--graph", "abbaye", "--lang", "fr")
    #expect(french.status == 0, "\(french.stderr)")
    #expect(french.stdout.contains("nach altem Stil an Frau Helene Duclos.»\n      \(line)"), "\(french.stdout)")
    let german = try project.run("show", "Matthias Roth", "--graph", "abbaye", "--lang", "de")
    #expect(!german.stdout.contains("curators' translation"), "the quote is German: no translation into German is shown")
    let cite = try project.run("cite", "roth-ecrit-a-duclos", "--graph", "abbaye", "--lang", "fr")
    #expect(cite.stdout.contains(line))
    let path = try project.run("path", "Roth", "Duclos", "--graph", "abbaye", "--lang", "fr")
    #expect(path.stdout.contains(line), "\(path.stdout)")
  }

  @Test("JSON carries every translation; cite --json the one asked for")
  func json() throws {
    let project = try Self.project()
    let export = try project.run("export", "--format", "json", "--graph", "abbaye", "-o", "-")
    let graph = try #require(try export.json() as? [String: Any])
    let claims = try #require(graph["claims"] as? [[String: Any]])
    let letter = try #require(claims.first { $0["id"] as? String == "roth-ecrit-a-duclos" })
    let sources = try #require(letter["sources"] as? [[String: Any]])
    #expect(sources.first?["translations"] as? [String: String] == ["fr": Self.frenchTranslation])
    let cite = try project.run("cite", "roth-ecrit-a-duclos", "--graph", "abbaye", "--lang", "fr", "--json")
    let record = try #require(try cite.json() as? [String: Any])
    let cited = try #require((record["sources"] as? [[String: Any]])?.first)
    #expect(cited["translation"] as? [String: String] == ["language": "fr", "text": Self.frenchTranslation])
  }

  @Test("search --text finds the words of a translation, and says it is one")
  func searched() throws {
    let project = try Self.project()
    let search = try project.run("search", "--text", "écrivit", "--graph", "abbaye")
    #expect(search.status == 0, "\(search.stderr)")
    #expect(search.stdout.contains("translation") && search.stdout.contains(Self.frenchTranslation), "\(search.stdout)")
    let before = try OtherGraphsTests.frenchProject().run("search", "--text", "écrivit", "--graph", "abbaye")
    #expect(before.status == 1, "without the translation the word is nowhere in the graph")
  }

  @Test("A translation in an undeclared language, an empty one, or one without its quote is an error at its place")
  func refused() throws {
    let undeclared = try Self.project(translation: "translation: {en: \"Matthias Roth wrote\"}")
    let run = try undeclared.run("validate", "--graph", "abbaye")
    #expect(run.status == 1)
    #expect(run.stderr.contains("claims/abbaye.yaml:") && run.stderr.contains("language 'en' in translation of the quote of"), "\(run.stderr)")
    let empty = try Self.project(translation: "translation: {fr: \"  \"}")
    let emptyRun = try empty.run("validate", "--graph", "abbaye")
    #expect(
      emptyRun.status == 1 && emptyRun.stderr.contains("translation of the quote of claim 'roth-ecrit-a-duclos'")
        && emptyRun.stderr.contains("is empty"), "\(emptyRun.stderr)")
    let orphan = try OtherGraphsTests.frenchProject()
    let claims = try orphan.read("abbaye/claims/abbaye.yaml")
    try orphan.write(
      claims.replacingOccurrences(of: Self.germanQuote, with: "translation: {fr: \"\(Self.frenchTranslation)\"}"), to: "abbaye/claims/abbaye.yaml")
    let orphanRun = try orphan.run("validate", "--graph", "abbaye")
    #expect(orphanRun.status == 1 && orphanRun.stderr.contains("has a translation but no quote"), "\(orphanRun.stderr)")
  }

  @Test("validate warns of the quotes not in the notes language that have no translation into it, once a file")
  func untranslated() throws {
    let project = try Self.project()
    let schema = try project.read("abbaye/schema.yaml")
    #expect(schema.contains("languages: [fr, de]\n"))
    // French is the curators' language: the German quotes want a French translation; the French ones none.
    try project.write(
      schema.replacingOccurrences(of: "languages: [fr, de]\n", with: "languages:\n  fr:\n    roles: [notes]\n  de:\n    fallbacks: [fr]\n"),
      to: "abbaye/schema.yaml")
    let run = try project.run("validate", "--graph", "abbaye", "--warnings")
    #expect(run.status == 0, "\(run.stderr)")
    let warnings = run.stderr.split(separator: "\n").filter { $0.contains("has no 'fr' translation") }
    // One warning a file: the first untranslated quote, and how many others.
    #expect(warnings.count == 1, "three German quotes, one of them translated: \(run.stderr)")
    #expect(
      warnings.allSatisfy { $0.contains("from 'brief'") && $0.contains("claims/abbaye.yaml:") && $0.contains("nor have 1 other in this file") },
      "\(warnings)")
    #expect(!run.stderr.contains("roth-ecrit-a-duclos' from 'brief' has no"), "the translated quote is not listed")
  }
}

@Suite("The curated graph's translations")
struct CuratedTranslationTests {
  @Test("Every quote of the curated graph has its English translation, and no translation is a copy of Kazakh or Russian text")
  func everyQuote() throws {
    let run = try Run(arguments: ["validate", "--warnings", "--corpus", "../shared/seeds"])
    #expect(run.status == 0, "\(run.stderr)")
    let untranslated = run.stderr.split(separator: "\n").filter { $0.contains("translation") && $0.contains("warning:") }
    #expect(untranslated.isEmpty, "\(untranslated.prefix(5).joined(separator: "\n"))")
    let graph = try Curated.graph()
    let sources = graph.claims.values.flatMap(\.sources)
    #expect(sources.allSatisfy { $0.translations["en"] != nil })
    let cyrillic = sources.compactMap(\.translations["en"]).filter { $0.unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) } }
    #expect(cyrillic.isEmpty, "\(cyrillic.prefix(3))")
  }
}
