import HistoryGraphTestSupport
import Testing

@testable import HistoryModel

/// Russia's switch to the Gregorian calendar, which the curated graph declares: 14 Feb 1918 followed Old Style 31 Jan.
let russia = CalendarSwitch(firstGregorianDay: CalendarDay.day(year: 1918, month: 2, day: 14, calendar: .gregorian))

@Suite("EDTF dates")
struct EDTFTests {
  @Test(
    "Gregorian dates become the days they span",
    arguments: [
      ("1917-11-07", "1917-11-07", "1917-11-07"),
      ("1918-03", "1918-03-01", "1918-03-31"),
      ("1918", "1918-01-01", "1918-12-31"),
      ("1918-21", "1918-03-01", "1918-05-31"),
      ("1918-22", "1918-06-01", "1918-08-31"),
      ("1918-23", "1918-09-01", "1918-11-30"),
      ("1917-24", "1917-12-01", "1918-02-28"),
      ("1917-12-05/1917-12-13", "1917-12-05", "1917-12-13"),
      ("1918-02-16/1918-02-17", "1918-02-16", "1918-02-17"),
      ("191X", "1910-01-01", "1919-12-31"),
      ("1917-XX", "1917-01-01", "1917-12-31"),
      ("1918-02-XX", "1918-02-01", "1918-02-28"),
      ("19XX", "1900-01-01", "1999-12-31"),
      ("1917-10-30?", "1917-10-30", "1917-10-30"),
      ("1917~", "1917-01-01", "1917-12-31"),
      ("1920-02-29%", "1920-02-29", "1920-02-29"),
      ("1918-03/1918-05", "1918-03-01", "1918-05-31"),
    ])
  func gregorianInterval(_ text: String, _ first: String, _ last: String) throws {
    let dating = try Dating(edtf: text, calendar: .gregorian)
    #expect(CalendarDay.iso(dating.interval.earliest) == first)
    #expect(CalendarDay.iso(dating.interval.latest) == last)
  }

  @Test(
    "Old Style dates are stored as New Style, across the 1918 switch",
    arguments: [
      ("1917-10-25", "1917-11-07"),
      ("1917-10-24", "1917-11-06"),
      ("1917-12-31", "1918-01-13"),
      ("1918-01-01", "1918-01-14"),
      ("1918-01-31", "1918-02-13"),
      ("1900-02-29", "1900-03-13"),
    ])
  func julianToNewStyle(_ oldStyle: String, _ newStyle: String) throws {
    let dating = try Dating(edtf: oldStyle, calendar: .julian, calendarSwitch: russia)
    #expect(
      dating.interval
        == DayInterval(
          day: CalendarDay.day(
            year: Int(newStyle.prefix(4))!, month: Int(newStyle.dropFirst(5).prefix(2))!, day: Int(newStyle.suffix(2))!, calendar: .gregorian)))
    #expect(dating.newStyleEDTF == newStyle)
  }

  @Test("The day after Old Style 31 January 1918 is New Style 14 February")
  func calendarSwitch() throws {
    let lastOld = try Dating(edtf: "1918-01-31", calendar: .julian, calendarSwitch: russia)
    let firstNew = try Dating(edtf: "1918-02-14", calendar: .gregorian, calendarSwitch: russia)
    #expect(firstNew.interval.earliest - lastOld.interval.latest == 1)
    #expect(russia.firstGregorianDay == firstNew.interval.earliest)
  }

  @Test("Both styles are shown to readers, in one format for days and ranges (D12)")
  func display() throws {
    #expect(try Dating(edtf: "1917-10-25", calendar: .julian, calendarSwitch: russia).display == "25 Oct 1917 O.S. = 7 Nov 1917 N.S.")
    #expect(try Dating(edtf: "1917-12-19", calendar: .julian, calendarSwitch: russia).display == "19 Dec 1917 O.S. = 1 Jan 1918 N.S.")
    #expect(try Dating(edtf: "1917-10-25/1917-10-27", calendar: .julian, calendarSwitch: russia).display == "25–27 Oct 1917 O.S. = 7–9 Nov 1917 N.S.")
    #expect(try Dating(edtf: "1918-03-02", calendar: .gregorian, calendarSwitch: russia).display == "2 Mar 1918")
    #expect(try Dating(edtf: "1917-10-25/1917-11-02", calendar: .gregorian, calendarSwitch: russia).display == "25 Oct–2 Nov 1917")
    #expect(try Dating(edtf: "1917-12-05/1917-12-13", calendarSwitch: russia).display == "5–13 Dec 1917 O.S.? = 18–26 Dec 1917 N.S.")
    // A year needs no second reading; a date after the reform has only one.
    #expect(try Dating(edtf: "1918", calendarSwitch: russia).display == "1918")
    #expect(try Dating(edtf: "1918-03", calendarSwitch: russia).display == "Mar 1918")
  }

  @Test("A date of unstated style before the reform has two readings, each its own interval")
  func readings() throws {
    let unstated = try Dating(edtf: "1917-12-05/1917-12-13", calendarSwitch: russia)
    #expect(unstated.readings.map(\.calendar) == [.julian, .gregorian])
    #expect(unstated.readings.map { Dating.isoText($0.interval) } == ["1917-12-18/1917-12-26", "1917-12-05/1917-12-13"])
    #expect(try Dating(edtf: "1918-03-02", calendarSwitch: russia).readings.count == 1)
    #expect(try Dating(edtf: "1917-10-25", calendar: .julian, calendarSwitch: russia).readings.map(\.calendar) == [.julian])
  }

  @Test("A date before 1918-02-14 with no stated style spans both readings")
  func unstatedStyle() throws {
    let dating = try Dating(edtf: "1917-12-05", calendarSwitch: russia)
    #expect(dating.calendar == .unstated)
    #expect(CalendarDay.iso(dating.interval.earliest) == "1917-12-05")
    #expect(CalendarDay.iso(dating.interval.latest) == "1917-12-18")
    let later = try Dating(edtf: "1918-03-02", calendarSwitch: russia)
    #expect(later.calendar == .gregorian)
    #expect(later.interval.earliest == later.interval.latest)
  }

  @Test("Open and unknown interval ends are unbounded")
  func openIntervals() throws {
    let open = try EDTFDate(parsing: "../1918-03")
    #expect(!open.interval(in: .gregorian).hasStart)
    #expect(CalendarDay.iso(open.interval(in: .gregorian).latest) == "1918-03-31")
    let unknown = try EDTFDate(parsing: "1917-10/")
    #expect(unknown.end == .unknown)
    #expect(!unknown.interval(in: .gregorian).hasEnd)
    let openEnd = try EDTFDate(parsing: "1918/..")
    #expect(openEnd.end == .open)
  }

  @Test(
    "A date certainly meets a window when every reading of it does",
    arguments: [
      // (date, window, certainly, possibly)
      ("1918-03", "1918-03", true, true),
      ("1918-03", "1918-03-15", false, true),
      ("1918", "1918-03", false, true),
      ("1918-01/1918-06", "1918-03-15", true, true),
      ("1918-01/1918-06", "1918-06-15", false, true),
      ("1918-01/1918-06", "1918-06", true, true),
      ("1918-03-02/..", "1918-03-02", true, true),
      ("1918-03-02/..", "1918-04", false, true),
      ("../1918-03-03", "1918-02", false, true),
      ("../1918-03-03", "1918-03-03", true, true),
      ("1918-03-02?", "1918-03-02", false, true),
      ("1918-01~/1918-06", "1918-03", false, true),
      // No style stated before the reform: to 31 Jan New Style if Old Style, to 18 Jan if New Style.
      ("1917-11-15/1918-01-18", "1918-01-25", false, true),
      ("1917-11-15/1918-01-18", "1918-01-10", true, true),
      ("1918-03", "1918-04", false, false),
    ])
  func certainly(_ text: String, _ window: String, _ certainly: Bool, _ possibly: Bool) throws {
    let dating = try Dating(edtf: text, calendarSwitch: russia)
    let days = try Dating(edtf: window, calendar: .gregorian).interval
    #expect(dating.certainlyOverlaps(days) == certainly)
    #expect(dating.interval.overlaps(days) == possibly)
  }

  @Test(
    "Impossible or malformed dates are errors",
    arguments: [
      "1917-02-30", "1917-13", "1917-00-10", "1918-02-29", "17-10-25", "1917-10-25/1917-10-01", "1917/1918/1919",
      "..", "", "1917-1o", "1917-10-25-01", "1917-25",
    ])
  func impossible(_ text: String) {
    #expect(throws: EDTFError.self) { try Dating(edtf: text, calendar: .gregorian) }
  }

  @Test("An interval with no date at either end states nothing and is refused, saying why", arguments: ["../..", "/", "../", "/.."])
  func noDateAtEitherEnd(_ text: String) {
    #expect {
      try Dating(edtf: text, calendar: .gregorian)
    } throws: { error in
      "\(error)".contains("at least one known date")
    }
  }

  @Test("29 February 1900 exists in the Julian calendar only")
  func julianLeapDay() throws {
    #expect(throws: EDTFError.self) { try Dating(edtf: "1900-02-29", calendar: .gregorian) }
    _ = try Dating(edtf: "1900-02-29", calendar: .julian)
  }

  @Test("An unstated style reads a day either way: a Julian-only day is its Julian reading, early centuries widen backwards")
  func unstatedEitherStyle() throws {
    let leap = try Dating(edtf: "1900-02-29", calendarSwitch: russia)
    #expect(leap.calendar == .unstated && CalendarDay.iso(leap.interval.earliest) == "1900-03-13")
    let early = try Dating(edtf: "0100-03-01", calendarSwitch: russia)
    #expect(CalendarDay.iso(early.interval.earliest) == "0100-02-28" && CalendarDay.iso(early.interval.latest) == "0100-03-01")
    #expect(throws: EDTFError.self) { try Dating(edtf: "1900-02-29", calendar: .gregorian) }
  }

  @Test(
    "Unspecified parts are said in words",
    arguments: [
      ("191X/1917", "the 1910s to 1917"), ("1917-XX/1917-10", "a month of 1917 to Oct 1917"), ("1918-02-XX", "a day of Feb 1918"),
      ("19XX", "a year of 1900–1999"),
    ])
  func unspecifiedDisplay(_ text: String, _ words: String) throws {
    #expect(try Dating(edtf: text, calendar: .gregorian).display == words)
  }

  /// Found by the `edtf` fuzz target: a fully unspecified year once made the day check
  /// ask the length of 120,000 months; the leap-year cycles bound it, with the same answer.
  @Test("An unspecified year bounds the day by the months any year allows")
  func unspecifiedYearDay() throws {
    for calendar in [CalendarStyle.gregorian, .julian] {
      let any = try Dating(edtf: "XXXX-XX-XX", calendar: calendar)
      #expect(any.interval.latest == (try Dating(edtf: "9999-12-31", calendar: calendar)).interval.latest, "\(calendar)")
      let century = try Dating(edtf: "19XX-XX-XX", calendar: calendar)
      #expect(century.interval.earliest == (try Dating(edtf: "1900-01-01", calendar: calendar)).interval.earliest, "\(calendar)")
      #expect(century.interval.latest == (try Dating(edtf: "1999-12-31", calendar: calendar)).interval.latest, "\(calendar)")
    }
  }

  @Test("A Julian date after 1918-01-31 needs a reason")
  func lateJulian() throws {
    #expect(throws: EDTFError.self) { try Dating(edtf: "1918-02-05", calendar: .julian, calendarSwitch: russia) }
    let kept = try Dating(edtf: "1918-02-05", calendar: .julian, reason: "the Orenburg Cossack host kept Old Style", calendarSwitch: russia)
    #expect(CalendarDay.iso(kept.interval.earliest) == "1918-02-18")
  }

  @Test("A New Style date given beside an Old Style one must match the conversion")
  func newStyleCheck() throws {
    _ = try Dating(edtf: "1917-10-25", calendar: .julian, newStyle: "1917-11-07", calendarSwitch: russia)
    #expect(throws: EDTFError.self) { try Dating(edtf: "1917-10-25", calendar: .julian, newStyle: "1917-11-08", calendarSwitch: russia) }
  }

  @Test("Uncertain and approximate qualifiers are kept")
  func qualifiers() throws {
    #expect(try EDTFDate(parsing: "1917-10-30?").isUncertain)
    #expect(try EDTFDate(parsing: "1917~").isApproximate)
    let both = try EDTFDate(parsing: "1918-03%")
    #expect(both.isUncertain && both.isApproximate)
  }

  @Test(
    "Level 2 forms, the year -0000 and long years with a leading zero are refused",
    arguments: [
      "19X7", "1X17", "1917-1X", "1917-X0-10", "1917-XX-31", "191X-10-25", "1918-03-1X", "1918-21?", "19XX-21", "-0000", "Y01917", "Y170000002",
    ])
  func refusesLevel2(_ text: String) {
    #expect(throws: EDTFError.self) { try EDTFDate(parsing: text) }
  }

  @Test("Long and negative years parse")
  func longYears() throws {
    let long = try EDTFDate(parsing: "Y170000")
    #expect(long.simpleDates.first?.years == 170000...170000)
    let negative = try EDTFDate(parsing: "-0044")
    #expect(negative.simpleDates.first?.years == -44...(-44))
  }

  @Test("The byte reading of plain dates agrees with the full reading on every text it reads, and reads the common forms")
  func plainAgreesWithFull() {
    var texts: [String] = []
    for year in ["0000", "0001", "1582", "1700", "1900", "1916", "1917", "1918", "2000", "9999"] {
      texts.append(year)
      for month in 0...13 {
        let mm = month < 10 ? "0\(month)" : "\(month)"
        texts.append("\(year)-\(mm)")
        for day in [0, 1, 9, 10, 28, 29, 30, 31, 32] { texts.append("\(year)-\(mm)-\(day < 10 ? "0\(day)" : "\(day)")") }
      }
    }
    var random = SeededGenerator(seed: 1917)
    let alphabet = Array("0123456789-/X?~%. Y")
    for _ in 0..<20_000 {
      let length = Int.random(in: 0...21, using: &random)
      texts.append(
        String(
          (0..<length).map { _ in
            Int.random(in: 0..<4, using: &random) == 0 ? alphabet.randomElement(using: &random)! : "0123456789-".randomElement(using: &random)!
          }))
    }
    for _ in 0..<5_000 { texts.append(texts.randomElement(using: &random)! + "/" + texts.randomElement(using: &random)!) }
    var plainCount = 0
    for text in texts {
      for calendar in HistoricalCalendar.allCases {
        let full = try? EDTFDate(parsingFully: text, calendar: calendar)
        if let plain = EDTFDate.plain(text, calendar: calendar) {
          plainCount += 1
          #expect(plain == full, "\(text) \(calendar)")
        }
        #expect((try? EDTFDate(parsing: text, calendar: calendar)) == full, "\(text) \(calendar)")
      }
    }
    #expect(plainCount > 1_000)
    for common in ["1917", "1918-03", "1917-12-13", "1917-12-05/1917-12-13", "1900-02-29/1918"] {
      #expect(EDTFDate.plain(common, calendar: .julian) != nil, "\(common)")
    }
    #expect(EDTFDate.plain("1900-02-29", calendar: .gregorian) == nil)
  }
}
