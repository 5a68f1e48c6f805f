import HistoryGraphInterchange
import HistoryGraphTestSupport
import Testing

@testable import GraphEngine
@testable import HistoryGraph

@Suite("Names")
struct NameSearchTests {
  @Test(
    "Every spelling of Bokeikhanov finds him first",
    arguments: [
      "bokeikhanov", "Bökeihanov", "Букейханов", "Бөкейханов", "Ә. Бөкейханов", "Ә.Бөкейханов", "BOKEIKHANOV", "alikhan bokeikhanov", "Älihan",
    ])
  func bokeikhanov(_ query: String) throws {
    let graph = try Curated.graph()
    let top = try #require(graph.search(query).first)
    #expect(top.id == "alikhan-bokeikhanov")
    #expect(try graph.resolve(query).id == "alikhan-bokeikhanov")
  }

  @Test("Kazakh Cyrillic becomes Kazakh Latin (2021) without losing a letter")
  func transliteration() {
    #expect(KazakhLatin.transliterate("Әлихан Бөкейханов") == "Älihan Bökeihanov")
    #expect(KazakhLatin.transliterate("Үш жүз") == "Üş jüz")
    #expect(KazakhLatin.transliterate("ғ қ ң ө ұ ү һ і") == "ğ q ñ ö ū ü h ı")
  }

  @Test("Search folds case, punctuation, marks and script to one key")
  func folding() {
    #expect(NameKey.exactTokens("Ә.Бөкейханов", folding: .kazakhCyrillicLatin) == ["a", "bokeikhanov"])
    #expect(NameKey.loose("bokeikhanov", folding: .kazakhCyrillicLatin) == NameKey.loose("bukeihanov", folding: .kazakhCyrillicLatin))
    #expect(NameKey.exactTokens("«Үш жүз»", folding: .kazakhCyrillicLatin) == ["ush", "zhuz"])
  }

  @Test("An exact name wins over longer names that contain it, and the others of its kind are named")
  func exactWins() throws {
    let graph = try Curated.graph()
    let found = try graph.resolution("Досмұхамедов")
    #expect(found.entity.id == "khalel-dosmukhamedov")
    #expect(found.others.map(\.id).contains("zhakhansha-dosmukhamedov"))
    #expect(found.alsoLine?.hasPrefix("also: zhakhansha-dosmukhamedov ") == true)
    for (name, id) in [
      ("Verny", "verny"), ("Kazakhstan", "kazakhstan"), ("Orenburg", "orenburg"), ("Kostanay", "kustanai"), ("Pavlodar", "pavlodar"),
    ] {
      #expect(try graph.resolve(name).id.rawValue == id)
    }
    #expect(try graph.resolve("Алашорда").id == "alash-orda")
  }

  @Test("Names equally exact for several entities stay ambiguous, each candidate with what tells it apart")
  func ambiguous() throws {
    var builder = try GraphBuilderTests.builder()
    builder.add(Entity(id: "kessel-elder", kind: "person", labels: [.en: "Kessel"]))
    builder.add(Entity(id: "kessel-younger", kind: "person", labels: [.en: "Hans Kessel"], aliases: ["Kessel"]))
    builder.add(
      Claim(
        id: "k1", subject: "kessel-elder", predicate: .relation("presides", object: "south"), time: try Dating(edtf: "1310"),
        sources: GraphBuilderTests.source()))
    builder.add(
      Claim(
        id: "k2", subject: "kessel-younger", predicate: .relation("presides", object: "north"), time: try Dating(edtf: "1320"),
        sources: GraphBuilderTests.source()))
    let graph = try builder.build()
    let error = #expect(throws: QueryError.self) { try graph.resolve("Kessel") }
    guard case .ambiguous(_, let candidates) = error else { Issue.record("expected an ambiguity error, not \(String(describing: error))"); return }
    #expect(Set(candidates.map(\.id)) == ["kessel-elder", "kessel-younger"])
    #expect(candidates.allSatisfy { $0.detail != nil })
    #expect(try graph.resolve("Hans Kessel").id == "kessel-younger")
    // Several names that fail are reported together.
    let both = #expect(throws: QueryError.self) { try graph.resolutions(["Kessel", "Nobody At All"]) }
    guard case .unresolved(let errors) = both else { Issue.record("expected every failure, not \(String(describing: both))"); return }
    #expect(errors.count == 2)
  }

  @Test("A name that matches nothing is an error, not an empty answer")
  func noMatch() throws {
    let graph = try Curated.graph()
    #expect(throws: QueryError.noMatch("Napoleon Bonaparte", nearest: [])) { try graph.resolve("Napoleon Bonaparte") }
  }

  @Test("A weak match is never taken for an answer; the nearest names are offered instead", arguments: ["zzz", "Kenesary", "Bokeikh"])
  func weakMatch(_ query: String) throws {
    let graph = try Curated.graph()
    let error = #expect(throws: QueryError.self) { try graph.resolve(query) }
    guard case .noMatch(let text, let nearest) = error else { Issue.record("expected no match, not \(String(describing: error))"); return }
    #expect(text == query)
    #expect(nearest.count <= 5)
    if query == "Kenesary" { #expect(nearest.map(\.id) == ["azimkhan-kenesarin"]) }
  }

  @Test(
    "Names a reader types resolve: a unique surname, initials or none, English and Russian labels, transliteration variants",
    arguments: [
      ("dutov", "alexander-dutov"), ("Chokay", "mustafa-shokai"), ("Mustafa Chokay", "mustafa-shokai"), ("Чокаев", "mustafa-shokai"),
      ("V. I. Lenin", "vladimir-lenin"), ("Lenin", "vladimir-lenin"), ("Alash Orda", "alash-orda"), ("Chimkent", "shymkent"),
      ("Ryskulov", "turar-ryskulov"), ("Турар Рыскулов", "turar-ryskulov"), ("Jangeldin", "alibi-dzhangildin"),
    ])
  func naturalForms(_ query: String, _ id: String) throws {
    #expect(try Curated.graph().resolve(query).id.rawValue == id)
  }

  @Test("Candidates carry what tells them apart, in the language asked for")
  func candidateDetails() throws {
    let graph = try Curated.graph()
    let error = #expect(throws: QueryError.self) { try graph.resolve("Semirechye", language: graph.schema.languages.choice(.en)) }
    guard case .ambiguous(_, let candidates) = error else { Issue.record("expected an ambiguity error, not \(String(describing: error))"); return }
    #expect(candidates.count >= 2)
    #expect(candidates.allSatisfy { $0.label.contains("Semirechye") })
  }

  @Test("Search matches a descriptive name's words by stem and lists near spellings")
  func looseSearch() throws {
    let graph = try Curated.graph()
    #expect(graph.search("Western Siberia congress").map(\.id).contains("third-west-siberian-soviets-congress"))
    #expect(graph.search("Vinogradov").map(\.id).prefix(2) == ["vinogradov", "vinogradsky"])
    #expect(NameIndex.isNearSpelling("vinogradsky", "vinogradov"))
    #expect(!NameIndex.isNearSpelling("kenes", "kenesary"))
    #expect(
      NameIndex.sharesStem("west", "western") && NameIndex.sharesStem("akmola", "akmolinsk") && !NameIndex.sharesStem("west", "westminsterabbey")
        && !NameIndex.sharesStem("kenes", "kazakh"))
  }
}
