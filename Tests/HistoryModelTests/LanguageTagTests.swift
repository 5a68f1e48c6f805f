import HistoryModel
import Testing

@Suite("Language tags")
struct LanguageTagTests {
  @Test(
    "Well-formed BCP 47 tags are kept in their conventional case",
    arguments: [
      ("en", "en"), ("FR", "fr"), ("de-ch", "de-CH"), ("kk-latn", "kk-Latn"), ("ota-Arab", "ota-Arab"), ("zh-hant-tw", "zh-Hant-TW"),
      ("es-419", "es-419"), ("sl-rozaj-biske", "sl-rozaj-biske"), ("de-CH-1901", "de-CH-1901"), ("en-US-u-ca-gregory", "en-US-u-ca-gregory"),
      ("x-private", "x-private"), ("en-x-our-own", "en-x-our-own"), ("zh-yue-HK", "zh-yue-HK"), ("tr", "tr"), ("ar", "ar"),
    ])
  func wellFormed(_ text: String, _ canonical: String) throws {
    let tag = try #require(Language(rawValue: text))
    #expect(tag.rawValue == canonical)
  }

  @Test(
    "Malformed tags are refused",
    arguments: [
      "", "e", "toolonglanguage", "fr_FR", "de--CH", "-en", "en-", "en-US-US", "kk-Latn-Latn-x", "qаз", "en-a", "en-x", "de-1901-1901", "123",
    ])
  func malformed(_ text: String) {
    #expect(Language(rawValue: text) == nil, "\(text)")
  }

  @Test("A declared language falls back through its declared fallbacks, else through the others in order")
  func fallbacks() throws {
    let fr = Language(rawValue: "fr")!, de = Language(rawValue: "de")!, en = Language(rawValue: "en")!
    let languages = LabelLanguages([
      .init(language: fr, required: true), .init(language: de, fallbacks: [en]), .init(language: en),
    ])
    #expect(languages.primary == fr)
    #expect(languages.choice(nil).order == [fr, de, en])
    #expect(languages.choice(de).order == [de, en])
    #expect(languages.choice(de).pick([fr: "Paris", en: "Paris (en)"]) == "Paris (en)")
    #expect(languages.choice(de).pick([fr: "Paris"]) == "Paris", "a label in any language is better than none")
    #expect(throws: LabelLanguageError.self) { try languages.choice(typed: "ru") }
    #expect(throws: LabelLanguageError.self) { try languages.choice(typed: "fr_FR") }
    #expect(try languages.choice(typed: "DE").language == de)
    let undeclared = LabelLanguages()
    #expect(try undeclared.choice(typed: "ru").order == [Language(rawValue: "ru")!])
    #expect(undeclared.choice(nil).pick([de: "B", fr: "A"]) == "B", "with nothing declared or asked, labels are taken by tag")
  }
}
