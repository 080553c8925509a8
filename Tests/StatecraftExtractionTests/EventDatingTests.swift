import StatecraftCore
import StatecraftExtraction
import XCTest

/// The dating stage (`EventDating`, `DateExpressionFinder`) on constructed sentences in each form,
/// resolved against the article's date across week, month and year boundaries.
final class EventDatingTests: XCTestCase {
    let dating = EventDating()

    /// The date text and precision the stage gives the event with `trigger`, or "article" when the text gives none.
    func date(_ sentence: String, _ trigger: String, article: String) -> String {
        guard let d = dating.date(evidence: sentence, trigger: trigger, articleDate: Day(article)) else { return "article" }
        return "\(d.text) \(d.precision.rawValue)"
    }

    func background(_ sentence: String, _ trigger: String, article: String) -> Bool {
        dating.date(evidence: sentence, trigger: trigger, articleDate: Day(article))?.isBackground(articleDate: Day(article)) ?? false
    }

    // Thursday 2024-06-20.
    let thursday = "2024-06-20"

    func testWeekdays() {
        XCTAssertEqual(Day("2024-06-20")!.weekday, 3)
        XCTAssertEqual(date("On Tuesday, Russia signed a pact with North Korea.", "signed", article: thursday), "2024-06-18 day")
        XCTAssertEqual(date("Vietnam hosted Putin on Wednesday.", "hosted", article: thursday), "2024-06-19 day")
        XCTAssertEqual(date("Japan protested to China on Thursday.", "protested", article: thursday), "2024-06-20 day")
        XCTAssertEqual(date("France condemned Iran on Friday.", "condemned", article: thursday), "2024-06-14 day")
        XCTAssertEqual(date("Kenya criticised Somalia last Thursday.", "criticised", article: thursday), "2024-06-13 day")
        XCTAssertEqual(date("Putin will visit Hanoi on Friday.", "visit", article: thursday), "2024-06-21 day")
        XCTAssertEqual(date("Biden meets Xi next Monday.", "meets", article: thursday), "2024-06-24 day")
    }

    func testRelativeDays() {
        XCTAssertEqual(date("Russia attacked Ukraine yesterday.", "attacked", article: thursday), "2024-06-19 day")
        XCTAssertEqual(date("Russia attacked Ukraine today.", "attacked", article: thursday), "2024-06-20 day")
        XCTAssertEqual(date("Russia attacked Ukraine last week.", "attacked", article: thursday), "2024-06-13 day")
        XCTAssertEqual(date("Egypt hosted talks last night.", "hosted", article: thursday), "2024-06-19 day")
    }

    func testMonthsAndYears() {
        XCTAssertEqual(date("Earlier this month, China warned the Philippines.", "warned", article: thursday), "2024-06 month")
        XCTAssertEqual(date("China warned the Philippines last month.", "warned", article: thursday), "2024-05 month")
        XCTAssertEqual(date("China warned the Philippines in September.", "warned", article: thursday), "2023-09 month")
        XCTAssertEqual(date("China will hold talks with India in September.", "talks", article: thursday), "2024-09 month")
        XCTAssertEqual(date("China warned the Philippines in September 2021.", "warned", article: thursday), "2021-09 month")
        XCTAssertEqual(date("Russia invaded Ukraine in 2022.", "invaded", article: thursday), "2022 year")
        XCTAssertEqual(date("Russia invaded Ukraine in early 2022.", "invaded", article: thursday), "2022 year")
        XCTAssertEqual(date("Iran attacked Israel earlier this year.", "attacked", article: thursday), "2024 year")
        XCTAssertEqual(date("Iran attacked Israel last year.", "attacked", article: thursday), "2023 year")
    }

    func testFullDates() {
        XCTAssertEqual(date("Russia invaded Ukraine on 24 February 2022.", "invaded", article: thursday), "2022-02-24 day")
        XCTAssertEqual(date("Russia invaded Ukraine on February 24, 2022.", "invaded", article: thursday), "2022-02-24 day")
        XCTAssertEqual(date("Russia invaded Ukraine on Feb. 24, 2022.", "invaded", article: thursday), "2022-02-24 day")
        XCTAssertEqual(date("On February 24, Russia struck Kyiv.", "struck", article: thursday), "2024-02-24 day")
        XCTAssertEqual(date("Russia struck Kyiv on 3rd June.", "struck", article: thursday), "2024-06-03 day")
        // A day later in the year than the article's is last year's, unless the sentence looks ahead.
        XCTAssertEqual(date("Russia struck Kyiv on 3 July.", "struck", article: thursday), "2023-07-03 day")
        XCTAssertEqual(date("Putin will visit Pyongyang on 3 July.", "visit", article: thursday), "2024-07-03 day")
    }

    func testMonthBoundary() {
        // Friday 1 March 2024 (a leap year).
        let friday = "2024-03-01"
        XCTAssertEqual(date("Russia attacked Ukraine yesterday.", "attacked", article: friday), "2024-02-29 day")
        XCTAssertEqual(date("Russia attacked Ukraine on Thursday.", "attacked", article: friday), "2024-02-29 day")
        XCTAssertEqual(date("Russia attacked Ukraine on Monday.", "attacked", article: friday), "2024-02-26 day")
        XCTAssertEqual(date("Russia attacked Ukraine last week.", "attacked", article: friday), "2024-02-23 day")
        XCTAssertEqual(date("China warned Japan last month.", "warned", article: friday), "2024-02 month")
        XCTAssertEqual(date("China warned Japan on February 28.", "warned", article: friday), "2024-02-28 day")
    }

    func testYearBoundary() {
        // Thursday 2 January 2025.
        let jan2 = "2025-01-02"
        XCTAssertEqual(date("Russia attacked Ukraine on Tuesday.", "attacked", article: jan2), "2024-12-31 day")
        XCTAssertEqual(date("Russia attacked Ukraine yesterday.", "attacked", article: jan2), "2025-01-01 day")
        XCTAssertEqual(date("Russia attacked Ukraine on Sunday.", "attacked", article: jan2), "2024-12-29 day")
        XCTAssertEqual(date("China warned Japan in December.", "warned", article: jan2), "2024-12 month")
        XCTAssertEqual(date("China warned Japan on December 30.", "warned", article: jan2), "2024-12-30 day")
        XCTAssertEqual(date("China warned Japan last month.", "warned", article: jan2), "2024-12 month")
        XCTAssertEqual(date("China sanctioned Japan last year.", "sanctioned", article: jan2), "2024 year")
        XCTAssertFalse(background("China warned Japan in December.", "warned", article: jan2))
        // Monday 30 December 2024, looking ahead into the new year.
        let dec30 = "2024-12-30"
        XCTAssertEqual(date("Putin will visit Hanoi on Friday.", "visit", article: dec30), "2025-01-03 day")
        XCTAssertEqual(date("Putin will visit Hanoi in January.", "visit", article: dec30), "2025-01 month")
        XCTAssertEqual(date("Putin will visit Hanoi next month.", "visit", article: dec30), "2025-01 month")
        XCTAssertEqual(date("Putin visited Hanoi in January.", "visited", article: dec30), "2024-01 month")
    }

    func testBackground() {
        XCTAssertTrue(background("In 2016 a tribunal ruled against China.", "ruled", article: thursday))
        XCTAssertEqual(date("In 2016 a tribunal ruled against China.", "ruled", article: thursday), "2016 year")
        XCTAssertTrue(background("Russia invaded Ukraine on 24 February 2022.", "invaded", article: thursday))
        XCTAssertFalse(background("Russia attacked Ukraine last week.", "attacked", article: thursday))
        XCTAssertFalse(background("China warned the Philippines last month.", "warned", article: thursday))
        XCTAssertFalse(background("China warned the Philippines earlier this month.", "warned", article: thursday))
    }

    func testWhichExpressionDatesWhichEvent() {
        let since = "Russia and North Korea have grown closer since Russia's invasion of Ukraine in 2022."
        // The since phrase dates what it recalls, not what has happened since.
        XCTAssertEqual(date(since, "invasion", article: thursday), "2022 year")
        XCTAssertEqual(date(since, "grown closer", article: thursday), "article")
        // A limit dates no event.
        XCTAssertEqual(date("Russia agreed to withdraw from Syria by 2025.", "agreed", article: thursday), "article")
        XCTAssertEqual(date("Sanctions on Iran stay until March 2026.", "Sanctions", article: thursday), "article")
        // An expression in another clause dates that clause.
        XCTAssertEqual(date("Putin signed a pact with Kim, whom he first met in 2000.", "signed", article: thursday), "article")
        // The nearest expression wins.
        XCTAssertEqual(date("On Wednesday Japan said China had attacked a ship on Monday.", "attacked", article: thursday),
                       "2024-06-17 day")
        // No article date: only absolute dates resolve.
        XCTAssertNil(dating.date(evidence: "Russia attacked Ukraine yesterday.", trigger: "attacked", articleDate: nil))
        XCTAssertEqual(dating.date(evidence: "Russia invaded Ukraine in 2022.", trigger: "invaded", articleDate: nil)?.text, "2022")
        // Quoted words date nothing.
        XCTAssertEqual(date("Kyiv said the trip was a tour of \"yesterday's satellites of the USSR\".", "said", article: thursday),
                       "article")
        XCTAssertEqual(date("Kyiv called it “yesterday's empire” on Monday.", "called", article: thursday), "2024-06-17 day")
        // "may" the modal is no month.
        XCTAssertEqual(date("China may sanction Japan.", "sanction", article: thursday), "article")
    }

    func testDayArithmetic() {
        for text in ["1970-01-01", "2000-02-29", "2024-12-31", "1899-07-04", "2100-03-01"] {
            let d = Day(text)!
            XCTAssertEqual(Day(ordinal: d.ordinal), d)
        }
        XCTAssertEqual(Day("2024-12-31")!.adding(days: 1).description, "2025-01-01")
        XCTAssertEqual(Day.parse(partial: "2024-09")?.precision, .month)
        XCTAssertEqual(Day.parse(partial: "2024")?.day.description, "2024-01-01")
        XCTAssertNil(Day.parse(partial: "2024-13"))
        XCTAssertNil(Day.parse(partial: "24"))
    }

    /// Through the extractor: the event takes the date its sentence gives; history is background.
    func testExtractorDatesEvents() {
        let events = Fixture.events("On Tuesday, Russia signed a defence pact with North Korea.", date: thursday)
        let pact = events.first { $0.kind == .pact }
        XCTAssertEqual(pact?.dateText, "2024-06-18", Fixture.describe(events))
        XCTAssertEqual(pact?.datePrecision, .day)
        XCTAssertEqual(pact?.background, false)
        let history = Fixture.events("North Korea has backed Moscow since Russia's invasion of Ukraine in 2022.", date: thursday)
        if let attack = history.first(where: { $0.kind == .attack && $0.source.id == "RUS" }) {
            XCTAssertEqual(attack.dateText, "2022")
            XCTAssertTrue(attack.background)
        }
        let plain = Fixture.events("Russia signed a defence pact with North Korea.", date: thursday)
        XCTAssertEqual(plain.first?.dateText, "2024-06-20")
    }
}
