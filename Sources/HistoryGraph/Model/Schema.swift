/// The vocabulary of a graph, read from `Graph/schema.yaml`: node kinds,
/// relation types with the kinds they join, qualifiers and properties.
public struct Schema: Hashable, Sendable {
  public struct Kind: Hashable, Sendable {
    public let name: String
    public let label: String
    public let description: String
  }

  public struct Relation: Hashable, Sendable {
    public let name: String
    public let description: String?
    /// Kinds allowed as subject.
    public let subjects: Set<String>
    /// Kinds allowed as object.
    public let objects: Set<String>
    /// Reads the same both ways (`allied_with`).
    public let symmetric: Bool
    /// Wording when read from the object's side (`led by`).
    public let inverse: String
  }

  public struct Property: Hashable, Sendable {
    public enum ValueType: String, Hashable, Sendable { case none, integer, string }
    public let name: String
    public let type: ValueType
    public let subjects: Set<String>
    public let description: String?
  }

  /// Kinds in file order.
  public let kinds: [Kind]
  /// Relations in file order.
  public let relations: [Relation]
  /// Properties in file order.
  public let properties: [Property]
  /// Qualifier names and their meaning, in file order.
  public let qualifiers: [(name: String, description: String)]

  public init(kinds: [Kind], relations: [Relation], properties: [Property], qualifiers: [(name: String, description: String)]) {
    self.kinds = kinds
    self.relations = relations
    self.properties = properties
    self.qualifiers = qualifiers
  }

  public func kind(named name: String) -> Kind? { kinds.first { $0.name == name } }
  public func relation(named name: String) -> Relation? { relations.first { $0.name == name } }
  public func property(named name: String) -> Property? { properties.first { $0.name == name } }

  public static func == (a: Schema, b: Schema) -> Bool {
    a.kinds == b.kinds && a.relations == b.relations && a.properties == b.properties
      && a.qualifiers.map(\.name) == b.qualifiers.map(\.name)
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(kinds)
    hasher.combine(relations)
  }
}
