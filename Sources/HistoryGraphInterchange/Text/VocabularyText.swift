import HistoryGraph

/// The vocabulary of a schema as `history-graph schema` prints it: each kind,
/// relation (with its wording both ways), property and qualifier, what the roles
/// in use do, the languages and the calendar.
package enum VocabularyText {
  /// A part of the vocabulary; parts are printed in this order.
  public enum Part: String, CaseIterable, Sendable {
    case kinds, relations, properties, qualifiers, languages, calendar
  }

  /// The lines for `parts`, a blank line between parts.
  public static func lines(_ schema: Schema, parts chosen: [Part]) -> [String] {
    var lines: [String] = []
    let say = { (line: String) in lines.append(line) }
    for part in Part.allCases where chosen.contains(part) {
      if !lines.isEmpty { say("") }
      switch part {
      case .kinds: kinds(schema, into: say)
      case .relations: relations(schema, into: say)
      case .properties: properties(schema, into: say)
      case .qualifiers: qualifiers(schema, into: say)
      case .languages: languages(schema, into: say)
      case .calendar: calendar(schema, into: say)
      }
    }
    return lines
  }

  /// Kind names in the schema's order.
  private static func kindNames(_ names: Set<String>, in schema: Schema) -> String {
    schema.kinds.map(\.name).filter(names.contains).joined(separator: ", ")
  }

  private static func kinds(_ schema: Schema, into say: (String) -> Void) {
    say("kinds (\(schema.kinds.count))")
    for kind in schema.kinds {
      let label = kind.label == kind.name ? "" : " (\(kind.label))"
      say("  \(kind.name)\(label)\(kind.description.isEmpty ? "" : ": \(kind.description)")")
      if !kind.roles.isEmpty { say("      roles: \(kind.roles.map(\.rawValue).sorted().joined(separator: ", "))") }
    }
    legend(Set(schema.kinds.flatMap(\.roles)).map { ($0.rawValue, $0.meaning) }, into: say)
  }

  private static func relations(_ schema: Schema, into say: (String) -> Void) {
    say("relations (\(schema.relations.count)): subject kinds → object kinds")
    for relation in schema.relations {
      let arrow = relation.symmetric ? "↔" : "→"
      say(
        "  \(relation.name)\(relation.symmetric ? " (symmetric)" : ""): \(kindNames(relation.subjects, in: schema)) \(arrow) \(kindNames(relation.objects, in: schema))"
      )
      let forward = schema.wording(of: relation.name, reversed: false), backward = schema.wording(of: relation.name, reversed: true)
      say(relation.symmetric ? "      reads \"\(forward)\" both ways" : "      reads \"\(forward)\"; from the object, \"\(backward)\"")
      if !relation.roles.isEmpty { say("      roles: \(relation.roles.map(\.rawValue).sorted().joined(separator: ", "))") }
      if let description = relation.description, !description.isEmpty { say("      \(description)") }
    }
    legend(Set(schema.relations.flatMap(\.roles)).map { ($0.rawValue, $0.meaning) }, into: say)
  }

  private static func properties(_ schema: Schema, into say: (String) -> Void) {
    say("properties (\(schema.properties.count)): value type, of kinds")
    for property in schema.properties {
      let type = property.type == .none ? "no value (the claim's time is what it states)" : property.type.rawValue
      say("  \(property.name): \(type), of \(kindNames(property.subjects, in: schema))")
      if let description = property.description, !description.isEmpty { say("      \(description)") }
    }
  }

  private static func qualifiers(_ schema: Schema, into say: (String) -> Void) {
    say("qualifiers (\(schema.qualifiers.count))")
    for qualifier in schema.qualifiers {
      say("  \(qualifier.name)\(qualifier.description.isEmpty ? "" : ": \(qualifier.description)")")
      if !qualifier.roles.isEmpty { say("      roles: \(qualifier.roles.map(\.rawValue).sorted().joined(separator: ", "))") }
    }
    legend(Set(schema.qualifiers.flatMap(\.roles)).map { ($0.rawValue, $0.meaning) }, into: say)
  }

  private static func languages(_ schema: Schema, into say: (String) -> Void) {
    let languages = schema.languages
    guard languages.areDeclared else {
      say("languages: none declared (labels in any language, ordered by tag); names folded by \(schema.nameFolding.rawValue)")
      return
    }
    say("languages (\(languages.declarations.count)): the first is the primary one; names folded by \(schema.nameFolding.rawValue)")
    for declaration in languages.declarations {
      var notes: [String] = []
      if declaration.required { notes.append("required") }
      if let derivation = declaration.derivation { notes.append("derived from \(derivation.source) by \(derivation.scheme.rawValue)") }
      if !declaration.roles.isEmpty { notes.append("roles: " + declaration.roles.map(\.rawValue).sorted().joined(separator: ", ")) }
      let order = languages.choice(declaration.language).order.dropFirst().map(\.rawValue)
      say(
        "  \(declaration.language)\(notes.isEmpty ? "" : " (\(notes.joined(separator: "; ")))")\(order.isEmpty ? "" : "; else " + order.joined(separator: ", "))"
      )
    }
  }

  private static func calendar(_ schema: Schema, into say: (String) -> Void) {
    guard let calendarSwitch = schema.calendarSwitch else {
      say("calendar: Gregorian throughout, unless a claim or its document says otherwise")
      return
    }
    say(
      "calendar: Julian until \(calendarSwitch.lastJulianISO) (Old Style), Gregorian from \(calendarSwitch.firstGregorianISO); a document may declare its own switch"
    )
  }

  /// What the roles in use mean, by name.
  private static func legend(_ roles: [(name: String, meaning: String)], into say: (String) -> Void) {
    guard !roles.isEmpty else { return }
    say("  what the roles do:")
    for role in roles.sorted(by: { $0.name < $1.name }) { say("    \(role.name): \(role.meaning)") }
  }
}

/// The vocabulary, or a part of it, as `history-graph schema` prints it.
package struct VocabularyReport: QueryReport {
  let schema: Schema
  let parts: [VocabularyText.Part]

  /// The parts of `schema` in `section`, or all of them.
  package init(_ schema: Schema, section: VocabularyText.Part?) {
    (self.schema, parts) = (schema, section.map { [$0] } ?? VocabularyText.Part.allCases)
  }

  package var record: any Encodable { Records.Vocabulary(schema, parts: Set(parts.map(\.rawValue))) }
  package var text: String { VocabularyText.lines(schema, parts: parts).joined(separator: "\n") }
}
