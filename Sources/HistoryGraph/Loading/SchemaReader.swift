/// Reads `Graph/schema.yaml` into a ``Schema``: kinds, relations, properties
/// and qualifiers, with their roles and diagram styles.
package enum SchemaReader {
  package static func read(_ file: YAMLFile, diagnostics: inout [Diagnostic]) -> Schema? {
    var reader = Reader(file: file)
    let schema = reader.read()
    diagnostics += reader.diagnostics
    return schema
  }

  /// The switch to the Gregorian calendar that `gregorian_from:` of `fields` declares for `owner`, if any.
  static func calendarSwitch(_ fields: Fields, of owner: String, in file: YAMLFile, diagnostics: inout [Diagnostic]) -> CalendarSwitch? {
    guard let text = fields.optionalString("gregorian_from", diagnostics: &diagnostics) else { return nil }
    do {
      return try CalendarSwitch(gregorianFrom: text)
    } catch {
      diagnostics.append(
        Diagnostic(
          .impossibleDate, at: file.location(fields["gregorian_from"]), "gregorian_from of \(owner): \(error.description)",
          hint: "give the first day counted in the Gregorian calendar, as a Gregorian date YYYY-MM-DD (e.g. 1752-09-14)"))
      return nil
    }
  }

  private struct Reader {
    let file: YAMLFile
    var diagnostics: [Diagnostic] = []

    mutating func read() -> Schema? {
      guard let root = file.root,
        let top = Fields(
          root, in: file, what: "the schema", allowed: ["kinds", "relations", "properties", "qualifiers", "languages", "calendar", "names"],
          diagnostics: &diagnostics)
      else { return nil }
      var kinds: [Schema.Kind] = []
      for (key, value) in top["kinds"]?.mapping ?? .empty {
        let name = key.string ?? ""
        guard
          let fields = Fields(
            value, in: file, what: "kind '\(name)'", allowed: ["label", "description", "roles", "style"], diagnostics: &diagnostics)
        else { continue }
        kinds.append(
          Schema.Kind(
            name: name, label: fields.optionalString("label", diagnostics: &diagnostics),
            description: fields.optionalString("description", diagnostics: &diagnostics) ?? "",
            roles: roles(fields, of: "kind '\(name)'"), style: fields["style"].flatMap { kindStyle($0, of: name) },
            location: file.location(key)))
      }
      var relations: [Schema.Relation] = []
      for (key, value) in top["relations"]?.mapping ?? .empty {
        let name = key.string ?? ""
        let owner = "relation '\(name)'"
        let allowed = ["subjects", "objects", "symmetric", "inverse", "description", "roles", "style"]
        guard let fields = Fields(value, in: file, what: owner, allowed: allowed, diagnostics: &diagnostics) else { continue }
        relations.append(
          Schema.Relation(
            name: name, description: fields.optionalString("description", diagnostics: &diagnostics),
            subjects: kindList(fields, "subjects", owner: owner), objects: kindList(fields, "objects", owner: owner),
            symmetric: flag(fields, "symmetric") ?? false, inverse: fields.optionalString("inverse", diagnostics: &diagnostics),
            roles: roles(fields, of: owner), style: fields["style"].flatMap { relationStyle($0, of: name) },
            location: file.location(key)))
      }
      var properties: [Schema.Property] = []
      for (key, value) in top["properties"]?.mapping ?? .empty {
        let name = key.string ?? ""
        let owner = "property '\(name)'"
        if let mapping = value.mapping, let rolesKey = mapping.first(where: { $0.key.string == "roles" })?.key {
          diagnostics.append(
            Diagnostic(
              .badValue, at: file.location(rolesKey), "\(owner) has roles, but roles belong to relations",
              hint: "make it a relation if the queries should read it, or remove `roles:`"))
          continue
        }
        guard let fields = Fields(value, in: file, what: owner, allowed: ["type", "subjects", "description"], diagnostics: &diagnostics) else {
          continue
        }
        let typeText = fields.optionalString("type", diagnostics: &diagnostics) ?? "string"
        guard let type = Schema.Property.ValueType(rawValue: typeText) else {
          diagnostics.append(
            Diagnostic(.badValue, at: file.location(fields["type"]), "\(owner) has unknown type '\(typeText)'", hint: "use none, integer or string"))
          continue
        }
        properties.append(
          Schema.Property(
            name: name, type: type, subjects: kindList(fields, "subjects", owner: owner),
            description: fields.optionalString("description", diagnostics: &diagnostics), location: file.location(key)))
      }
      var qualifiers: [Schema.Qualifier] = []
      for (key, value) in top["qualifiers"]?.mapping ?? .empty {
        let name = key.string ?? ""
        if value.string != nil {
          qualifiers.append(
            Schema.Qualifier(name: name, description: file.scalar(value, field: name, diagnostics: &diagnostics) ?? "", location: file.location(key)))
        } else if let fields = Fields(value, in: file, what: "qualifier '\(name)'", allowed: ["description", "roles"], diagnostics: &diagnostics) {
          qualifiers.append(
            Schema.Qualifier(
              name: name, description: fields.optionalString("description", diagnostics: &diagnostics) ?? "",
              roles: roles(fields, of: "qualifier '\(name)'"), location: file.location(key)))
        }
      }
      var calendarSwitch: CalendarSwitch?
      if let node = top["calendar"],
        let fields = Fields(node, in: file, what: "the schema's calendar", allowed: ["gregorian_from"], diagnostics: &diagnostics)
      {
        calendarSwitch = SchemaReader.calendarSwitch(fields, of: "the graph", in: file, diagnostics: &diagnostics)
      }
      let languages = top["languages"].map { self.languages($0) } ?? LabelLanguages()
      let schema = Schema(
        kinds: kinds, relations: relations, properties: properties, qualifiers: qualifiers, languages: languages, calendarSwitch: calendarSwitch)
      // The schema's own checks; a problem of the whole schema is placed at its top.
      for problem in schema.problems {
        var problem = problem
        if problem.location == .inMemory { problem.location = file.location(root) }
        diagnostics.append(problem)
      }
      return declaringNames(schema, top["names"])
    }

    /// `schema` with the name folding that `names: {folding: SCHEME}` declares, if it does.
    mutating func declaringNames(_ schema: Schema, _ node: YAMLNode?) -> Schema {
      var schema = schema
      guard let node, let fields = Fields(node, in: file, what: "names", allowed: ["folding"], diagnostics: &diagnostics),
        let text = fields.optionalString("folding", diagnostics: &diagnostics)
      else { return schema }
      guard let folding = NameFolding(rawValue: text) else {
        let known = NameFolding.allCases.map(\.rawValue)
        let near = Spelling.closest(to: text, among: known).map { "did you mean '\($0)'? " } ?? ""
        diagnostics.append(
          Diagnostic(
            .badValue, at: file.location(fields["folding"]), "unknown name folding '\(text)'",
            hint: "\(near)known foldings: \(known.joined(separator: ", "))"))
        return schema
      }
      schema.nameFolding = folding
      return schema
    }

    /// The `languages:` declaration: a list of tags (`[fr, de]`), or a mapping of
    /// tags to `required`, `fallbacks`, `derived: {from, scheme}` and `roles`. The first is
    /// the primary language.
    mutating func languages(_ node: YAMLNode) -> LabelLanguages {
      var declarations: [LabelLanguages.Declaration] = []
      var tagNodes: [(Language, YAMLNode)] = []
      func tag(_ node: YAMLNode, _ what: String) -> Language? {
        let text = node.string ?? ""
        guard let language = Language(rawValue: text) else {
          diagnostics.append(
            Diagnostic(
              .badValue, at: file.location(node), "\(what) '\(text)' is not a language tag",
              hint: "write a BCP 47 tag: en, fr, de-CH, kk-Latn, ota-Arab"))
          return nil
        }
        return language
      }
      if node.mapping == nil {
        for item in file.list(node, field: "languages", diagnostics: &diagnostics) {
          guard let language = tag(item, "language") else { continue }
          declarations.append(LabelLanguages.Declaration(language: language, location: file.location(item)))
          tagNodes.append((language, item))
        }
      } else {
        for (key, value) in node.mapping ?? .empty {
          guard let language = tag(key, "language") else { continue }
          let owner = "language '\(language)'"
          var declaration = LabelLanguages.Declaration(language: language, location: file.location(key))
          tagNodes.append((language, key))
          // `en:` alone declares the language with no settings.
          if value.string?.isEmpty != true {
            guard
              let fields = Fields(value, in: file, what: owner, allowed: ["required", "fallbacks", "derived", "roles"], diagnostics: &diagnostics)
            else { continue }
            declaration.required = flag(fields, "required") ?? false
            declaration.roles = roles(fields, of: owner)
            if let list = fields["fallbacks"] {
              declaration.fallbacks = file.list(list, field: "fallbacks", diagnostics: &diagnostics).compactMap { tag($0, "fallback of \(owner)") }
            }
            if let derived = fields["derived"],
              let how = Fields(derived, in: file, what: "the derivation of \(owner)", allowed: ["from", "scheme"], diagnostics: &diagnostics),
              let from = how["from"], let source = tag(from, "source of \(owner)"),
              let schemeText = how.string("scheme", what: "the derivation of \(owner)", diagnostics: &diagnostics)
            {
              if let scheme = LabelScheme(rawValue: schemeText) {
                declaration.derivation = LabelLanguages.Derivation(source: source, scheme: scheme)
              } else {
                let known = LabelScheme.allCases.map(\.rawValue).joined(separator: ", ")
                diagnostics.append(
                  Diagnostic(
                    .badValue, at: file.location(how["scheme"]), "\(owner) is derived by unknown scheme '\(schemeText)'",
                    hint: "known schemes: \(known)"))
              }
            }
          }
          declarations.append(declaration)
        }
      }
      // Each tag once; fallbacks and sources among the declared.
      var seen = Set<Language>()
      for (language, node) in tagNodes where !seen.insert(language).inserted {
        diagnostics.append(
          Diagnostic(.duplicateID, at: file.location(node), "language '\(language)' is declared twice", hint: "declare each language once"))
      }
      for declaration in declarations {
        let named = declaration.fallbacks + (declaration.derivation.map { [$0.source] } ?? [])
        for other in named where !seen.contains(other) {
          diagnostics.append(
            Diagnostic(
              .badValue, at: declaration.location, "language '\(declaration.language)' names '\(other)', which is not declared",
              hint: "declare '\(other)' under `languages:` too"))
        }
        if declaration.derivation?.source == declaration.language {
          diagnostics.append(
            Diagnostic(
              .badValue, at: declaration.location, "language '\(declaration.language)' is derived from itself",
              hint: "derive it from another declared language"))
        }
      }
      return LabelLanguages(declarations)
    }

    /// The kinds listed under `name`; each is checked by ``Schema/problems``.
    mutating func kindList(_ fields: Fields, _ name: String, owner: String) -> Set<String> {
      guard let node = fields[name] else {
        diagnostics.append(
          Diagnostic(
            .missingField, at: file.location(fields.node), "\(owner) has no '\(name)'",
            hint: "list the kinds it may join, e.g. `\(name): [person, party]`"))
        return []
      }
      return Set(file.list(node, field: name, diagnostics: &diagnostics).compactMap { file.scalar($0, field: name, diagnostics: &diagnostics) })
    }

    /// `true` or `false`, or `nil` when absent (a diagnostic when neither).
    mutating func flag(_ fields: Fields, _ name: String) -> Bool? {
      guard let text = fields.optionalString(name, diagnostics: &diagnostics) else { return nil }
      switch text {
      case "true": return true
      case "false": return false
      default:
        diagnostics.append(Diagnostic(.badValue, at: file.location(fields[name]), "'\(name)' must be true or false", hint: "write `\(name): true`"))
        return nil
      }
    }

    /// The `roles:` list, each a known role of `Role`.
    mutating func roles<Role: RawRepresentable & CaseIterable & Hashable>(_ fields: Fields, of owner: String) -> Set<Role>
    where Role.RawValue == String {
      guard let node = fields["roles"] else { return [] }
      var result = Set<Role>()
      for item in file.list(node, field: "roles", diagnostics: &diagnostics) {
        guard let text = file.scalar(item, field: "roles", diagnostics: &diagnostics) else { continue }
        if let role = Role(rawValue: text) {
          result.insert(role)
        } else {
          let known = Role.allCases.map(\.rawValue).joined(separator: ", ")
          diagnostics.append(
            Diagnostic(.badValue, at: file.location(item), "\(owner) has unknown role '\(text)'", hint: "known roles here: \(known)"))
        }
      }
      return result
    }

    mutating func kindStyle(_ node: YAMLNode, of name: String) -> KindStyle? {
      let what = "the style of kind '\(name)'"
      guard
        let fields = Fields(node, in: file, what: what, allowed: ["shape", "fill", "border", "rounded", "peripheries"], diagnostics: &diagnostics),
        let shape = fields.string("shape", what: what, diagnostics: &diagnostics),
        let fill = fields.string("fill", what: what, diagnostics: &diagnostics)
      else { return nil }
      var peripheries = 1
      if let text = fields.optionalString("peripheries", diagnostics: &diagnostics) {
        guard let n = Int(text), (0...10).contains(n) else {
          diagnostics.append(
            Diagnostic(
              .badValue, at: file.location(fields["peripheries"]), "peripheries in \(what) must be a whole number from 0 to 10",
              hint: "write `peripheries: 2` for a double border"))
          return nil
        }
        peripheries = n
      }
      return KindStyle(
        shape: shape, fill: fill, border: fields.optionalString("border", diagnostics: &diagnostics),
        rounded: flag(fields, "rounded") ?? false, peripheries: peripheries)
    }

    mutating func relationStyle(_ node: YAMLNode, of name: String) -> RelationStyle? {
      let what = "the style of relation '\(name)'"
      guard let fields = Fields(node, in: file, what: what, allowed: ["color", "width", "arrowhead"], diagnostics: &diagnostics),
        let color = fields.string("color", what: what, diagnostics: &diagnostics)
      else { return nil }
      var width = 1.0
      if let text = fields.optionalString("width", diagnostics: &diagnostics) {
        guard let w = Double(text), w > 0, w <= 20 else {
          diagnostics.append(
            Diagnostic(
              .badValue, at: file.location(fields["width"]), "width in \(what) must be a number of points above 0 and at most 20",
              hint: "write `width: 1.5`"))
          return nil
        }
        width = w
      }
      return RelationStyle(color: color, width: width, arrowhead: fields.optionalString("arrowhead", diagnostics: &diagnostics) ?? "normal")
    }
  }
}
