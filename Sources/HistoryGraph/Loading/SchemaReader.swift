import Yams

/// Reads `Graph/schema.yaml` into a ``Schema``.
enum SchemaReader {
  static func read(_ file: YAMLFile, diagnostics: inout [Diagnostic]) -> Schema? {
    guard let root = file.root,
      let top = Fields(root, in: file, what: "the schema", allowed: ["kinds", "relations", "properties", "qualifiers"], diagnostics: &diagnostics)
    else { return nil }
    var kinds: [Schema.Kind] = []
    for (key, value) in top["kinds"]?.mapping ?? [:] {
      let name = key.string ?? ""
      guard let fields = Fields(value, in: file, what: "kind '\(name)'", allowed: ["label", "description"], diagnostics: &diagnostics) else { continue }
      kinds.append(
        Schema.Kind(name: name, label: fields.optionalString("label", diagnostics: &diagnostics) ?? name,
          description: fields.optionalString("description", diagnostics: &diagnostics) ?? ""))
    }
    if kinds.isEmpty {
      diagnostics.append(Diagnostic(.missingField, at: file.location(root), "the schema defines no kinds", hint: "add a `kinds:` mapping (person, party, …)"))
    }
    let kindNames = Set(kinds.map(\.name))
    func kindList(_ fields: Fields, _ name: String, owner: String) -> Set<String> {
      guard let node = fields[name] else {
        diagnostics.append(Diagnostic(.missingField, at: file.location(fields.node), "\(owner) has no '\(name)'", hint: "list the kinds it may join, e.g. `\(name): [person, party]`"))
        return []
      }
      var result = Set<String>()
      for item in file.list(node, field: name, diagnostics: &diagnostics) {
        guard let kind = file.scalar(item, field: name, diagnostics: &diagnostics) else { continue }
        if kindNames.contains(kind) {
          result.insert(kind)
        } else {
          diagnostics.append(Diagnostic(.unknownKind, at: file.location(item), "\(owner) names unknown kind '\(kind)'", hint: "known kinds: \(kinds.map(\.name).joined(separator: ", "))"))
        }
      }
      return result
    }
    var relations: [Schema.Relation] = []
    for (key, value) in top["relations"]?.mapping ?? [:] {
      let name = key.string ?? ""
      let owner = "relation '\(name)'"
      guard let fields = Fields(value, in: file, what: owner, allowed: ["subjects", "objects", "symmetric", "inverse", "description"], diagnostics: &diagnostics) else { continue }
      let symmetricText = fields.optionalString("symmetric", diagnostics: &diagnostics)
      if let symmetricText, !["true", "false"].contains(symmetricText) {
        diagnostics.append(Diagnostic(.badValue, at: file.location(fields["symmetric"]), "'symmetric' must be true or false", hint: "write `symmetric: true`"))
      }
      relations.append(
        Schema.Relation(
          name: name, description: fields.optionalString("description", diagnostics: &diagnostics),
          subjects: kindList(fields, "subjects", owner: owner), objects: kindList(fields, "objects", owner: owner),
          symmetric: symmetricText == "true", inverse: fields.optionalString("inverse", diagnostics: &diagnostics) ?? "\(name) (inverse)"))
    }
    var properties: [Schema.Property] = []
    for (key, value) in top["properties"]?.mapping ?? [:] {
      let name = key.string ?? ""
      let owner = "property '\(name)'"
      guard let fields = Fields(value, in: file, what: owner, allowed: ["type", "subjects", "description"], diagnostics: &diagnostics) else { continue }
      let typeText = fields.optionalString("type", diagnostics: &diagnostics) ?? "string"
      guard let type = Schema.Property.ValueType(rawValue: typeText) else {
        diagnostics.append(Diagnostic(.badValue, at: file.location(fields["type"]), "\(owner) has unknown type '\(typeText)'", hint: "use none, integer or string"))
        continue
      }
      properties.append(
        Schema.Property(name: name, type: type, subjects: kindList(fields, "subjects", owner: owner),
          description: fields.optionalString("description", diagnostics: &diagnostics)))
    }
    var qualifiers: [(name: String, description: String)] = []
    for (key, value) in top["qualifiers"]?.mapping ?? [:] {
      qualifiers.append((key.string ?? "", file.scalar(value, field: key.string ?? "qualifier", diagnostics: &diagnostics) ?? ""))
    }
    return Schema(kinds: kinds, relations: relations, properties: properties, qualifiers: qualifiers)
  }
}
