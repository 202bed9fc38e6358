import Testing
@testable import NewsText

@Suite struct SentenceSplitterTests {
    func split(_ s: String) -> [String] {
        let bytes = Array(s.utf8)
        return SentenceSplitter.split(bytes, 0..<bytes.count).map { String(decoding: bytes[$0], as: UTF8.self) }
    }

    @Test func splitsAtPeriodsQuestionAndExclamationMarks() {
        #expect(split("One. Two? Three! Four") == ["One.", "Two?", "Three!", "Four"])
    }

    @Test func honorificsAndRanksDoNotEndSentences() {
        #expect(split("Maj. Gen. John Smith met Dr. Weber and Mr. Lee. They talked.")
                == ["Maj. Gen. John Smith met Dr. Weber and Mr. Lee.", "They talked."])
    }

    @Test func initialsDoNotEndSentences() {
        #expect(split("Scott M. Oudkirk spoke. Then he left.") == ["Scott M. Oudkirk spoke.", "Then he left."])
    }

    @Test func aCapitalLetterAfterALowerCaseWordIsNoInitial() {
        #expect(split("\"No talks,\" Petro wrote on X. Colombia's minister agreed. John F. Kennedy spoke.")
                == ["\"No talks,\" Petro wrote on X.", "Colombia's minister agreed.", "John F. Kennedy spoke."])
    }

    @Test func aCapitalLetterAfterALowerCaseOfficeOpensAName() {
        #expect(split("ISRO chairman V. Narayanan told reporters. The vaccine protects against hepatitis B. Health officials agreed.")
                == ["ISRO chairman V. Narayanan told reporters.", "The vaccine protects against hepatitis B.", "Health officials agreed."])
    }

    @Test func dottedAbbreviationDoesNotEndASentenceBeforeANoun() {
        #expect(split("The U.S. troops stayed. The U.S. Army agreed.") == ["The U.S. troops stayed.", "The U.S. Army agreed."])
    }

    @Test func dottedAbbreviationEndsASentenceBeforeASentenceOpener() {
        #expect(split("Kosovo highlighted its partnership with the U.S. This partnership is essential.")
                == ["Kosovo highlighted its partnership with the U.S.", "This partnership is essential."])
    }

    @Test func monthAbbreviationBeforeANumber() {
        #expect(split("It starts in Sept. 2023 and ends Oct. 3, 2024. Then what?") == ["It starts in Sept. 2023 and ends Oct. 3, 2024.", "Then what?"])
    }

    @Test func decimalsAndNumbersStayInside() {
        #expect(split("Growth was 3.5 percent. No. 5 was next.") == ["Growth was 3.5 percent.", "No. 5 was next."])
    }

    @Test func ellipsisBeforeLowerCaseContinues() {
        #expect(split("He paused... then went on. Next … Done") == ["He paused... then went on.", "Next …", "Done"])
    }

    @Test func quoteClosingAfterThePeriodStaysWithTheSentence() {
        #expect(split("He said: “We stay.” Officials agreed. \"Fine.\" She left.")
                == ["He said: “We stay.”", "Officials agreed.", "\"Fine.\"", "She left."])
    }

    @Test func questionInsideQuoteFollowedByLowerCaseAttribution() {
        #expect(split("“Why now?” he asked. Nobody knew.") == ["“Why now?” he asked.", "Nobody knew."])
    }

    @Test func lowerCaseSentenceAfterAPeriodIsStillASentence() {
        #expect(split("political backing. this enduring partnership matters.")
                == ["political backing.", "this enduring partnership matters."])
    }

    @Test func exampleAbbreviationsNeverEnd() {
        #expect(split("Some states, e.g. Spain, object.") == ["Some states, e.g. Spain, object."])
    }

    @Test func noIsANumberOnlyBeforeADigit() {
        #expect(split("He lives at No. 10 Downing Street. She said no. The count went on.")
                == ["He lives at No. 10 Downing Street.", "She said no.", "The count went on."])
    }

    @Test func senAfterACapitalizedWordIsASurname() {
        #expect(split("The call was with Cambodia's former leader Hun Sen. Mr Anutin said nothing. Sen. Chuck Schumer agreed.")
                == ["The call was with Cambodia's former leader Hun Sen.", "Mr Anutin said nothing.", "Sen. Chuck Schumer agreed."])
    }

    @Test func anAbbreviationInBoldIsStillOne() {
        #expect(split("It fell on **Oct. 26, 2025**, they said. The siege ended.")
                == ["It fell on **Oct. 26, 2025**, they said.", "The siege ended."])
    }

    @Test func aDecimalNumberIsNoDottedAbbreviation() {
        #expect(split("He said turnout was 70.4%. Oligui's main rival won 3.02%. The U.S. Senate agreed.")
                == ["He said turnout was 70.4%.", "Oligui's main rival won 3.02%.", "The U.S. Senate agreed."])
    }

    @Test func senAfterAPartyOrACommaIsTheRank() {
        #expect(split("A Republican, Sen. Maria Cantwell, objected. Republican Sen. Lisa Murkowski and State Sen. Jane Doe agreed.")
                == ["A Republican, Sen. Maria Cantwell, objected.", "Republican Sen. Lisa Murkowski and State Sen. Jane Doe agreed."])
    }
}
