import Foundation
import HistoryGraphTestSupport
import Testing

/// Historian's questions about the curated graph that one command answers,
/// each checked on the command's JSON: what must be in the answer and what must not.
@Suite("curated questions, one command each")
struct CuratedQuestionsTests {
  /// The holdings `as-of` gives for one place on one day.
  private func holdings(of place: String, on day: String) throws -> [[String: Any]] {
    let run = try Run("as-of", day, "--json")
    #expect(run.status == 0, "\(run.stderr)")
    let all = try #require((try run.json() as? [String: Any])?["holdings"] as? [[String: Any]])
    return all.filter { $0["place"] as? String == place }
  }

  /// Who the holding's leadership claims name as leaders.
  private func leaderSubjects(_ holding: [String: Any]) -> [String] {
    (holding["leaders"] as? [[String: Any]] ?? []).compactMap { $0["subject"] as? String }
  }

  /// The ids of the entities `neighbors` lists for one entity and one relation.
  private func neighbors(of entity: String, relation: String, extra: [String] = []) throws -> Set<String> {
    let run = try Run(arguments: ["neighbors", entity, "--relation", relation, "--json"] + extra)
    #expect(run.status == 0, "\(run.stderr)")
    let entries = try #require(try run.json() as? [[String: Any]])
    return Set(entries.compactMap { $0["id"] as? String })
  }

  @Test("Who held Uralsk after the coup of 28–29 March 1918? The White Cossacks; no longer the Soviet executive or the Military Government")
  func uralskAfterCoup() throws {
    let held = try holdings(of: "uralsk", on: "1918-04-10")
    let holders = held.compactMap { $0["holder"] as? String }
    #expect(holders.contains("white-cossacks"))
    #expect(!holders.contains("ural-oblast-executive-committee"))
    #expect(!holders.contains("ural-military-government"))
  }

  @Test("Who held Uralsk between the March 1918 congress and the coup, and who chaired it? The oblast executive under Dmitriev")
  func uralskBeforeCoup() throws {
    let held = try holdings(of: "uralsk", on: "1918-03-20")
    let executive = try #require(held.first { $0["holder"] as? String == "ural-oblast-executive-committee" })
    #expect(leaderSubjects(executive).contains("dmitriev"))
    #expect(!held.contains { $0["holder"] as? String == "white-cossacks" })
  }

  @Test("Who governed Kustanai uezd in February 1918 and under whom? The uezd executive committee led by Taran")
  func kustanaiUezd() throws {
    let held = try holdings(of: "kustanai-uezd", on: "1918-02-10")
    let executive = try #require(held.first { $0["holder"] as? String == "kustanai-uezd-executive-committee" })
    #expect(leaderSubjects(executive).contains("taran"))
  }

  @Test("Who lost Kustanai in the overthrow of 25 December 1917 (7 January 1918)? The Provisional Government's local organs, gone by February")
  func kustanaiOverthrow() throws {
    let before = try holdings(of: "kustanai", on: "1917-12-15")
    #expect(before.contains { $0["holder"] as? String == "kustanai-provisional-authorities" })
    let after = try holdings(of: "kustanai", on: "1918-02-10")
    #expect(!after.contains { $0["holder"] as? String == "kustanai-provisional-authorities" })
  }

  @Test("Did the Akmolinsk revkom still hold the town in January 1918? Yes: its taking at the end of December stays open")
  func akmolinskRevkom() throws {
    let held = try holdings(of: "aqmola", on: "1918-01-20")
    let revkom = try #require(held.first { $0["holder"] as? String == "aqmola-revkom" })
    #expect((revkom["taken"] as? Bool) == true)
  }

  @Test("Which spellings do the texts give the revkom member Рыжов/Рыжков? One person, each text's spelling with its source")
  func ryzhovSpellings() throws {
    let run = try Run("show", "Рыжков", "--json")
    #expect(run.status == 0, "\(run.stderr)")
    let card = try #require(try run.json() as? [String: Any])
    #expect(card["id"] as? String == "ryzhov")
    let claims = try #require(card["claims"] as? [[String: Any]])
    let spellings = claims.filter { $0["relation"] as? String == "spelled" }
    let byDocument = Dictionary(
      uniqueKeysWithValues: spellings.compactMap { claim -> (String, String)? in
        guard let value = claim["value"] as? String,
          let document = (claim["sources"] as? [[String: Any]])?.first?["document"] as? String
        else { return nil }
        return (document, value)
      })
    #expect(byDocument["d002"] == "П. Рыжов")
    #expect(byDocument["d004"] == "К. Рыжков")
    let memberships = claims.filter { $0["relation"] as? String == "member_of" }
    let documents = Set(memberships.flatMap { ($0["sources"] as? [[String: Any]] ?? []).compactMap { $0["document"] as? String } })
    #expect(documents == ["d002", "d004"])
  }

  @Test("Is d004's В. Чеклиров d002's В. И. Чекмарев? One card with the food detachment and Turgai oblast both")
  func cheklirovIsChekmarev() throws {
    let run = try Run("show", "Чеклиров", "--json")
    #expect(run.status == 0, "\(run.stderr)")
    let card = try #require(try run.json() as? [String: Any])
    #expect(card["id"] as? String == "chekmarev")
    let objects = Set((card["claims"] as? [[String: Any]] ?? []).compactMap { $0["object"] as? String })
    #expect(objects.isSuperset(of: ["baltic-sailors-food-detachment", "soviet-power-in-turgai-oblast"]))
    #expect(try Run("show", "cheklirov").status == 0)
  }

  @Test("Where do the texts disagree on Өтепов's name? conflicts sets Т. Өтепов (d000, d002) beside Т. Өтенов (d004)")
  func otepovConflict() throws {
    let run = try Run("conflicts", "--about", "Өтенов", "--json")
    #expect(run.status == 0, "\(run.stderr)")
    let list = try #require(try run.json() as? [[String: Any]])
    let spelled = list.first { ($0["claims"] as? [[String: Any]] ?? []).contains { $0["relation"] as? String == "spelled" } }
    let values = Set((spelled?["claims"] as? [[String: Any]] ?? []).compactMap { $0["value"] as? String })
    #expect(values == ["Т. Өтепов", "Т. Өтенов"])
  }

  @Test("Who sat on the Provisional Revkom of 12 November 1917? Members from both texts, no separate Рыжков")
  func provisionalRevkomMembers() throws {
    let run = try Run("neighbors", "Уақытша ревком", "--relation", "member_of", "--json")
    #expect(run.status == 0, "\(run.stderr)")
    let entries = try #require(try run.json() as? [[String: Any]])
    let ids = Set(entries.compactMap { $0["id"] as? String })
    #expect(ids.isSuperset(of: ["sutishov", "ryzhov", "ydyrysov", "pobelyansky", "kalyuzhnaya"]))
    #expect(!ids.contains("ryzhkov"))
  }

  @Test("A reader types 'Akmola revkom' or 'Сүтішов': search finds the one entity")
  func readersNames() throws {
    for (name, id) in [
      ("Akmola revkom", "aqmola-revkom"), ("Сүтішов", "sutishov"), ("Сүтішев", "sutishov"),
      ("Verny revkom", "verny-military-revolutionary-committee"),
    ] {
      let run = try Run("search", name, "--json")
      #expect(run.status == 0, "\(run.stderr)")
      let hits = try #require(try run.json() as? [[String: Any]])
      #expect(hits.first?["id"] as? String == id, "\(name)")
    }
  }

  @Test("Who held Orenburg in December 1917, under whom? Dutov's forces, led by Dutov; the Red Guards only from 18 January 1918")
  func orenburgUnderDutov() throws {
    let held = try holdings(of: "orenburg", on: "1917-12-20")
    let dutov = try #require(held.first { $0["holder"] as? String == "dutov-cossacks" })
    #expect(leaderSubjects(dutov).contains("alexander-dutov"))
    #expect(!held.contains { $0["holder"] as? String == "red-guard-forces-buzuluk" })
  }

  @Test(
    "Until when did the Provisional Government hold Pavlodar uezd? Until its commissar's report of 29 January 1918 (either style), gone by mid-February"
  )
  func pavlodarUezdLost() throws {
    #expect(try holdings(of: "pavlodar-uezd", on: "1918-01-25").contains { $0["holder"] as? String == "provisional-government" })
    #expect(!(try holdings(of: "pavlodar-uezd", on: "1918-02-15")).contains { $0["holder"] as? String == "provisional-government" })
  }

  @Test("Who closed the newspaper Qazaq? The First Turgai Oblast Congress of Soviets, not a generic 'Soviet government'")
  func qazaqClosedByCongress() throws {
    let closers = try neighbors(of: "qazaq-newspaper", relation: "suppressed")
    #expect(closers.contains("first-turgai-oblast-soviets-congress"))
    #expect(!closers.contains("soviet-government"))
  }

  @Test("Which congresses stood against Alash Orda and the Ural Military Government? Events as subjects of opposed")
  func congressesOpposed() throws {
    #expect(try neighbors(of: "alash-orda", relation: "opposed", extra: ["--kind", "event"]).contains("kazakh-toilers-congresses-1918"))
    #expect(try neighbors(of: "ural-military-government", relation: "opposed").contains("extraordinary-ural-soviets-congress-1918"))
  }

  @Test("Where was Kazakh Soviet statehood prepared in 1918? Six regions, Mangystau and the Bukey Horde among them, not Semirechye")
  func statehoodPreparation() throws {
    let places = try neighbors(of: "kazakh-soviet-statehood-preparation-1918", relation: "occurred_in")
    #expect(places == ["turgai-oblast", "ural-oblast", "aqmola-oblast", "semey-oblast", "mangystau", "bukey-horde"])
    #expect(!places.contains("zhetisu-oblast"))
  }
}
