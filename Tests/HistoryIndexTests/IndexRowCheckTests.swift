import Foundation
import HistoryGraph
import HistoryGraphTestSupport
import Testing

@testable import HistoryIndex

/// Rows edited in an index and sealed again (each row's check recomputed, as a
/// careful forger would) are still refused when they break the schema or what
/// the index recorded: a rebuild with a notice, never an answer from them.
@Suite(.serialized) struct IndexRowCheckTests {
  /// Compiles a copy's index, edits it with `sql`, and seals every row again.
  static func doctored(_ sql: String) throws -> (copy: GraphCopy, first: GraphIndex.Load) {
    let copy = try GraphCopy(keepingIndex: false)
    let first = try GraphIndex.load(graph: copy.graph, corpus: Paths.corpus)
    #expect(first.outcome != .read)
    let db = try SQLiteDatabase(path: first.path, readOnly: false)
    try db.execute(sql + GraphIndexFile.mainTables.map { $0.sealing }.joined())
    return (copy, first)
  }

  @Test(
    "a row that breaks the schema or the index's own counts is a rebuild with a notice",
    arguments: [
      (
        "UPDATE claims SET relation = 'no_such_relation' WHERE rowid = (SELECT min(rowid) FROM claims WHERE relation IS NOT NULL);",
        "a relation the schema does not declare"
      ),
      ("UPDATE entities SET kind = 'no-such-kind' WHERE rowid = 1;", "a kind the schema does not declare"),
      ("UPDATE claims SET subject = 'no-such-entity' WHERE rowid = 1;", "names an entity the index does not hold"),
      ("UPDATE sources SET line = -5 WHERE rowid = 1;", "located outside its text"),
      ("UPDATE sources SET line = 100000, end_line = 100000 WHERE rowid = 1;", "located outside its text"),
      ("UPDATE sources SET document = 'd999' WHERE rowid = 1;", "which the index does not hold"),
      ("DELETE FROM entities WHERE rowid % 2 = 0;", "rows gone or added"),
      ("DELETE FROM sources WHERE rowid = 1;", "rows gone or added"),
      ("DELETE FROM qualifiers WHERE rowid = 1;", "rows gone or added"),
      ("UPDATE sources SET claim = claim + 1 WHERE rowid = 1;", "is not as written"),
    ])
  func wholeLoad(_ sql: String, _ reason: String) throws {
    let (copy, first) = try Self.doctored(sql)
    let load = try GraphIndex.load(graph: copy.graph, corpus: Paths.corpus)
    #expect(load.outcome != .read)
    #expect(load.notice?.contains(reason) == true, "\(load.notice ?? "no notice")")
    expectSame((load.graph, load.report), (first.graph, first.report))
    #expect(try GraphIndex.load(graph: copy.graph, corpus: Paths.corpus).outcome == .read)
  }

  @Test("emptied names are refused by a name search, and the next load compiles the index again with a notice")
  func emptiedNames() throws {
    let (copy, first) = try Self.doctored("UPDATE names SET text = '', exact = '', loose = '';")
    #expect(GraphIndex.search("bokeikhanov", language: LabelLanguages().choice(nil), graph: copy.graph, corpus: Paths.corpus) == nil)
    let load = try GraphIndex.load(graph: copy.graph, corpus: Paths.corpus)
    #expect(load.outcome != .read && load.notice?.contains("an empty name") == true, "\(load.notice ?? "no notice")")
    #expect(try load.graph.resolve("bokeikhanov").id == first.graph.resolve("bokeikhanov").id)
  }

  @Test("a part read sees claims or sources gone from what it reads, and answers from the whole graph")
  func partReads() throws {
    let claim = ClaimID("d001-stalin-heads-narkomnats")
    for sql in [
      "DELETE FROM sources WHERE claim = (SELECT rowid - 1 FROM claims WHERE id = '\(claim.rawValue)');",
      "DELETE FROM claims WHERE subject = 'alikhan-bokeikhanov' AND rowid % 2 = 0;",
    ] {
      let (copy, first) = try Self.doctored(sql)
      let cited = try GraphIndex.load(.citing(claim), graph: copy.graph, corpus: Paths.corpus)
      let named = try GraphIndex.load(.naming(["bokeikhanov"]), graph: copy.graph, corpus: Paths.corpus)
      #expect(!cited.isPart || !named.isPart, "\(sql)")
      #expect(cited.graph.claims[claim] == first.graph.claims[claim])
      let entity = try first.graph.resolve("bokeikhanov").id
      #expect(named.graph.claims.values.filter { $0.subject == entity } == first.graph.claims.values.filter { $0.subject == entity })
    }
  }

  @Test("a stored territorial period that breaks what was written is seen: as-of answers from the whole graph")
  func territorialPeriods() throws {
    for sql in [
      "UPDATE territorial_periods SET claim = 10000000 WHERE rowid = 1;",
      "UPDATE territorial_periods SET next = -2 WHERE rowid = 1;",
      "UPDATE territorial_periods SET earliest = latest + 1 WHERE rowid = 1;",
    ] {
      let (copy, first) = try Self.doctored(sql)
      let load = try GraphIndex.load(.holdings(during: [.unbounded], in: nil, holder: nil, document: nil), graph: copy.graph, corpus: Paths.corpus)
      #expect(!load.isPart, "\(sql)")
      #expect(load.graph.holdings(during: .unbounded) == first.graph.holdings(during: .unbounded))
    }
  }

  @Test("a name's word gone for one of its entities is seen: the name is resolved in the whole graph")
  func nameWordGone() throws {
    let copy = try GraphCopy(keepingIndex: false)
    let first = try GraphIndex.load(graph: copy.graph, corpus: Paths.corpus)
    let db = try SQLiteDatabase(path: first.path, readOnly: false)
    let shared = try db.prepare("SELECT word FROM name_words GROUP BY word HAVING count(*) BETWEEN 2 AND 5 AND length(word) > 3 LIMIT 1")
    #expect(try shared.step())
    let word = shared.text(0)
    #expect(try GraphIndex.load(.naming([word]), graph: copy.graph, corpus: Paths.corpus).isPart)
    let delete = try db.prepare("DELETE FROM name_words WHERE rowid = (SELECT min(rowid) FROM name_words WHERE word = :word)")
    try delete.bind(delete.parameterIndex(":word")!, word)
    try delete.run()
    let load = try GraphIndex.load(.naming([word]), graph: copy.graph, corpus: Paths.corpus)
    #expect(!load.isPart && load.notice?.contains("are not those written") == true, "\(load.notice ?? "no notice")")
  }

  @Test("every row of the main file carries a check that its reads verify")
  func everyTableIsChecked() {
    for table in GraphIndexFile.mainTables {
      #expect(table.checkColumn != nil, "\(table.tableName)")
    }
  }
}

extension IndexTable {
  /// The `UPDATE` that stores every row's check again, as a forger who knows
  /// ``rowCheck`` would after editing rows; empty for a table without a check.
  static var sealing: String {
    guard let checkColumn else { return "" }
    return "UPDATE \(tableName) SET \(checkColumn.column.name) = \(rowCheck);"
  }
}
