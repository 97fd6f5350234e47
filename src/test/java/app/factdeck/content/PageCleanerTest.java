package app.factdeck.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.testing.Seeds;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageCleanerTest {

    /** Page furniture named in the foundation issue, plus the feed stories each page carries. */
    private static final List<String> BOILERPLATE = List.of(
            "Espreso. Global", "client/title.list_title", "Tags:", "Read also:", "More news", "pre-order now",
            "Subscribe", "* indicates required", "Enter your email to subscribe", "Successfuly subscribed",
            "Skip to content", "Edit post", "This audio is created with AI assistance", "2 min read", "News Feed",
            "MORE NEWS", "Editors' Picks", "Explaining Ukraine with Kate Tsurkan",
            "Germany to donate 6 IRIS-T systems to Ukraine in 2025",
            "Russia bombs Zaporizhzhia, killing at least 13, injuring over 100",
            "Alexander Vindman: Trump repeats past US mistakes with Russia.",
            "Ukraine receives $400 million tranche from IMF.",
            "The man began shooting from the roof of a building at Kolskiy Avenue 10",
            "Thank you for signing up for this newsletter.",
            "The Power Within: The Kyiv Independent’s first-ever magazine.",
            // A related-story card embedded at the end of the Kyiv Independent article, not its text.
            "Washington Post: NATO lacks consensus on Ukraine’s membership ahead of Vilnius summit",
            "according to official sources interviewed by The Washington Post.");

    @Test
    void espresoKeepsEveryArticleParagraphAndSubheading() {
        PageCleaner.CleanedPage page = PageCleaner.clean(Seeds.read(Seeds.ESPRESO));
        String body = page.bodyMarkdown();
        for (String sentence : List.of(
                "Former NATO Secretary General Anders Rasmussen said that a group of NATO countries may decide",
                "The Guardian writes about it.",
                "“Anything less than that would be a disappointment to Ukraine,” he said.",
                "But Rasmussen warned that security guarantees would not be enough",
                "On October 2, 2022, the presidents of the Czech Republic, Estonia, Latvia, Lithuania, North "
                        + "Macedonia, Montenegro, Poland, Slovakia, and Romania called on the allies",
                "Provide security guarantees on Ukraine’s path to NATO.\"")) {
            assertTrue(body.contains(sentence), () -> "missing: " + sentence);
        }
        assertTrue(page.body().contains("## Ukraine's response"));
        assertTrue(page.body().contains("## Ukraine's path to NATO after Russia's full-scale invasion"));
        assertEquals(17, page.body().stream().filter(l -> !l.startsWith("## ")).count(), "paragraphs");
        assertEquals(Optional.of(LocalDate.of(2023, 6, 8)), page.published());
        assertEquals(Optional.of("NATO countries may send troops to Ukraine if Kyiv does not receive tangible "
                + "security guarantees in Vilnius - former alliance chief"), page.title());
        assertNoBoilerplate(body);
    }

    @Test
    void kyivIndependentKeepsTheArticleAndDropsFeedAndRelatedCard() {
        PageCleaner.CleanedPage page = PageCleaner.clean(Seeds.read(Seeds.KYIV_INDEPENDENT));
        String body = page.bodyMarkdown();
        for (String sentence : List.of(
                "Some NATO countries may decide to put troops on the ground in Ukraine",
                "Rasmussen also chairs the Group on International Security Guarantees for Ukraine with Head of the "
                        + "Office of the President Andriy Yermak.",
                "In April, NATO chief Jens Stoltenberg said that security guarantees and Ukraine's membership "
                        + "would be discussed at the summit.",
                "as countries do not have a unified approach.")) {
            assertTrue(body.contains(sentence), () -> "missing: " + sentence);
        }
        assertEquals(5, page.body().size(), "paragraphs");
        assertEquals(Optional.of("Rachel Amran"), page.author());
        assertEquals(Optional.of(LocalDate.of(2023, 6, 8)), page.published());
        assertEquals(Optional.of("Guardian: Some NATO members may consider sending troops to Ukraine, warns former "
                + "alliance chief"), page.title());
        assertNoBoilerplate(body);
    }

    @ParameterizedTest
    @ValueSource(strings = {"espreso-nato-troops-warning:" + Seeds.ESPRESO,
            "kyiv-independent-nato-troops-warning:" + Seeds.KYIV_INDEPENDENT})
    void shippedArticleBodyIsExactlyWhatTheCleanerKeepsFromTheSeed(String pair) throws Exception {
        String[] parts = pair.split(":");
        String shipped = Files.readString(Path.of("content", parts[0], "article.md"));
        String body = shipped.substring(shipped.indexOf("\n---\n") + 5);
        assertEquals(PageCleaner.clean(Seeds.read(parts[1])).bodyMarkdown(), body);
    }

    @Test
    void everyKeptLineIsVerbatimFromThePage() {
        for (String seed : List.of(Seeds.ESPRESO, Seeds.KYIV_INDEPENDENT)) {
            String raw = Seeds.read(seed);
            for (String line : PageCleaner.clean(raw).body()) {
                String text = line.startsWith("## ") ? line.substring(3) : line;
                assertTrue(raw.contains(text), () -> seed + " does not contain: " + text);
            }
        }
    }

    @Test
    void timestampsDatelinesAndPromosAreNotContent() {
        String page = """
                Site name
                12 March, 2024 Tuesday
                14:05
                A real article sentence that is long enough to count as the body of this page.
                Subscribe
                A second sentence of the same article, also clearly content.
                Tags:
                Read also:
                14:20
                Another story's headline
                """;
        PageCleaner.CleanedPage cleaned = PageCleaner.clean(page);
        assertEquals(List.of("A real article sentence that is long enough to count as the body of this page.",
                "A second sentence of the same article, also clearly content."), cleaned.body());
        assertEquals(Optional.of(LocalDate.of(2024, 3, 12)), cleaned.published());
    }

    // ---- the line-level reading: one rule per test, on small generic pages ----

    private static final String P1 = "The city council approved the new budget on Monday after a long debate about "
            + "school funding.";
    private static final String P2 = "Members voted twelve to three in favour, and the mayor said the plan would take "
            + "effect in the spring.";
    private static final String P3 = "Opponents argued that the road repairs had been postponed for too many years "
            + "already.";

    private static String page(String... lines) {
        return String.join("\n\n", lines) + "\n";
    }

    private static PageLine line(PageReading reading, int number) {
        return reading.lines().stream().filter(l -> l.number() == number).findFirst()
                .orElseThrow(() -> new AssertionError("no line " + number + " in " + reading.lines()));
    }

    private static PageLine lineWith(PageReading reading, String raw) {
        return reading.lines().stream().filter(l -> l.raw().contains(raw)).findFirst()
                .orElseThrow(() -> new AssertionError("no line with " + raw + " in " + reading.lines()));
    }

    @Test
    void everyNonBlankLineIsListedUnderItsRawLineNumber() {
        PageReading reading = PageCleaner.read("Subscribe\n\n\n" + P1 + "\n" + P2 + "\n\n" + P3);
        assertEquals(List.of(1, 4, 5, 7), reading.lines().stream().map(PageLine::number).toList());
        PageLine subscribe = line(reading, 1);
        assertFalse(subscribe.kept());
        assertEquals(PageLine.Role.DROPPED, subscribe.role());
        assertEquals("newsletter sign-up", subscribe.reason());
        assertTrue(line(reading, 4).kept());
        assertEquals(PageLine.Role.PARAGRAPH, line(reading, 4).role());
        assertEquals(List.of(P1, P2, P3), reading.body());
    }

    @Test
    void theStoresDatePrefixIsCutFromTheFirstSentenceAndIsThePublishedDate() {
        PageReading reading = PageCleaner.read(page(" date 2022-10-02 " + P1, P2, P3));
        PageLine first = line(reading, 1);
        assertTrue(first.kept());
        assertEquals(P1, first.text());
        assertTrue(first.stripped().get(0).startsWith("“date 2022-10-02”"), first.stripped().toString());
        assertEquals(Optional.of(LocalDate.of(2022, 10, 2)), reading.meta().published());
    }

    @Test
    void windowsLineEndsAndAByteOrderMarkChangeNothing() {
        PageReading reading = PageCleaner.read("\uFEFF date 2022-10-02 " + P1 + "\r\n\r\n" + P2 + "\r\n" + P3 + "\r\n");
        assertEquals(List.of(P1, P2, P3), reading.body());
        assertEquals(List.of(1, 3, 4), reading.lines().stream().map(PageLine::number).toList());
        assertEquals(Optional.of(LocalDate.of(2022, 10, 2)), reading.meta().published());
        assertTrue(PageCleaner.read("").lines().isEmpty());
        assertEquals("", PageCleaner.read("   \n\n").meta().language());
    }

    @Test
    void aFirstOfJanuaryStoreDateIsCutButNotTrustedAsTheDate() {
        PageReading reading = PageCleaner.read(page(" date 2022-01-01 " + P1, P2, P3));
        assertEquals(P1, line(reading, 1).text());
        assertEquals(Optional.empty(), reading.meta().published());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Journalists fight on their own frontline. Support us or become our patron!",
            "Independent reporting costs money. Please donate to keep our newsroom open.",
            "Subscribers make this work possible. Become a member today and support independent journalism.",
            "Your support matters to us."})
    void aDonationAppealWrittenAsSentencesIsDropped(String appeal) {
        PageReading reading = PageCleaner.read(page(P1, appeal, P2, P3));
        PageLine line = lineWith(reading, appeal);
        assertFalse(line.kept(), () -> "kept: " + appeal);
        assertEquals("donation appeal", line.reason());
        assertEquals(List.of(P1, P2, P3), reading.body());
    }

    @Test
    void anAppealSentenceInsideALongParagraphIsCutAndTheParagraphStays() {
        String paragraph = "The report was published on Tuesday. It covers three years of data. Its authors spoke to "
                + "forty officials. They found no record of the payments. Support us and subscribe to our newsletter.";
        PageReading reading = PageCleaner.read(page(P1, paragraph, P2));
        PageLine line = lineWith(reading, "The report was published");
        assertTrue(line.kept());
        assertFalse(line.text().contains("Support us"), line.text());
        assertTrue(line.text().endsWith("no record of the payments."), line.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Support for the plan grew among voters in the northern districts.",
            "Help arrived from neighbouring towns within hours of the flood."})
    void aSentenceThatOnlyStartsWithAnAppealVerbIsArticleText(String sentence) {
        PageReading reading = PageCleaner.read(page(P1, sentence, P2));
        assertTrue(lineWith(reading, sentence).kept(), sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = {"The delegation meets the Prime Minister in the capital. Source: UkrInform",
            "Rescue workers search the rubble of the building. Photo: Jane Roe",
            "Delegates gather at the opening session of the conference. Image Credit: Reuters",
            "Crowds celebrate in the main square after the result was announced (Reuters)",
            "Firefighters at the scene of the blaze on Sunday (Photo by John Doe)",
            "Supporters wave flags outside the court. Photo by Jane Roe/Example Agency",
            "Voters queue at a polling station in the north / AFP",
            "Workers repair the damaged bridge near the river, AFP via Getty Images",
            "The minister at the press conference. Photo credit: Ministry of Defence."})
    void aPhotoCaptionIsDroppedAndNeverTakenForTheTitle(String caption) {
        PageReading reading = PageCleaner.read(page(caption, P1, P2, P3));
        PageLine line = lineWith(reading, caption);
        assertFalse(line.kept());
        assertEquals("photo caption", line.reason());
        assertEquals(Optional.empty(), reading.meta().title(), "a caption is not the headline");

        PageReading withHeadline = PageCleaner.read(page("Council approves budget after long debate", caption, P1, P2));
        assertEquals(Optional.of("Council approves budget after long debate"), withHeadline.meta().title());
    }

    @ParameterizedTest
    @ValueSource(strings = {"KYIV, June 8 (Reuters) - ", "Dubai: ", "LUSAIL, Qatar – ", "WASHINGTON — ",
            "NEW YORK, Oct. 3 (AP) — "})
    void theLedeNextToADatelineIsKeptAndOnlyTheDatelineIsCut(String dateline) {
        PageReading reading = PageCleaner.read(page(dateline + P1, P2, P3));
        PageLine lede = line(reading, 1);
        assertTrue(lede.kept(), () -> "dropped: " + lede);
        assertEquals(P1, lede.text());
        assertEquals("“" + dateline.strip() + "” — dateline", lede.stripped().get(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"US President Joe Biden - who arrived late - spoke to the press for an hour.",
            "Critics: the plan is too expensive, according to a poll published on Sunday.",
            "NATO - the alliance of thirty-one countries - met in the capital on Monday."})
    void aCapitalisedPhraseBeforeADashOrColonIsNotADateline(String sentence) {
        PageReading reading = PageCleaner.read(page(sentence, P1, P2));
        assertEquals(sentence, line(reading, 1).text());
    }

    @Test
    void aDatelineAloneOnItsLineIsDropped() {
        PageReading reading = PageCleaner.read(page("LONDON, March 3 (Reuters) -", P1, P2));
        assertFalse(line(reading, 1).kept());
        assertEquals(List.of(P1, P2), reading.body());
    }

    @Test
    void templateMarkupIsCutWhereverItIs() {
        PageReading reading = PageCleaner.read(page(P1 + " {{^adFree}} {{/adFree}}", P2 + " {% ad %}", P3));
        assertEquals(List.of(P1, P2, P3), reading.body());
        assertEquals(List.of("“{{^adFree}} {{/adFree}}” — template markup"), line(reading, 1).stripped());
    }

    @Test
    void anAllCapsLabelRunIntoAParagraphIsCutAndAnAllCapsLineIsDropped() {
        PageReading reading = PageCleaner.read(page("MARKET ROUNDUP", P1, "A NEW ERA: CITY HALL Officials said the "
                + "works would begin soon.", P2));
        PageLine label = line(reading, 1);
        assertFalse(label.kept());
        assertEquals("all-caps label (section tag or image name)", label.reason());
        assertEquals("Officials said the works would begin soon.", line(reading, 5).text());
        // An acronym opening a sentence is not a label.
        assertEquals("NATO leaders met in the capital on Monday.",
                line(PageCleaner.read(page("NATO leaders met in the capital on Monday.", P1)), 1).text());
    }

    @Test
    void anAgencyCreditOrEditorsInitialsAfterTheLastSentenceAreCut() {
        PageReading reading = PageCleaner.read(page(P1, P2 + " REUTERS", P3 + " (ab)", "(gs)"));
        assertEquals(List.of(P1, P2, P3), reading.body());
        assertEquals("agency credit", line(reading, 3).stripped().get(0).replaceAll("^.*— ", ""));
        assertEquals("editor's initials", line(reading, 7).reason());
    }

    @Test
    void aPageCutOffMidSentenceLosesOnlyTheBrokenSentence() {
        PageReading reading = PageCleaner.read(page(P1, P2, P3 + " The mayor added that the second phase would"));
        assertEquals(List.of(P1, P2, P3), reading.body());
        assertEquals(List.of("“The mayor added that the second phase would” — cut off: the page ends mid-sentence"),
                line(reading, 5).stripped());

        PageReading whole = PageCleaner.read(page(P1, P2, "The mayor added that the second phase of the works would"));
        assertFalse(line(whole, 5).kept());
        assertEquals("cut off: the page ends mid-sentence", line(whole, 5).reason());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Share on Facebook", "Thank you for taking the time to read this article, we hope you "
            + "found it interesting.", "Listen to this article", "We use cookies to improve your experience.",
            "Sign in",
            "#budget #council #schools"})
    void commonPageFurnitureIsDroppedWithWhatItIs(String furniture) {
        PageReading reading = PageCleaner.read(page(P1, P2, furniture, P3));
        PageLine line = lineWith(reading, furniture);
        assertFalse(line.kept(), furniture);
        assertEquals(furniture.startsWith("#") ? "hashtags" : Boilerplate.reason(furniture).orElseThrow(),
                line.reason());
    }

    @Test
    void aLineThatRepeatsAnEarlierOneSaysWhichLine() {
        PageReading reading = PageCleaner.read(page(P1, P2, P1, P3));
        assertFalse(line(reading, 5).kept());
        assertEquals("repeats line 1", line(reading, 5).reason());
    }

    @Test
    void aStandfirstThatTheBodySaysAgainIsDroppedForTheFullerParagraph() {
        String standfirst = "The council approved the new budget after a long debate about school funding.";
        PageReading reading = PageCleaner.read(page(standfirst, P2, P3, P1));
        assertFalse(line(reading, 1).kept());
        assertEquals("nearly repeats line 7", line(reading, 1).reason());
        assertEquals(List.of(P2, P3, P1), reading.body());
        // Two paragraphs on one subject that say different things both stay.
        String other = "The council approved the new school timetable after a short debate about bus routes.";
        assertEquals(List.of(P1, P2, other), PageCleaner.read(page(P1, P2, other)).body());
    }

    @Test
    void clockTimesAndShortDateLinesAreDateLinesButAHeadlineMentioningADateIsNot() {
        PageReading reading = PageCleaner.read(page("5:15 PM", "Published 13 Dec 2023", P1, P2,
                "New law allows military reinstatement after absence until March 1", "9:05"));
        assertEquals("date/time line", line(reading, 1).reason());
        assertEquals("date/time line", line(reading, 3).reason());
        assertEquals("headline of another story", line(reading, 9).reason());
        assertEquals("date/time line", line(reading, 11).reason());
    }

    @Test
    void aLongLineWithoutAFullStopBetweenParagraphsIsAParagraph() {
        String unended = "Shareholders were not asked to vote and will receive one new share for every ten they own";
        PageReading reading = PageCleaner.read(page(P1, unended, P2));
        PageLine line = line(reading, 3);
        assertTrue(line.kept());
        assertEquals(PageLine.Role.PARAGRAPH, line.role());
    }

    @Test
    void aShortLineBetweenParagraphsIsASubheadingAndACardEndsTheArticle() {
        PageReading reading = PageCleaner.read(page(P1, "What happens next", P2,
                "Other outlet: Council rejects the budget of the neighbouring town", P3));
        assertEquals(List.of(P1, "## What happens next", P2), reading.body());
        assertEquals("related-story card", line(reading, 7).reason());
        assertEquals("related-story card", line(reading, 9).reason());
    }

    @Test
    void flippingLinesRebuildsTheBodyFromTheirCleanedText() {
        PageReading reading = PageCleaner.read(page("Subscribe", P1, "Read more about the budget {{ad}}", P2,
                "Tags: budget", P1));
        assertEquals("repeats line 3", line(reading, 11).reason());
        // Flip the kept first paragraph off, and two dropped lines on: one is a sentence, one is not.
        List<String> body = PageCleaner.body(reading.lines(), Set.of(3, 5, 11));
        assertEquals(List.of("## Read more about the budget", P2, P1), body, () -> reading.lines().toString());
        assertEquals(reading.body(), PageCleaner.body(reading.lines(), Set.of()));
    }

    @Test
    void publishedDatesAreReadInTheirCommonWritings() {
        for (String dateLine : List.of("Published 13 Dec 2023", "December 13, 2023", "13.12.2023",
                "Updated: 2023-12-13 10:15")) {
            PageReading reading = PageCleaner.read(page("Council approves budget after long debate", dateLine, P1, P2));
            assertEquals(Optional.of(LocalDate.of(2023, 12, 13)), reading.meta().published(), dateLine);
            assertFalse(lineWith(reading, dateLine).kept(), dateLine);
        }
    }

    @Test
    void bylineUrlAndCopyrightLineGiveAuthorAddressAndPublisher() {
        PageReading reading = PageCleaner.read(page("Council approves budget after long debate",
                "By Jane Roe and John Doe", "https://news.example.org/2023/12/budget", P1, P2, P3,
                "© 2023 Example Daily News. All rights reserved."));
        PageMeta meta = reading.meta();
        assertEquals(Optional.of("Jane Roe"), meta.author());
        assertEquals(Optional.of("https://news.example.org/2023/12/budget"), meta.url());
        assertEquals(Optional.of("Example Daily News"), meta.publisher());
        assertEquals(Optional.of("Council approves budget after long debate"), meta.title());
        assertEquals("en", meta.language());
        assertEquals(List.of(P1, P2, P3), reading.body());
    }

    @Test
    void languageComesFromFunctionWords() {
        assertEquals("en", Language.of(P1 + " " + P2));
        assertEquals("de", Language.of("Der Stadtrat hat am Montag den neuen Haushalt beschlossen, nachdem es eine "
                + "lange Debatte über die Finanzierung der Schulen gab und die Opposition dagegen war."));
        assertEquals("fr", Language.of("Le conseil municipal a approuvé le nouveau budget lundi après un long débat "
                + "sur le financement des écoles et la réponse de la mairie."));
        assertEquals("es", Language.of("El consejo de la ciudad aprobó el nuevo presupuesto el lunes después de un "
                + "largo debate sobre la financiación de las escuelas y los hospitales."));
        assertEquals("uk", Language.of("Міська рада в понеділок ухвалила новий бюджет після довгої дискусії про те, "
                + "що школи та лікарні також отримають кошти, які їм обіцяли."));
        assertEquals("ru", Language.of("Городской совет в понедельник принял новый бюджет после долгой дискуссии о "
                + "том, что школы и больницы также получат средства, которые им обещали."));
        assertEquals("", Language.of("Budget approved."), "too short to tell");
    }

    @Test
    void aOneMegabytePageIsReadInLinearTime() {
        StringBuilder big = new StringBuilder();
        int n = 0;
        while (big.length() < 1_000_000) {
            String line = n % 7 == 0 ? "Tags: budget " + n : n % 5 == 0 ? "12:3" + (n % 10)
                    : P1.replace("Monday", "day " + n);
            big.append(line)
                    .append('\n');
            n++;
        }
        String oneLine = "word ".repeat(200_000) + "DAWN: " + "A ".repeat(10) + "(".repeat(1000);
        // CPU time of this thread, not wall time: the build machine is shared, and only our own work counts here.
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long start = cpu.getCurrentThreadCpuTime();
        PageReading reading = PageCleaner.read(big.toString());
        long cold = cpu.getCurrentThreadCpuTime();
        PageCleaner.read(oneLine);
        long oneLineDone = cpu.getCurrentThreadCpuTime();
        PageCleaner.read(big.toString());
        long warm = cpu.getCurrentThreadCpuTime();
        System.out.printf("1 MB page, %d lines: %d ms CPU (again, JIT warm: %d ms); one 1 MB line: %d ms CPU%n",
                reading.lines().size(), (cold - start) / 1_000_000, (warm - oneLineDone) / 1_000_000,
                (oneLineDone - cold) / 1_000_000);
        assertFalse(reading.body().isEmpty());
    }

    /** An unseen-style wire page with most kinds of furniture at once; the article and its metadata come out. */
    @Test
    void aWirePageWithFurnitureAllAroundKeepsExactlyTheArticle() {
        String raw = """
                Skip to content
                World | Politics | Business
                Council approves budget after a long debate
                By Jane Roe, Example Wire
                Published 13 Dec 2023
                The mayor speaks to reporters outside the town hall. Photo: Example Wire
                LONDON, Dec 13 (Example Wire) - %s
                %s
                Journalists fight on their own frontline. Support us or become our patron!
                %s
                Read more: Council rejects the budget of the neighbouring town
                Share on Facebook
                © 2023 Example Wire. All rights reserved.
                """.formatted(P1, P2, P3);
        PageReading reading = PageCleaner.read(raw);
        assertEquals(List.of(P1, P2, P3), reading.body(), () -> reading.lines().toString());
        PageMeta meta = reading.meta();
        assertEquals(Optional.of("Council approves budget after a long debate"), meta.title());
        assertEquals(Optional.of("Jane Roe"), meta.author());
        assertEquals(Optional.of(LocalDate.of(2023, 12, 13)), meta.published());
        assertEquals(Optional.of("Example Wire"), meta.publisher());
        assertEquals("en", meta.language());
        assertEquals(List.of("headline (used as the title)", "byline", "date/time line", "photo caption",
                "article text", "article text", "donation appeal", "article text"),
                reading.lines().subList(2, 10).stream().map(PageLine::reason).toList());
    }

    private static void assertNoBoilerplate(String body) {
        for (String line : BOILERPLATE) {
            assertFalse(body.contains(line), () -> "boilerplate kept: " + line);
        }
    }
}
