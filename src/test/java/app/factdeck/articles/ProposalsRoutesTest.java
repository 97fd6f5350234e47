package app.factdeck.articles;

import app.factdeck.testing.TestDatabases;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.content.Article;
import app.factdeck.proposals.Proposal;
import app.factdeck.testing.CommandRun;
import app.factdeck.testing.TestApp;
import app.factdeck.testing.WebClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Step 2's proposed facts over HTTP on the real app and a real SQLite file, with proposals this test writes (five
 * facts of the Chandrayaan-3 page, one of them with an answer the sentence does not hold), so that the pages are
 * tested whatever the proposer finds: listed by kind with the answer marked, pre-ticked by confidence, accepted
 * through the fact checks (the refused one kept with its message), rejected, edited in the fact form, and still
 * decided after a restart.
 */
@org.junit.jupiter.api.Tag("database")
class ProposalsRoutesTest {

    private static final String PASSWORD = "orange piano window";
    private static final String VIKRAM = "The Vikram lander at Chandrayaan-3 spacecraft landed at 06:04 pm";
    private static final String NO_COUNTRY = "No country has reached the South Pole of the Moon before";
    /** How often the proposer ran: a page view must not run it again while nothing changed. */
    private static final AtomicInteger RUNS = new AtomicInteger();

    private TestApp app;

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    private static MarkedFact fact(MarkedFact.Kind kind, String sentence, String answer, String type, String roleWords,
                                   String question) {
        return new MarkedFact(null, kind, sentence, List.of(answer), type, "", "", roleWords, question, null, null, null,
                null, null);
    }

    /** The proposals, made from the article's own sentences as the real proposer's are. */
    static List<Proposal> proposals(Article a) {
        RUNS.incrementAndGet();
        String vikram = sentence(a, VIKRAM);
        String said = sentence(a, NO_COUNTRY);
        List<Proposal> out = new ArrayList<>();
        out.add(new Proposal("role|modi", fact(MarkedFact.Kind.ROLE, vikram, "Narendra Modi", "person", "Prime Minister",
                null), 0.9, "a title before a name"));
        out.add(new Proposal("where|south-africa", fact(MarkedFact.Kind.WHERE, vikram, "South Africa", "country", null,
                "Where did Narendra Modi join the landing from?"), 0.7, "a country after 'from'"));
        out.add(new Proposal("what|brics", fact(MarkedFact.Kind.WHAT, vikram, "BRICS Summit", "event", null,
                "Which summit was Narendra Modi attending?"), 0.5, "a capitalised event"));
        // Refused by the checks: the answer is not in its sentence.
        out.add(new Proposal("where|pretoria", fact(MarkedFact.Kind.WHERE, vikram, "Pretoria", "city", null,
                "Where was Narendra Modi?"), 0.65, "a city"));
        out.add(new Proposal("said|modi", fact(MarkedFact.Kind.SAID, said, "PM Modi", "person", null,
                "Who said that no country had reached the South Pole of the Moon before?"), 0.85, "who said the quotation"));
        return out;
    }

    private static String sentence(Article a, String start) {
        return a.sentences().stream().map(Article.Sentence::text).filter(s -> s.contains(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no sentence " + start));
    }

    private TestApp start(Path data) {
        return TestApp.start(data, Map.of(), Clock.systemUTC(), library -> ProposalsRoutesTest::proposals);
    }

    private WebClient signedIn(String username, String role) {
        app.addUser(username, PASSWORD, role);
        WebClient c = new WebClient(app);
        c.signIn(username, PASSWORD);
        return c;
    }

    /** The Chandrayaan-3 page taken in and cleaned with every line kept; its id. */
    private static long article(WebClient teacher) throws Exception {
        teacher.get("/teacher/articles/new");
        String location = teacher.postMultipart("/teacher/articles/new", Map.of("text", Files.readString(Path.of("src",
                "test", "resources", "articles", "04-chandrayaan-3-moon-landing.txt")), "url", ""), "file", "",
                new byte[0]).headers().firstValue("Location").orElseThrow();
        long id = Long.parseLong(location.replaceAll("^/teacher/articles/(\\d+)/clean$", "$1"));
        teacher.get("/teacher/articles/" + id + "/clean");
        Map<String, String> form = new LinkedHashMap<>(Map.of("title", "Chandrayaan-3 lands", "publisher", "Mint",
                "published", "2023-08-23", "language", "en"));
        int n = 0;
        for (int line : List.of(1, 3, 5, 7, 9)) {
            form.put("keep" + WebClient.REPEAT + n++, String.valueOf(line));
        }
        assertEquals(302, teacher.post("/teacher/articles/" + id + "/clean", form).statusCode());
        return id;
    }

    /** The proposal rows of the page, by key: the row's HTML. */
    private static Map<String, String> rows(String page) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = Pattern.compile("(?s)<li class=\"proposal[^\"]*\" id=\"proposal-\\d+\"\\s+data-key=\"([^\"]+)\">(.*?)</li>")
                .matcher(page);
        while (m.find()) {
            out.put(m.group(1), m.group(2));
        }
        return out;
    }

    private static String section(String page) {
        int start = page.indexOf("id=\"proposals\"");
        int end = page.indexOf("id=\"facts-heading\"");
        assertTrue(start > 0 && end > start, page);
        return page.substring(start, end);
    }

    @Test
    void theTeacherAcceptsRejectsAndEditsProposalsAndHerDecisionsOutliveARestart() throws Exception {
        Path data = Files.createTempDirectory("factdeck-proposals-");
        app = start(data);
        WebClient tess = signedIn("tess", "teacher");
        long id = article(tess);
        String base = "/teacher/articles/" + id;

        // Marked by hand first: the proposal that is the same fact is not offered.
        String facts = tess.get(base + "/facts").body();
        String s = first("id=\"(s-\\d+)\" class=\"sentence-row\">\\s*<p class=\"sentence-row__text\"><span "
                + "class=\"sentence-number\">\\d+\\.</span>\\s*<span>" + Pattern.quote(VIKRAM), facts);
        assertEquals(302, tess.post(base + "/facts/new", Map.of("sentence", s, "kind", "where", "answerWords",
                "South Africa", "answerType", "country", "question", "From which country did Modi watch?")).statusCode());

        RUNS.set(0);
        String page = tess.get(base + "/facts").body();
        tess.get(base + "/facts");
        assertEquals(1, RUNS.get(), "a second view reads the proposals from the cache");
        String section = section(page);
        Map<String, String> rows = rows(section);
        assertEquals(List.of("role|modi", "said|modi", "where|pretoria", "what|brics"), List.copyOf(rows.keySet()),
                "grouped in the form's order of kinds; the one marked by hand left out");
        assertTrue(section.contains("Proposed facts (4)"), section);
        assertTrue(section.indexOf("Who holds a role (1)") < section.indexOf("Who said it (1)")
                && section.indexOf("Who said it (1)") < section.indexOf("Where (1)"), section);
        assertTrue(rows.get("role|modi").contains("Prime Minister <mark>Narendra Modi</mark> who joined"),
                rows.get("role|modi"));
        assertTrue(rows.get("role|modi").contains(">likely</span>") && rows.get("role|modi").contains("(0.90)"));
        assertTrue(rows.get("what|brics").contains(">check this</span>") && rows.get("what|brics").contains("(0.50)"));
        assertTrue(rows.get("role|modi").contains("a title before a name"), "its reason");
        for (String key : List.of("role|modi", "said|modi", "where|pretoria")) {
            assertTrue(rows.get(key).contains("checked=\"checked\""), "pre-ticked: " + key);
        }
        assertFalse(rows.get("what|brics").contains("checked=\"checked\""), "below " + Proposal.PRE_TICKED);

        // Reject one: it leaves the list, and is counted.
        HttpResponse<String> rejected = tess.post(base + "/proposals/reject", Map.of("one", "said|modi"));
        assertEquals(302, rejected.statusCode(), rejected.body());
        page = tess.get(base + "/facts").body();
        assertFalse(rows(section(page)).containsKey("said|modi"));
        assertTrue(page.contains("Show the 1 rejected proposal"), section(page));
        assertTrue(rows(section(tess.get(base + "/facts?rejected=shown").body())).containsKey("said|modi"));

        // Accept the ticked ones: the refused one stays with its message beside it, the other is saved.
        tess.get(base + "/facts");
        HttpResponse<String> accepted = tess.post(base + "/proposals/accept", Map.of("key" + WebClient.REPEAT + 0,
                "role|modi", "key" + WebClient.REPEAT + 1, "where|pretoria"));
        assertEquals(400, accepted.statusCode(), accepted.body());
        rows = rows(section(accepted.body()));
        assertEquals(List.of("where|pretoria", "what|brics"), List.copyOf(rows.keySet()));
        assertTrue(rows.get("where|pretoria").contains("proposal__problem")
                && rows.get("where|pretoria").contains("not in the sentence"), rows.get("where|pretoria"));
        assertTrue(rows.get("where|pretoria").contains("checked=\"checked\""), "the teacher's tick kept");
        assertTrue(accepted.body().contains("1 proposed fact was saved. 1 needs a change"), accepted.body());
        assertTrue(accepted.body().contains("<strong>Narendra Modi</strong>"), "saved as a fact");

        // Edit one: the fact form filled with its fields; saving it saves the changed fact and settles it.
        String form = tess.get(base + "/proposals/edit?key=what%7Cbrics").body();
        assertTrue(form.contains(">BRICS Summit</textarea>"), form);
        assertTrue(form.contains("value=\"Which summit was Narendra Modi attending?\""), form);
        assertTrue(form.contains("name=\"proposal\" value=\"what|brics\""), form);
        assertTrue(form.contains("Factdeck proposed this fact (check this, 0.50: a capitalised event)"), form);
        // A refusal keeps the form on the proposal: the message beside the field, the proposal still named.
        HttpResponse<String> wrong = tess.post(base + "/proposals/edit", Map.of("proposal", "what|brics",
                "sentence", s, "kind", "what", "answerWords", "G20 Summit", "answerType", "event",
                "question", "Which summit?"));
        assertEquals(400, wrong.statusCode());
        assertTrue(wrong.body().contains("not in the sentence") && wrong.body().contains("value=\"what|brics\""),
                wrong.body());
        assertTrue(rows(section(tess.get(base + "/facts").body())).containsKey("what|brics"), "still open");
        tess.get(base + "/proposals/edit?key=what%7Cbrics");
        HttpResponse<String> edited = tess.post(base + "/proposals/edit", Map.of("proposal", "what|brics",
                "sentence", s, "kind", "what", "answerWords", "BRICS Summit", "answerType", "event",
                "question", "Which summit was Narendra Modi attending in South Africa?"));
        assertEquals(302, edited.statusCode(), edited.body());
        page = tess.get(base + "/facts").body();
        assertEquals(List.of("where|pretoria"), List.copyOf(rows(section(page)).keySet()));
        String brics = first("id=\"fact-([^\"]+)\">\\s*<td data-label=\"Kind\">Who or what", page);
        assertTrue(tess.get(base + "/facts/" + brics + "/edit").body()
                .contains("value=\"Which summit was Narendra Modi attending in South Africa?\""), "the question as edited");

        // A restart on the same file: every decision holds.
        app.close();
        app = start(data);
        WebClient again = new WebClient(app);
        again.signIn("tess", PASSWORD);
        page = again.get(base + "/facts").body();
        assertEquals(List.of("where|pretoria"), List.copyOf(rows(section(page)).keySet()));
        assertTrue(page.contains("Show the 1 rejected proposal"));
        assertEquals(3, Pattern.compile("<tr id=\"fact-").matcher(page).results().count(), "three facts: " + page);

        // A backup holds the decisions with the facts they became (on PostgreSQL, pg_dump's copy: the database itself).
        Path copy = data.resolve("backup.db");
        CommandRun run = CommandRun.on(data).run("backup", copy.toString());
        boolean sqlite = !TestDatabases.postgresql();
        assertEquals(sqlite ? 0 : 2, run.status(), run.err());
        Map<String, String> decisions = new LinkedHashMap<>();
        try (var c = sqlite ? java.sql.DriverManager.getConnection("jdbc:sqlite:" + copy)
                : TestDatabases.connection(data);
             var q = c.createStatement().executeQuery("SELECT proposal_key, decision, fact_id FROM "
                     + "teacher_proposal_decision ORDER BY proposal_key")) {
            while (q.next()) {
                decisions.put(q.getString(1), q.getString(2) + " " + q.getString(3));
            }
        }
        assertEquals(Map.of("role|modi", "accepted t" + id + "-2", "said|modi", "rejected null",
                "what|brics", "edited " + brics), decisions);
    }

    @Test
    void badFormsAreRefusedAndOnlyTheArticlesTeacherOrAnAdminDecides() throws Exception {
        app = start(Files.createTempDirectory("factdeck-proposals-"));
        WebClient tess = signedIn("tess", "teacher");
        long id = article(tess);
        String base = "/teacher/articles/" + id;
        tess.get(base + "/facts");
        assertEquals(400, tess.post(base + "/proposals/accept", Map.of()).statusCode(), "nothing ticked");
        Map<String, String> many = new LinkedHashMap<>();
        for (int i = 0; i <= ArticleProposals.MAX_KEYS; i++) {
            many.put("key" + WebClient.REPEAT + i, "k" + i);
        }
        HttpResponse<String> tooMany = tess.post(base + "/proposals/accept", many);
        assertEquals(400, tooMany.statusCode());
        assertTrue(tooMany.body().contains("At most 200 proposals"), tooMany.body());
        String longKey = "k".repeat(ArticleProposals.MAX_KEY + 1);
        assertEquals(400, tess.post(base + "/proposals/accept", Map.of("one", longKey)).statusCode());
        assertEquals(400, tess.post(base + "/proposals/reject", Map.of("one", longKey)).statusCode());
        assertEquals(404, tess.post(base + "/proposals/reject", Map.of("one", "no|such")).statusCode());
        assertEquals(404, tess.get(base + "/proposals/edit?key=no%7Csuch").statusCode());
        assertEquals(400, tess.get(base + "/proposals/edit").statusCode());
        // A key that is no longer offered is reported beside nothing, never a 500.
        HttpResponse<String> gone = tess.post(base + "/proposals/accept", Map.of("one", "no|such"));
        assertEquals(400, gone.statusCode());
        assertTrue(gone.body().contains("1 proposal is no longer offered"), gone.body());

        // Another teacher reads the facts without the proposals and is refused their forms.
        WebClient theo = signedIn("theo", "teacher");
        String page = theo.get(base + "/facts").body();
        assertFalse(page.contains("id=\"proposals\""), page);
        assertEquals(403, theo.post(base + "/proposals/accept", Map.of("one", "role|modi")).statusCode());
        assertEquals(403, theo.post(base + "/proposals/reject", Map.of("one", "role|modi")).statusCode());
        assertEquals(403, theo.get(base + "/proposals/edit?key=role%7Cmodi").statusCode());
        // An admin may.
        WebClient ada = signedIn("ada", "admin");
        ada.get(base + "/facts");
        assertEquals(302, ada.post(base + "/proposals/accept", Map.of("one", "role|modi")).statusCode());
        assertFalse(rows(section(tess.get(base + "/facts").body())).containsKey("role|modi"));
    }

    private static String first(String regex, String text) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertTrue(m.find(), regex + " in " + text);
        return m.group(1);
    }
}
