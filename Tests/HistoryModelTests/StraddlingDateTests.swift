import Testing

@testable import HistoryModel

/// Dates whose style the source does not state and whose interval runs across the
/// switch to the Gregorian calendar (second reliability probe, finding 10), here
/// under the British switch of 1752 (Julian until 2 Sep, then 14 Sep).
@Suite("Unstated dates across the switch to the Gregorian calendar")
struct StraddlingDateTests {
  func day(_ year: Int, _ month: Int, _ day: Int) -> Int32 { CalendarDay.day(year: year, month: month, day: day, calendar: .gregorian) }

  @Test("an interval starting before the switch and ending after it has an Old Style reading, whose start is Julian")
  func twoReadings() throws {
    let dating = try Dating(edtf: "1752-08-20/1752-10-01", calendarSwitch: britain)
    #expect(dating.calendar == .unstated)
    #expect(dating.readings.count == 2)
    #expect(dating.readings[0] == Dating.Reading(calendar: .julian, interval: DayInterval(earliest: day(1752, 8, 31), latest: day(1752, 10, 1))))
    #expect(dating.readings[1] == Dating.Reading(calendar: .gregorian, interval: DayInterval(earliest: day(1752, 8, 20), latest: day(1752, 10, 1))))
    #expect(dating.interval == DayInterval(earliest: day(1752, 8, 20), latest: day(1752, 10, 1)))
    #expect(dating.display.contains("O.S.?"))
  }

  @Test("it is certainly in force only on days both readings include", arguments: [(25, false), (31, true)])
  func certainlyInForce(_ august: Int, _ certain: Bool) throws {
    let dating = try Dating(edtf: "1752-08-20/1752-10-01", calendarSwitch: britain)
    let onDay = DayInterval(earliest: day(1752, 8, august), latest: day(1752, 8, august))
    #expect(dating.certainlyOverlaps(onDay) == certain)
    #expect(dating.interval.overlaps(onDay))
  }

  @Test("an interval whose Old Style start would fall after its end has the New Style reading only, and never traps")
  func impossibleOldStyle() throws {
    let dating = try Dating(edtf: "1752-09-10/1752-09-20", calendarSwitch: britain)
    #expect(dating.readings == [Dating.Reading(calendar: .gregorian, interval: DayInterval(earliest: day(1752, 9, 10), latest: day(1752, 9, 20)))])
  }

  @Test("a date wholly before the switch still has both readings; one after it only the Gregorian")
  func unchangedElsewhere() throws {
    #expect(try Dating(edtf: "1752-05-01/1752-06-01", calendarSwitch: britain).readings.map(\.calendar) == [.julian, .gregorian])
    #expect(try Dating(edtf: "1752-10-01/1753-01-01", calendarSwitch: britain).readings.map(\.calendar) == [.gregorian])
  }
}
