import Testing
@testable import Extraction
import NewsText

@Suite struct MilestoneTests {
    static let today = PartialDate(year: 2026, month: 11, day: 22)

    func milestones(_ text: String) -> [String] {
        let article = try! Article(bytes: Array(text.utf8))
        return Extractor.extract(article, today: Self.today).milestones.map { m in
            "\(m.dateText) | \(m.dateStart ?? "-")…\(m.dateEnd ?? "-") | \(m.precision) | \(m.kind) | \(m.label)"
        }
    }

    @Test func laterThisMonthIsAheadWhateverTheTense() {
        let found = milestones("Published: 6 October 2025\n\nLey said the Coalition wanted to see the text before it was debated in parliament later this month. Prices rose earlier this month.")
        #expect(found.map { $0.components(separatedBy: " | ").prefix(4).joined(separator: " | ") }
                == ["this month | 2025-10…2025-10 | month | planned", "this month | 2025-10…2025-10 | month | past"], "\(found)")
    }

    @Test func aDayAndMonthThenACommaAndTheYear() {
        let found = milestones("Accra, 12th November, 2025\n\nColleges must submit their lists not later than 28th November, 2025.")
        #expect(found.map { $0.components(separatedBy: " | ").prefix(2).joined(separator: " | ") } == ["28th November, 2025 | 2025-11-28…2025-11-28"], "\(found)")
    }

    @Test func aDateMovedEarlierIsTheNewDateNotARange() {
        let found = milestones("Published: 31 July 2025\n\nThe changes move the next election from 2029 to 2027. Exports grew from 2010 to 2015.")
        #expect(found.map { $0.components(separatedBy: " | ").prefix(3).joined(separator: " | ") }
                == ["2027 | 2027…2027 | year", "from 2010 to 2015 | 2010…2015 | range"], "\(found)")
    }

    @Test func theDayOfAnActCalledForIsAhead() {
        let found = milestones("LOMÉ, 3 May 2025 (AFP) – The opposition leader denounced the change and called for protests on 6 June.")
        #expect(found.map { $0.components(separatedBy: " | ").prefix(4).joined(separator: " | ") } == ["6 June | 2025-06-06…2025-06-06 | day | planned"], "\(found)")
    }

    @Test func aDateLineAtTheTopIsNoEvent() {
        let found = milestones("# Fed holds\n\n*Washington — March 19, 2025*\n\nThe Fed held rates on Wednesday.")
        #expect(found.map { $0.components(separatedBy: " | ")[0] } == ["on Wednesday"], "\(found)")
    }

    @Test func aTablesYearlessDatesTakeTheArticlesYear() {
        let found = milestones("Published: 19 March 2025\n\nMeeting | Dates\n--- | ---\nMay | May 6–7\nJune | June 17–18")
        #expect(found.map { $0.components(separatedBy: " | ").prefix(2).joined(separator: " | ") }
                == ["May 6–7 | 2025-05-06…2025-05-07", "June 17–18 | 2025-06-17…2025-06-18"], "\(found)")
        #expect(found.allSatisfy { $0.contains("| planned |") }, "\(found)")
    }

    @Test func lastWeekIsTheWeekBeforeTheArticlesAndDaysAgoADay() {
        // 18 August 2024 was a Sunday: its week began on Monday the 12th.
        let found = milestones("Published: 18 August 2024\n\nThe agency warned last week that famine would spread. Talks collapsed three days ago. Next week the envoy returns.")
        #expect(found.map { $0.components(separatedBy: " | ").prefix(2).joined(separator: " | ") }
                == ["last week | 2024-08-05…2024-08-11", "three days ago | 2024-08-15…2024-08-15", "Next week | 2024-08-19…2024-08-25"], "\(found)")
    }

    @Test func aModalAfterAndOpensAClauseOfItsOwn() {
        let found = milestones("Published: 18 August 2024\n\nThe envoy said the truce would start on Tuesday and could be extended.")
        #expect(found.first?.contains("2024-08-20…2024-08-20 | day | planned") == true, "\(found)")
        // The date's own clause keeps its modal.
        let forecast = milestones("Published: 18 August 2024\n\nThe truce could start in October and would last a month.")
        #expect(forecast.first?.contains("| forecast |") == true, "\(forecast)")
    }

    @Test func expectToIsAPlan() {
        let found = milestones("Published: 19 March 2025\n\nPolicymakers still expect to lower borrowing costs twice before the end of the year.")
        #expect(found.first?.contains("| planned |") == true, "\(found)")
    }

    @Test func lastOrNextMonthAndThePastTensePlaceAMonthAroundTheArticlesDate() {
        let found = milestones("Published: 10 June 2025\n\nThe fund approved a loan last September. Its duties came into force in November. Talks resume next March. The vote was postponed until July.")
        #expect(found.map { $0.components(separatedBy: " | ").prefix(2).joined(separator: " | ") }
                == ["last September | 2024-09…2024-09", "November | 2024-11…2024-11", "next March | 2026-03…2026-03", "until July | -…2025-07"], "\(found)")
    }

    @Test func aWeekdayAfterFromOrSinceIsADate() {
        let found = milestones("Published: 11 April 2025\n\nArgentina will scrap its currency controls from Monday. Prices have risen since Tuesday.")
        #expect(found.map { $0.components(separatedBy: " | ").prefix(2).joined(separator: " | ") }
                == ["from Monday | 2025-04-14…2025-04-14", "since Tuesday | 2025-04-08…2025-04-08"], "\(found)")
    }

    @Test func aDateAfterTheArticlesIsNotPastWhateverTheVerb() {
        let found = milestones("Published: 10 October 2025\n\nPresident Donald Trump said he hoped to visit the region next week.")
        #expect(found.first?.contains("2025-10-13…2025-10-19 | range | planned") == true, "\(found)")
    }

    @Test func yearModifyingAnEvent() {
        #expect(milestones("The presence is a legacy of the 1999 NATO intervention, officials said.")
                == ["1999 | 1999…1999 | year | past | NATO intervention"])
    }

    @Test func aWeekdayBeforeItsFullDateIsOneEvent() {
        let found = milestones("Published: 16 March 2024\n\nThe cabinet was sworn in on Tuesday, 12 March 2024.")
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("12 March 2024 | 2024-03-12…2024-03-12 | day | past") == true)
    }

    @Test func wouldAfterAPastVerbLooksAhead() {
        // The future seen from the past: planned, although "said" is the nearest past verb.
        let found = milestones("Published: 16 March 2024\n\nMoussa Faki said the force would deploy by September 2024.")
        #expect(found.first?.contains("| planned |") == true, "\(found)")
        // The same date before the article's own date is history.
        let before = milestones("Published: 16 October 2024\n\nMoussa Faki said the force would deploy by September 2024.")
        #expect(before.first?.contains("| past |") == true, "\(before)")
    }

    @Test func decadeBelongsToTheNounBeforeIt() {
        #expect(milestones("It recalls the post-Yugoslav conflicts of the 1990s.")
                == ["1990s | 1990…1999 | decade | past | post-Yugoslav conflicts"])
    }

    @Test func usAndEuropeanFullDatesAndISO() {
        #expect(milestones("The treaty was signed on Oct. 3, 2022 in Paris.").first?.contains("2022-10-03…2022-10-03 | day | past") == true)
        #expect(milestones("The treaty was signed on 3 October 2022 in Paris.").first?.contains("2022-10-03…2022-10-03 | day") == true)
        #expect(milestones("Filed on 2022-10-03 by the ministry.").first?.contains("2022-10-03") == true)
    }

    @Test func monthsWithAbbreviations() {
        #expect(milestones("Talks resumed in Sept. 2023 after a pause.").first?.hasPrefix("Sept. 2023 | 2023-09…2023-09 | month | past") == true)
    }

    @Test func rangesAndBounds() {
        #expect(milestones("Spending rose in 2010–2015 across the region.").first?.hasPrefix("2010–2015 | 2010…2015 | range") == true)
        #expect(milestones("The mission will stay through 2029.").first?.hasPrefix("through 2029 | -…2029 | range | planned") == true)
        #expect(milestones("Reforms are due by the end of 2027.").first?.hasPrefix("by the end of 2027 | -…2027 | range | planned") == true)
    }

    @Test func futureYearWithPlanWordsIsPlannedAndScenariosAreForecasts() {
        #expect(milestones("The government plans to hold elections in 2028.").first?.contains("| planned |") == true)
        #expect(milestones("One scenario sees a frozen conflict in 2030.").first?.contains("| forecast |") == true)
    }

    @Test func relativeDatesResolveAgainstThePublishedDate() {
        let text = "Published: 12 October 2023\nThe minister resigned last year. Talks resume next month."
        #expect(milestones(text) == ["last year | 2022…2022 | year | past | The minister resigned last year",
                                     "next month | 2023-11…2023-11 | month | planned | Talks resume next month"])
    }

    @Test func relativeDatesWithoutAReferenceStayRelative() {
        let article = Article(normalized: Array("The ceasefire broke down two weeks later.".utf8))
        let m = Extractor.extract(article, today: Self.today).milestones
        #expect(m.map(\.precision) == ["relative"])
        #expect(m.first?.dateStart == nil)
    }

    @Test func modalMayAndCountsAreNotDates() {
        #expect(milestones("Officials may 2 times reconsider. NATO sent 2000 troops and 1,200 soldiers. May said nothing.").isEmpty)
    }

    @Test func tableDateColumnWithAnExpectedOutcome() {
        let text = """
            The plan:
            Year | Milestone | Expected Outcome |
            ---|---|---|
            2027 | Defense Reforms Implementation | Modernized capabilities |
            """
        #expect(milestones(text) == ["2027 | 2027…2027 | year | planned | Defense Reforms Implementation"])
    }

    @Test func aLineOpeningWithItsDateNamesTheEventAfterTheColonOrDash() {
        let text = """
            Published: 26 November 2024

            Key dates:
            - Dec. 9: extraordinary Diet session opens
            - April 1, 2025 – start of the next fiscal year.
            """
        #expect(milestones(text) == ["Dec. 9 | 2024-12-09…2024-12-09 | day | planned | extraordinary Diet session opens",
                                     "April 1, 2025 | 2025-04-01…2025-04-01 | day | planned | start of the next fiscal year"])
    }

    @Test func midYearDecadeAndMonthAreDates() {
        let found = milestones("""
            Published: 19 November 2025

            Talks resumed in the mid-1990s. The law takes effect in mid-2026, and the first review is due in mid-March.
            The mid-size carmaker and its mid-range models were not mentioned.
            """)
        #expect(found.map { $0.components(separatedBy: " | ").prefix(3).joined(separator: " | ") }
                == ["mid-1990s | 1990…1999 | decade", "mid-2026 | 2026…2026 | year", "mid-March | 2026-03…2026-03 | month"])
    }

    @Test func listItemsInheritTheIntroDate() {
        let text = """
            A report outlines scenarios for the region through 2029, highlighting:
            • Escalation of Violence: Two scenarios predict violence.
            • Muddle-Through Scenario: Existing problems persist.
            """
        #expect(milestones(text).map { $0.components(separatedBy: " | ").last! }
                == ["scenarios for the region", "Escalation of Violence", "Muddle-Through Scenario"])
    }
}

/// Session 6 rules: dates without a year take the nearest year to the article's date.
@Suite struct DatesWithoutAYearTests {
    func milestones(_ text: String) -> [String] { MilestoneTests().milestones(text) }

    @Test func dayAndMonthInEuropeanOrderTakeTheArticlesYear() {
        let found = milestones("Published: 3 June 2025\n\nThe court will rule on 15 July.")
        #expect(found.first?.hasPrefix("15 July | 2025-07-15…2025-07-15 | day | planned") == true, "\(found)")
        // With no article date there is no year to give it.
        let bare = milestones("The court will rule on 15 July.")
        #expect(bare.first?.hasPrefix("15 July | -…- | relative") == true, "\(bare)")
    }

    @Test func aRangeWithoutAYearIsOneRange() {
        func dates(_ text: String) -> [String] { milestones(text).map { $0.components(separatedBy: " | ").prefix(3).joined(separator: " | ") } }
        #expect(dates("Published: 2 March 2025\n\nThe exhibition will run from April 19 to June 1.")
                == ["from April 19 to June 1 | 2025-04-19…2025-06-01 | range"])
        #expect(dates("Published: 2 March 2025\n\nVoting will take place between 3 and 5 March.")
                == ["between 3 and 5 March | 2025-03-03…2025-03-05 | range"])
        // Across the new year, and with the year only at the end.
        #expect(dates("Published: 2 December 2025\n\nThe bridge will close from December 20 to January 5.")
                == ["from December 20 to January 5 | 2025-12-20…2026-01-05 | range"])
        #expect(dates("The strike lasted from November 20 to January 5, 2025.")
                == ["from November 20 to January 5, 2025 | 2024-11-20…2025-01-05 | range"])
        // No article date, no year: one expression, still without a calendar date.
        #expect(dates("The exhibition runs from April 19 to June 1.") == ["from April 19 to June 1 | -…- | relative"])
    }

    @Test func aMonthAloneIsTheNearestSuchMonth() {
        let ahead = milestones("Published: 20 October 2025\n\nThe cabinet will present a budget by the end of November.")
        #expect(ahead.first?.hasPrefix("by the end of November | -…2025-11 | range | planned") == true, "\(ahead)")
        // December read in a January article is last December.
        let back = milestones("Published: 10 January 2025\n\nPrices rose sharply in December.")
        #expect(back.first?.hasPrefix("December | 2024-12…2024-12 | month | past") == true, "\(back)")
        // A month name that is not a time: no date.
        #expect(milestones("Published: 10 January 2025\n\nMay said the plan was fair. The March was peaceful.").isEmpty)
    }

    @Test func aWeekdayOwningItsEventIsThatDay() {
        let found = milestones("Published: 3 June 2025\n\nTurnout in Sunday's vote was low.")
        #expect(found.first?.hasPrefix("Sunday’s | 2025-06-01…2025-06-01 | day | past") == true || found.first?.hasPrefix("Sunday's | 2025-06-01…2025-06-01 | day | past") == true, "\(found)")
    }

    @Test func scheduledAndPassiveAfterAModalLookAhead() {
        let found = milestones("Published: 3 June 2025\n\nThe next vote is scheduled for 2027. Results would be released on 20 June.")
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.contains("| planned |") }, "\(found)")
    }

    @Test func aDateInWhatAForecastReportsIsAForecast() {
        let found = milestones("Published: 3 June 2025\n\nEconomists predicted that inflation would ease in 2026.")
        #expect(found.first?.contains("| forecast |") == true, "\(found)")
    }
}

@Suite struct DayRangesAndSupposedTests {
    func milestones(_ text: String) -> [String] { MilestoneTests().milestones(text) }

    @Test func aRangeOfDaysWithTheMonthWrittenOnce() {
        let from = milestones("Published: 1 March 2024\n\nThe fair runs from 3 to 5 March 2024 in Berlin.")
        #expect(from.first?.hasPrefix("from 3 to 5 March 2024 | 2024-03-03…2024-03-05 | range") == true, "\(from)")
        let dash = milestones("Published: 1 March 2024\n\nThe fair runs 10–12 June 2025 in Berlin.")
        #expect(dash.first?.hasPrefix("10–12 June 2025 | 2025-06-10…2025-06-12 | range | planned") == true, "\(dash)")
    }

    @Test func supposedToLooksAhead() {
        let found = milestones("Published: 28 January 2025\n\nThe talks were supposed to begin by Feb. 3.")
        #expect(found.first?.contains("| planned |") == true, "\(found)")
    }
}

@Suite struct DeadlineTests {
    func milestones(_ text: String) -> [String] { MilestoneTests().milestones(text) }

    @Test func aDateThatBoundsAnActToComeIsPlannedThoughTheVerbIsPast() {
        // No article date: the yearless date has no ISO form, and its kind comes from the words.
        let given = milestones("He gave the two sides until Sept. 10 to agree on the final wording of the order.")
        #expect(given.first?.contains("| planned |") == true, "\(given)")
        // Without "to" and a verb after it, "until" with a past verb is still the past.
        let stayed = milestones("The office stayed closed until Sept. 10 after the storm.")
        #expect(stayed.first?.contains("| past |") == true, "\(stayed)")
    }
}

@Suite struct WeekdayAndSinceTests {
    func milestones(_ text: String) -> [String] { MilestoneTests().milestones(text) }

    @Test func lateFridayIsADayAndSinceAMonthIsPast() {
        let late = milestones("Published: 3 October 2025\n\nThe Senate voted late Friday to keep the government open.")
        #expect(late.first?.hasPrefix("late Friday | 2025-10-03") == true, "\(late)")
        // 5 September: March is six months either way; "since" puts it before.
        let since = milestones("Published: 5 September 2025\n\nCases have fallen by half since the peak in March.")
        #expect(since.first?.hasPrefix("March | 2025-03") == true, "\(since)")
    }

    @Test func aWeekdayInAClauseThatLooksAheadIsTheNextOne() {
        // 30 August 2025 was a Saturday; the next Wednesday is 3 September.
        let found = milestones("Published: 30 August 2025\n\nThe president is due to attend a military parade in Beijing on Wednesday, his office said earlier in the week.")
        #expect(found.first?.contains("2025-09-03") == true, "\(found)")
        #expect(found.first?.contains("| planned |") == true, "\(found)")
    }
}

@Suite struct MonthEndAndWouldTests {
    func milestones(_ text: String) -> [String] { MilestoneTests().milestones(text) }

    @Test func theEndOfTheMonthIsTheArticlesMonthAndStillAhead() {
        let found = milestones("Published: 14 October 2025\n\nThe government must present its budget by the end of the month.")
        #expect(found.first?.hasPrefix("by the end of the month | -…2025-10 | range | planned") == true, "\(found)")
    }

    @Test func aWeekdayAfterWouldIsTheNextOne() {
        // 14 October 2025 was a Tuesday.
        let found = milestones("Published: 14 October 2025\n\nThe party said it would table a motion of no confidence on Thursday.")
        #expect(found.first?.contains("2025-10-16") == true, "\(found)")
    }
}

@Suite struct BareWeekdayTests {
    func milestones(_ text: String) -> [String] { MilestoneTests().milestones(text) }

    @Test func aWeekdayRightAfterAPastVerbIsADay() {
        // 5 March 2025 was a Wednesday; "said Monday" is the Monday before.
        let found = milestones("Published: 5 March 2025\n\nAt least 40 people have died, officials said Monday.")
        #expect(found.first?.hasPrefix("Monday | 2025-03-03…2025-03-03 | day | past") == true, "\(found)")
    }

    @Test func aWeekdayAfterAnObjectOrThroughIsADay() {
        // 5 March 2025 was a Wednesday.
        let found = datesAndKinds("Published: 5 March 2025\n\nThe governor declared an emergency for 11 counties Thursday as snow fell. "
                                  + "Snow could fall at 4 inches (10 centimeters) an hour through Saturday morning.")
        #expect(found == ["Thursday | 2025-02-27…2025-02-27 | past", "Saturday | 2025-03-08…2025-03-08 | forecast"], "\(found)")
        // A weekday that is no one day: a habit, a name, an institution.
        #expect(milestones("Shops open every Sunday. The Sunday Times reported it. Pupils attend Sunday school in the town.").isEmpty)
    }

    @Test func theNextEventIsAheadWhateverTheVerbsTense() {
        let found = datesAndKinds("Published: 8 October 2025\n\nEconomists said they expected the next cut in February. "
                                  + "Inflation had peaked in February, the bank said.")
        #expect(found == ["February | 2026-02…2026-02 | forecast", "February | 2025-02…2025-02 | past"], "\(found)")
    }

    @Test func aDateSetByAPlansParticipleIsPlannedWhateverTheClauseForesees() {
        let found = datesAndKinds("Published: 8 October 2025\n\nThe dispute could paralyse the government before local elections scheduled for 2027. "
                                  + "Growth could slow in 2027, analysts said.")
        #expect(found == ["2027 | 2027…2027 | planned", "2027 | 2027…2027 | forecast"], "\(found)")
    }

    @Test func anInfinitivesActFromADateIsPlanned() {
        let found = datesAndKinds("JOHANNESBURG, Jan 30 (Reuters) - The regulator on Thursday allowed Eskom to raise tariffs by 12.7% from April 1, "
                                  + "far less than it had requested. Prices rose to 5% in December, officials said.")
        #expect(found.map { $0.components(separatedBy: " | ").last! } == ["past", "planned", "past"], "\(found)")
    }

    @Test func aMonthAloneAfterFromIsADate() {
        let found = datesAndKinds("Published: 26 February 2025\n\nCouncil tax rises by 4.99% from April, the maximum allowed. "
                                  + "Libraries will close from April next year.")
        // ("from April next year": one date, the month of the next year.)
        #expect(found == ["April | 2025-04…2025-04 | planned", "April next year | 2026-04…2026-04 | planned"], "\(found)")
    }

    func datesAndKinds(_ text: String) -> [String] {
        milestones(text).map { line in
            let parts = line.components(separatedBy: " | ")
            return "\(parts[0]) | \(parts[1]) | \(parts[3])"
        }
    }

    @Test func theSimplePresentOfAScheduledEventLooksAhead() {
        // 6 October 2025 was a Monday.
        let found = datesAndKinds("Published: 6 October 2025\n\nShares fell on Monday. Shares could rebound when trading resumes on Wednesday. The exemption lasts through June. The talks did not resume on Friday, officials said.")
        #expect(found == ["on Monday | 2025-10-06…2025-10-06 | past", "on Wednesday | 2025-10-08…2025-10-08 | forecast",
                          "through June | -…2026-06 | planned", "on Friday | 2025-10-03…2025-10-03 | past"], "\(found)")
    }

    @Test func theEndOfTheYearIsAPointInTheArticlesYear() {
        let dated = datesAndKinds("Published: 6 October 2025\n\nSubsidies expire at the end of the year. Prices rose at the end of the month, the bureau said.")
        #expect(dated == ["at the end of the year | 2025…2025 | planned", "at the end of the month | 2025-10…2025-10 | past"], "\(dated)")
        // Without the article's date: no calendar date, and the verb still decides the kind.
        let undated = datesAndKinds("Democrats demanded an extension of subsidies that expire at the end of the year.")
        #expect(undated == ["at the end of the year | -…- | planned"], "\(undated)")
        // "at the end of the day" and "in the end" are no dates.
        #expect(milestones("At the end of the day, in the end, the bill passed.").isEmpty)
    }

    @Test func anInfinitiveBeforeABoundLooksAhead() {
        let found = datesAndKinds("The Senate voted late Friday to keep the government funded through Nov. 21.")
        #expect(found.last == "through Nov. 21 | -…- | planned", "\(found)")
        // A past verb after an infinitive, before a date that is no bound, is history.
        let history = datesAndKinds("Both sides had failed to implement commitments made in Ohrid in March 2023.")
        #expect(history == ["March 2023 | 2023-03…2023-03 | past"], "\(history)")
    }

    @Test func aMonthBeforeItsEventsNoun() {
        let found = datesAndKinds("Published: 16 November 2025\n\nLuisa González, who lost in the April runoff, spoke. The March for Life went ahead.")
        #expect(found == ["April | 2025-04…2025-04 | past"], "\(found)")
    }

    @Test func aComparisonIsNoDateAndHalvesAndQuartersAreRanges() {
        let found = datesAndKinds("Published: 11 September 2025\n\nThe deficit will fall below 3% a year earlier than planned. Copper output rose 9% in the first half of the year. Growth slowed in the third quarter of 2024.")
        #expect(found == ["in the first half of the year | 2025-01…2025-06 | past", "in the third quarter of 2024 | 2024-07…2024-09 | past"], "\(found)")
    }

    @Test func whatCameSinceOrWasComparedFromLiesBehind() {
        // Without these cues January and February would be the nearer months ahead of September.
        let found = datesAndKinds("Published: 11 September 2025\n\nSince January, the kwacha has gained 18%. Inflation was 12.2% in August, down from 16.8% in February. S&P Global upgraded Zambia to B+ in March.")
        #expect(found == ["Since January | 2025-01…2025-01 | past", "August | 2025-08…2025-08 | past",
                          "February | 2025-02…2025-02 | past", "March | 2025-03…2025-03 | past"], "\(found)")
    }

    @Test func twoDaysOfOneMonthAndTheDayOfMayAfterABound() {
        let found = datesAndKinds("Published: 24 September 2025\n\nThe MPC will hold its next meeting on November 24 and 25, 2025. The summit is on June 10 and 11, 2026. Results are expected by 28 May 2026. Turnout fell, officials said, and 28 may be the final count.")
        #expect(found == ["November 24 and 25, 2025 | 2025-11-24…2025-11-25 | planned", "June 10 and 11, 2026 | 2026-06-10…2026-06-11 | planned",
                          "by 28 May 2026 | -…2026-05-28 | planned"], "\(found)")
        let yearless = datesAndKinds("Published: 19 May 2025\n\nThe count is expected by 28 May.")
        #expect(yearless == ["by 28 May | -…2025-05-28 | planned"], "\(yearless)")
    }

    @Test func expectedAfterAPronounIsThePastTense() {
        let found = datesAndKinds("Published: 30 September 2025\n\nRecent data suggested inflation could be higher than it expected in August. The decision is expected in August.")
        #expect(found == ["August | 2025-08…2025-08 | past", "August | 2026-08…2026-08 | planned"], "\(found)")
    }

    @Test func anAgencysDatelineWithoutADashIsNoEvent() {
        let found = datesAndKinds("GST cut\n\nUpdated: September 4, 2025 08:12 IST\n\nNew Delhi, Sep 3 (PTI) The GST Council on Wednesday approved a simplified structure, the minister said.")
        #expect(found == ["on Wednesday | 2025-09-03…2025-09-03 | past"], "\(found)")
    }

    @Test func aForecastOfWhatIsToComeLooksAhead() {
        // 28 October 2025 was a Tuesday.
        let found = datesAndKinds("Published: 28 October 2025\n\nThe storm is forecast to reach eastern Cuba early Wednesday and the Bahamas by Thursday. Inflation is projected to peak in March.")
        #expect(found == ["early Wednesday | 2025-10-29…2025-10-29 | forecast", "by Thursday | 2025-10-30…2025-10-30 | forecast",
                          "March | 2026-03…2026-03 | forecast"], "\(found)")
    }

    @Test func aPromiseLooksAhead() {
        let found = datesAndKinds("Published: 27 October 2025\n\nMilei has promised to send the tax reform to lawmakers before the end of the year.")
        #expect(found == ["before the end of the year | -…2025 | planned"], "\(found)")
    }

    @Test func theNextEventLooksAhead() {
        let found = datesAndKinds("Published: 30 October 2025\n\nGovernor Kazuo Ueda said the chance of a hike at its next meeting in December had increased. The board met on Thursday.")
        #expect(found == ["December | 2025-12…2025-12 | planned", "on Thursday | 2025-10-30…2025-10-30 | past"], "\(found)")
    }

    @Test func twoDaysInOneWord() {
        let found = datesAndKinds("Published: 30 October 2025\n\nIts next policy meeting is scheduled for Dec. 18-19. Talks are set for December 18-19, 2026. The fair is on 5–7 March. The score was 2-1 in March.")
        #expect(found == ["Dec. 18-19 | 2025-12-18…2025-12-19 | planned", "December 18-19, 2026 | 2026-12-18…2026-12-19 | planned",
                          "5–7 March | 2026-03-05…2026-03-07 | planned", "March | 2025-03…2025-03 | past"], "\(found)")
    }

    @Test func aBareWeekdayAfterAScheduledEventsWord() {
        // 5 November 2025 was a Wednesday.
        let found = datesAndKinds("Published: 5 November 2025\n\nThe FAA will cut flights starting Friday, officials said. Cuts begin Friday. The rule took effect Monday. He met Friday's visitors.")
        #expect(found == ["starting Friday | 2025-11-07…2025-11-07 | planned", "Friday | 2025-11-07…2025-11-07 | planned",
                          "Monday | 2025-11-03…2025-11-03 | past", "Friday's | 2025-10-31…2025-10-31 | past"], "\(found)")
    }

    @Test func theNewYearIsTheNextOne() {
        let found = datesAndKinds("Published: 1 December 2025\n\nA successor will be appointed in the new year. The new year's budget is smaller.")
        #expect(found == ["new year | 2026…2026 | planned"], "\(found)")
    }

    @Test func aPastVerbRightAfterTheDateIsTheOneItDates() {
        let (_, f) = facts("Nissan Motor on Thursday posted an operating loss and said it expected a full-year loss. Acme on Friday will post results. Its target of 9,000 homes by 2031 was at risk.")
        #expect(f.milestones.map(\.kind) == ["past", "planned", "planned"])
    }

    @Test func aDottedDateInTheText() {
        let (_, f) = facts("The law took effect on 01.10.2025. Sales rose 3.5 percent.")
        #expect(f.milestones.map(\.dateStart) == ["2025-10-01"])
    }

    @Test func aQuantityExpectedToMoveIsAForecast() {
        let (_, f) = facts("Published: 7 November 2025\n\nThe minister said the economy was expected to grow by 5% next year. The dam is expected to reach full capacity by 2027.")
        #expect(f.milestones.map(\.kind) == ["forecast", "planned"])
        // Only the date's own clause counts: the budget for 2026 is a plan.
        let (_, g) = facts("Published: 7 November 2025\n\nShe presented the 2026 budget to Parliament, saying the economy was expected to grow next year.")
        #expect(g.milestones.map(\.kind) == ["planned", "forecast"])
    }

    @Test func aDaySetForSomethingIsTheNearestOne() {
        let (_, f) = facts("Monday, 24 November 2025\n\nThe unions called a national strike for 26 November, saying the cuts would hurt. The budget was approved on 20 November.")
        #expect(f.milestones.map(\.dateStart) == ["2025-11-26", "2025-11-20"])
        #expect(f.milestones.map(\.kind) == ["planned", "past"])
    }

    @Test func aYearRangeWrittenAsOneWord() {
        let (_, f) = facts("*Melbourne, 20 May 2025*\n\nThe treasurer handed down the budget, forecasting a surplus in 2025-26. The plan covered 2010-2015. The score was 2-1.")
        #expect(f.milestones.map(\.dateText) == ["2025-26", "2010-2015"])
        #expect(f.milestones.map(\.dateEnd) == ["2026", "2015"])
        #expect(f.milestones.map(\.kind) == ["forecast", "past"])
        #expect(DateScanner.yearRange("2025–26")! == (2025, 2026))
        #expect(DateScanner.yearRange("2025-2090") == nil)
    }

    @Test func aYearlessDatelineOrdersTheStorysDays() {
        let (_, f) = facts("ISTANBUL, Oct 31 (Reuters) - Pakistan and Afghanistan agreed on Thursday to extend a ceasefire and to meet again in Istanbul on Nov. 6, Turkey's foreign ministry said. The talks began on Oct. 25.")
        #expect(f.milestones.map(\.kind) == ["past", "planned", "past"])
        #expect(f.milestones.allSatisfy { $0.dateStart == nil })
        #expect(Dateline.monthDay(in: "TOKYO, Oct. 30 (AP) — The bank kept rates.")! == (10, 30))
        #expect(Dateline.monthDay(in: "The bank, on Oct. 30 — kept rates.") == nil)
    }

    @Test func aWeekdayDatesTheNamedForecastersAct() {
        let (_, f) = facts("SANTA CLARA, California, Nov 19 (Reuters) - Nvidia forecast fourth-quarter revenue above estimates on Wednesday. The forecast on Friday is for rain. Growth could slow on Monday.")
        #expect(f.milestones.map(\.kind) == ["past", "forecast", "forecast"])
    }

    @Test func lastBeforeAVerbDatesTheLastTime() {
        // ("May" alone stays no month, as the statements issue asks: "in May" gives none.)
        let (_, f) = facts("*Seoul, 27 November 2025*\n\nThe bank last cut the rate in March. It had cut it in May. The last meeting in March was short.")
        #expect(f.milestones.map(\.dateText) == ["March", "March"])
        #expect(f.milestones.first?.dateStart == "2025-03")
        #expect(f.milestones.first?.kind == "past")
    }

    @Test func namesInTheClauseAreNoPastVerbs() {
        let (_, f) = facts("*Toronto, 10 November 2025*\n\nThe United States could lose its own status in January if outbreaks continue.")
        #expect(f.milestones.last?.dateStart == "2026-01")
        #expect(f.milestones.last?.kind == "forecast")
    }

    @Test func aSpanOfMonths() {
        let (_, f) = facts("*Toulouse, 3 December 2025*\n\n- Deliveries January–November: 657 aircraft\n\nSales rose in the July-September quarter. Output in July–September 2024 fell. The Coca-Cola deal stood.")
        #expect(f.milestones.map(\.dateText) == ["January–November", "July-September", "July–September 2024"])
        #expect(f.milestones.map(\.dateStart) == ["2025-01", "2025-07", "2024-07"])
        #expect(f.milestones.map(\.dateEnd) == ["2025-11", "2025-09", "2024-09"])
        #expect(f.milestones.map(\.kind) == ["past", "past", "past"])
    }

    @Test func aYearQualifyingATargetOrAForecast() {
        let (_, f) = facts("*Toulouse, 3 December 2025*\n\nAirbus lowered its 2025 delivery target to around 790 aircraft. The firm cut its 2026 revenue guidance. The 2024 budget was approved. Rivals met their 2025 target.")
        #expect(f.milestones.map(\.kind) == ["planned", "forecast", "past", "past"])
    }

    @Test func aMonthAheadOfAYearlessDatelineAndAnExpectedAverage() {
        let (_, f) = facts("LONDON, Nov 2 (Reuters) - OPEC+ agreed on Sunday to a small increase in oil output for December. Fighting ended in July. Analysts said they expected Brent to average $56 a barrel in 2026.")
        #expect(f.milestones.map(\.kind) == ["past", "planned", "past", "forecast"])
    }

    @Test func aForecastForAYearRange() {
        let (_, f) = facts("*Mumbai, Dec 5, 2025*\n\nThe central bank raised its growth forecast for 2025-26 to 7.3%. It kept its target for 2024 unchanged.")
        #expect(f.milestones.map(\.kind) == ["forecast", "past"])
    }

    @Test func theProgressiveOfAnAimLooksAhead() {
        let (_, f) = facts("BRASÍLIA (Reuters) - Lula, who is seeking a fourth term in October 2026, declined to comment. Bolsonaro, who was seeking a second term in October 2022, lost.")
        #expect(f.milestones.map(\.kind) == ["planned", "past"])
    }

    @Test func aBaseOfComparisonDatesNothing() {
        let (_, f) = facts("*Tokyo, Nov 5, 2025*\n\nProfit fell 18.6 percent from a year earlier. Sales rose 3% compared with a year ago. The plant opened two years ago.")
        #expect(f.milestones.map(\.dateText) == ["two years ago"])
    }

    @Test func aPeriodEndingInAMonth() {
        let (_, f) = facts("*Nairobi, Nov 6, 2025*\n\nProfit rose 52% in the six months to September. He went to March.")
        #expect(f.milestones.map(\.dateText) == ["September"])
        #expect(f.milestones.map(\.dateStart) == ["2025-09"])
    }

    @Test func aWeekdayBeforeItsDateIsOneDate() {
        let (_, f) = facts("The pilot was announced on Wednesday 12 November 2025. Talks resume on Monday, Nov. 24, officials said. He left on Friday, and 40 stayed.")
        #expect(f.milestones.map(\.dateText) == ["12 November 2025", "Nov. 24", "on Friday"])
    }

    @Test func aDeadlineToldInThePastPerfectHasPassed() {
        let (_, f) = facts("PHOENIX (AP) — The bureau had given Arizona, Utah and Nevada until Nov. 11 to agree. The agency has given the firms until Nov. 11 to comply.")
        #expect(f.milestones.map(\.kind) == ["past", "planned"])
    }

    @Test func anInfinitivesActAfterAYearIsToCome() {
        let (_, f) = facts("PHOENIX (AP) — The states failed to agree on how to share the river after 2026. The dam was built after 1936.")
        #expect(f.milestones.map(\.kind) == ["planned", "past"])
    }

    @Test func aChangeSomeoneExpectsIsForeseen() {
        let (_, f) = facts("JAKARTA, Oct 22 (Reuters) - Lionel Priyadi, an economist at Mandiri Sekuritas, expects a cut in December. Most economists expected the next cut in February. The company expects to open the plant in March.")
        #expect(f.milestones.map(\.kind) == ["forecast", "forecast", "planned"])
    }

    @Test func theyReturnInJanuaryIsAhead() {
        let (_, f) = facts("CHICAGO (AP) — The mayor called on lawmakers to act when they return to Springfield in January. The troops' return in January was celebrated.")
        #expect(f.milestones.map(\.kind) == ["planned", "past"])
    }

    @Test func expectingTheEconomyToGrowIsAForecast() {
        let (_, f) = facts("The Ministry of Trade and Industry expects the economy to grow by 1 to 3 per cent in 2026. The ministry expects the plant to open in 2027.")
        #expect(f.milestones.map(\.kind) == ["forecast", "planned"])
    }

    @Test func aForecastsOwnDateAndWhatItForesees() {
        let (_, f) = facts("HELSINKI, Aug 28 (Reuters) - The Bank of Finland forecast in June that the economy would grow by just 0.5% this year. Forecasters expect an above-normal hurricane season this year. The company expects to open a plant this year.")
        #expect(f.milestones.map(\.kind) == ["past", "forecast", "forecast", "planned"])
    }

    @Test func aModalAfterTheDateSaysItIsAhead() {
        let (_, f) = facts("SAN JOSE, Costa Rica, Feb 2, 2026 (AFP) - Alvaro Ramos said the second round on April 5 would be a referendum. A vaccine trial that started in October 2025 will continue.")
        #expect(f.milestones.map { "\($0.dateStart ?? "-") \($0.kind)" } == ["2026-04-05 planned", "2025-10 past"])
    }

    @Test func aYearBeforeTheArticlesIsHistoryInAnyClause() {
        let (_, f) = facts("*Port Moresby, 4 September 2025*\n\nBougainville will declare independence by 2027 whether or not parliament ratifies the result of the 2019 referendum.")
        #expect(f.milestones.map { "\($0.dateText) \($0.kind)" } == ["by 2027 planned", "2019 past"])
    }

    @Test func aBoundStillOpenOnTheArticlesDateIsAhead() {
        let (_, f) = facts("*Port Moresby, 4 September 2025*\n\nThe report recommended a vote in parliament before the end of 2025. Officials warned that famine may spread by the end of 2025.")
        #expect(f.milestones.map(\.kind) == ["planned", "forecast"])
    }

    @Test func whatAGovernmentEstimatesIsForeseen() {
        let (_, f) = facts("*Halifax, 16 October 2025*\n\nThe province estimates Halifax will need 55,000 new homes by 2030 to keep up with growth.")
        #expect(f.milestones.map(\.kind) == ["forecast"])
        #expect(f.statementLines.map { $0.components(separatedBy: ":")[0] } == ["The province estimate"])
    }

    @Test func whatShouldBeDoneByADateIsAhead() {
        let (_, f) = facts("PANAMA CITY (AP) — The administrator said the project should be finished by 2031. He said it should have been finished by 2020.")
        #expect(f.milestones.map(\.kind) == ["planned", "past"])
    }

    @Test func aMonthADecisionLooksAheadToIsTheNextOne() {
        let found = milestones("Published: 23 October 2025\n\nThe board voted Thursday to raise fares by 5% in January. Prices rose in January. The report comes ahead of the summit in Belém, Brazil, in November.")
        #expect(found.map { $0.components(separatedBy: " | ").prefix(2).joined(separator: " | ") }
                == ["Thursday | 2025-10-23…2025-10-23", "January | 2026-01…2026-01", "January | 2025-01…2025-01", "November | 2025-11…2025-11"], "\(found)")
    }

    @Test func aPresentPassiveFromAMonthLooksAhead() {
        let found = milestones("Published: 13 November 2025\n\nA levy on betting winnings is scrapped from January. The levy was scrapped from January.")
        #expect(found.map { $0.components(separatedBy: " | ").prefix(2).joined(separator: " | ") }
                == ["January | 2026-01…2026-01", "January | 2025-01…2025-01"], "\(found)")
    }

    @Test func aMonthInThatYearTakesTheYearNamedBefore() {
        let found = milestones("Published: 27 November 2025\n\nThe currency was launched on 5 April 2024 and devalued in September that year. The plant closed in 2019. It reopened in March the following year.")
        #expect(found.map { $0.components(separatedBy: " | ").prefix(2).joined(separator: " | ") }
                == ["5 April 2024 | 2024-04-05…2024-04-05", "September that year | 2024-09…2024-09", "2019 | 2019…2019",
                    "March the following year | 2020-03…2020-03"], "\(found)")
    }

    @Test func monthsFromOneToAnotherWithTheYearOnce() {
        let found = milestones("Published: 10 August 2025\n\nMasra served as prime minister from January to May 2024. The plant ran from November to March 2024.")
        #expect(found.map { $0.components(separatedBy: " | ").prefix(2).joined(separator: " | ") }
                == ["from January to May 2024 | 2024-01…2024-05", "from November to March 2024 | 2023-11…2024-03"], "\(found)")
    }

    @Test func aDateLineAsTheLastLineIsNoEventButAListsLastItemIs() {
        let end = milestones("Vote held\n\nThe junta hailed the vote on Monday.\n\nTwo.\n\nThree.\n\nFour.\n\nFive.\n\nSix.\n\n-- Agence France-Presse, 29 December 2025\n")
        #expect(end.map { $0.components(separatedBy: " | ").prefix(2).joined(separator: " | ") } == ["on Monday | 2025-12-29…2025-12-29"], "\(end)")
        let list = milestones("# Budget\n\n*Melbourne, 20 May 2025*\n\nOne.\n\nTwo.\n\nThree.\n\nFour.\n\n- Budget day: 20 May 2025\n- Election: 28 November 2026\n")
        #expect(list.map { $0.components(separatedBy: " | ")[1] } == ["2025-05-20…2025-05-20", "2026-11-28…2026-11-28"], "\(list)")
    }

    @Test func aMonthAfterAnOwnersDeterminerAndAPastDayAheadOfTheDateline() {
        let owner = milestones("Published: 26 November 2025\n\nThe central bank warned in its September quarterly review that arrears had risen.")
        #expect(owner.map { $0.components(separatedBy: " | ").prefix(2).joined(separator: " | ") } == ["September | 2025-09…2025-09"], "\(owner)")
        // A story datelined "Nov 25" with no year: a day ahead is planned, unless a past verb dates it.
        let ahead = milestones("ALGIERS, Nov 25 (APS) - The bill will go to the upper house on 2 December. The last finance law was signed by President Abdelmadjid Tebboune on 24 December.")
        #expect(ahead.map { $0.components(separatedBy: " | ")[3] } == ["planned", "past"], "\(ahead)")
    }

    @Test func aDayAheadInAFutureClauseAndATablesDaysTakeTheYearOfTheText() {
        let found = milestones("# Tour route\n\n**Paris** | 23 October 2025\n\nThe race will begin with a team time trial in Barcelona on 4 July and finish in Paris on 26 July, organisers announced on Thursday.\n\n| Stage | Date | Route |\n|---|---|---|\n| 1 | 4 July | Barcelona |\n| 2 | 5 July | Tarragona |\n")
        #expect(found.map { $0.components(separatedBy: " | ").prefix(2).joined(separator: " | ") }
                == ["4 July | 2026-07-04…2026-07-04", "26 July | 2026-07-26…2026-07-26", "on Thursday | 2025-10-23…2025-10-23",
                    "4 July | 2026-07-04…2026-07-04", "5 July | 2026-07-05…2026-07-05"], "\(found)")
        #expect(found.map { $0.components(separatedBy: " | ")[3] } == ["planned", "planned", "past", "planned", "planned"], "\(found)")
    }

    @Test func aMonthWithNextOrLastYearIsThatYearsMonth() {
        let found = milestones("Published: 20 November 2025\n\nRatepayers will pay more from July next year. Prices rose in March last year.")
        #expect(found.map { $0.components(separatedBy: " | ").prefix(2).joined(separator: " | ") }
                == ["July next year | 2026-07…2026-07", "March last year | 2024-03…2024-03"], "\(found)")
        // With no date for the article, one date all the same.
        #expect(milestones("Libraries will close from April next year.").count == 1)
    }

    @Test func aBudgetsEstimatesAreNoForecast() {
        let found = milestones("Published: 21 November 2025\n\nParliament will vote on the revised estimates on December 5. The authority estimates rates will rise in 2027.")
        #expect(found.map { $0.components(separatedBy: " | ")[3] } == ["planned", "forecast"], "\(found)")
    }

    @Test func aPeriodStartingOnAWeekdayAndAMonthAfterWouldLieAhead() {
        let found = milestones("Published: 22 November 2025\n\nThe union called a 48-hour strike starting Monday. Sakaja said the county would clear pending bills before the end of the financial year in June.")
        #expect(found.map { $0.components(separatedBy: " | ").prefix(2).joined(separator: " | ") }
                == ["starting Monday | 2025-11-24…2025-11-24", "June | 2026-06…2026-06"], "\(found)")
        #expect(found.map { $0.components(separatedBy: " | ")[3] } == ["planned", "planned"], "\(found)")
    }

    @Test func aQuarterOfAYearAndTheGrowthABankExpects() {
        let found = milestones("Published: 25 November 2025\n\nThe bank expects growth of about 4 per cent in Q4 2025, the governor said. The government expects growth of 2% in Q1 of 2026.")
        #expect(found.map { $0.components(separatedBy: " | ").prefix(4).joined(separator: " | ") }
                == ["Q4 2025 | 2025-10…2025-12 | range | forecast", "Q1 of 2026 | 2026-01…2026-03 | range | planned"], "\(found)")
    }

    @Test func aYearFirstDateLineAndTheDatelineUnderIt() {
        let found = milestones("Budget clash\n\n2025.11.21 14:05\n\nSEOUL, Nov. 21 (Yonhap) -- The parties clashed Friday over the budget. The committee will wrap up its review on Nov. 30.")
        #expect(found.map { $0.components(separatedBy: " | ").prefix(2).joined(separator: " | ") }
                == ["Friday | 2025-11-21…2025-11-21", "Nov. 30 | 2025-11-30…2025-11-30"], "\(found)")
    }

    @Test func whatResearchersSayWillHappenIsForeseen() {
        let found = milestones("Published: 20 November 2025\n\nThe researchers wrote that most glaciers will disappear by 2050. The finance chief told analysts that the company would open a plant in 2027.")
        #expect(found.map { $0.components(separatedBy: " | ")[3] } == ["forecast", "planned"], "\(found)")
    }

    @Test func theMonthAnAmountWasForecastIn() {
        let found = milestones("Published: 20 November 2025\n\nThe deficit is $13.6 billion, up from the $13.3 billion forecast in March.")
        #expect(found.map { $0.components(separatedBy: " | ").prefix(4).joined(separator: " | ") } == ["March | 2025-03…2025-03 | month | past"], "\(found)")
    }

    @Test func theAgencyBetweenSlashesEndsTheDatelineAndDatesTheStory() {
        let found = milestones("Cabinet approved\n\nUlaanbaatar, November 21, 2025 /MONTSAME/. The parliament on Thursday approved the cabinet, ending a standoff that began in October.")
        #expect(found.map { $0.components(separatedBy: " | ").prefix(2).joined(separator: " | ") }
                == ["on Thursday | 2025-11-20…2025-11-20", "October | 2025-10…2025-10"], "\(found)")
    }

    @Test func theMonthOfAReportAndWhatABankForesees() {
        let found = milestones("Published: 19 November 2025\n\nThe Bank of Spain warned in its October report that house prices would rise by about 10% this year. The central bank said that it would cut rates in December.")
        #expect(found.map { $0.components(separatedBy: " | ").prefix(4).joined(separator: " | ") }
                == ["October | 2025-10…2025-10 | month | past", "this year | 2025…2025 | year | forecast",
                    "December | 2025-12…2025-12 | month | planned"], "\(found)")
    }

    @Test func aChangeExpectedInAMonthIsStillToCome() {
        let found = milestones("Published: 6 November 2025\n\nEconomists at Capital Economics said they expected a cut in December.")
        #expect(found.map { $0.components(separatedBy: " | ").prefix(4).joined(separator: " | ") } == ["December | 2025-12…2025-12 | month | forecast"], "\(found)")
    }

    @Test func anAgencyInBracketsAfterAPlaceAndDateAndWhatSinceDatesIsPast() {
        let found = milestones("Strike called\n\nLisbon, 25 November 2025 (Lusa) – The unions will strike on December 11. It will be the first joint strike since June 2013.")
        #expect(found.map { $0.components(separatedBy: " | ").prefix(4).joined(separator: " | ") }
                == ["December 11 | 2025-12-11…2025-12-11 | day | planned", "since June 2013 | 2013-06…2013-06 | range | past"], "\(found)")
    }

    @Test func aSchoolYearWrittenWithASlashIsOneRange() {
        let found = milestones("Published: 23 November 2025\n\nThe charter will be taught in secondary schools from the 2026/2027 academic session. The 1990/2000 comparison is not a range.")
        #expect(found.map { $0.components(separatedBy: " | ").prefix(4).joined(separator: " | ") }
                == ["2026/2027 | 2026…2027 | range | planned", "1990 | 1990…1990 | year | past", "2000 | 2000…2000 | year | past"], "\(found)")
    }

    @Test func aBoundSetNowOrMovedLaterLiesAhead() {
        let found = milestones("Published: 15 November 2025\n\nThe Met Office extended its amber warning until 06:00 on Sunday. Trains are cancelled until Monday. The strike lasted until Tuesday.")
        #expect(found.map { $0.components(separatedBy: " | ").prefix(4).joined(separator: " | ") }
                == ["on Sunday | 2025-11-16…2025-11-16 | day | planned", "until Monday | 2025-11-17…2025-11-17 | day | planned",
                    "until Tuesday | 2025-11-11…2025-11-11 | day | past"], "\(found)")
    }

    @Test func aCountOfDaysAfterAnEventDatesItFromTheSentencesDay() {
        // 9 July 2025 was a Wednesday.
        let found = milestones("Published: 9 July 2025\n\nThe president on Wednesday invited youth leaders to talks, two days after police killed 31 people. In the two days after the vote, 900 people fled.")
        #expect(found.map { $0.components(separatedBy: " | ").prefix(4).joined(separator: " | ") }
                == ["on Wednesday | 2025-07-09…2025-07-09 | day | past", "two days after | 2025-07-07…2025-07-07 | day | past"], "\(found)")
    }

    @Test func whatSomeoneIsUrgedToDoIsStillToCome() {
        // (No article date: the kind cannot come from the date alone.)
        let found = milestones("Gov. Ron DeSantis on Thursday urged lawmakers to put a constitutional amendment on the November 2026 ballot. Voters last approved an exemption in 2008.")
        #expect(found.map { $0.components(separatedBy: " | ").prefix(4).joined(separator: " | ") }
                == ["on Thursday | -…- | relative | past", "November 2026 | 2026-11…2026-11 | month | planned", "2008 | 2008…2008 | year | past"], "\(found)")
    }

    @Test func aLowerCaseAgencysDatelineADeadlineGivenAndAPassiveAfterCannot() {
        // 4 December 2025 was a Thursday.
        let found = milestones("Berlin, 4 December 2025 (dpa) – The operator said on Thursday it aims for 70% punctuality by 2029. The judge found the cuts were likely unlawful and gave the government until Monday to say how it would pay. A new complaint cannot be filed until February next year.")
        #expect(found.map { $0.components(separatedBy: " | ").prefix(4).joined(separator: " | ") }
                == ["on Thursday | 2025-12-04…2025-12-04 | day | past", "by 2029 | -…2029 | range | planned", "until Monday | 2025-12-08…2025-12-08 | day | planned",
                    "until February next year | -…2026-02 | range | planned"], "\(found)")
    }

    @Test func aLongerCountOfDaysDatesItsEventButAPeriodWithinOrForDoesNot() {
        // 1 December 2025 was a Monday.
        let found = milestones("Published: 1 December 2025\n\nCongo on Monday declared the end of the outbreak, 42 days after the last patient was discharged. On Monday the court gave the firm 30 days to pay, within 30 days after the ruling.")
        #expect(found.map { $0.components(separatedBy: " | ").prefix(4).joined(separator: " | ") }
                == ["on Monday | 2025-12-01…2025-12-01 | day | past", "42 days after | 2025-10-20…2025-10-20 | day | past",
                    "On Monday | 2025-12-01…2025-12-01 | day | past"], "\(found)")
    }

    @Test func aWeekdayBeforeAPastVerbIsTheDayBefore() {
        // 12 December 2025 was a Friday.
        let found = milestones("Published: 12 December 2025\n\nThe Senate on Thursday rejected two plans, leaving millions facing higher premiums when the credits expire.")
        #expect(found.map { $0.components(separatedBy: " | ").prefix(4).joined(separator: " | ") } == ["on Thursday | 2025-12-11…2025-12-11 | day | past"], "\(found)")
    }

    @Test func theEndOfTheDecadeIsItsLastYear() {
        let found = milestones("Published: 5 August 2025\n\nThe minister said the plan would make the company self-sufficient by the end of the decade.")
        #expect(found.map { $0.components(separatedBy: " | ").prefix(4).joined(separator: " | ") } == ["by the end of the decade | -…2029 | range | planned"], "\(found)")
    }

    @Test func aChangeExpectedInThePassiveIsForeseen() {
        let found = milestones("Published: 16 September 2025\n\nOver the Antarctic, recovery is expected by about 2066. The new terminal is expected by 2027.")
        #expect(found.map { $0.components(separatedBy: " | ").prefix(4).joined(separator: " | ") }
                == ["2066 | 2066…2066 | year | forecast", "by 2027 | -…2027 | range | planned"], "\(found)")
    }
}
