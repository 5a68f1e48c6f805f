/// Reads claims from a `claims/*.yaml` file: their form, times and values, and
/// their quotes against the documents' texts. What they name (entities,
/// relations, qualifiers, documents) the builder checks, at the fields given.
package struct ClaimReader {
  /// Tells how to read a property's value; `nil` when the schema is broken.
  let schema: Schema?
  /// The documents that declare their own switch to the Gregorian calendar, with it.
  let documentSwitches: [DocumentID: CalendarSwitch]

  /// A reader of claims under `schema`, whose dates are read under the switch to
  /// the Gregorian calendar of their first source's document, else the schema's.
  package init(schema: Schema?, documents: some Sequence<Document>) {
    self.schema = schema
    var switches: [DocumentID: CalendarSwitch] = [:]
    for document in documents { if let own = document.calendarSwitch { switches[document.id] = own } }
    documentSwitches = switches
  }

  /// The switch a claim's date is read under: its first source's document's, else the graph's.
  func calendarSwitch(firstDocument: DocumentID?) -> CalendarSwitch? {
    firstDocument.flatMap { documentSwitches[$0] } ?? schema?.calendarSwitch
  }

  static let fields = ["id", "subject", "relation", "object", "property", "value", "qualifiers", "time", "sources", "note"]

  /// What one claims file gave: its valid claims and its problems.
  package struct FileClaims {
    package var claims: [Claim] = []
    /// Where each claim's fields were written, parallel to `claims`.
    package var fields: [GraphBuilder.FieldLocations] = []
    package var diagnostics: [Diagnostic] = []
  }

  /// Reads the claims of one file; ``checkQuotes(of:in:)`` checks their quotes.
  package func readClaims(_ file: YAMLFile) -> FileClaims {
    var result = FileClaims()
    guard let root = file.root else { return result }
    for node in file.list(root, field: "claims", diagnostics: &result.diagnostics) {
      guard let (claim, fields) = readClaim(node, in: file, diagnostics: &result.diagnostics) else { continue }
      result.claims.append(claim)
      result.fields.append(fields)
    }
    return result
  }

  /// What checking a file's quotes found: the place of each quote found (by
  /// claim and source, parallel to the claims read), a diagnostic for each one not
  /// found, and how many were checked.
  package struct QuoteCheck {
    package var locators: [[Locator?]] = []
    package var diagnostics: [Diagnostic] = []
    package var quotesChecked = 0

    /// Gives the claim at `index` of the file its quotes' places, where they were found.
    package func locate(_ claim: inout Claim, at index: Int) {
      for (k, locator) in locators[index].enumerated() where locator != nil { claim.sources[k].locator = locator }
    }
  }

  /// Checks each quote of `claims` against its document's text, where `texts`
  /// has it; a quote not found gets a diagnostic with the closest passage.
  package static func checkQuotes(of claims: [Claim], in texts: [DocumentID: QuoteText]) -> QuoteCheck {
    var check = QuoteCheck()
    check.locators.reserveCapacity(claims.count)
    // By index, not by element: each claim's and source's fields are read in place, not copied.
    var cited: (document: DocumentID, text: QuoteText?)?
    for i in claims.indices {
      var locators: [Locator?] = []
      let sources = claims[i].sources
      for j in sources.indices {
        let document = sources[j].document
        // Most sources in a row cite one document: it is looked up once for them.
        if cited?.document != document { cited = (document, texts[document]) }
        guard let text = cited?.text else {
          locators.append(nil)
          continue
        }
        check.quotesChecked += 1
        let folded = QuoteText.foldWhitespace(nfc: sources[j].quote)
        let locator = text.locator(of: folded)
        locators.append(locator)
        guard locator == nil else { continue }
        var hint = "copy the words exactly from the text (only whitespace is folded)"
        if let near = text.closestPassage(to: folded) {
          let differ = near.distance == 1 ? "1 character differs" : "\(near.distance) characters differ"
          hint =
            "the closest passage is at line \(near.locator.line) of the text (\(differ), marked in brackets):\n    text:  \(near.markedText)\n    quote: \(near.markedQuote)\n  "
            + hint
        }
        check.diagnostics.append(
          Diagnostic(
            .quoteNotFound, at: sources[j].location,
            "the quote of claim '\(claims[i].id)' is not in document '\(document)': \"\(sources[j].quote.prefix(80))\"", hint: hint))
      }
      check.locators.append(locators)
    }
    return check
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
      diagnostics.append(
        Diagnostic(
          .badValue, at: file.location(node), "\(what) has both 'relation' and 'property'",
          hint: "a claim states one relation or one property; split it in two"))
    case (.none, .none):
      diagnostics.append(
        Diagnostic(
          .missingField, at: file.location(node), "\(what) has neither 'relation' nor 'property'",
          hint: "add `relation: …` with `object: …`, or `property: …` with `value: …`"))
    case (.some(let relationNode), .none):
      predicate = relation(relationNode, fields: fields, what: what, file: file, diagnostics: &diagnostics)
    case (.none, .some(let propertyNode)):
      predicate = property(propertyNode, fields: fields, what: what, file: file, diagnostics: &diagnostics)
    }
    let qualifiers = readQualifiers(fields["qualifiers"], what: what, file: file, diagnostics: &diagnostics)
    // A claim whose time or a source is unreadable still goes to the builder, so that
    // what it names is checked in the same pass; the load fails on the error anyway.
    let time = fields["time"].flatMap { node in
      readTime(node, what: what, under: calendarSwitch(firstDocument: Self.firstDocument(fields["sources"])), file: file, diagnostics: &diagnostics)
    }
    var sources: [Source] = []
    var unreadableSource = false
    if let sourceNode = fields["sources"] {
      for item in file.list(sourceNode, field: "sources", diagnostics: &diagnostics) {
        if let source = readSource(item, what: what, file: file, diagnostics: &diagnostics) {
          sources.append(source)
        } else {
          unreadableSource = true
        }
      }
    }
    guard let subject, let predicate else { return nil }
    let places = FieldPlaces(claim: node, in: file, unreadableSource: unreadableSource)
    let claim = Claim(
      id: ClaimID(id), subject: EntityID(subject), predicate: predicate, qualifiers: qualifiers, time: time, sources: sources,
      note: fields.optionalString("note", diagnostics: &diagnostics), location: file.location(node))
    return (claim, { places.locations() })
  }

  private func relation(_ node: YAMLNode, fields: Fields, what: String, file: YAMLFile, diagnostics: inout [Diagnostic]) -> Predicate? {
    guard let name = file.scalar(node, field: "relation", diagnostics: &diagnostics),
      let object = fields.string("object", what: what, diagnostics: &diagnostics)
    else { return nil }
    if fields["value"] != nil {
      diagnostics.append(
        Diagnostic(
          .badValue, at: file.location(fields["value"]), "\(what) is a relation and cannot have a 'value'",
          hint: "use `property:` for a value, or drop `value:`"))
      return nil
    }
    return .relation(name, object: EntityID(object))
  }

  /// The property and its value, read as the schema's type for it says (text
  /// when the property is unknown: the builder reports that).
  private func property(_ node: YAMLNode, fields: Fields, what: String, file: YAMLFile, diagnostics: inout [Diagnostic]) -> Predicate? {
    guard let name = file.scalar(node, field: "property", diagnostics: &diagnostics) else { return nil }
    if fields["object"] != nil {
      diagnostics.append(
        Diagnostic(
          .badValue, at: file.location(fields["object"]), "\(what) is a property and cannot have an 'object'",
          hint: "use `relation:` to link two entities"))
      return nil
    }
    let valueText = fields.optionalString("value", diagnostics: &diagnostics)
    switch schema?.property(named: name)?.type {
    case .none?:
      if valueText != nil {
        diagnostics.append(
          Diagnostic(
            .badValue, at: file.location(fields["value"]), "\(what): property '\(name)' takes no value",
            hint: "remove `value:`; the claim's time says when"))
        return nil
      }
      return .property(name, value: nil)
    case .integer?:
      guard let valueText, valueText.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let number = Int(valueText) else {
        diagnostics.append(
          Diagnostic(
            .badValue, at: file.location(fields["value"] ?? node), "\(what): property '\(name)' needs a whole number as value",
            hint: "write `value: 300`"))
        return nil
      }
      return .property(name, value: .integer(number))
    case nil where schema == nil:
      // The schema could not be read (reported there): the value cannot be judged.
      return .property(name, value: valueText.map { .string($0.nfc) })
    case .string?, nil:
      guard let valueText, !valueText.isEmpty else {
        diagnostics.append(
          Diagnostic(.badValue, at: file.location(fields["value"] ?? node), "\(what): property '\(name)' needs a value", hint: "write `value: \"…\"`")
        )
        return nil
      }
      return .property(name, value: .string(valueText.nfc))
    }
  }

  private func readQualifiers(_ node: YAMLNode?, what: String, file: YAMLFile, diagnostics: inout [Diagnostic]) -> [Qualifier] {
    guard let node else { return [] }
    guard let mapping = node.mapping else {
      diagnostics.append(
        Diagnostic(.wrongType, at: file.location(node), "qualifiers of \(what) must be a mapping", hint: "write `qualifiers: {role: chairman}`"))
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

  /// The document of a claim's first source as written, if it can be told
  /// (what is wrong with the sources is reported when they are read).
  static func firstDocument(_ sources: YAMLNode?) -> DocumentID? {
    guard let first = sources?.sequence?.first ?? sources, let mapping = first.mapping,
      let text = mapping.first(where: { $0.key.string == "document" })?.value.string
    else { return nil }
    return DocumentID(text)
  }

  private func readTime(_ node: YAMLNode, what: String, under calendarSwitch: CalendarSwitch?, file: YAMLFile, diagnostics: inout [Diagnostic])
    -> Dating?
  {
    var edtfText: String?
    var calendar: CalendarStyle?
    var newStyle: String?
    var reason: String?
    var at = node
    if let text = node.string {
      edtfText = text
    } else if let fields = Fields(
      node, in: file, what: "time of \(what)", allowed: ["edtf", "calendar", "new_style", "reason"], diagnostics: &diagnostics)
    {
      edtfText = fields.string("edtf", what: "time of \(what)", diagnostics: &diagnostics)
      at = fields["edtf"] ?? node
      if let text = fields.optionalString("calendar", diagnostics: &diagnostics) {
        calendar = CalendarStyle(rawValue: text)
        if calendar == nil {
          diagnostics.append(
            Diagnostic(
              .badValue, at: file.location(fields["calendar"]), "time of \(what): unknown calendar '\(text)'",
              hint: "use one of \(CalendarStyle.names)"))
          return nil
        }
      }
      newStyle = fields.optionalString("new_style", diagnostics: &diagnostics)
      reason = fields.optionalString("reason", diagnostics: &diagnostics)
    }
    guard let edtfText else { return nil }
    do {
      return try Dating(edtf: edtfText, calendar: calendar, newStyle: newStyle, reason: reason, calendarSwitch: calendarSwitch)
    } catch {
      diagnostics.append(
        Diagnostic(
          .impossibleDate, at: file.location(at), "time of \(what): \(error.description)",
          hint: error.hint ?? "write an EDTF date such as 1917-11-07, 1918-03 or 1917-12-05/1917-12-13"))
      return nil
    }
  }

  private func readSource(_ node: YAMLNode, what: String, file: YAMLFile, diagnostics: inout [Diagnostic]) -> Source? {
    guard
      let fields = Fields(
        node, in: file, what: "a source of \(what)", allowed: ["document", "quote", "translation", "note", "confidence"], diagnostics: &diagnostics),
      let document = fields.string("document", what: "a source of \(what)", diagnostics: &diagnostics)
    else { return nil }
    if fields["quote"] == nil, let translation = fields["translation"] {
      diagnostics.append(
        Diagnostic(
          .missingField, at: file.location(translation), "the source of \(what) in '\(document)' has a translation but no quote",
          hint: "add the `quote:` it translates, copied verbatim from the document"))
      return nil
    }
    guard let quote = fields.string("quote", what: "the source of \(what) in '\(document)'", diagnostics: &diagnostics) else { return nil }
    let translations =
      fields["translation"].map {
        LoaderState.readLabels(
          $0, in: file, owner: "the quote of \(what) in '\(document)'", field: "translation", languages: schema?.languages ?? LabelLanguages(),
          requireDeclared: false,
          deriving: false, diagnostics: &diagnostics)
      } ?? [:]
    for (language, text) in translations where text.allSatisfy(\.isWhitespace) {
      diagnostics.append(
        Diagnostic(
          .badValue, at: file.location(fields["translation"]), "the '\(language)' translation of the quote of \(what) in '\(document)' is empty",
          hint: "write the translation, or leave the language out"))
    }
    var confidence = 1.0
    if let text = fields.optionalString("confidence", diagnostics: &diagnostics) {
      guard text.utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == UInt8(ascii: ".") }), let value = Double(text) else {
        diagnostics.append(
          Diagnostic(
            .badValue, at: file.location(fields["confidence"]), "confidence of a source of \(what) must be a number in (0, 1]",
            hint: "e.g. `confidence: 0.7`"))
        return nil
      }
      confidence = value
    }
    return Source(
      document: DocumentID(document), quote: quote.nfc, translations: translations,
      note: fields.optionalString("note", diagnostics: &diagnostics), confidence: confidence, location: file.location(fields["quote"] ?? node))
  }
}

/// Where a value's fields were written, taken from its YAML node when it is
/// read (so that the file's node tree is freed once its values are), to tell
/// where a field is at fault if the builder finds one.
struct FieldPlaces: Sendable {
  /// One field's place: `index` numbers the items of a list (the sources), else -1.
  private struct Place: Sendable {
    let field: String
    let index: Int32
    let line: Int32
    let column: Int32
  }

  private let path: String
  private var places: [Place] = []

  /// The places of a claim's fields: `subject`, `object`, `relation`, `property`,
  /// `value`, `qualifiers.NAME`, `sources.N.document`; and `sources.unreadable`
  /// when a source could not be read (already reported).
  init(claim node: YAMLNode, in file: YAMLFile, unreadableSource: Bool) {
    path = file.path
    for (key, value) in node.mapping ?? .empty {
      guard let name = key.string else { continue }
      switch name {
      case "subject", "object", "relation", "property", "value": add(name, at: value)
      case "qualifiers":
        for (qualifier, _) in value.mapping ?? .empty { if let q = qualifier.string { add("qualifiers." + q, at: qualifier) } }
      case "sources":
        for (i, item) in (value.sequence ?? []).enumerated() {
          if let document = item.mapping?.first(where: { $0.key.string == "document" })?.value { add("sources.document", index: i, at: document) }
        }
        if unreadableSource { add("sources.unreadable", at: value) }
      default: break
      }
    }
  }

  /// The places of an entity's `id` and `kind` fields.
  init(entity node: YAMLNode, in file: YAMLFile) {
    path = file.path
    for (key, value) in node.mapping ?? .empty where key.string == "id" || key.string == "kind" { add(key.string!, at: value) }
  }

  private mutating func add(_ field: String, index: Int = -1, at node: YAMLNode) {
    places.append(Place(field: field, index: Int32(truncatingIfNeeded: index), line: node.line, column: node.column))
  }

  /// The locations by field name (`sources.N.document` with each source's number).
  func locations() -> [String: SourceLocation] {
    var locations: [String: SourceLocation] = [:]
    for place in places {
      let name = place.index < 0 ? place.field : place.field.replacingOccurrences(of: "sources.", with: "sources.\(place.index).")
      locations[name] = SourceLocation(file: path, line: Int(place.line), column: Int(place.column))
    }
    return locations
  }
}
