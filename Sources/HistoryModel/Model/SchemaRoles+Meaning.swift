extension RelationRole {
  /// What the role makes the queries do, in a few words (shown by `history-graph schema`).
  public var meaning: String {
    switch self {
    case .holdsTerritory: "as-of: the subject holds the object, a place, while the claim's time lasts"
    case .takesTerritory: "as-of: the subject takes the object, a place, on the claim's date; the holding lasts until another takes or holds it"
    case .leadership: "as-of: the subject heads the object; listed among a holder's leaders"
    case .memberOf: "the subject belongs to the object"
    case .locatedIn: "the subject is in the object, a place: as-of --in, timelines of a place, the place beside a name"
    case .partOf: "the subject is part of the object: as-of --in takes the places within a place; the place beside a name"
    case .participatesIn: "the subject took part in the object, an event"
    case .alliance: "conflicts: set against an opposition between the same two in overlapping times"
    case .opposition: "the subject stood against the object; see alliance"
    case .claimsTerritory: "as-of: the subject claimed the object, a place, while the claim's time lasts, without holding it; listed among claimants"
    case .sameAs: "the subject and the object are one thing told by two texts: conflicts compares their claims"
    }
  }
}

extension KindRole {
  /// What the role makes the queries do, in a few words (shown by `history-graph schema`).
  public var meaning: String {
    switch self {
    case .event: "timelines reach through an entity of this kind to its own dates"
    case .document: "the kind of the texts listed in documents.yaml"
    case .place: "what territorial relations hold and take; as-of --in and timelines of a place"
    }
  }
}

extension QualifierRole {
  /// What the role makes the queries do, in a few words (shown by `history-graph schema`).
  public var meaning: String {
    switch self {
    case .capacity: "the part played, shown beside a holder's leaders"
    case .remark: "our own remark, ignored when claims are compared"
    }
  }
}
