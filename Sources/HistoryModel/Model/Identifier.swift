/// A typed identifier: the id of an entity, a claim or a document as written in `Graph/`.
///
/// The tag keeps the kinds of id apart at compile time (`EntityID` is not a `ClaimID`).
public struct Identifier<Tag>: Hashable, Comparable, Sendable, Codable, CustomStringConvertible, ExpressibleByStringLiteral {
  public let rawValue: String

  public init(_ rawValue: String) { self.rawValue = rawValue }
  public init(stringLiteral value: String) { self.init(value) }
  public init(from decoder: any Decoder) throws { rawValue = try decoder.singleValueContainer().decode(String.self) }
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }

  public var description: String { rawValue }
  public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
}

public enum EntityTag {}
public enum ClaimTag {}

/// The id of an entity (a person, a body, a place, an event, a document…).
public typealias EntityID = Identifier<EntityTag>
/// The id of a claim.
public typealias ClaimID = Identifier<ClaimTag>
/// The id of a source document; documents are entities too.
public typealias DocumentID = Identifier<EntityTag>
