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
    let graph = try RealGraph.shared()
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
    #expect(NameKey.exactTokens("Ә.Бөкейханов") == ["a", "bokeikhanov"])
    #expect(NameKey.loose("bokeikhanov") == NameKey.loose("bukeihanov"))
    #expect(NameKey.exactTokens("«Үш жүз»") == ["ush", "zhuz"])
  }

  @Test("An ambiguous name lists the candidates instead of guessing")
  func ambiguous() throws {
    let graph = try RealGraph.shared()
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
    let graph = try RealGraph.shared()
    #expect(throws: QueryError.noMatch("Napoleon Bonaparte")) { try graph.resolve("Napoleon Bonaparte") }
  }
}
