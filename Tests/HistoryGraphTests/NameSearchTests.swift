import HistoryGraphTestSupport
import Testing

@testable import GraphEngine
@testable import HistoryGraph
import HistoryGraphInterchange

@Suite("Names")
struct NameSearchTests {
  @Test(
    "Every spelling of Bokeikhanov finds him first",
    arguments: ["bokeikhanov", "Bökeihanov", "Букейханов", "Бөкейханов", "Ә. Бөкейханов", "Ә.Бөкейханов", "BOKEIKHANOV", "alikhan bokeikhanov", "Älihan"])
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

  @Test("An ambiguous name lists the candidates instead of guessing")
  func ambiguous() throws {
    let graph = try Curated.graph()
    do {
      _ = try graph.resolve("Досмұхамедов")
      Issue.record("expected an ambiguity error")
    } catch QueryError.ambiguous(_, let candidates) {
      #expect(Set(candidates.map(\.id)).isSuperset(of: ["khalel-dosmukhamedov", "zhakhansha-dosmukhamedov"]))
    } catch {
      Issue.record("unexpected error \(error)")
    }
    #expect(try graph.resolve("Алашорда").id == "alash-orda")
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
    let error = #expect(throws: QueryError.self) { try graph.resolve("Досмұхамедов", language: graph.schema.languages.choice(.en)) }
    guard case .ambiguous(_, let candidates) = error else { Issue.record("expected an ambiguity error, not \(String(describing: error))"); return }
    #expect(candidates.allSatisfy { $0.detail != nil })
    #expect(candidates.map(\.label).contains("Khalel Dosmukhamedov"))
  }
}
