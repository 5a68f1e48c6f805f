import Testing

@testable import HistoryModel

/// The first Gregorian day of Pope Gregory's reform (Spain, Portugal, the Papal States).
let gregory = CalendarSwitch(firstGregorianDay: CalendarDay.day(year: 1582, month: 10, day: 15, calendar: .gregorian))
/// Great Britain and its colonies: Julian until 2 Sep 1752, then 14 Sep.
let britain = CalendarSwitch(firstGregorianDay: CalendarDay.day(year: 1752, month: 9, day: 14, calendar: .gregorian))

@Suite("Calendars: switches to the Gregorian calendar and dates in other calendars")
struct CalendarTests {
  @Test(
    "A day of another calendar is the Gregorian day Foundation gives",
    arguments: [
      ("1336-03-15", HistoricalCalendar.islamicCivil, "1917-12-29"),
      ("1336-03-15", .islamicUmmAlQura, "1917-12-30"),
      ("1296-03-15", .persian, "1917-06-05"),
      // Rosh Hashanah 5679 fell on 7 September 1918.
      ("5679-01-01", .hebrew, "1918-09-07"),
      // Adar of the common year 5678 is month 07.
      ("5678-07-01", .hebrew, "1918-02-13"),
    ])
  func convertedDay(_ text: String, _ calendar: HistoricalCalendar, _ gregorian: String) throws {
    let dating = try Dating(edtf: text, calendar: CalendarStyle(calendar))
    #expect(dating.calendar.statedCalendar == calendar)
    #expect(dating.edtf.text == text)
    #expect(Dating.isoText(dating.interval) == gregorian)
    #expect(dating.newStyleEDTF == gregorian)
    #expect(dating.readings == [Dating.Reading(calendar: calendar, interval: dating.interval)])
  }

  @Test(
    "A year or month of another calendar is all its Gregorian days",
    arguments: [
      ("1336", HistoricalCalendar.islamicCivil, "1917-10-17/1918-10-06"),
      ("1336-03", .islamicCivil, "1917-12-15/1918-01-13"),
      ("1296", .persian, "1917-03-21/1918-03-21"),
      ("5679", .hebrew, "1918-09-07/1919-09-24"),
      ("1336-03-15/1336-04", .islamicCivil, "1917-12-29/1918-02-11"),
    ])
  func convertedInterval(_ text: String, _ calendar: HistoricalCalendar, _ days: String) throws {
    #expect(Dating.isoText(try Dating(edtf: text, calendar: CalendarStyle(calendar)).interval) == days)
  }

  @Test(
    "A day, month or season another calendar does not have is refused, saying why",
    arguments: [
      ("1336-13-01", HistoricalCalendar.islamicCivil, "month 13 does not exist"),
      ("1336-02-30", .islamicCivil, "day 30 does not exist in Safar 1336"),
      ("1296-07-31", .persian, "day 31 does not exist in Mehr 1296"),
      ("5678-06-01", .hebrew, "(Adar I) does not exist in 5678"),
      ("5678-14", .hebrew, "month 14 does not exist"),
      ("1336-21", .islamicCivil, "a season is not a part of the islamic-civil calendar"),
      ("0000", .persian, "has no year 0"),
      ("-1336", .islamicCivil, "years of the islamic-civil calendar run from 0001"),
    ])
  func impossibleConverted(_ text: String, _ calendar: HistoricalCalendar, _ reason: String) {
    #expect {
      try Dating(edtf: text, calendar: CalendarStyle(calendar))
    } throws: { error in
      guard let error = error as? EDTFError else { return false }
      return error.reason.contains(reason) && error.hint != nil
    }
  }

  @Test(
    "A date of another calendar is shown as written and in the Gregorian",
    arguments: [
      ("1336-03-15", HistoricalCalendar.islamicCivil, "15 Rabiʻ I 1336 AH = 29 Dec 1917"),
      ("1336-03", .islamicCivil, "Rabiʻ I 1336 AH = 15 Dec 1917–13 Jan 1918"),
      ("1296-03-15", .persian, "15 Khordad 1296 AP = 5 Jun 1917"),
      ("5679-01-01", .hebrew, "1 Tishri 5679 AM = 7 Sep 1918"),
      ("5679-07-01", .hebrew, "1 Adar II 5679 AM = 3 Mar 1919"),
      ("1336-03-15/1336-03-20", .islamicCivil, "15–20 Rabiʻ I 1336 AH = 29 Dec 1917–3 Jan 1918"),
      ("1336-03-15?", .islamicCivil, "15 Rabiʻ I 1336 AH (uncertain) = 29 Dec 1917"),
    ])
  func convertedDisplay(_ text: String, _ calendar: HistoricalCalendar, _ shown: String) throws {
    let dating = try Dating(edtf: text, calendar: CalendarStyle(calendar))
    #expect(dating.display == shown)
    #expect(shown.hasPrefix(dating.asWritten))
  }

  @Test("A Gregorian date a text gives beside a date of another calendar must match it")
  func convertedNewStyle() throws {
    _ = try Dating(edtf: "1336-03-15", calendar: .islamicCivil, newStyle: "1917-12-29")
    #expect(throws: EDTFError.self) { try Dating(edtf: "1336-03-15", calendar: .islamicCivil, newStyle: "1917-12-30") }
  }

  @Test("Without a switch every date not marked is Gregorian, with one reading, and Julian may mark any date")
  func noSwitch() throws {
    let early = try Dating(edtf: "1700-03-01")
    #expect(early.calendar == .gregorian)
    #expect(early.readings.map(\.calendar) == [.gregorian])
    #expect(early.display == "1 Mar 1700")
    #expect(Dating.isoText(early.interval) == "1700-03-01")
    // `unstated` given in so many words has no second reading to offer either.
    let unstated = try Dating(edtf: "1700-03-01", calendar: .unstated)
    #expect(unstated.readings.count == 1 && unstated.interval == early.interval && unstated.display == "1 Mar 1700")
    let julian = try Dating(edtf: "1920-05-01", calendar: .julian)
    #expect(Dating.isoText(julian.interval) == "1920-05-14")
    // A day only the Julian calendar has needs `julian` when no switch says the texts counted in it.
    #expect(throws: EDTFError.self) { try Dating(edtf: "1700-02-29") }
  }

  @Test(
    "Before a switch a date of unstated style has both readings; from it on, one",
    arguments: [
      (gregory, "1582-10-04", "4 Oct 1582 O.S.? = 14 Oct 1582 N.S.", "1582-10-04/1582-10-14"),
      (gregory, "1582-10-15", "15 Oct 1582", "1582-10-15"),
      (britain, "1752-09-02", "2 Sep 1752 O.S.? = 13 Sep 1752 N.S.", "1752-09-02/1752-09-13"),
      (britain, "1752-09-14", "14 Sep 1752", "1752-09-14"),
      (britain, "1700-03-01", "1 Mar 1700 O.S.? = 12 Mar 1700 N.S.", "1700-03-01/1700-03-12"),
    ])
  func readingsAroundASwitch(_ calendarSwitch: CalendarSwitch, _ text: String, _ shown: String, _ days: String) throws {
    let dating = try Dating(edtf: text, calendarSwitch: calendarSwitch)
    #expect(dating.display == shown)
    #expect(Dating.isoText(dating.interval) == days)
    #expect(dating.readings.count == (days.contains("/") ? 2 : 1))
    #expect(dating.calendarSwitch == calendarSwitch)
  }

  @Test(
    "A Julian date after a switch is an error naming the switch's days, unless a reason is given",
    arguments: [(gregory, "1583-01-01", "1582-10-04", "1582-10-15"), (britain, "1760-01-01", "1752-09-02", "1752-09-14")])
  func julianAfterSwitch(_ calendarSwitch: CalendarSwitch, _ text: String, _ lastJulian: String, _ firstGregorian: String) throws {
    #expect {
      try Dating(edtf: text, calendar: .julian, calendarSwitch: calendarSwitch)
    } throws: { error in
      let reason = (error as? EDTFError)?.reason ?? ""
      return reason.contains("falls after \(lastJulian)") && reason.contains(firstGregorian)
    }
    let kept = try Dating(edtf: text, calendar: .julian, reason: "a parish register kept Old Style", calendarSwitch: calendarSwitch)
    #expect(kept.reason != nil && kept.calendar == .julian)
    // The last Julian day itself is no error.
    _ = try Dating(edtf: lastJulian, calendar: .julian, calendarSwitch: calendarSwitch)
  }

  @Test("A switch is read from its first Gregorian day, one day written YYYY-MM-DD")
  func switchFromText() throws {
    let read = try CalendarSwitch(gregorianFrom: "1752-09-14")
    #expect(read == britain)
    #expect(read.firstGregorianISO == "1752-09-14" && read.lastJulianISO == "1752-09-02")
    #expect(gregory.lastJulianISO == "1582-10-04")
    for text in ["1752-09", "1752", "1752-09-14?", "1752-09-14/1752-09-15", "1752-09-31", "14 Sep 1752"] {
      #expect(throws: EDTFError.self, "\(text)") { try CalendarSwitch(gregorianFrom: text) }
    }
  }

  @Test("Every calendar reads and writes its own days: a day number's components give the day number back")
  func roundTrip() {
    for calendar in HistoricalCalendar.allCases {
      for day in stride(from: Int32(-30_000), through: 30_000, by: 997) {
        let (y, m, d) = CalendarDay.components(of: day, calendar: calendar)
        #expect(CalendarDay.day(year: y, month: m, day: d, calendar: calendar) == day, "\(calendar) \(day)")
        #expect(d <= CalendarDay.daysInMonth(year: y, month: m, calendar: calendar))
      }
    }
  }
}
