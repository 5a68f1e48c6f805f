import HistoryGraph
import HistoryModel

/// Entry points for the fuzz targets in `Fuzz/`: each runs one part of the
/// library on text from the fuzzer, the way a graph folder would reach it.
/// Compiled into each fuzz target (not into the library); it reaches the
/// loader's parts through their `package` access (`Fuzz/run.sh` passes the
/// package's name to `swiftc`).
enum FuzzEntry {
  /// Reads `yaml` as a schema; returns what reading found.
  static func readSchema(_ yaml: String) -> [Diagnostic] {
    var diagnostics: [Diagnostic] = []
    let file = YAMLFile(path: "schema.yaml", text: yaml, diagnostics: &diagnostics)
    _ = SchemaReader.read(file, diagnostics: &diagnostics)
    return diagnostics
  }

  /// A graph's schema, its entities' kinds and its documents, with its texts indexed for quote search once.
  struct ClaimContext: Sendable {
    let graph: CuratedGraph
    let texts: [DocumentID: QuoteText]
    let kinds: [EntityID: String]
    let documents: Set<DocumentID>

    init(graph: CuratedGraph, texts: [DocumentID: String]) {
      self.graph = graph
      self.texts = texts.mapValues(QuoteText.init)
      kinds = Dictionary(uniqueKeysWithValues: graph.entities.values.map { ($0.id, $0.kind) })
      documents = Set(graph.documents.keys)
    }
  }

  /// Reads `yaml` as a claims file of the context's graph and checks its claims
  /// (quotes against its texts) with the builder; the graph built, or what was wrong.
  static func readClaims(_ yaml: String, in context: ClaimContext) -> Result<CuratedGraph, LoadError> {
    let graph = context.graph
    var diagnostics: [Diagnostic] = []
    let file = YAMLFile(path: "claims/fuzz.yaml", text: yaml, diagnostics: &diagnostics)
    var read = ClaimReader(schema: graph.schema, documents: graph.documents.values).readClaims(file)
    let check = ClaimReader.checkQuotes(of: read.claims, in: context.texts)
    for j in read.claims.indices { check.locate(&read.claims[j], at: j) }
    read.diagnostics += check.diagnostics
    // Claim by claim first, as the builder checks them; the whole graph only for a sound file.
    let checker = GraphBuilder(schema: graph.schema)
    let vocabulary = GraphBuilder.Vocabulary(graph.schema)
    let problems = zip(read.claims, read.fields).flatMap { claim, fields in
      checker.check(claim, fields: fields, vocabulary: vocabulary, kinds: context.kinds, documents: context.documents)
    }
    guard problems.isEmpty, read.diagnostics.isEmpty, diagnostics.isEmpty else {
      return .failure(LoadError(diagnostics: diagnostics + read.diagnostics + problems))
    }
    var builder = GraphBuilder(schema: graph.schema)
    for document in graph.documents.values { builder.add(document) }
    for entity in graph.entities.values where graph.documents[entity.id] == nil { builder.add(entity) }
    for (claim, fields) in zip(read.claims, read.fields) { builder.add(claim, fields: fields) }
    do throws(LoadError) {
      let built = try builder.build()
      guard read.diagnostics.isEmpty, diagnostics.isEmpty else { return .failure(LoadError(diagnostics: diagnostics + read.diagnostics)) }
      return .success(built)
    } catch {
      return .failure(LoadError(diagnostics: diagnostics + read.diagnostics + error.diagnostics))
    }
  }

  /// Whether `quote` occurs in `text` by the index search, and by a plain
  /// search of the folded bytes (the two must agree).
  static func quoteSearch(text: String, quote: String) -> (indexed: Bool, plain: Bool) {
    let folded = QuoteText.foldWhitespace(nfc: quote.nfc)
    let haystack = QuoteText.foldWhitespace(nfc: text.nfc)
    let plain =
      folded.isEmpty
      ? false
      : haystack.count >= folded.count
        && (0...(haystack.count - folded.count)).contains { start in haystack[start..<start + folded.count].elementsEqual(folded) }
    return (QuoteText(text).contains(folded: folded), plain)
  }

  /// The folded search keys of a name.
  static func nameKeys(_ text: String, folding: NameFolding) -> [String] {
    NameKey.exactTokens(text, folding: folding).map { NameKey.loose($0, folding: folding) }
  }

  /// The exact-key words of a text read scalar by scalar from the table (`nil` if
  /// the text is outside its alphabet) and read character by character: where the
  /// first is given, the two must be the same bytes.
  static func exactKeysBothWays(_ text: String, folding: NameFolding) -> (byScalar: [String]?, byCharacter: [String]) {
    (NameKey.ScalarSteps.table(for: folding).tokens(text), NameKey.exactTokensByCharacter(text, folding: folding))
  }

  /// Reads `yaml` as an entities file of a graph with `schema` and `documents`, then
  /// builds the graph of those entities; the graph, or what was wrong.
  static func readEntities(_ yaml: String, schema: Schema, documents: [Document]) -> Result<CuratedGraph, LoadError> {
    var diagnostics: [Diagnostic] = []
    let file = YAMLFile(path: "entities/fuzz.yaml", text: yaml, diagnostics: &diagnostics)
    let entities = LoaderState.readEntities(file, languages: schema.languages, diagnostics: &diagnostics)
    var builder = GraphBuilder(schema: schema)
    for document in documents { builder.add(document) }
    for (entity, fields) in entities { builder.add(entity, fields: fields) }
    do throws(LoadError) {
      let graph = try builder.build()
      return diagnostics.isEmpty ? .success(graph) : .failure(LoadError(diagnostics: diagnostics))
    } catch {
      return .failure(LoadError(diagnostics: diagnostics + error.diagnostics))
    }
  }

  /// Reads `yaml` as a documents.yaml under `schema`, then builds a graph of those
  /// documents (ids, `derived_from` cycles); the graph, or what was wrong.
  static func readDocuments(_ yaml: String, schema: Schema) -> Result<CuratedGraph, LoadError> {
    var state = LoaderState(graphPath: "fuzz")
    let file = YAMLFile(path: "documents.yaml", text: yaml, diagnostics: &state.diagnostics)
    let (_, documents) = state.readDocuments(file, languages: schema.languages)
    var builder = GraphBuilder(schema: schema)
    for document in documents { builder.add(document) }
    do throws(LoadError) {
      let graph = try builder.build()
      return state.diagnostics.isEmpty ? .success(graph) : .failure(LoadError(diagnostics: state.diagnostics))
    } catch {
      return .failure(LoadError(diagnostics: state.diagnostics + error.diagnostics))
    }
  }

  /// Stops the target with `message` (kept in optimised builds, unlike a precondition's) unless `condition` holds.
  static func check(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
    if !condition() { fatalError(message()) }
  }

  /// Whether every problem of a failed read has a place and a message.
  static func located(_ error: LoadError) -> Bool {
    !error.diagnostics.isEmpty && error.diagnostics.allSatisfy { $0.location.line >= 0 && !$0.message.isEmpty }
  }
}
