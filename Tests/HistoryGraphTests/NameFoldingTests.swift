import Foundation
import Testing

@testable import HistoryGraph

/// Names typed as people type them: the Unicode folding every graph gets, and
/// the Kazakh / Russian / Latin scheme that a graph declares.
@Suite("Name folding")
struct NameFoldingTests {
  /// A graph of one kind whose entities are known by these names (as aliases: the
  /// graph's languages play no part in folding), folded by `folding`.
  private static func graph(_ names: [String], folding: NameFolding) -> CuratedGraph {
    var schema = Schema(kinds: [Schema.Kind(name: "person")], relations: [])
    schema.nameFolding = folding
    let entities = names.enumerated().map { Entity(id: EntityID("e\($0)"), kind: "person", labels: [:], aliases: [$1]) }
    return CuratedGraph(schema: schema, documents: [], entities: entities, claims: [])
  }

  /// Checks that each query resolves to the entity named `name` in a graph holding every name of the table.
  private static func check(
    _ table: [(query: String, name: String)], folding: NameFolding = .unicode, sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) {
    let names = table.map(\.name)
    let graph = graph(names, folding: folding)
    for (query, name) in table {
      let found = try? graph.resolve(query)
      #expect(found?.aliases == [name], "\(query) → \(name) (\(folding))", sourceLocation: sourceLocation)
    }
  }

  @Test("Latin: case, diacritics, ligatures, letters with a stroke, wide forms")
  func latin() {
    Self.check([
      ("Thiers", "Adolphe Thiers"), ("Elysee", "Palais de l'Élysée"), ("Goring", "Hermann Göring"), ("strasse", "Straße"),
      ("aegidius", "Ægidius Tschudi"), ("oeuvre", "Œuvre de la Propagation"), ("Soren", "Søren Kierkegaard"), ("Lodz", "Łódź"),
      ("IJssel", "Ĳssel"), ("fiume", "ﬁume"), ("TOKYO", "ＴＯＫＹＯ"), ("J. Jaures", "Jean Jaurès"), ("Dvorak", "Antonín Dvořák"),
    ])
  }

  @Test("Turkish: the dotted capital İ and the dotless ı are i; ş, ç, ğ lose their marks")
  func turkish() {
    Self.check([
      ("Istanbul", "İstanbul"), ("Izmir", "İZMİR"), ("Isik", "Işık"), ("Sisli", "Şişli"), ("Mustafa Kemal Pasa", "Mustafa Kemal Paşa"),
      ("Cagaloglu", "Cağaloğlu"), ("cankiri", "ÇANKIRI"),
    ])
    #expect(NameKey.exactTokens("İSTANBUL İstanbul ıstanbul", folding: .unicode) == ["istanbul", "istanbul", "istanbul"])
  }

  @Test("Greek: tonos, dialytika and breathings go, the final sigma is a sigma, capitals fold")
  func greek() {
    Self.check([
      ("Αθηνα", "Αθήνα"), ("ΠΕΡΙΚΛΗΣ", "Περικλῆς"), ("Οδυσσευς", "Ὀδυσσεύς"), ("Καποδιστριας", "Ιωάννης Καποδίστριας"), ("Ευβοια", "Εὔβοια"),
    ])
    #expect(NameKey.exactTokens("ΟΔΟΣ οδός οδοσ", folding: .unicode) == ["οδοσ", "οδοσ", "οδοσ"])
  }

  @Test("Cyrillic: case and ё fold, and a Latin spelling finds the Cyrillic name in any graph")
  func cyrillic() {
    Self.check([("Lenin", "Ленин"), ("ТРОЦКИЙ", "Троцкий"), ("Хрущев", "Хрущёв"), ("Kerenskii", "Керенский"), ("Zhukov", "Жуков")])
  }

  @Test("Arabic: harakat, superscript alef and tatweel go; alef variants, teh marbuta, alef maksura and Persian yeh and keheh fold")
  func arabic() {
    Self.check([
      ("مصطفى كمال", "مُصْطَفَى كَمَال"), ("عبد الحميد", "عَبْدُ الْحَمِيد"), ("احمد", "أحمد"), ("اسماعيل", "إسماعيل"),
      ("محمد", "محـــمد"), ("مدرسه", "مدرسة"), ("موسي", "موسیٰ"), ("علي", "علی"), ("الكتاب", "الکتاب"),
    ])
    // An Ottoman name written with every vowel mark meets the same name typed bare.
    #expect(NameKey.exactTokens("عُثْمَانْلِي", folding: .unicode) == NameKey.exactTokens("عثمانلي", folding: .unicode))
    #expect(NameKey.exactTokens("آل عثمان", folding: .unicode) == ["ال", "عثمان"])
  }

  @Test("Hebrew: niqqud and dagesh go")
  func hebrew() {
    Self.check([("שלום עליכם", "שָׁלוֹם עֲלֵיכֶם"), ("ירושלים", "יְרוּשָׁלַיִם"), ("בן גוריון", "דָּוִד בֶּן־גּוּרְיוֹן")])
  }

  @Test("Without a declared scheme nothing is merged that a reader would keep apart")
  func unicodeAlone() throws {
    // The loose key is the word itself: o/u, kh/h are different spellings here.
    #expect(NameKey.loose("bokeikhanov", folding: .unicode) == "bokeikhanov")
    #expect(NameKey.loose("bokeikhanov", folding: .unicode) != NameKey.loose("bukeihanov", folding: .unicode))
    // Kazakh Latin letters are not read as Kazakh: ş is an s, j is a j (so "J." is an initial).
    #expect(NameKey.exactTokens("Paşa Jean", folding: .unicode) == ["pasa", "jean"])
    #expect(NameKey.exactTokens("Paşa Jean", folding: .kazakhCyrillicLatin) == ["pasha", "zhean"])
    // An apostrophe ends a word (French elision, English possessive, Turkish suffix); the Kazakh scheme joins at it.
    #expect(NameKey.exactTokens("l'Élysée Gapon’s İstanbul'da", folding: .unicode) == ["l", "elysee", "gapon", "s", "istanbul", "da"])
    #expect(NameKey.exactTokens("l'Élysée", folding: .kazakhCyrillicLatin) == ["lelysee"])
    let names = ["Jean Jaurès", "Jules Guesde"]
    #expect(try Self.graph(names, folding: .unicode).resolve("J. Jaurès").aliases == ["Jean Jaurès"])
  }

  @Test("The Kazakh / Russian / Latin scheme merges transliteration variants")
  func kazakhScheme() {
    Self.check(
      [("bokeikhanov", "Бөкейханов"), ("Baitursynov", "Ахмет Байтұрсынов"), ("Chokay", "Шоқай"), ("Shymkent", "Chimkent"), ("Paşa", "Pasha")],
      folding: .kazakhCyrillicLatin)
    // The Unicode folding alone does not merge these: the name is only a near spelling (listed weakly, never resolved).
    let unicode = Self.graph(["Бөкейханов"], folding: .unicode)
    #expect(unicode.search("bukeikhanov").allSatisfy { $0.score < 50 })
    #expect(throws: QueryError.self) { try unicode.resolve("bukeikhanov") }
  }

  @Test("The schema declares the folding; none declared is unicode; an unknown one is an error at its place")
  func declared() throws {
    let fixture = try Fixture()
    let path = "\(fixture.graph)/schema.yaml"
    let curated = try String(contentsOfFile: path, encoding: .utf8)
    #expect(try GraphLoader.loadSchema(graph: fixture.graph).nameFolding == .kazakhCyrillicLatin)
    #expect(curated.contains("names: {folding: kazakh-cyrillic-latin}\n"))
    try curated.replacingOccurrences(of: "names: {folding: kazakh-cyrillic-latin}\n", with: "").write(toFile: path, atomically: true, encoding: .utf8)
    #expect(try GraphLoader.loadSchema(graph: fixture.graph).nameFolding == .unicode)
    try curated.replacingOccurrences(of: "names: {folding: kazakh-cyrillic-latin}", with: "names: {folding: kazak-cyrillic-latin}").write(
      toFile: path, atomically: true, encoding: .utf8)
    let line = curated.components(separatedBy: "\n").firstIndex(of: "names: {folding: kazakh-cyrillic-latin}")! + 1
    let error = #expect(throws: LoadError.self) { try GraphLoader.loadSchema(graph: fixture.graph) }
    let problem = try #require(error?.diagnostics.first { $0.message.contains("name folding") })
    #expect(problem.code == .badValue)
    #expect(problem.location.file.hasSuffix("schema.yaml"))
    #expect(problem.location.line == line)
    #expect(problem.location.column == 18)
    #expect(problem.message == "unknown name folding 'kazak-cyrillic-latin'")
    #expect(problem.hint == "did you mean 'kazakh-cyrillic-latin'? known foldings: unicode, kazakh-cyrillic-latin")
  }
}
