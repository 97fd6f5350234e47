package app.factdeck.study;

import app.factdeck.testing.TestDatabases;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.db.Database;
import app.factdeck.testing.MovableClock;
import app.factdeck.testing.TestApp;
import app.factdeck.testing.WebClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Flashcard study over HTTP, as the forms submit it, on a real SQLite file and a clock the test moves. */
@org.junit.jupiter.api.Tag("database")
class StudyRoutesTest {

    private static final String PASSWORD = "orange piano window";
    private static final String DECK = "kyiv-independent-nato-troops-warning";
    private static final Pattern CARD = Pattern.compile("data-card-id=\"([^\"]+)\"");
    private static final Pattern BUTTON = Pattern.compile(
            "<span class=\"grade__interval\">([^<]+)</span>\\s*<span class=\"grade__name\">([^<]+)</span>");

    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-02T09:00:00Z"));
    private TestApp app;
    private WebClient stu;

    @BeforeEach
    void start() throws Exception {
        app = TestApp.start(Files.createTempDirectory("factdeck-study-"), Map.of(), clock);
        app.addUser("stu", PASSWORD, "student");
        stu = new WebClient(app);
        stu.signIn("stu", PASSWORD);
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private static String cardOn(String html) {
        Matcher m = CARD.matcher(html);
        assertTrue(m.find(), "no card on the page:\n" + html);
        return m.group(1);
    }

    private static List<String> buttons(String html) {
        List<String> out = new ArrayList<>();
        Matcher m = BUTTON.matcher(html);
        while (m.find()) {
            out.add(m.group(2) + " " + m.group(1));
        }
        return out;
    }

    private HttpResponse<String> flip(String deck, String card) {
        return stu.get("/study/" + deck + "?card=" + card + "&answer=shown");
    }

    private HttpResponse<String> rate(String deck, String card, int rating, int reps) {
        return stu.post("/study/" + deck + "/review", Map.of("card", card, "rating", "" + rating, "reps", "" + reps));
    }

    private long count(String sql) {
        try (Database db = TestDatabases.open(app.dataDir().resolve("factdeck.db"))) {
            return db.read(c -> {
                try (PreparedStatement q = c.prepareStatement(sql); ResultSet rs = q.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
        }
    }

    @Test
    void aNewCardShowsItsFrontThenTheBackWithTheFourIntervalsAndIsRatedOnce() {
        HttpResponse<String> decks = stu.get("/study");
        assertEquals(200, decks.statusCode());
        assertTrue(decks.body().contains("data-deck=\"" + DECK + "\""), decks.body());

        HttpResponse<String> front = stu.get("/study/" + DECK);
        String card = cardOn(front.body());
        assertTrue(front.body().contains("id=\"show-answer\""));
        assertFalse(front.body().contains("id=\"back\""), "the answer is not on the front");

        HttpResponse<String> back = flip(DECK, card);
        assertTrue(back.body().contains("id=\"back\""));
        assertTrue(back.body().contains("?hl=s-"), "the back links to the source sentence");
        // A new card with the default steps (1m, 10m): FSRS reference preview of step 0 (Easy: S0 = 8.2956 days).
        assertEquals(List.of("Again 1m", "Hard 6m", "Good 10m", "Easy 8d"), buttons(back.body()));

        assertEquals(302, rate(DECK, card, 3, 0).statusCode());
        HttpResponse<String> replay = rate(DECK, card, 3, 0);
        assertEquals("/study/" + DECK + "?notice=already-rated", replay.headers().firstValue("Location").orElseThrow());
        assertEquals(1, count("SELECT COUNT(*) FROM review_log"), "a re-posted form does not rate twice");
        assertEquals(1, count("SELECT COUNT(*) FROM card_state WHERE state = 'learning' AND learning_step = 1"));

        // In its second step (10m), Good graduates it to 2 days (S = 2.3065), Easy to 4.
        clock.advance(Duration.ofMinutes(10));
        assertEquals(List.of("Again 1m", "Hard 6m", "Good 2d", "Easy 4d"), buttons(flip(DECK, card).body()));
    }

    @Test
    void badRatingsUnknownDecksAndCardsGetClearAnswers() {
        String card = cardOn(stu.get("/study/" + DECK).body());
        flip(DECK, card);
        HttpResponse<String> bad = rate(DECK, card, 9, 0);
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("choose Again, Hard, Good or Easy"), bad.body());
        assertEquals(card, cardOn(bad.body()), "the same card stays on screen");
        assertEquals(0, count("SELECT COUNT(*) FROM review_log"));

        assertEquals(404, stu.get("/study/no-such-deck").statusCode());
        HttpResponse<String> stray = stu.get("/study/" + DECK + "?card=esp-001/short-answer/person");
        assertEquals(404, stray.statusCode(), "a card of another article is not in this deck");
        assertTrue(stray.body().contains("There is no card"), stray.body());

        WebClient anonymous = new WebClient(app);
        assertEquals(302, anonymous.get("/study").statusCode());
    }

    @Test
    void undoPutsTheCardBackAsItWasAndOnlyOnce() {
        String card = cardOn(stu.get("/study/" + DECK).body());
        flip(DECK, card);
        rate(DECK, card, 3, 0);
        HttpResponse<String> next = stu.get("/study/" + DECK);
        assertTrue(next.body().contains("id=\"undo\""));
        Matcher review = Pattern.compile("name=\"review\" value=\"(\\d+)\"").matcher(next.body());
        assertTrue(review.find());
        HttpResponse<String> undone = stu.post("/study/" + DECK + "/undo", Map.of("review", review.group(1)));
        assertTrue(undone.headers().firstValue("Location").orElseThrow().contains("notice=undone"));
        assertEquals(0, count("SELECT COUNT(*) FROM review_log"));
        assertEquals(0, count("SELECT COUNT(*) FROM card_state"), "the card is new again");
        HttpResponse<String> shown = stu.get(undone.headers().firstValue("Location").orElseThrow());
        assertEquals(card, cardOn(shown.body()));
        assertTrue(shown.body().contains("Review undone"));

        HttpResponse<String> twice = stu.post("/study/" + DECK + "/undo", Map.of("review", review.group(1)));
        assertTrue(twice.headers().firstValue("Location").orElseThrow().contains("nothing-to-undo"));
    }

    @Test
    void theNextDayTheGraduatedCardsAreDueAndTheDashboardCountsThem() {
        // Study three new cards to graduation (Good, Good): each comes back in 2 days.
        List<String> studied = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String card = cardOn(stu.get("/study/" + DECK).body());
            flip(DECK, card);
            rate(DECK, card, 3, 0);
            studied.add(card);
        }
        clock.advance(Duration.ofMinutes(10));
        // All three are due at the same instant; which comes first is the deck's order, not the order studied
        // (new siblings are spaced apart, so the two differ).
        List<String> left = new ArrayList<>(studied);
        for (int i = 0; i < studied.size(); i++) {
            String card = cardOn(stu.get("/study/" + DECK).body());
            assertTrue(left.remove(card), "learning cards come before new ones: " + card);
            flip(DECK, card);
            rate(DECK, card, 3, 1);
        }
        HttpResponse<String> progress = stu.get("/progress");
        assertTrue(progress.body().contains("id=\"reviewed-today\">6<"), progress.body());
        assertTrue(progress.body().contains("id=\"due-today\">0<"));
        assertTrue(progress.body().contains("data-count=\"3\""), "three cards in one forecast bar");

        clock.advance(Duration.ofDays(1));
        assertFalse(studied.contains(cardOn(stu.get("/study/" + DECK).body())), "tomorrow: only new cards");
        clock.advance(Duration.ofDays(1));
        assertEquals(studied.get(0), cardOn(stu.get("/study/" + DECK).body()), "two days later the first is due");
        assertTrue(stu.get("/progress").body().contains("id=\"due-today\">3<"));
        assertEquals(studied.get(0), cardOn(stu.get("/study/" + StudyService.EVERYTHING_DUE).body()));
    }

    @Test
    void settingsAreValidatedBesideEachFieldKeepingWhatWasTyped() {
        // Before anything is saved the zone reads as people name it, not as the offset "Z".
        String fresh = stu.get("/study/settings").body();
        assertTrue(fresh.contains("id=\"timeZone\" name=\"timeZone\" type=\"text\" list=\"zones\" value=\"UTC\""),
                fresh.replaceAll("(?s).*(<input id=\"timeZone\"[^>]*>).*", "$1"));
        HttpResponse<String> bad = stu.post("/study/settings", Map.of("newCardsPerDay", "lots",
                "desiredRetention", "0.99", "maximumInterval", "0", "timeZone", "Mars/Olympus", "dayStartsAt", "25"));
        assertEquals(400, bad.statusCode());
        for (String message : List.of("from 0 to 1000", "Desired retention is between 0.70 and 0.97, e.g. 0.90.", "from 1 to 36500",
                "is not a time zone. Use a name such as Europe/Kyiv", "from 0 to 23")) {
            assertTrue(bad.body().contains(message), message);
        }
        assertTrue(bad.body().contains("value=\"lots\"") && bad.body().contains("value=\"Mars/Olympus\""),
                "typed input kept");

        HttpResponse<String> ok = stu.post("/study/settings", Map.of("newCardsPerDay", "2",
                "desiredRetention", "85 %", "maximumInterval", "365", "timeZone", "Europe/Kyiv", "dayStartsAt", "3"));
        assertEquals(302, ok.statusCode());
        HttpResponse<String> decks = stu.get("/study");
        assertTrue(decks.body().contains("Europe/Kyiv") && decks.body().contains("85 %"), decks.body());
        // Two new cards a day, across decks.
        for (int i = 0; i < 2; i++) {
            String card = cardOn(stu.get("/study/" + DECK).body());
            flip(DECK, card);
            rate(DECK, card, 4, 0);
        }
        assertTrue(stu.get("/study/espreso-nato-troops-warning").body().contains("id=\"done\""),
                "the daily limit holds across decks");
    }

    @Test
    void retentionTypedAsABarePerCentIsRefusedWithAHintAndNothingIsSaved() {
        stu.get("/study/settings"); // the form's CSRF token
        assertEquals(302, stu.post("/study/settings", Map.of("newCardsPerDay", "2", "desiredRetention", "0.85",
                "maximumInterval", "365", "timeZone", "Europe/Kyiv", "dayStartsAt", "3")).statusCode());
        for (String typed : List.of("90", "0.9f", "NaN", "1e-1", "+0.9", "9".repeat(400))) {
            HttpResponse<String> bad = stu.post("/study/settings", Map.of("newCardsPerDay", "7",
                    "desiredRetention", typed, "maximumInterval", "365", "timeZone", "Europe/Kyiv", "dayStartsAt", "3"));
            assertEquals(400, bad.statusCode(), typed);
            assertTrue(bad.body().contains("id=\"desiredRetention-error\"")
                    && bad.body().contains("Desired retention is between 0.70 and 0.97, e.g. 0.90."), typed);
            assertTrue(bad.body().contains("value=\"" + typed + "\"") && bad.body().contains("value=\"7\""),
                    "typed input kept: " + typed);
            assertEquals(typed.equals("90"), bad.body().contains("Write 0.90 for 90 %."), typed);
        }
        String saved = stu.get("/study/settings").body();
        assertTrue(saved.contains("value=\"0.85\"") && saved.contains("value=\"2\""), "nothing saved:\n" + saved);
    }

    @Test
    void wholeNumberSettingsRefuseSignsHugeNumbersAndOtherDigits() {
        stu.get("/study/settings");
        for (String typed : List.of("+5", "99999999999", "\u0665", "5.0", "-1")) {
            HttpResponse<String> bad = stu.post("/study/settings", Map.of("newCardsPerDay", typed,
                    "desiredRetention", "0.9", "maximumInterval", typed, "timeZone", "UTC", "dayStartsAt", typed));
            assertEquals(400, bad.statusCode(), typed);
            for (String message : List.of("from 0 to 1000", "from 1 to 36500", "from 0 to 23")) {
                assertTrue(bad.body().contains(message), typed + ": " + message);
            }
        }
    }
}
