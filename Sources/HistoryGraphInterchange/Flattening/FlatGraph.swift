import HistoryGraph

/// The graph flattened once into two typed tables, a row per entity and a row
/// per claim, that every attribute-based format writes (GraphML, GEXF,
/// node-link JSON, CSV) so that all of them carry the same evidence under the
/// same names.
///
/// Claim columns: `claim` (the claim id, the key that joins every format),
/// `subject`, `relation`, `object`, `value` (a property claim's value),
/// `is_property`, `symmetric`, one `qualifier_NAME` per qualifier in use, the
/// time both ways (`edtf` and `calendar` as the source gives them,
/// `new_style` EDTF, `display` for a reader, `earliest` and `latest` New Style
/// ISO days with `..` for an open end, `uncertain`, `approximate`, `reason`),
/// `confidence` (the lowest of the sources'), `weight` (1 per claim, so a tool
/// that merges parallel edges counts claims), `source_count`, `documents` and
/// `independent_documents` (distinct ids, space-separated), `note`, and for
/// each source *i* `document_i`, `quote_i`, `quote_i_TAG` (the curators'
/// translation into each language some quote is translated into), `locator_i`
/// (where the quote stands in its document: `line 12, chars 40–95`),
/// `source_note_i`, `source_confidence_i`, up to the most sources any claim has.
///
/// Entity columns: `id`, `kind`, `label` (English, else the fallback),
/// `label_kk`, `label_kk-Latn`, `label_ru`, `label_en`, `aliases` (joined by
/// ` | `), `note`, and the property claims as node data: for each property
/// `NAME` (and `NAME_2`, `NAME_3`, … where an entity has several claims of it)
/// the value, typed as the schema types it (a property without a value gives
/// its New Style date), and `NAME_claim` with the claim id; when the graph has a
/// gazetteer, `latitude`, `longitude` (WGS 84 degrees), `precision` and
/// `location_source` for the places it locates.
///
/// The columns and each row's cells are ``FlatLayout``'s, which the exports
/// that write a row per record as they read it use too.
public struct FlatGraph: Sendable {
  public let graph: CuratedGraph
  /// The columns, and how each record fills its row.
  public let layout: FlatLayout
  /// A row per entity, in the graph's order.
  public let entities: Table
  /// A row per claim (relation and property claims), in the graph's order.
  public let claims: Table
  /// Indices into `claims.rows` of the relation claims: the network's edges.
  public let relationClaims: [Int]

  /// Claim columns that say what the claim links (the edge's ends), left out
  /// where the format's structure says it already.
  public static var structuralClaimColumns: Set<String> { FlatLayout.structuralClaimColumns }

  /// The columns of `claims` an edge carries, with their indices.
  public var edgeColumns: [(index: Int, column: Column)] { layout.edgeColumns }

  /// Flattens `graph`, with the coordinates `places` gives.
  ///
  /// - Complexity: O(*V* + *C* · *S*) for *C* claims with at most *S* sources each.
  public init(_ graph: CuratedGraph, places: Gazetteer = Gazetteer()) {
    self.graph = graph
    let layout = FlatLayout(schema: graph.schema, outline: GraphOutline(graph), places: places)
    self.layout = layout
    var claimRows: [[Cell?]] = []
    var relationRows: [Int] = []
    var entityRows: [[Cell?]] = []
    graph.forEachClaimSlice { slice in
      for record in slice {
        if record.claim.object != nil { relationRows.append(claimRows.count) }
        claimRows.append(layout.row(record))
      }
    }
    graph.forEachEntitySlice(.properties) { slice in entityRows += slice.map(layout.row) }
    claims = Table(columns: layout.claimColumns, rows: claimRows)
    relationClaims = relationRows
    entities = Table(columns: layout.entityColumns, rows: entityRows)
  }
}
