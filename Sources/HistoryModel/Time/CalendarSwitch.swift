/// The day a graph's sources (or one document's) moved from the Julian calendar
/// (Old Style) to the Gregorian (New Style), as `schema.yaml` or `documents.yaml`
/// declares it with `gregorian_from:`.
///
/// Before it, a date whose style the text does not state is read as either style;
/// from it on, a date marked Julian needs a reason. A graph that declares no switch
/// reads every date as Gregorian unless it is marked otherwise.
public struct CalendarSwitch: Hashable, Sendable {
  /// The first day counted in the Gregorian calendar (see ``CalendarDay``).
  public let firstGregorianDay: Int32

  /// The switch whose first Gregorian day is `firstGregorianDay`.
  public init(firstGregorianDay: Int32) {
    self.firstGregorianDay = firstGregorianDay
  }

  /// Reads the first Gregorian day, written as a Gregorian ISO day `YYYY-MM-DD`.
  ///
  /// - Throws: ``EDTFError`` if `text` is not one Gregorian day.
  public init(gregorianFrom text: String) throws(EDTFError) {
    let date = try EDTFDate(parsing: text, calendar: .gregorian)
    guard date.end == nil, case .date(let day) = date.start, day.isSingleDay, !day.uncertain, !day.approximate else {
      throw EDTFError(
        text, "the first Gregorian day must be one day, YYYY-MM-DD", hint: "write the day the Gregorian calendar came into use, e.g. 1752-09-14")
    }
    firstGregorianDay = date.interval(in: .gregorian).earliest
  }

  /// The first Gregorian day, as ISO (Gregorian).
  public var firstGregorianISO: String { CalendarDay.iso(firstGregorianDay) }

  /// The last day counted in the Julian calendar, as ISO in the Julian calendar (the day before the switch).
  public var lastJulianISO: String { CalendarDay.iso(firstGregorianDay - 1, calendar: .julian) }
}
