// The tables of an index's main file (see ``GraphIndexFile``), each described
// once: its columns, in their order on disk, with their names and SQL types.
// Each ends with `checksum`, the row's check (``IndexTable/rowCheck``, written
// with the row by ``TableStatement/insert(into:rowID:)``), which
// every read of the row verifies.

/// Named values: the load report's, the name folding, the statistics, and the auxiliary files' ids and sizes.
enum MetaTable: Int, IndexTable {
  case name, value, check
  static let tableName = "meta"
  static var checkColumn: Self? { .check }
  var column: IndexColumn {
    switch self {
    case .check: .integer("checksum")
    case .name: .text("name", "PRIMARY KEY")
    case .value: .text("value")
    }
  }
}

/// The fingerprints of the files the index was compiled from (``FileFingerprint``).
enum FilesTable: Int, IndexTable {
  /// `part` is `graph` or `corpus`.
  case path, part, inode, size, modified, changed, hash, check
  static let tableName = "files"
  static var checkColumn: Self? { .check }
  var column: IndexColumn {
    switch self {
    case .check: .integer("checksum")
    case .path: .text("path")
    case .part: .text("part")
    case .inode: .integer("inode")
    case .size: .integer("bytes")
    case .modified: .integer("modified")
    case .changed: .integer("changed")
    case .hash: .text("hash")
    }
  }
}

/// The files the load report names.
enum ReportFilesTable: Int, IndexTable {
  case path, check
  static let tableName = "report_files"
  static var checkColumn: Self? { .check }
  var column: IndexColumn {
    switch self {
    case .check: .integer("checksum")
    case .path: .text("path")
    }
  }
}

/// The load report's warnings.
enum WarningsTable: Int, IndexTable {
  case severity, code, file, line, col, message, hint, check
  static let tableName = "warnings"
  static var checkColumn: Self? { .check }
  var column: IndexColumn {
    switch self {
    case .check: .integer("checksum")
    case .severity: .text("severity")
    case .code: .text("code")
    case .file: .text("file")
    case .line: .integer("line")
    case .col: .integer("col")
    case .message: .text("message")
    case .hint: .text("hint")
    }
  }
  static let location = SourceLocationColumns<Self>(file: .file, line: .line, column: .col)
}

/// The documents, in the graph's order.
enum DocumentsTable: Int, IndexTable {
  /// `labels`: see ``GraphIndexFile/labels(_:)``; `gregorianFrom`: the first
  /// Gregorian day of the document's own switch; `bibliography`: JSON; `lines`:
  /// how many lines its text has (no quote is located beyond them).
  case id, file, sha256, derivedFrom, labels, locFile, locLine, locCol, gregorianFrom, bibliography, lines, check
  static let tableName = "documents"
  static var checkColumn: Self? { .check }
  var column: IndexColumn {
    switch self {
    case .check: .integer("checksum")
    case .id: .text("id")
    case .file: .text("file")
    case .sha256: .text("sha256")
    case .derivedFrom: .text("derived_from")
    case .labels: .text("labels")
    case .locFile: .text("loc_file")
    case .locLine: .integer("loc_line")
    case .locCol: .integer("loc_col")
    case .gregorianFrom: .integer("gregorian_from")
    case .bibliography: .text("bibliography")
    case .lines: .integer("lines")
    }
  }
  static let location = SourceLocationColumns<Self>(file: .locFile, line: .locLine, column: .locCol)
}

/// The entities, in the graph's order (documents included).
enum EntitiesTable: Int, IndexTable {
  /// `aliases`: joined by ``GraphIndexFile/separator``; `claimCount`: how many
  /// claims name the entity as subject or object (a part read finds them all or is
  /// refused); `spanEarliest` and `spanLatest`: `CuratedGraph.claimSpan(of:)`'s days, `NULL` when it has none.
  case id, kind, labels, aliases, note, locFile, locLine, locCol, claimCount, spanEarliest, spanLatest, check
  static let tableName = "entities"
  static var checkColumn: Self? { .check }
  var column: IndexColumn {
    switch self {
    case .check: .integer("checksum")
    case .id: .text("id")
    case .kind: .text("kind")
    case .labels: .text("labels")
    case .aliases: .text("aliases")
    case .claimCount: .integer("claims")
    case .spanEarliest: .integer("span_earliest")
    case .spanLatest: .integer("span_latest")
    case .note: .text("note")
    case .locFile: .text("loc_file")
    case .locLine: .integer("loc_line")
    case .locCol: .integer("loc_col")
    }
  }
  static let location = SourceLocationColumns<Self>(file: .locFile, line: .locLine, column: .locCol)
}

/// The claims, in the graph's order: a relation (`relation`, `object`) or a
/// property (`property`, `valueInt` or `valueText`), and a date (`edtf`,
/// `calendar`, `reason`, `gregorianFrom`) or none; how many sources and
/// qualifiers it has (`sourceCount`, `qualifierCount`); `independent`: the ids of
/// its independent corroborating documents as the whole graph finds them
/// (`CuratedGraph.corroboration(of:)`), joined by ``GraphIndexFile/separator``.
enum ClaimsTable: Int, IndexTable {
  case id, subject, relation, object, property, valueInt, valueText, edtf, calendar, reason, note, locFile, locLine, locCol, gregorianFrom,
    sourceCount, qualifierCount, independent, check
  static let tableName = "claims"
  static var checkColumn: Self? { .check }
  var column: IndexColumn {
    switch self {
    case .check: .integer("checksum")
    case .id: .text("id")
    case .subject: .text("subject")
    case .relation: .text("relation")
    case .object: .text("object")
    case .property: .text("property")
    case .valueInt: .integer("value_int")
    case .valueText: .text("value_text")
    case .edtf: .text("edtf")
    case .calendar: .text("calendar")
    case .reason: .text("reason")
    case .note: .text("note")
    case .locFile: .text("loc_file")
    case .locLine: .integer("loc_line")
    case .locCol: .integer("loc_col")
    case .gregorianFrom: .integer("gregorian_from")
    case .sourceCount: .integer("sources")
    case .qualifierCount: .integer("qualifiers")
    case .independent: .text("independent")
    }
  }
  static let location = SourceLocationColumns<Self>(file: .locFile, line: .locLine, column: .locCol)
}

/// The claims' qualifiers; `claim` is the claim's index in the graph (its rowid − 1).
enum QualifiersTable: Int, IndexTable {
  case claim, name, value, check
  static let tableName = "qualifiers"
  static var checkColumn: Self? { .check }
  var column: IndexColumn {
    switch self {
    case .check: .integer("checksum")
    case .claim: .integer("claim")
    case .name: .text("name")
    case .value: .text("value")
    }
  }
}

/// The claims' sources; `claim` is the claim's index in the graph (its rowid − 1);
/// `line` to `endCol` the quote's place in its document, `NULL` when not located;
/// `translations` as labels are stored (tag, text, … joined by ``GraphIndexFile/separator``).
enum SourcesTable: Int, IndexTable {
  case claim, document, quote, translations, note, confidence, locFile, locLine, locCol, line, col, endLine, endCol, check
  static let tableName = "sources"
  static var checkColumn: Self? { .check }
  var column: IndexColumn {
    switch self {
    case .check: .integer("checksum")
    case .claim: .integer("claim")
    case .document: .text("document")
    case .quote: .text("quote")
    case .translations: .text("translations")
    case .note: .text("note")
    case .confidence: .real("confidence")
    case .locFile: .text("loc_file")
    case .locLine: .integer("loc_line")
    case .locCol: .integer("loc_col")
    case .line: .integer("line")
    case .col: .integer("col")
    case .endLine: .integer("end_line")
    case .endCol: .integer("end_col")
    }
  }
  static let location = SourceLocationColumns<Self>(file: .locFile, line: .locLine, column: .locCol)
}

/// Where each located quote stands (see ``QuotePlaces``): `source` is its sources
/// row (rowid), `line` to `endCol` its place in `document`, as in that row. Only
/// quotes that start by where they end are listed (those ``QuotedLines`` keeps).
enum QuotePlacesTable: Int, IndexTable {
  case source, document, line, col, endLine, endCol, check
  static let tableName = "quote_places"
  static var checkColumn: Self? { .check }
  var column: IndexColumn {
    switch self {
    case .check: .integer("checksum")
    case .source: .integer("source")
    case .document: .text("document")
    case .line: .integer("line")
    case .col: .integer("col")
    case .endLine: .integer("end_line")
    case .endCol: .integer("end_col")
    }
  }
}

/// The entities' names folded for search; `entity` is the entity's index (its rowid − 1),
/// `exact` and `loose` its words joined by ``GraphIndexFile/separator``.
enum NamesTable: Int, IndexTable {
  case entity, text, exact, loose, check
  static let tableName = "names"
  static var checkColumn: Self? { .check }
  var column: IndexColumn {
    switch self {
    case .check: .integer("checksum")
    case .entity: .integer("entity")
    case .text: .text("text")
    case .exact: .text("exact")
    case .loose: .text("loose")
    }
  }
}

/// Each loosely folded word of an entity's names, once per entity: what a part of
/// the graph is looked up by; `entities`: how many entities have the word (each
/// row of the word holds it, so that a look-up sees a row gone).
enum NameWordsTable: Int, IndexTable {
  case word, entity, entities, check
  static let tableName = "name_words"
  static var checkColumn: Self? { .check }
  var column: IndexColumn {
    switch self {
    case .check: .integer("checksum")
    case .word: .text("word")
    case .entity: .integer("entity")
    case .entities: .integer("entities")
    }
  }
}

/// One row: the network's undirected ties (pairs of entity indices) and each entity's number of ties.
enum TiesTable: Int, IndexTable {
  case ends, degrees, check
  static let tableName = "ties"
  static var checkColumn: Self? { .check }
  var column: IndexColumn {
    switch self {
    case .check: .integer("checksum")
    case .ends: .blob("ends")
    case .degrees: .blob("degrees")
    }
  }
}

/// The unfiltered network's centralities (see `ClaimNetwork.rank`), found when the
/// index was compiled: for each stored measure, every entity in rank order
/// (`position` from 0), with its index (its rowid − 1), kind and score.
enum CentralitiesTable: Int, IndexTable {
  case measure, position, entity, kind, score, check
  static let tableName = "centralities"
  static var checkColumn: Self? { .check }
  var column: IndexColumn {
    switch self {
    case .check: .integer("checksum")
    case .measure: .text("measure")
    case .position: .integer("position")
    case .entity: .integer("entity")
    case .kind: .text("kind")
    case .score: .real("score")
    }
  }
}

/// The days each dated territorial claim may be in force (`CuratedGraph.territorialPeriods`),
/// found when the index was compiled: `claim` is the claim's index (its rowid − 1),
/// `earliest` and `latest` the days, `next` the index of the claim that ended it
/// (`NULL` if none). `as-of` finds the rows whose days meet a date through an
/// R*Tree over them (``GraphIndexFile/territorialDays``), keyed by rowid.
enum TerritorialPeriodsTable: Int, IndexTable {
  case claim, earliest, latest, next, check
  static let tableName = "territorial_periods"
  static var checkColumn: Self? { .check }
  var column: IndexColumn {
    switch self {
    case .check: .integer("checksum")
    case .claim: .integer("claim")
    case .earliest: .integer("earliest")
    case .latest: .integer("latest")
    case .next: .integer("next")
    }
  }
}

/// Each distinct word of the entities' names, in its exact and loose forms (see
/// `NameKey`): what `search NAME` reads instead of every name. Found by the start
/// of either form (B-tree indexes), by what it holds (an FTS5 trigram table over
/// `exact`, ``GraphIndexFile/nameTermGrams``) and as a near spelling
/// (``NameTermKeysTable``), as `NameIndex.reach` says; a word's entities are then
/// found in ``NameWordsTable`` by its loose form.
enum NameTermsTable: Int, IndexTable {
  case exact, loose, check
  static let tableName = "name_terms"
  static var checkColumn: Self? { .check }
  var column: IndexColumn {
    switch self {
    case .check: .integer("checksum")
    case .exact: .text("exact")
    case .loose: .text("loose")
    }
  }
}

/// The words of ``NameTermsTable`` found by each key as near spellings of a
/// query word (`NameIndex.spellingKeys`: a first letter and a pair of letters),
/// one row per key and word length in scalars: `terms` holds the words' rowids
/// in `name_terms`, ascending (32-bit integers). Only words of five scalars or
/// more, which can be near spellings, have keys.
enum NameTermKeysTable: Int, IndexTable {
  case key, length, terms, check
  static let tableName = "name_term_keys"
  static var checkColumn: Self? { .check }
  var column: IndexColumn {
    switch self {
    case .check: .integer("checksum")
    case .key: .text("key")
    case .length: .integer("length")
    case .terms: .blob("terms")
    }
  }
}

/// The sentences of the passages file some quote overlaps (``QuotedSentences``):
/// one row, whose `bits` hold a bit per passage's rowid (32-bit integers).
enum QuotedSentencesTable: Int, IndexTable {
  case bits, check
  static let tableName = "quoted_sentences"
  static var checkColumn: Self? { .check }
  var column: IndexColumn {
    switch self {
    case .check: .integer("checksum")
    case .bits: .blob("bits")
    }
  }
}
