
/// Reads claims from a `claims/*.yaml` file: their form, times and values, and
/// their quotes against the documents' texts. What they name (entities,
/// relations, qualifiers, documents) the builder checks, at the fields given.
struct ClaimReader {
  /// Tells how to read a property's value; `nil` when the schema is broken.
  let schema: Schema?

  static let fields = ["id", "subject", "relation", "object", "property", "value", "qualifiers", "time", "sources", "note"]

  /// What one claims file gave: its valid claims, its problems, and how many quotes were checked.
  struct FileClaims {
    var claims: [Claim] = []
    /// Where each claim's fields were written, parallel to `claims`.
    var fields: [GraphBuilder.FieldLocations] = []
    var diagnostics: [Diagnostic] = []
    var quotesChecked = 0
  }

  /// Reads the claims of one file and checks each quote against its document's
  /// text, where `texts` has it.
  func readClaims(_ file: YAMLFile, checkingQuotesIn texts: [DocumentID: QuoteText]) -> FileClaims {
    var result = FileClaims()
    guard let root = file.root else { return result }
    for node in file.list(root, field: "claims", diagnostics: &result.diagnostics) {
      guard let (read, fields) = readClaim(node, in: file, diagnostics: &result.diagnostics) else { continue }
      var claim = read
      for (i, source) in claim.sources.enumerated() {
        guard let text = texts[source.document] else { continue }
        result.quotesChecked += 1
        if let locator = text.locator(of: QuoteText.foldWhitespace(nfc: source.quote)) {
          claim.sources[i].locator = locator
        } else {
          let folded = QuoteText.foldWhitespace(nfc: source.quote)
          var hint = "copy the words exactly from the text (only whitespace is folded)"
          if let near = text.closestPassage(to: folded) {
            let differ = near.distance == 1 ? "1 character differs" : "\(near.distance) characters differ"
            hint = "the closest passage is at line \(near.locator.line) of the text (\(differ), marked in brackets):\n    text:  \(near.markedText)\n    quote: \(near.markedQuote)\n  " + hint
          }
          result.diagnostics.append(Diagnostic(.quoteNotFound, at: source.location, "the quote of claim '\(claim.id)' is not in document '\(source.document)': \"\(source.quote.prefix(80))\"", hint: hint))
        }
      }
      result.claims.append(claim)
      result.fields.append(fields)
    }
    return result
  }

  private func readClaim(_ node: YAMLNode, in file: YAMLFile, diagnostics: inout [Diagnostic]) -> (Claim, GraphBuilder.FieldLocations)? {
    guard let fields = Fields(node, in: file, what: "a claim", allowed: Self.fields, diagnostics: &diagnostics),
      let id = fields.string("id", what: "a claim", diagnostics: &diagnostics)
    else { return nil }
    let what = "claim '\(id)'"
    let subject = fields.string("subject", what: what, diagnostics: &diagnostics)
    var predicate: Predicate?
    switch (fields["relation"], fields["property"]) {
    case (.some, .some):
      diagnostics.append(Diagnostic(.badValue, at: file.location(node), "\(what) has both 'relation' and 'property'", hint: "a claim states one relation or one property; split it in two"))
    case (.none, .none):
      diagnostics.append(Diagnostic(.missingField, at: file.location(node), "\(what) has neither 'relation' nor 'property'", hint: "add `relation: …` with `object: …`, or `property: …` with `value: …`"))
    case (.some(let relationNode), .none):
      predicate = relation(relationNode, fields: fields, what: what, file: file, diagnostics: &diagnostics)
    case (.none, .some(let propertyNode)):
      predicate = property(propertyNode, fields: fields, what: what, file: file, diagnostics: &diagnostics)
    }
    let qualifiers = readQualifiers(fields["qualifiers"], what: what, file: file, diagnostics: &diagnostics)
    // A claim whose time or a source is unreadable still goes to the builder, so that
    // what it names is checked in the same pass; the load fails on the error anyway.
    let time = fields["time"].flatMap { readTime($0, what: what, file: file, diagnostics: &diagnostics) }
    var sources: [Source] = []
    var unreadableSource = false
    if let sourceNode = fields["sources"] {
      for item in file.list(sourceNode, field: "sources", diagnostics: &diagnostics) {
        if let source = readSource(item, what: what, file: file, diagnostics: &diagnostics) { sources.append(source) } else { unreadableSource = true }
      }
    }
    guard let subject, let predicate else { return nil }
    let written = WrittenNode(node: node, file: file, unreadableSource: unreadableSource)
    let claim = Claim(
      id: ClaimID(id), subject: EntityID(subject), predicate: predicate, qualifiers: qualifiers, time: time, sources: sources,
      note: fields.optionalString("note", diagnostics: &diagnostics), location: file.location(node))
    return (claim, { written.claimFieldLocations() })
  }

  private func relation(_ node: YAMLNode, fields: Fields, what: String, file: YAMLFile, diagnostics: inout [Diagnostic]) -> Predicate? {
    guard let name = file.scalar(node, field: "relation", diagnostics: &diagnostics),
      let object = fields.string("object", what: what, diagnostics: &diagnostics)
    else { return nil }
    if fields["value"] != nil {
      diagnostics.append(Diagnostic(.badValue, at: file.location(fields["value"]), "\(what) is a relation and cannot have a 'value'", hint: "use `property:` for a value, or drop `value:`"))
      return nil
    }
    return .relation(name, object: EntityID(object))
  }

  /// The property and its value, read as the schema's type for it says (text
  /// when the property is unknown: the builder reports that).
  private func property(_ node: YAMLNode, fields: Fields, what: String, file: YAMLFile, diagnostics: inout [Diagnostic]) -> Predicate? {
    guard let name = file.scalar(node, field: "property", diagnostics: &diagnostics) else { return nil }
    if fields["object"] != nil {
      diagnostics.append(Diagnostic(.badValue, at: file.location(fields["object"]), "\(what) is a property and cannot have an 'object'", hint: "use `relation:` to link two entities"))
      return nil
    }
    let valueText = fields.optionalString("value", diagnostics: &diagnostics)
    switch schema?.property(named: name)?.type {
    case .none?:
      if valueText != nil {
        diagnostics.append(Diagnostic(.badValue, at: file.location(fields["value"]), "\(what): property '\(name)' takes no value", hint: "remove `value:`; the claim's time says when"))
        return nil
      }
      return .property(name, value: nil)
    case .integer?:
      guard let valueText, valueText.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let number = Int(valueText) else {
        diagnostics.append(Diagnostic(.badValue, at: file.location(fields["value"] ?? node), "\(what): property '\(name)' needs a whole number as value", hint: "write `value: 300`"))
        return nil
      }
      return .property(name, value: .integer(number))
    case .string?, nil:
      guard let valueText, !valueText.isEmpty else {
        diagnostics.append(Diagnostic(.badValue, at: file.location(fields["value"] ?? node), "\(what): property '\(name)' needs a value", hint: "write `value: \"…\"`"))
        return nil
      }
      return .property(name, value: .string(valueText.nfc))
    }
  }

  private func readQualifiers(_ node: YAMLNode?, what: String, file: YAMLFile, diagnostics: inout [Diagnostic]) -> [Qualifier] {
    guard let node else { return [] }
    guard let mapping = node.mapping else {
      diagnostics.append(Diagnostic(.wrongType, at: file.location(node), "qualifiers of \(what) must be a mapping", hint: "write `qualifiers: {role: chairman}`"))
      return []
    }
    var result: [Qualifier] = []
    for (key, value) in mapping {
      let name = key.string ?? ""
      if let text = file.scalar(value, field: name, diagnostics: &diagnostics) {
        result.append(Qualifier(name: name, value: text.nfc))
      }
    }
    return result.sorted { $0.name < $1.name }
  }

  private func readTime(_ node: YAMLNode, what: String, file: YAMLFile, diagnostics: inout [Diagnostic]) -> Dating? {
    var edtfText: String?
    var calendar: CalendarStyle?
    var newStyle: String?
    var reason: String?
    var at = node
    if let text = node.string {
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

  private func readSource(_ node: YAMLNode, what: String, file: YAMLFile, diagnostics: inout [Diagnostic]) -> Source? {
    guard let fields = Fields(node, in: file, what: "a source of \(what)", allowed: ["document", "quote", "note", "confidence"], diagnostics: &diagnostics),
      let document = fields.string("document", what: "a source of \(what)", diagnostics: &diagnostics)
    else { return nil }
    guard let quote = fields.string("quote", what: "the source of \(what) in '\(document)'", diagnostics: &diagnostics) else { return nil }
    var confidence = 1.0
    if let text = fields.optionalString("confidence", diagnostics: &diagnostics) {
      guard text.utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == UInt8(ascii: ".") }), let value = Double(text) else {
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

/// A claim's node in its file, kept to tell where its fields were written
/// when the builder finds one at fault. Sendable by hand, as ``YAMLFile``: the
/// node tree is never changed after parsing.
struct WrittenNode: @unchecked Sendable {
  let node: YAMLNode
  let file: YAMLFile
  var unreadableSource = false

  /// The locations of a claim's fields, by name: `subject`, `object`, `relation`,
  /// `property`, `value`, `qualifiers.NAME`, `sources.N.document`; and
  /// `sources.unreadable` when a source could not be read (already reported).
  func claimFieldLocations() -> [String: SourceLocation] {
    guard let mapping = node.mapping else { return [:] }
    var locations: [String: SourceLocation] = [:]
    for (key, value) in mapping {
      guard let name = key.string else { continue }
      switch name {
      case "subject", "object", "relation", "property", "value": locations[name] = file.location(value)
      case "qualifiers":
        for (qualifier, _) in value.mapping ?? .empty { if let q = qualifier.string { locations["qualifiers." + q] = file.location(qualifier) } }
      case "sources":
        for (i, item) in (value.sequence ?? []).enumerated() {
          if let document = item.mapping?.first(where: { $0.key.string == "document" })?.value { locations["sources.\(i).document"] = file.location(document) }
        }
        if unreadableSource { locations["sources.unreadable"] = file.location(value) }
      default: break
      }
    }
    return locations
  }

  /// The locations of an entity's `id` and `kind` fields.
  func entityFieldLocations() -> [String: SourceLocation] {
    var locations: [String: SourceLocation] = [:]
    for (key, value) in node.mapping ?? .empty where key.string == "id" || key.string == "kind" { locations[key.string!] = file.location(value) }
    return locations
  }
}
