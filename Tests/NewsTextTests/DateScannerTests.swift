import Testing
@testable import NewsText

@Suite struct DateScannerTests {
    @Test func fullDatesInBothOrders() {
        #expect(DateScanner.firstDate(in: "on Oct. 3, 2022 at noon") == PartialDate(year: 2022, month: 10, day: 3))
        #expect(DateScanner.firstDate(in: "on 3 October 2022") == PartialDate(year: 2022, month: 10, day: 3))
        #expect(DateScanner.firstDate(in: "Updated 2022-10-03T10:00") == nil)
        #expect(DateScanner.firstDate(in: "dated 2022-10-03") == PartialDate(year: 2022, month: 10, day: 3))
        #expect(DateScanner.firstDate(in: "Monday, March 4th 2024") == PartialDate(year: 2024, month: 3, day: 4))
    }

    @Test func monthAndYear() {
        #expect(DateScanner.firstDate(in: "by Sept. 2023") == PartialDate(year: 2023, month: 9))
        #expect(DateScanner.firstDate(in: "in June 2023,") == PartialDate(year: 2023, month: 6))
    }

    @Test func theModalMayIsNotAMonth() {
        #expect(DateScanner.firstDate(in: "talks may 2024 resume") == nil)
        #expect(DateScanner.firstDate(in: "since May 2024") == PartialDate(year: 2024, month: 5))
    }

    @Test func impossibleDaysAreRejected() {
        #expect(DateScanner.firstDate(in: "February 30, 2023") == nil)
        #expect(DateScanner.firstDate(in: "31 April 2023")?.day == nil)
    }

    @Test func isoTextOfPartialDates() {
        #expect(PartialDate(year: 2023).iso == "2023")
        #expect(PartialDate(year: 2023, month: 9).iso == "2023-09")
        #expect(PartialDate(year: 2023, month: 9, day: 1).iso == "2023-09-01")
    }

    @Test func datelineFillsPublishedOnlyWithAYear() {
        #expect(Dateline.date(in: "SKOPJE, North Macedonia, March 4, 2024 — Leaders met.") == PartialDate(year: 2024, month: 3, day: 4))
        #expect(Dateline.date(in: "SKOPJE, North Macedonia, March 4 — Leaders met.") == nil)
        #expect(Dateline.date(in: "In Skopje, March 4, 2024 — leaders met.") == nil)
    }
}
