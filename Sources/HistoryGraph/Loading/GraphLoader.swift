import Foundation
import GraphEngine

/// What loading found besides the graph: warnings and how far quotes were checked.
public struct LoadReport: Sendable {
  /// Problems that do not stop loading (an entity no claim mentions, an absent corpus).
  public var warnings: [Diagnostic]
  /// The corpus folder used, if it was found.
  public var corpus: String?
  /// Number of quotes checked against their documents (0 when the corpus was absent).
  public var quotesChecked: Int
  /// Whether every quote was checked.
  public var allQuotesChecked: Bool
  /// The YAML files read, relative to the working folder.
  public var files: [String]

  /// A report as loading makes it (or as a compiled index restores it).
  public init(warnings: [Diagnostic], corpus: String?, quotesChecked: Int, allQuotesChecked: Bool, files: [String]) {
    self.warnings = warnings
    self.corpus = corpus
    self.quotesChecked = quotesChecked
    self.allQuotesChecked = allQuotesChecked
    self.files = files
  }
}

/// Reads `Graph/` (schema, documents, entities, claims), checks everything and
/// collects every problem in one pass.
public enum GraphLoader {
  /// Loads and validates a graph folder.
  ///
  /// - Parameters:
  ///   - graph: the graph folder (`Graph`).
  ///   - corpus: the folder with the documents' texts; `nil` uses the `corpus:`
  ///     named in `documents.yaml`, relative to it.
  /// - Returns: the graph and a report; quotes are checked when the corpus is found
  ///   (an absent corpus folder is a warning, an unreadable or altered file an error).
  /// - Throws: ``LoadError`` with every problem found, each with file:line:col and a hint.
  public static func load(graph: String = "Graph", corpus: String? = nil) throws(LoadError) -> (CuratedGraph, LoadReport) {
    var state = LoaderState(graphPath: graph)
    return try state.run(corpusOverride: corpus)
  }

  /// Loads as ``load(graph:corpus:)`` does, telling `textsFound` the documents,
  /// the corpus folder and the schema's name folding once the graph's files and
  /// the texts are read (before the quotes are checked and the graph is built),
  /// if the schema and the corpus folder were found: work on the texts can then
  /// begin beside the rest of the load (the texts read then are to be checked
  /// against the SHA-256 the documents list, as loading checks its own).
  package static func load(
    graph: String, corpus: String?, textsFound: (_ documents: [Document], _ corpus: String, _ folding: NameFolding) -> Void
  ) throws(LoadError) -> (CuratedGraph, LoadReport) {
    var state = LoaderState(graphPath: graph)
    return try state.run(corpusOverride: corpus, textsFound: textsFound)
  }
}

package struct LoaderState {
  let graphPath: String
  package var diagnostics: [Diagnostic] = []
  var files: [String] = []
  /// The texts whose SHA-256 is not the one listed, with the problem to report
  /// once the claims citing them are known.
  var changedTexts: [DocumentID: Diagnostic] = [:]

  package init(graphPath: String) {
    self.graphPath = graphPath.hasSuffix("/") && graphPath.count > 1 ? String(graphPath.dropLast()) : graphPath
  }

  mutating func run(
    corpusOverride: String?, textsFound: (_ documents: [Document], _ corpus: String, _ folding: NameFolding) -> Void = { _, _, _ in }
  ) throws(LoadError) -> (CuratedGraph, LoadReport) {
    let fm = FileManager.default
    var isDirectory: ObjCBool = false
    let top = SourceLocation(file: graphPath, line: 1, column: 1)
    guard fm.fileExists(atPath: graphPath, isDirectory: &isDirectory), isDirectory.boolValue else {
      throw LoadError(diagnostics: [
        Diagnostic(
          .graphFolderMissing, at: top, "the graph folder '\(graphPath)' does not exist",
          hint: "give the path of a graph folder (one with schema.yaml and documents.yaml)")
      ])
    }
    let schemaFile = readYAML("schema.yaml", required: true)
    // A schema with an error is not used: every claim checked against it would
    // fail for that one reason (a misspelt `relations:` made each claim's relation
    // unknown), so its own errors are reported alone, as for an empty schema.
    let schema = schemaFile.flatMap { file -> Schema? in
      let before = diagnostics.count
      let read = SchemaReader.read(file, diagnostics: &diagnostics)
      return diagnostics[before...].contains { $0.severity == .error } ? nil : read
    }
    let documentsFile = readYAML("documents.yaml", required: true)
    var corpusSetting: String?
    var documents: [Document] = []
    let languages = schema?.languages ?? LabelLanguages()
    if let documentsFile { (corpusSetting, documents) = readDocuments(documentsFile, languages: languages) }

    let entityFiles = yamlFiles(in: "entities")
    let claimFiles = yamlFiles(in: "claims")
    if entityFiles.isEmpty && claimFiles.isEmpty {
      diagnostics.append(
        Diagnostic(
          .emptyGraph, at: top, "the graph folder has no entities/*.yaml and no claims/*.yaml",
          hint: "add entity and claim files (see Graph/README.md)"))
    }
    var report = LoadReport(warnings: [], corpus: nil, quotesChecked: 0, allQuotesChecked: false, files: [])
    let corpus = findCorpus(setting: corpusSetting, override: corpusOverride)
    report.corpus = corpus

    // The documents' texts (first: one text may take longest), the entity files and
    // the claim files are read on all cores at once, then taken over in order. Each
    // file's node tree is freed once its values are read.
    let graphPath = graphPath
    let reader = ClaimReader(schema: schema, documents: documents)
    let textsToRead = corpus == nil ? [] : documents
    var firstReads = Parallel.map(textsToRead.count + entityFiles.count + claimFiles.count) { i -> FirstRead in
      if i < textsToRead.count {
        let (text, problems) = Self.readCorpusText(textsToRead[i], corpus: corpus ?? "")
        return .text(text, problems)
      }
      let file = i - textsToRead.count
      if file < entityFiles.count {
        var read = YAMLFile.read(entityFiles[file], in: graphPath, required: true)
        var problems: [Diagnostic] = []
        let entities = read.file.map { Self.readEntities($0, languages: languages, diagnostics: &problems) } ?? []
        read.file = nil
        return .entities(read, entities, problems)
      }
      var read = YAMLFile.read(claimFiles[file - entityFiles.count], in: graphPath, required: true)
      let claims = read.file.map { reader.readClaims($0) }
      read.file = nil
      return .claims(read, claims)
    }
    var texts: [DocumentID: QuoteText]?
    if corpus != nil { texts = [:] }
    var builder = schema.map { GraphBuilder(schema: $0) }
    for document in documents { builder?.add(document) }
    var entities: [Entity] = []
    var claimsRead: [ClaimReader.FileClaims] = []
    for (i, read) in firstReads.enumerated() {
      switch read {
      case .text(let text, let problems):
        adoptText(text, problems: problems, of: textsToRead[i], into: &texts)
      case .entities(let file, let read, let problems):
        adopt(file)
        diagnostics += problems
        for (entity, fields) in read {
          entities.append(entity)
          builder?.add(entity, fields: fields)
        }
      case .claims(let file, let claims):
        adopt(file)
        if let claims { claimsRead.append(claims) }
      }
    }
    firstReads = []
    if let corpus, let schema { textsFound(documents, corpus, schema.nameFolding) }

    // The claims' quotes are checked against the texts, one file per core (the
    // texts are freed once they are); then each file's claims are given the
    // places of their quotes in place and handed to the builder, one file at a time.
    let corpusRead = texts != nil
    let checks = Self.checkQuotes(of: claimsRead, in: texts ?? [:])
    texts = nil
    FreedMemory.release()
    var unbuilt: [Claim] = []
    builder?.reserveCapacity(claims: claimsRead.reduce(0) { $0 + $1.claims.count })
    for (i, check) in checks.enumerated() {
      var read = claimsRead[i]
      claimsRead[i] = ClaimReader.FileClaims()
      diagnostics += read.diagnostics + check.diagnostics
      report.quotesChecked += check.quotesChecked
      for j in read.claims.indices {
        check.locate(&read.claims[j], at: j)
        if builder == nil { unbuilt.append(read.claims[j]) } else { builder!.add(read.claims[j], fields: read.fields[j]) }
      }
    }
    let claims = builder?.claims ?? unbuilt
    reportChangedTexts(claims)
    report.files = files
    let quoteCount = claims.reduce(0) { $0 + $1.sources.count }
    report.allQuotesChecked = report.quotesChecked == quoteCount
    if !corpusRead {
      let corpus = corpusFolder(setting: corpusSetting, override: corpusOverride)
      let at = documentsFile?.location(documentsFile?.root) ?? top
      let missing = corpus.map { "the corpus folder '\($0)' was not found" } ?? "no corpus folder is named in documents.yaml"
      report.warnings.append(
        Diagnostic(
          .corpusMissing, at: at, "\(missing): \(quoteCount) quotes were NOT checked against their documents",
          hint: "name the folder with the documents' texts (the corpus, e.g. ../shared/seeds)", severity: .warning))
    }

    var graph: CuratedGraph?
    do throws(LoadError) {
      graph = try builder?.build()
    } catch {
      diagnostics += error.diagnostics
    }
    builder = nil  // its claims are the graph's; where their fields were written is no longer needed
    FreedMemory.release()
    guard let graph, diagnostics.allSatisfy({ $0.severity != .error }) else {
      throw LoadError(diagnostics: diagnostics + report.warnings.filter { $0.code == .corpusMissing })
    }
    // Three kinds of warning, each worked out on a core of its own.
    let entitiesRead = entities
    report.warnings += Parallel.map(3) { kind -> [Diagnostic] in
      switch kind {
      case 0: return graph.implausibleHoldings()
      case 1: return graph.untranslatedQuotes()
      default:
        return entitiesRead.filter { graph.claimCount(of: $0.id) == 0 }.map { entity in
          Diagnostic(
            .entityWithoutClaims, at: entity.location, "entity '\(entity.id)' is in no claim", hint: "add a sourced claim about it, or remove it",
            severity: .warning)
        }
      }
    }.joined()
    report.warnings.sort()
    return (graph, report)
  }

  /// The quotes of each file's claims checked against the texts, one file per core.
  static func checkQuotes(of files: [ClaimReader.FileClaims], in texts: [DocumentID: QuoteText]) -> [ClaimReader.QuoteCheck] {
    Parallel.map(files.count) { ClaimReader.checkQuotes(of: files[$0].claims, in: texts) }
  }

  // MARK: Files

  /// The YAML files of a folder of the graph (`.yaml` or `.yml`, in any case), sorted;
  /// a missing folder is an error.
  mutating func yamlFiles(in folder: String) -> [String] {
    let path = "\(graphPath)/\(folder)"
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue,
      let names = try? FileManager.default.contentsOfDirectory(atPath: path)
    else {
      diagnostics.append(
        Diagnostic(
          .unreadableFile, at: SourceLocation(file: path, line: 1, column: 1), "the graph has no readable \(folder)/ folder",
          hint: "every graph folder holds \(folder)/*.yaml (see Graph/README.md)"))
      return []
    }
    return names.filter { name in
      let lower = name.lowercased()
      return lower.hasSuffix(".yaml") || lower.hasSuffix(".yml")
    }.sorted().map { "\(folder)/\($0)" }
  }

  /// Reads one of the graph's own files (`schema.yaml`, `documents.yaml`); an empty one is an error.
  mutating func readYAML(_ name: String, required: Bool) -> YAMLFile? {
    let read = YAMLFile.read(name, in: graphPath, required: required)
    if read.path != nil, read.file == nil, read.diagnostics.isEmpty {
      diagnostics.append(
        Diagnostic(
          .missingField, at: SourceLocation(file: "\(graphPath)/\(name)", line: 1, column: 1), "\(name) is empty",
          hint: "see Graph/README.md for what \(name) holds"))
    }
    return adopt(read)
  }

  /// What the first, parallel pass over the graph's files and texts read.
  enum FirstRead: Sendable {
    case text(QuoteText?, [Diagnostic])
    case entities(YAMLFile.Read, [(Entity, GraphBuilder.FieldLocations)], [Diagnostic])
    case claims(YAMLFile.Read, ClaimReader.FileClaims?)
  }

  /// Takes over what reading a file found: its diagnostics, and its path if it was read.
  @discardableResult
  mutating func adopt(_ read: YAMLFile.Read) -> YAMLFile? {
    diagnostics += read.diagnostics
    if let path = read.path { files.append(path) }
    return read.file
  }

  // MARK: Documents

  package mutating func readDocuments(_ file: YAMLFile, languages: LabelLanguages) -> (String?, [Document]) {
    guard let root = file.root, let top = Fields(root, in: file, what: "documents.yaml", allowed: ["corpus", "documents"], diagnostics: &diagnostics)
    else { return (nil, []) }
    let corpus = top.optionalString("corpus", diagnostics: &diagnostics)
    var documents: [Document] = []
    for node in top["documents"].map({ file.list($0, field: "documents", diagnostics: &diagnostics) }) ?? [] {
      guard
        let fields = Fields(
          node, in: file, what: "a document",
          allowed: ["id", "file", "sha256", "derived_from", "labels", "gregorian_from"] + BibliographyReader.fields, diagnostics: &diagnostics),
        let id = fields.string("id", what: "a document", diagnostics: &diagnostics),
        let name = fields.string("file", what: "document '\(id)'", diagnostics: &diagnostics),
        let sha = fields.string("sha256", what: "document '\(id)'", diagnostics: &diagnostics)
      else { continue }
      let location = file.location(node)
      if sha.count != 64 || !sha.allSatisfy(\.isHexDigit) {
        diagnostics.append(
          Diagnostic(
            .badValue, at: file.location(fields["sha256"]), "sha256 of '\(id)' is not 64 hex digits", hint: "run `sha256sum FILE` and paste the hash")
        )
      }
      let labels =
        fields["labels"].map {
          Self.readLabels($0, in: file, owner: "document '\(id)'", languages: languages, requireDeclared: false, diagnostics: &diagnostics)
        } ?? [:]
      documents.append(
        Document(
          id: DocumentID(id), file: name, sha256: sha.lowercased(),
          derivedFrom: fields.optionalString("derived_from", diagnostics: &diagnostics).map { DocumentID($0) }, labels: labels,
          bibliography: BibliographyReader.read(fields, in: file, owner: "document '\(id)'", diagnostics: &diagnostics), location: location,
          calendarSwitch: SchemaReader.calendarSwitch(fields, of: "document '\(id)'", in: file, diagnostics: &diagnostics)))
    }
    return (corpus, documents)
  }

  // MARK: Entities

  /// The labels of an entity or document (or a quote's translations, `field`):
  /// each under a language tag the schema declares (any well-formed tag when it
  /// declares none), then the derived ones made; the required ones checked when `requireDeclared`.
  static func readLabels(
    _ node: YAMLNode, in file: YAMLFile, owner: String, field: String = "labels", languages: LabelLanguages, requireDeclared: Bool,
    deriving: Bool = true, diagnostics: inout [Diagnostic]
  ) -> [Language: String] {
    let example = languages.primary.map(\.rawValue) ?? "TAG"
    guard let mapping = node.mapping else {
      diagnostics.append(
        Diagnostic(
          .wrongType, at: file.location(node), "\(field) of \(owner) must be a mapping of language to text",
          hint: "write `\(field): {\(example): \"…\"}`"))
      return [:]
    }
    var labels: [Language: String] = [:]
    for (key, value) in mapping {
      let code = key.string ?? ""
      guard let language = Language(rawValue: code), !languages.areDeclared || languages.declaration(of: language) != nil else {
        let declared = languages.tags.map(\.rawValue).joined(separator: ", ")
        let malformed = Language(rawValue: code) == nil
        diagnostics.append(
          Diagnostic(
            malformed ? .badValue : .unknownField, at: file.location(key),
            malformed
              ? "'\(code)' in \(field) of \(owner) is not a language tag"
              : "language '\(code)' in \(field) of \(owner) is not declared in schema.yaml",
            hint: malformed
              ? "write a BCP 47 tag: en, fr, de-CH, kk-Latn, ota-Arab" + (declared.isEmpty ? "" : " (declared: \(declared))")
              : "use one of \(declared), or declare '\(code)' under `languages:` in schema.yaml"))
        continue
      }
      if let text = file.scalar(value, field: code, diagnostics: &diagnostics) {
        labels[language] = text.nfc
      }
    }
    for declaration in languages.declarations {
      if requireDeclared, declaration.required, labels[declaration.language] == nil, declaration.derivation.map({ labels[$0.source] == nil }) ?? true
      {
        diagnostics.append(
          Diagnostic(
            .missingField, at: file.location(node), "\(owner) has no label in '\(declaration.language)', which schema.yaml requires",
            hint: "add `\(declaration.language): \"…\"` to its labels"))
      }
      if deriving, labels[declaration.language] == nil, let derivation = declaration.derivation, let source = labels[derivation.source] {
        labels[declaration.language] = derivation.scheme.apply(source)
      }
    }
    return labels
  }

  /// The entities of one file, each with where its fields were written; the
  /// builder checks ids, kinds and duplicates.
  package static func readEntities(_ file: YAMLFile, languages: LabelLanguages, diagnostics: inout [Diagnostic]) -> [(
    Entity, GraphBuilder.FieldLocations
  )] {
    guard let root = file.root else { return [] }
    var entities: [(Entity, GraphBuilder.FieldLocations)] = []
    for node in file.list(root, field: "entities", diagnostics: &diagnostics) {
      guard let fields = Fields(node, in: file, what: "an entity", allowed: ["id", "kind", "labels", "aliases", "note"], diagnostics: &diagnostics),
        let id = fields.string("id", what: "an entity", diagnostics: &diagnostics)
      else { continue }
      let location = file.location(node)
      let kind = fields.string("kind", what: "entity '\(id)'", diagnostics: &diagnostics) ?? ""
      var labels: [Language: String] = [:]
      if let labelNode = fields["labels"] {
        labels = readLabels(labelNode, in: file, owner: "entity '\(id)'", languages: languages, requireDeclared: true, diagnostics: &diagnostics)
      } else {
        diagnostics.append(
          Diagnostic(
            .missingField, at: location, "entity '\(id)' has no labels",
            hint: "add `labels: {\(languages.primary.map(\.rawValue) ?? "TAG"): \"…\"}` (TAG a BCP 47 language tag)"))
      }
      let aliases =
        fields["aliases"].map {
          file.list($0, field: "aliases", diagnostics: &diagnostics).compactMap { file.scalar($0, field: "aliases", diagnostics: &diagnostics)?.nfc }
        } ?? []
      let entity = Entity(
        id: EntityID(id), kind: kind, labels: labels, aliases: aliases, note: fields.optionalString("note", diagnostics: &diagnostics),
        location: location)
      let places = FieldPlaces(entity: node, in: file)
      entities.append((entity, { places.locations() }))
    }
    return entities
  }

  // MARK: Quotes

  /// The corpus folder, if it is one. A corpus asked for by name that is not
  /// there is an error; the default one may be absent.
  mutating func findCorpus(setting: String?, override: String?) -> String? {
    var isDirectory: ObjCBool = false
    guard let corpus = corpusFolder(setting: setting, override: override), FileManager.default.fileExists(atPath: corpus, isDirectory: &isDirectory),
      isDirectory.boolValue
    else {
      if let override {
        diagnostics.append(
          Diagnostic(
            .corpusMissing, at: SourceLocation(file: override, line: 1, column: 1),
            "the corpus folder '\(override)' that was asked for is not a folder",
            hint: "name the folder with the documents' texts (the corpus, e.g. ../shared/seeds)"))
      }
      return nil
    }
    return corpus
  }

  /// Takes over one document's text for quote checking; an unreadable file is an
  /// error, an altered one is reported with the claims citing it.
  mutating func adoptText(_ text: QuoteText?, problems: [Diagnostic], of document: Document, into texts: inout [DocumentID: QuoteText]?) {
    for problem in problems {
      if problem.code == .checksumMismatch { changedTexts[document.id] = problem } else { diagnostics.append(problem) }
    }
    texts?[document.id] = text
  }

  /// Reports each text that changed since it was listed, naming the claims whose
  /// quotes cite it and whether each quote is still in the text.
  mutating func reportChangedTexts(_ claims: [Claim]) {
    for (document, problem) in changedTexts.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
      var reported = problem
      let citing = claims.filter { $0.sources.contains { $0.document == document } }
      if citing.isEmpty {
        reported.hint = "the text changed, and no claim cites it yet: update sha256"
      } else {
        let lines = citing.map { claim in
          let quotes = claim.sources.filter { $0.document == document }
          let found = quotes.filter { $0.locator != nil }.count
          let state = found == quotes.count ? "still found" : found == 0 ? "NOT found" : "\(found) of \(quotes.count) found"
          return "    \(claim.id): quote\(quotes.count == 1 ? "" : "s") \(state)"
        }
        reported.hint =
          "the text changed; the claims whose quotes cite it:\n" + lines.joined(separator: "\n")
          + "\n  re-check them against the new text, then update sha256"
      }
      diagnostics.append(reported)
    }
  }

  /// The corpus folder: `--corpus`, else documents.yaml's `corpus:` relative to the graph folder.
  func corpusFolder(setting: String?, override: String?) -> String? {
    override ?? setting.map { $0.hasPrefix("/") ? $0 : "\(graphPath)/\($0)" }
  }

  /// One document's text, checked against its SHA-256 and folded for quote search.
  static func readCorpusText(_ document: Document, corpus: String) -> (QuoteText?, [Diagnostic]) {
    let path = "\(corpus)/\(document.file)"
    guard let data = FileManager.default.contents(atPath: path) else {
      return (
        nil,
        [
          Diagnostic(
            .corpusUnreadable, at: document.location, "cannot read '\(path)', the text of document '\(document.id)'",
            hint: "check the corpus folder and the file name; quotes citing it were not checked")
        ]
      )
    }
    var problems: [Diagnostic] = []
    let digest = SHA256.hex(data)
    if digest != document.sha256 {
      problems.append(
        Diagnostic(
          .checksumMismatch, at: document.location, "'\(path)' has SHA-256 \(digest), not the \(document.sha256) listed for '\(document.id)'",
          hint: "the text changed: re-check its quotes, then update sha256"))
    }
    guard let text = String(data: data, encoding: .utf8) else {
      problems.append(
        Diagnostic(.corpusUnreadable, at: document.location, "'\(path)' is not UTF-8 text", hint: "convert it to UTF-8 and update sha256"))
      return (nil, problems)
    }
    return (QuoteText(text), problems)
  }
}
