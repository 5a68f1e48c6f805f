/// A closed interval of days, counted from 1970-01-01 in the Gregorian calendar.
///
/// `Int32.min` as `earliest` or `Int32.max` as `latest` means the interval is
/// unbounded on that side (an open or unknown end, or an undated claim).
public struct DayInterval: Hashable, Sendable, Codable {
  public private(set) var earliest: Int32
  public private(set) var latest: Int32

  public init(earliest: Int32, latest: Int32) {
    precondition(earliest <= latest, "a DayInterval must not end before it starts")
    self.earliest = earliest
    self.latest = latest
  }

  /// The interval that covers all time: what an undated claim spans.
  public static let unbounded = DayInterval(earliest: .min, latest: .max)

  /// A single day.
  public init(day: Int32) { self.init(earliest: day, latest: day) }

  public var hasStart: Bool { earliest != .min }
  public var hasEnd: Bool { latest != .max }

  /// Whether the two intervals share at least one day.
  public func overlaps(_ other: DayInterval) -> Bool {
    earliest <= other.latest && other.earliest <= latest
  }

  /// Whether `day` lies inside the interval.
  public func contains(_ day: Int32) -> Bool { earliest <= day && day <= latest }
}
