internal import Yams

/// Reads claims from a `claims/*.yaml` file and checks them against the schema and the entities.
struct ClaimReader {
  let schema: Schema?
  let entities: [Entity]
  let entityIndex: [EntityID: Int]
  let documents: Set<DocumentID>

  static let fields = ["id", "subject", "relation", "object", "property", "value", "qualifiers", "time", "sources", "note"]

  /// What one claims file gave: its valid claims, its problems, and how many quotes were checked.
  struct FileClaims {
    var claims: [Claim] = []
    var diagnostics: [Diagnostic] = []
    var quotesChecked = 0
  }

  /// Reads the claims of one file and checks each quote against its document's
  /// text, where `texts` has it.
  func readClaims(_ file: YAMLFile, checkingQuotesIn texts: [DocumentID: QuoteText]) -> FileClaims {
    var result = FileClaims()
    guard let root = file.root else { return result }
    for node in file.list(root, field: "claims", diagnostics: &result.diagnostics) {
      guard let claim = readClaim(node, in: file, diagnostics: &result.diagnostics) else { continue }
      for source in claim.sources {
        guard let text = texts[source.document] else { continue }
        result.quotesChecked += 1
        if !text.contains(folded: QuoteText.foldWhitespace(nfc: source.quote)) {
          result.diagnostics.append(Diagnostic(.quoteNotFound, at: source.location, "the quote of claim '\(claim.id)' is not in document '\(source.document)': \"\(source.quote.prefix(80))\"", hint: "copy the words exactly from the text (only whitespace is folded)"))
        }
      }
      result.claims.append(claim)
    }
    return result
  }

  private func readClaim(_ node: Node, in file: YAMLFile, diagnostics: inout [Diagnostic]) -> Claim? {
    guard let fields = Fields(node, in: file, what: "a claim", allowed: Self.fields, diagnostics: &diagnostics),
      let id = fields.string("id", what: "a claim", diagnostics: &diagnostics)
    else { return nil }
    let what = "claim '\(id)'"
    var ok = true
    let subject = entity(fields, "subject", what: what, file: file, diagnostics: &diagnostics)
    var predicate: Predicate?
    switch (fields["relation"], fields["property"]) {
    case (.some, .some):
      diagnostics.append(Diagnostic(.badValue, at: file.location(node), "\(what) has both 'relation' and 'property'", hint: "a claim states one relation or one property; split it in two"))
    case (.none, .none):
      diagnostics.append(Diagnostic(.missingField, at: file.location(node), "\(what) has neither 'relation' nor 'property'", hint: "add `relation: …` with `object: …`, or `property: …` with `value: …`"))
    case (.some(let relationNode), .none):
      predicate = relation(relationNode, fields: fields, subject: subject, what: what, file: file, diagnostics: &diagnostics)
    case (.none, .some(let propertyNode)):
      predicate = property(propertyNode, fields: fields, subject: subject, what: what, file: file, diagnostics: &diagnostics)
    }
    if predicate == nil || subject == nil { ok = false }
    let qualifiers = readQualifiers(fields["qualifiers"], what: what, file: file, diagnostics: &diagnostics)
    let time = fields["time"].flatMap { readTime($0, what: what, file: file, diagnostics: &diagnostics) }
    if fields["time"] != nil, time == nil { ok = false }
    var sources: [Source] = []
    if let sourceNode = fields["sources"] {
      for item in file.list(sourceNode, field: "sources", diagnostics: &diagnostics) {
        if let source = readSource(item, what: what, file: file, diagnostics: &diagnostics) { sources.append(source) } else { ok = false }
      }
    }
    if sources.isEmpty && ok {
      diagnostics.append(Diagnostic(.claimWithoutSource, at: file.location(node), "\(what) has no source", hint: "add `sources: [{document: d001, quote: \"…\"}]` with the words of the text that state it"))
      ok = false
    }
    guard ok, let subject, let predicate else { return nil }
    return Claim(
      id: ClaimID(id), subject: subject.id, predicate: predicate, qualifiers: qualifiers, time: time, sources: sources,
      note: fields.optionalString("note", diagnostics: &diagnostics), location: file.location(node))
  }

  private func entity(_ fields: Fields, _ name: String, what: String, file: YAMLFile, diagnostics: inout [Diagnostic]) -> Entity? {
    guard let text = fields.string(name, what: what, diagnostics: &diagnostics) else { return nil }
    guard let index = entityIndex[EntityID(text)] else {
      let close = entityIndex.keys.map(\.rawValue).min { editDistance($0, text) < editDistance($1, text) }
      let hint = close.map { editDistance($0, text) <= 3 ? "did you mean '\($0)'?" : "define it in entities/*.yaml first" } ?? "define it in entities/*.yaml first"
      diagnostics.append(Diagnostic(.unknownEntity, at: file.location(fields[name]), "\(what): \(name) '\(text)' is not a known entity", hint: hint))
      return nil
    }
    return entities[index]
  }

  private func relation(_ node: Node, fields: Fields, subject: Entity?, what: String, file: YAMLFile, diagnostics: inout [Diagnostic]) -> Predicate? {
    guard let name = file.scalar(node, field: "relation", diagnostics: &diagnostics) else { return nil }
    let object = entity(fields, "object", what: what, file: file, diagnostics: &diagnostics)
    if fields["value"] != nil {
      diagnostics.append(Diagnostic(.badValue, at: file.location(fields["value"]), "\(what) is a relation and cannot have a 'value'", hint: "use `property:` for a value, or drop `value:`"))
    }
    guard let schema else { return nil }
    guard let relation = schema.relation(named: name) else {
      let names = schema.relations.map(\.name)
      let close = names.min { editDistance($0, name) < editDistance($1, name) } ?? ""
      diagnostics.append(Diagnostic(.unknownRelation, at: file.location(node), "\(what) uses unknown relation '\(name)'", hint: editDistance(close, name) <= 3 ? "did you mean '\(close)'?" : "known relations: \(names.joined(separator: ", ")); or add it to schema.yaml"))
      return nil
    }
    guard let subject, let object else { return nil }
    var ok = true
    if !relation.subjects.contains(subject.kind) {
      diagnostics.append(Diagnostic(.kindNotAllowed, at: file.location(fields["subject"]), "\(what): '\(name)' may not have a \(subject.kind) ('\(subject.id)') as subject", hint: "allowed subjects: \(relation.subjects.sorted().joined(separator: ", ")); pick another relation or fix the entity's kind"))
      ok = false
    }
    if !relation.objects.contains(object.kind) {
      diagnostics.append(Diagnostic(.kindNotAllowed, at: file.location(fields["object"]), "\(what): '\(name)' may not have a \(object.kind) ('\(object.id)') as object", hint: "allowed objects: \(relation.objects.sorted().joined(separator: ", ")); pick another relation or fix the entity's kind"))
      ok = false
    }
    return ok ? .relation(name, object: object.id) : nil
  }

  private func property(_ node: Node, fields: Fields, subject: Entity?, what: String, file: YAMLFile, diagnostics: inout [Diagnostic]) -> Predicate? {
    guard let name = file.scalar(node, field: "property", diagnostics: &diagnostics) else { return nil }
    if fields["object"] != nil {
      diagnostics.append(Diagnostic(.badValue, at: file.location(fields["object"]), "\(what) is a property and cannot have an 'object'", hint: "use `relation:` to link two entities"))
    }
    guard let schema else { return nil }
    guard let property = schema.property(named: name) else {
      diagnostics.append(Diagnostic(.unknownProperty, at: file.location(node), "\(what) uses unknown property '\(name)'", hint: "known properties: \(schema.properties.map(\.name).joined(separator: ", ")); or add it to schema.yaml"))
      return nil
    }
    if let subject, !property.subjects.contains(subject.kind) {
      diagnostics.append(Diagnostic(.kindNotAllowed, at: file.location(fields["subject"]), "\(what): property '\(name)' is not for a \(subject.kind) ('\(subject.id)')", hint: "allowed subjects: \(property.subjects.sorted().joined(separator: ", "))"))
      return nil
    }
    let valueText = fields.optionalString("value", diagnostics: &diagnostics)
    switch property.type {
    case .none:
      if valueText != nil {
        diagnostics.append(Diagnostic(.badValue, at: file.location(fields["value"]), "\(what): property '\(name)' takes no value", hint: "remove `value:`; the claim's time says when"))
        return nil
      }
      return .property(name, value: nil)
    case .integer:
      guard let valueText, let number = Int(valueText), number >= 0 else {
        diagnostics.append(Diagnostic(.badValue, at: file.location(fields["value"] ?? node), "\(what): property '\(name)' needs a whole number as value", hint: "write `value: 300`"))
        return nil
      }
      return .property(name, value: .integer(number))
    case .string:
      guard let valueText, !valueText.isEmpty else {
        diagnostics.append(Diagnostic(.badValue, at: file.location(fields["value"] ?? node), "\(what): property '\(name)' needs a value", hint: "write `value: \"…\"`"))
        return nil
      }
      return .property(name, value: .string(valueText.nfc))
    }
  }

  private func readQualifiers(_ node: Node?, what: String, file: YAMLFile, diagnostics: inout [Diagnostic]) -> [Qualifier] {
    guard let node else { return [] }
    guard let mapping = node.mapping else {
      diagnostics.append(Diagnostic(.wrongType, at: file.location(node), "qualifiers of \(what) must be a mapping", hint: "write `qualifiers: {role: chairman}`"))
      return []
    }
    var result: [Qualifier] = []
    for (key, value) in mapping {
      let name = key.string ?? ""
      if let schema, !schema.qualifiers.contains(where: { $0.name == name }) {
        diagnostics.append(Diagnostic(.unknownQualifier, at: file.location(key), "\(what) uses unknown qualifier '\(name)'", hint: "known qualifiers: \(schema.qualifiers.map(\.name).joined(separator: ", ")); or add it to schema.yaml"))
        continue
      }
      if let text = file.scalar(value, field: name, diagnostics: &diagnostics) {
        result.append(Qualifier(name: name, value: text.nfc))
      }
    }
    return result.sorted { $0.name < $1.name }
  }

  private func readTime(_ node: Node, what: String, file: YAMLFile, diagnostics: inout [Diagnostic]) -> Dating? {
    var edtfText: String?
    var calendar: CalendarStyle?
    var newStyle: String?
    var reason: String?
    var at = node
    if let text = node.scalar?.string {
      edtfText = text
    } else if let fields = Fields(node, in: file, what: "time of \(what)", allowed: ["edtf", "calendar", "new_style", "reason"], diagnostics: &diagnostics) {
      edtfText = fields.string("edtf", what: "time of \(what)", diagnostics: &diagnostics)
      at = fields["edtf"] ?? node
      if let text = fields.optionalString("calendar", diagnostics: &diagnostics) {
        calendar = CalendarStyle(rawValue: text)
        if calendar == nil {
          diagnostics.append(Diagnostic(.badValue, at: file.location(fields["calendar"]), "time of \(what): unknown calendar '\(text)'", hint: "use julian, gregorian or unstated"))
          return nil
        }
      }
      newStyle = fields.optionalString("new_style", diagnostics: &diagnostics)
      reason = fields.optionalString("reason", diagnostics: &diagnostics)
    }
    guard let edtfText else { return nil }
    do {
      return try Dating(edtf: edtfText, calendar: calendar, newStyle: newStyle, reason: reason)
    } catch {
      diagnostics.append(Diagnostic(.impossibleDate, at: file.location(at), "time of \(what): \(error.description)", hint: error.hint ?? "write an EDTF date such as 1917-11-07, 1918-03 or 1917-12-05/1917-12-13"))
      return nil
    }
  }

  private func readSource(_ node: Node, what: String, file: YAMLFile, diagnostics: inout [Diagnostic]) -> Source? {
    guard let fields = Fields(node, in: file, what: "a source of \(what)", allowed: ["document", "quote", "note", "confidence"], diagnostics: &diagnostics),
      let document = fields.string("document", what: "a source of \(what)", diagnostics: &diagnostics)
    else { return nil }
    guard documents.contains(DocumentID(document)) else {
      diagnostics.append(Diagnostic(.unknownDocument, at: file.location(fields["document"]), "a source of \(what) names unknown document '\(document)'", hint: "use an id from documents.yaml: \(documents.sorted().map(\.rawValue).joined(separator: ", "))"))
      return nil
    }
    guard let quote = fields.string("quote", what: "the source of \(what) in '\(document)'", diagnostics: &diagnostics) else { return nil }
    guard !quote.allSatisfy(\.isWhitespace) else {
      diagnostics.append(Diagnostic(.missingField, at: file.location(fields["quote"]), "the quote of \(what) is empty", hint: "copy the words that state the claim from the document"))
      return nil
    }
    var confidence = 1.0
    if let text = fields.optionalString("confidence", diagnostics: &diagnostics) {
      guard let value = Double(text), value > 0, value <= 1 else {
        diagnostics.append(Diagnostic(.badValue, at: file.location(fields["confidence"]), "confidence of a source of \(what) must be a number in (0, 1]", hint: "e.g. `confidence: 0.7`"))
        return nil
      }
      confidence = value
    }
    return Source(
      document: DocumentID(document), quote: quote.nfc,
      note: fields.optionalString("note", diagnostics: &diagnostics), confidence: confidence, location: file.location(fields["quote"] ?? node))
  }
}
