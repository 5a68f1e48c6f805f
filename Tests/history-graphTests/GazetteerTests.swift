import Foundation
import HistoryGraphTestSupport
import Testing

/// `Graph/places.yaml`: coordinates for places, checked by `validate`, written by
/// `export --format geojson`; on the curated graph and on a French project.
@Suite("Gazetteer: places.yaml")
struct GazetteerTests {
  @Test("the curated gazetteer validates, and geojson writes one Feature per located place")
  func curated() throws {
    let entries = try String(contentsOfFile: Paths.graph + "/places.yaml", encoding: .utf8)
      .split(separator: "\n").filter { $0.hasPrefix("  - {place: ") }
    let validate = try Run("validate", "--corpus", Paths.corpus)
    #expect(validate.status == 0, "\(validate.stderr)")
    #expect(validate.stdout.contains("places: \(entries.count) located in places.yaml"))
    let geojson = try Run("export", "--format", "geojson", "-o", "-").jsonObject()
    let features = try #require(geojson["features"] as? [[String: Any]])
    #expect(features.count == entries.count)
    let semey = try #require(features.first { $0["id"] as? String == "semey" })
    let point = try #require((semey["geometry"] as? [String: Any])?["coordinates"] as? [Double])
    #expect(point.count == 2 && (80...81).contains(point[0]) && (50...51).contains(point[1]), "[longitude, latitude]: \(point)")
    let properties = try #require(semey["properties"] as? [String: Any])
    #expect(properties["location_source"] as? String == "general-reference")
    #expect(properties["precision"] as? String == "settlement")
    // Holdings as `as-of` reads them: on a date, the holders the Feature lists as in force are those as-of names.
    let asOf = try #require(try Run("as-of", "1918-03-01", "--json").json() as? [String: Any])
    let held = Set(((asOf["holdings"] as? [[String: Any]]) ?? []).filter { $0["place"] as? String == "semey" }.compactMap { $0["holder"] as? String })
    let listed = Set(
      ((properties["holdings"] as? [[String: Any]]) ?? []).filter { holding in
        (holding["earliest"] as? String ?? "0000") <= "1918-03-01" && "1918-03-01" <= (holding["latest"] as? String ?? "9999")
      }.compactMap { $0["holder"] as? String })
    #expect(listed == held, "semey on 1918-03-01: \(listed) against as-of's \(held)")
  }

  @Test(
    "bad entries are errors at their line and column, with a hint",
    arguments: [
      (
        "{place: semeyy, latitude: 50.4, longitude: 80.2, precision: settlement, source: general-reference}", "unknown place 'semeyy'",
        "did you mean 'semey'?"
      ),
      (
        "{place: alikhan-bokeikhanov, latitude: 50.4, longitude: 80.2, precision: settlement, source: general-reference}",
        "'alikhan-bokeikhanov' is a person, not a place", "role `place`"
      ),
      (
        "{place: omsk, latitude: 95, longitude: 73.4, precision: settlement, source: general-reference}",
        "latitude '95' is not a number of degrees from -90 to 90", "decimal degrees"
      ),
      (
        "{place: omsk, latitude: 55, longitude: 73.4, precision: town, source: general-reference}", "precision 'town' is not one the gazetteer knows",
        "settlement, district, region"
      ),
      (
        "{place: omsk, latitude: 55, longitude: 73.4, precision: settlement, source: atlas}", "source 'atlas' is neither a document",
        "general-reference"
      ),
      (
        "{place: semey, latitude: 50.4, longitude: 80.2, precision: settlement, source: general-reference}", "'semey' is located twice",
        "one entry per place"
      ),
      (
        "{place: omsk, latitude: 55, longitude: 73.4, precision: settlement, source: general-reference, height: 90}", "unknown field 'height'",
        "allowed fields"
      ),
    ])
  func badEntry(_ entry: String, _ message: String, _ hint: String) throws {
    let copy = try GraphCopy()
    let lines = try String(contentsOfFile: copy.graph + "/places.yaml", encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
      .count
    try copy.append("  - \(entry)\n", to: "places.yaml")
    let run = try copy.run("validate")
    #expect(run.status == 1)
    #expect(run.stderr.contains("places.yaml:\(lines):"), "the error names the line: \(run.stderr)")
    #expect(run.stderr.contains("error: \(message)"), "\(run.stderr)")
    #expect(run.stderr.contains("hint:") && run.stderr.contains(hint), "\(run.stderr)")
    let export = try copy.run("export", "--format", "geojson", "-o", copy.folder.appendingPathComponent("out.geojson").path)
    #expect(export.status == 1)
    #expect(!FileManager.default.fileExists(atPath: copy.folder.appendingPathComponent("out.geojson").path), "nothing half-written")
  }

  @Test("a graph without places.yaml has no located places and still validates and exports")
  func absent() throws {
    let copy = try GraphCopy()
    try FileManager.default.removeItem(atPath: copy.graph + "/places.yaml")
    let run = try copy.run("validate")
    #expect(run.status == 0, "\(run.stderr)")
    #expect(!run.stdout.contains("places:"))
    let geojson = try copy.run("export", "--format", "geojson", "-o", "-").jsonObject()
    #expect((geojson["features"] as? [Any])?.isEmpty == true)
  }

  @Test("a French project's gazetteer: the abbey's holding of Vaucelles over time in GeoJSON and on the explorer's map data")
  func frenchProject() throws {
    let project = try OtherGraphsTests.frenchProject()
    try project.write(
      "places:\n  - {place: vaucelles, latitude: 50.09, longitude: 3.24, precision: settlement, source: chronique}\n", to: "abbaye/places.yaml")
    let validate = try project.run("validate", "--graph", "abbaye")
    #expect(validate.status == 0, "\(validate.stderr)")
    #expect(validate.stdout.contains("places: 1 located"))
    let geojson = try project.run("export", "--format", "geojson", "--graph", "abbaye", "-o", "-").jsonObject()
    let feature = try #require((geojson["features"] as? [[String: Any]])?.first)
    let properties = try #require(feature["properties"] as? [String: Any])
    #expect(properties["label"] as? String == "Vaucelles")
    let holding = try #require((properties["holdings"] as? [[String: Any]])?.first)
    #expect(holding["holder"] as? String == "abbaye-saint-orme")
    #expect(holding["earliest"] as? String == "1590-01-01" && holding["latest"] as? String == "1620-12-31")
    let page = try project.run("explore", "--graph", "abbaye", "-o", "-")
    #expect(page.status == 0, "\(page.stderr)")
    #expect(page.stdout.contains("\"lat\":50.09") && page.stdout.contains("\"lon\":3.24"))
  }
}
