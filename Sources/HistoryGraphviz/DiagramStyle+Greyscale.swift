import HistoryGraph

extension DiagramStyle {
  /// A sheet for print in shades of grey, derived from `schema`'s styles and roles:
  /// kinds keep their shapes (fills become light greys of the same lightness
  /// order), and relations are told apart by arrowhead and dash instead of colour.
  ///
  /// Relations that share a role (or, without one, the schema's colour for them)
  /// are one family and look alike; families, in the schema's order, take the
  /// arrowheads of ``greyscaleArrowheads`` drawn solid, then the same dashed
  /// (after 16 families the looks repeat). Uncertain claims are dotted, a
  /// highlighted path black and thick, and a symmetric relation shows its
  /// arrowhead at both ends.
  public init(greyscaleFor schema: Schema) {
    let colour = DiagramStyle(schema: schema)
    var families: [String] = []
    var familyOf: [DiagramRelation: Int] = [:]
    for relation in schema.relations {
      let key =
        relation.roles.isEmpty
        ? "style " + (relation.style?.color ?? "name " + relation.name)
        : "roles " + relation.roles.map(\.rawValue).sorted().joined(separator: " ")
      if !families.contains(key) { families.append(key) }
      familyOf[DiagramRelation(relation.name)] = families.firstIndex(of: key)!
    }
    let arrowheads = Self.greyscaleArrowheads
    var edgeStyles: [DiagramRelation: RelationStyle] = [:]
    var dashed = Set<DiagramRelation>()
    for (relation, family) in familyOf {
      let look = colour.edgeStyle(for: relation)
      edgeStyles[relation] = RelationStyle(
        color: Self.grey(look.color, from: 0, to: 0.45), width: max(look.width, 1),
        arrowhead: arrowheads[family % arrowheads.count])
      if (family / arrowheads.count) % 2 == 1 { dashed.insert(relation) }
    }
    let nodeStyles = colour.nodeStyles.mapValues(Self.greyscale)
    self.init(
      nodeStyles: nodeStyles, defaultNodeStyle: Self.greyscale(colour.defaultNodeStyle), edgeStyles: edgeStyles,
      defaultEdgeStyle: RelationStyle(color: Self.grey(colour.defaultEdgeStyle.color, from: 0, to: 0.45)),
      highlightColor: "#000000", dashedRelations: dashed, uncertainLine: "dotted", relationsByArrowhead: true)
  }

  /// The arrowheads that tell relation families apart in greyscale, each
  /// distinct in shape at print size.
  public static let greyscaleArrowheads = ["normal", "empty", "vee", "odiamond", "dot", "obox", "tee", "inv"]

  private static func greyscale(_ look: KindStyle) -> KindStyle {
    KindStyle(
      shape: look.shape, fill: grey(look.fill, from: 0.72, to: 1), border: look.border.map { grey($0, from: 0, to: 0.45) },
      rounded: look.rounded, peripheries: look.peripheries)
  }

  /// The grey of `color`'s lightness (Rec. 709 luma) mapped into `low...high`, as `#RRGGBB`.
  static func grey(_ color: String, from low: Double, to high: Double) -> String {
    let digits = color.hasPrefix("#") ? color.dropFirst() : Substring(color)
    guard digits.count == 6, let value = Int(digits, radix: 16) else { return color }
    let red = Double(value >> 16 & 0xFF), green = Double(value >> 8 & 0xFF), blue = Double(value & 0xFF)
    let luma = (0.2126 * red + 0.7152 * green + 0.0722 * blue) / 255
    let level = Int(((low + (high - low) * luma) * 255).rounded())
    let hex = String(level, radix: 16, uppercase: true)
    let byte = hex.count == 1 ? "0" + hex : hex
    return "#" + byte + byte + byte
  }
}
