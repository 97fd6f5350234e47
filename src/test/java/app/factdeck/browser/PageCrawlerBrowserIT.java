package app.factdeck.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.testing.BrowserTest;
import app.factdeck.testing.Browsers;
import app.factdeck.testing.PageLayout;
import app.factdeck.testing.RenderedPages;
import app.factdeck.testing.WebClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

/**
 * Every GET route the app registers (read from Javalin, so a new route is crawled without editing this test),
 * as a visitor, a student, a teacher and an admin, at a phone's 375×812 and a laptop's 1280×800. A page fails on
 * a 5xx, template source in its text or title, anything hidden by CSS or wider than the screen, any WCAG 2.1
 * A/AA violation, or a same-origin link that answers 404, 405 or 5xx; each role's own pages must answer 200.
 * Every problem on every page is collected and reported together at the end. Screenshots of each page at both
 * widths go to target/screenshots/crawl/&lt;role&gt;/, and the list of routes crawled with their statuses to
 * target/screenshots/crawl/routes.txt.
 */
class PageCrawlerBrowserIT extends BrowserTest {

    private static final String PASSWORD = "orange piano window";
    private static final String ESP = "espreso-nato-troops-warning";
    private static final String KI = "kyiv-independent-nato-troops-warning";
    private static final int[][] SIZES = {{375, 812}, {1280, 800}};
    private static final Path SHOTS = Path.of("target", "screenshots", "crawl");

    /** The crawling roles, least trusted first (the rank orders them), and who signs in for each. */
    private static final List<String> ROLES = List.of("visitor", "student", "teacher", "admin");
    private static final Map<String, String> USERNAMES = Map.of("student", "stu", "teacher", "tess", "admin", "ada");

    /** GET routes that are not pages a person reads, and why they are not crawled. */
    private static final Map<String, String> NOT_PAGES = Map.of(
            "/health", "a JSON status for monitors, not a page",
            "/favicon.ico", "a redirect to the SVG icon under /static (static files are no registered route)",
            "/teacher/export", "a file download (GIFT, Anki or CSV), not a page",
            "/teacher/classes/{id}/gradebook/csv", "a file download (the gradebook as CSV), not a page");

    /**
     * The pages each role must be able to open, with the status they answer it. Admins can do what teachers
     * can; a route only higher roles list must not answer 200 to a lower one.
     */
    private static final Map<String, Map<String, Integer>> OWN_PAGES = Map.of(
            "visitor", Map.of("/", 200, "/articles/{slug}", 200, "/login", 200, "/signup", 200),
            "student", studentPages(),
            "teacher", teacherPages(),
            "admin", adminPages());

    private static Map<String, Integer> studentPages() {
        Map<String, Integer> pages = new LinkedHashMap<>(Map.of("/", 200, "/articles/{slug}", 200, "/account", 200,
                "/account/password", 200, "/join", 200, "/join/{code}", 200, "/progress", 200, "/study", 200,
                "/study/settings", 200, "/study/{deck}", 200));
        pages.putAll(Map.of("/quiz/{id}", 302, "/quiz/{id}/summary", 200, "/quiz/{id}/{position}", 200));
        return pages;
    }

    private static Map<String, Integer> teacherPages() {
        Map<String, Integer> pages = new LinkedHashMap<>(Map.of("/", 200, "/articles/{slug}", 200, "/account", 200,
                "/account/password", 200, "/teacher/classes", 200, "/teacher/classes/{id}", 200,
                "/teacher/classes/{id}/students/{accountId}/progress", 200,
                "/teacher/classes/{id}/students/{accountId}/password", 200, "/teacher/transfer", 200));
        pages.putAll(Map.of("/articles/{slug}/questions", 200, "/articles/{slug}/questions/new", 200,
                "/articles/{slug}/questions/show", 200, "/articles/{slug}/questions/a/{number}/edit", 200,
                "/articles/{slug}/questions/a/{number}/delete", 200, "/teacher/classes/{id}/remove/{accountId}", 200));
        pages.putAll(Map.of("/teacher/articles", 200, "/teacher/articles/new", 200, "/teacher/articles/{id}/clean", 200,
                "/teacher/articles/{id}/facts", 200, "/teacher/articles/{id}/facts/new", 200,
                "/teacher/articles/{id}/facts/{fact}/edit", 200, "/teacher/articles/{id}/facts/{fact}/delete", 200,
                "/teacher/articles/{id}/delete", 200, "/teacher/articles/{id}/proposals/edit", 200));
        pages.putAll(Map.of("/teacher/classes/{id}/assignments", 200, "/teacher/classes/{id}/assignments/new", 200,
                "/teacher/classes/{id}/assignments/{assignmentId}/edit", 200,
                "/teacher/classes/{id}/assignments/{assignmentId}/delete", 200, "/teacher/classes/{id}/gradebook", 200,
                "/teacher/classes/{id}/attempts/{attemptId}", 200,
                "/teacher/classes/{id}/assignments/{assignmentId}/analysis", 200));
        return pages;
    }

    private static Map<String, Integer> adminPages() {
        Map<String, Integer> pages = new LinkedHashMap<>(teacherPages());
        // The teacher's class is not the admin's: which status that answers is recorded, not prescribed.
        pages.keySet().removeIf(p -> p.startsWith("/teacher/classes/"));
        pages.putAll(Map.of("/admin/users", 200, "/admin/users/{id}/password", 200));
        return pages;
    }

    /**
     * What fills each path parameter, per role, keyed by the literal segment before it and its name
     * ("quiz/{id}"). Several values crawl the route once with each. Filled in from the data the test makes.
     */
    private static final Map<String, Map<String, List<String>>> FILLS = new LinkedHashMap<>();

    /**
     * Routes crawled with these query strings instead of bare ("" is the bare route), because the bare route
     * is not the page (a question preview needs its id) or a query shows another page (the flipped card, each
     * type's form). All of them only for the least trusted role that owns the page; the others see the same
     * pages with another menu, or the same refusal, so they get the first one only (it keeps the crawl short).
     */
    private static final Map<String, List<String>> QUERIES = new LinkedHashMap<>();

    /** Pages whose content, not only the menu, depends on who is looking: axe checks them for every role. */
    private static final Set<String> ROLE_DEPENDENT = Set.of("/", "/articles/{slug}", "/account");

    /** Where the time goes (reported with the routes): axe-core, and the whole-page screenshots. */
    private static final long[] AXE_NANOS = {0};
    private static final long[] SHOT_NANOS = {0};

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void aClassATeachersQuestionsAStudentsQuizzesAndCardsAndAnAdmin() {
        app.addUser("tess", PASSWORD, "teacher");
        app.addUser("stu", PASSWORD, "student");
        app.addUser("ada", PASSWORD, "admin");

        // The teacher: a class with a student, authored questions with and without a source sentence, an
        // imported GIFT question, a hidden generated question.
        // The crawl checks these pages itself and reports every problem at once.
        WebClient tess = new WebClient(app).withoutPageChecks();
        tess.signIn("tess", PASSWORD);
        tess.get("/teacher/classes");
        String classPath = location(tess.post("/teacher/classes", Map.of("name", "History 9B")));
        String classId = classPath.substring(classPath.lastIndexOf('/') + 1);
        String code = first(Pattern.compile("id=\"join-code\">([A-Z0-9]+)<"), tess.get(classPath).body());

        String form = tess.get("/articles/" + ESP + "/questions/new?type=multiple-choice").body();
        String sentence = first(Pattern.compile("(?s)id=\"f-sentence\".*?<option value=\"([^\"]+)\""), form);
        assertEquals(302, tess.post("/articles/" + ESP + "/questions/new", Map.of("type", "multiple-choice",
                "stem", "Which city hosted the 2023 summit?", "option-0", "Vilnius", "option-1", "Riga",
                "option-2", "Tallinn", "correct", "0", "sentence", sentence, "action", "save")).statusCode());
        tess.get("/articles/" + ESP + "/questions/new?type=true-false");
        assertEquals(302, tess.post("/articles/" + ESP + "/questions/new", Map.of("type", "true-false",
                "stem", "Rasmussen was NATO Secretary General.", "answer", "true", "sentence", "",
                "action", "save")).statusCode());
        tess.get("/teacher/transfer");
        assertEquals(200, tess.postMultipart("/teacher/import", Map.of("article", ESP, "format", "gift"), "file",
                "summit.gift", "::Summit host::Which country hosted the summit? {=Lithuania ~Latvia ~Estonia}\n"
                        .getBytes(StandardCharsets.UTF_8)).statusCode());
        String bank = tess.get("/articles/" + ESP + "/questions").body();
        List<String> generated = all(Pattern.compile("name=\"question\" value=\"([^\"/]+/[^\"]+)\""), bank).stream()
                .filter(id -> !id.startsWith("a/")).toList();
        String hidden = generated.get(0);
        assertEquals(302, tess.post("/articles/" + ESP + "/questions/status", Map.of("question", hidden,
                "set", "hidden")).statusCode());
        List<String> authored = all(Pattern.compile("/questions/a/(\\d+)/edit"), bank).stream().distinct().toList();
        assertEquals(3, authored.size(), "two authored questions and one imported: " + authored);
        tess.get(classPath);
        tess.post(classPath + "/students", Map.of("displayName", "Nina Novak"));

        // A teacher's article from a real page: cleaned, with one fact marked.
        tess.get("/teacher/articles/new");
        String articlePath = location(tess.postMultipart("/teacher/articles/new", Map.of("text",
                read(Path.of("src", "test", "resources", "articles", "04-chandrayaan-3-moon-landing.txt")), "url", ""),
                "file", "", new byte[0])).replaceFirst("/clean$", "");
        String teacherArticle = articlePath.substring(articlePath.lastIndexOf('/') + 1);
        tess.get(articlePath + "/clean");
        assertEquals(302, tess.post(articlePath + "/clean", Map.of("title", "Chandrayaan-3 lands near the Moon's "
                + "south pole", "publisher", "Mint", "published", "2023-08-23", "language", "en",
                "keep" + WebClient.REPEAT + 0, "3", "keep" + WebClient.REPEAT + 1, "7")).statusCode());
        String sentenceRows = tess.get(articlePath + "/facts").body();
        String vikram = first(Pattern.compile("id=\"(s-\\d+)\" class=\"sentence-row\">\\s*<p[^>]*><span[^>]*>\\d+\\."
                + "</span>\\s*<span>The Vikram lander"), sentenceRows);
        assertEquals(302, tess.post(articlePath + "/facts/new", Map.of("sentence", vikram, "kind", "role",
                "answerWords", "Narendra Modi", "roleWords", "Prime Minister", "answerType", "person")).statusCode());
        String factsPage = tess.get(articlePath + "/facts").body();
        String teacherFact = first(Pattern.compile("id=\"fact-([^\"]+)\""), factsPage);
        // A fact Factdeck proposes for it, to open in the fact form.
        String proposalEdit = first(Pattern.compile("href=\"[^\"]*/proposals/edit(\\?key=[^\"]+)\""), factsPage);

        // The student: in the class, three cards studied, one quiz finished and one begun.
        WebClient stu = new WebClient(app).withoutPageChecks();
        stu.signIn("stu", PASSWORD);
        stu.get("/join");
        assertEquals(200, stu.post("/join", Map.of("code", code)).statusCode());
        String card = "";
        for (int i = 0; i < 3; i++) {
            card = first(Pattern.compile("data-card-id=\"([^\"]+)\""), stu.get("/study/" + ESP).body());
            String flipped = stu.get("/study/" + ESP + "?card=" + card + "&answer=shown").body();
            String reps = first(Pattern.compile("name=\"reps\" value=\"(\\d+)\""), flipped);
            assertEquals(302, stu.post("/study/" + ESP + "/review", Map.of("card", card, "rating", "3",
                    "reps", reps)).statusCode());
        }
        card = first(Pattern.compile("data-card-id=\"([^\"]+)\""), stu.get("/study/" + ESP).body());
        stu.get("/articles/" + ESP);
        String finished = location(stu.post("/articles/" + ESP + "/quiz", Map.of()));
        stu.get("/articles/" + KI);
        String unfinished = location(stu.post("/articles/" + KI + "/quiz", Map.of()));
        Browsers.signIn(browser, app.origin(), "stu", PASSWORD);
        answerUntilDone(finished);
        answerOne(unfinished + "/1");
        // An assignment whose answers show after a due time far ahead: the student's results withhold them.
        tess.get(classPath + "/assignments/new");
        assertEquals(302, tess.post(classPath + "/assignments", Map.of("title", "Week 1: the summit", "article", ESP,
                "mode", "drawn", "drawn", "3", "due", "2099-01-01T12:00", "zone", "Europe/Kyiv", "attempts", "2",
                "counts", "best", "answers", "after-due")).statusCode());
        String assignmentId = first(Pattern.compile("/assignments/(\\d+)/edit"), tess.get(classPath + "/assignments").body());
        stu.get("/");
        String assigned = location(stu.post("/assignments/" + assignmentId + "/start", Map.of()));
        answerUntilDone(assigned);
        String studentId = first(Pattern.compile("/students/(\\d+)/progress\"[^>]*>Stu<"), tess.get(classPath).body());

        Map<String, List<String>> common = new LinkedHashMap<>();
        common.put("articles/{slug}", List.of(ESP));
        common.put("study/{deck}", List.of(ESP));
        common.put("quiz/{id}", List.of(idOf(finished), idOf(unfinished), idOf(assigned)));
        common.put("quiz/{position}", List.of("1", "2"));
        common.put("join/{code}", List.of(code));
        common.put("classes/{id}", List.of(classId));
        common.put("students/{accountId}", List.of(studentId));
        common.put("remove/{accountId}", List.of(studentId));
        common.put("users/{id}", List.of(studentId));
        common.put("a/{number}", authored);
        common.put("articles/{id}", List.of(teacherArticle));
        common.put("facts/{fact}", List.of(teacherFact));
        common.put("assignments/{assignmentId}", List.of(assignmentId));
        common.put("attempts/{attemptId}", List.of(idOf(assigned)));
        for (String role : ROLES) {
            FILLS.put(role, common);
        }

        QUERIES.put("/articles/{slug}/questions", List.of("", "?status=hidden"));
        List<String> types = new ArrayList<>(List.of(""));
        for (String type : List.of("multiple-choice", "multi-select", "true-false", "cloze", "short-answer",
                "ordering", "matching", "numerical")) {
            types.add("?type=" + type);
        }
        QUERIES.put("/articles/{slug}/questions/new", types);
        QUERIES.put("/articles/{slug}/questions/show", List.of("?id=" + generated.get(1), "?id=" + hidden,
                "?id=a/" + authored.get(0) + "/1", "?id=a/" + authored.get(1) + "/1",
                "?id=a/" + authored.get(2) + "/1"));
        QUERIES.put("/study/{deck}", List.of("", "?card=" + card + "&answer=shown"));
        QUERIES.put("/teacher/articles/{id}/facts/new", List.of("?sentence=" + vikram, "?sentence=" + vikram + "&kind=when"));
        QUERIES.put("/teacher/articles/{id}/proposals/edit", List.of(proposalEdit));
    }

    @Test
    void everyPageForEveryRoleAtBothWidthsRendersFitsIsAccessibleAndLinksOnlyToPagesThatExist() throws Exception {
        List<String> routes = app.routes();
        List<String> failures = new ArrayList<>();
        List<String> log = new ArrayList<>();
        List<String> unowned = routes.stream().filter(r -> !NOT_PAGES.containsKey(r))
                .filter(r -> OWN_PAGES.values().stream().noneMatch(own -> own.containsKey(r))).toList();
        // -Dcrawl.roles=teacher,admin crawls as those roles only (quicker while fixing what a crawl found).
        List<String> roles = List.of(System.getProperty("crawl.roles", String.join(",", ROLES)).split(","));
        for (String role : roles) {
            long started = System.nanoTime();
            crawl(role, routes, failures, log);
            log.add("(" + role + ": " + (System.nanoTime() - started) / 1_000_000_000 + " s)");
        }
        log.add("(axe-core: " + AXE_NANOS[0] / 1_000_000_000 + " s, screenshots: " + SHOT_NANOS[0] / 1_000_000_000
                + " s)");
        log.add("");
        log.add("Not crawled: " + NOT_PAGES);
        log.add("Crawled, but no role lists it as its own page (add it to OWN_PAGES): " + unowned);
        Files.createDirectories(SHOTS);
        Files.write(SHOTS.resolve("routes.txt"), log, StandardCharsets.UTF_8);
        System.out.println(String.join("\n", log));
        assertTrue(failures.isEmpty(), () -> failures.size() + " problems found by crawling " + routes.size()
                + " routes as " + roles + " (routes and statuses in " + SHOTS.resolve("routes.txt") + "):\n"
                + String.join("\n", failures));
    }

    /** One role: signs in once, then every route with every value its parameters take. */
    private static void crawl(String role, List<String> routes, List<String> failures, List<String> log) {
        browser.get(app.origin() + "/");
        browser.manage().deleteAllCookies();
        if (USERNAMES.containsKey(role)) {
            Browsers.signIn(browser, app.origin(), USERNAMES.get(role), PASSWORD);
        }
        String cookies = browser.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        Set<String> linksChecked = new HashSet<>();
        Set<String> pagesChecked = new HashSet<>();
        Set<Integer> refusalsChecked = new HashSet<>();
        log.add("== " + role);
        for (String route : routes) {
            if (NOT_PAGES.containsKey(route)) {
                continue;
            }
            List<String> urls;
            try {
                urls = urls(route, FILLS.get(role), rank(role) == lowestOwner(route));
            } catch (IllegalArgumentException e) {
                failures.add(role + ": " + route + ": " + e.getMessage());
                continue;
            }
            for (String url : urls) {
                HttpResponse<String> first = get(url, cookies);
                int status = first.statusCode();
                String where = first.headers().firstValue("Location").map(l -> " → " + l).orElse("");
                log.add(String.format("%-4s %s%s", status, url, where));
                String at = role + " " + url;
                if (status >= 500) {
                    failures.add(at + ": answered " + status);
                }
                Integer expected = OWN_PAGES.get(role).get(route);
                if (expected != null && status != expected) {
                    failures.add(at + ": answered " + status + where + "; a " + role + "'s own page answers "
                            + expected);
                }
                if (expected == null && status == 200 && rank(role) < lowestOwner(route)) {
                    failures.add(at + ": answered 200, but only " + owners(route) + " should see it");
                }
                browser.get(app.origin() + url);
                String landed = URI.create(browser.getCurrentUrl()).getPath();
                if (status >= 300 && status < 400 && pagesChecked.contains(landed)) {
                    continue;
                }
                pagesChecked.add(landed);
                boolean refusal = status >= 400 && expected == null;
                // axe-core takes most of the crawl: a page is checked as the least trusted role that owns it (the
                // others see it with another menu, which their own pages check), except the pages whose content
                // changes with the role; each refusal status once per role.
                boolean axe = refusal ? refusalsChecked.add(status)
                        : rank(role) == lowestOwner(route) || ROLE_DEPENDENT.contains(route);
                checkPage(role, url, axe, failures);
                checkLinks(role, url, cookies, linksChecked, failures);
            }
        }
    }

    /** At both widths: template source, hidden or too-wide things and a whole-page screenshot; WCAG 2.1 A/AA once. */
    private static void checkPage(String role, String url, boolean axe, List<String> failures) {
        for (int[] size : SIZES) {
            viewport(size[0], size[1]);
            String at = role + " " + url + " at " + size[0] + " px";
            String text = (String) ((JavascriptExecutor) browser).executeScript(
                    "return document.title + '\\n' + (document.body ? document.body.innerText : '');");
            RenderedPages.templateSourceIn(text).ifPresent(s -> failures.add(at + ": template source: " + s));
            for (String problem : PageLayout.hiddenOrTooWide(browser)) {
                failures.add(at + ": " + problem);
            }
            long started = System.nanoTime();
            // WCAG's A/AA rules read the markup and colours, which do not change with the width; the layout checks
            // above run at both. Once per page, at the laptop width, halves axe-core's share of the crawl.
            if (axe && size[0] == SIZES[SIZES.length - 1][0]) {
                for (String violation : Browsers.accessibilityViolations(browser)) {
                    failures.add(at + ": " + violation.replaceFirst("^- ", ""));
                }
            }
            long checked = System.nanoTime();
            // Last: it makes the window as tall as the page. Taken where axe runs: the page as its least trusted
            // owner sees it (and every role's view of a role-dependent page); others differ only by the menu.
            if (axe) {
                screenshot(role, url, size);
            }
            AXE_NANOS[0] += checked - started;
            SHOT_NANOS[0] += System.nanoTime() - checked;
        }
    }

    /** Every same-origin href on the page (links and stylesheets), requested once per role. */
    private static void checkLinks(String role, String url, String cookies, Set<String> checked,
                                   List<String> failures) {
        @SuppressWarnings("unchecked")
        List<String> hrefs = (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return Array.from(document.querySelectorAll('a[href], link[href]'), a => a.href);");
        for (String href : hrefs) {
            if (!href.startsWith(app.origin() + "/")) {
                continue;
            }
            String path = href.substring(app.origin().length()).replaceFirst("#.*$", "");
            if (path.isEmpty() || !checked.add(path)) {
                continue;
            }
            int status = get(path, cookies).statusCode();
            if (status == 404 || status == 405 || status >= 500) {
                failures.add(role + " " + url + ": the link to " + path + " answers " + status);
            }
        }
    }

    /** The concrete URLs of a route: every combination of its parameters' values, with its queries. */
    static List<String> urls(String route, Map<String, List<String>> fills, boolean everyQuery) {
        List<String> urls = new ArrayList<>(List.of(""));
        String previous = "";
        for (String segment : route.substring(1).split("/", -1)) {
            Matcher param = Pattern.compile("^[{<]([^}>]+)[}>]$").matcher(segment);
            List<String> values;
            if (param.matches()) {
                String key = previous + "/{" + param.group(1) + "}";
                values = fills.get(key);
                if (values == null || values.isEmpty()) {
                    throw new IllegalArgumentException("no value for the parameter " + key + ": add one to FILLS "
                            + "(in the @BeforeAll, from the data it makes) so this route is crawled");
                }
            } else {
                previous = segment;
                values = List.of(segment);
            }
            List<String> longer = new ArrayList<>();
            for (String prefix : urls) {
                for (String v : values) {
                    longer.add(prefix + "/" + v);
                }
            }
            urls = longer;
        }
        List<String> queries = QUERIES.getOrDefault(route, List.of(""));
        List<String> withQueries = new ArrayList<>();
        for (String u : urls) {
            for (String q : everyQuery ? queries : queries.subList(0, 1)) {
                withQueries.add(u + q);
            }
        }
        return withQueries;
    }

    private static int rank(String role) {
        return ROLES.indexOf(role);
    }

    /** The rank of the least trusted role that lists the route as its own page (none: anyone may see it). */
    private static int lowestOwner(String route) {
        return ROLES.stream().filter(r -> OWN_PAGES.get(r).containsKey(route)).mapToInt(ROLES::indexOf).min()
                .orElse(0);
    }

    private static List<String> owners(String route) {
        return ROLES.stream().filter(r -> OWN_PAGES.get(r).containsKey(route)).toList();
    }

    private static HttpResponse<String> get(String path, String cookies) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app.origin() + path))
                .header("Accept", "text/html").GET();
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The whole page (not only the first screen) at this width: target/screenshots/crawl/role/page-width.png. */
    private static void screenshot(String role, String url, int[] size) {
        long height = ((Number) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollHeight;")).longValue();
        viewport(size[0], (int) Math.min(Math.max(height, size[1]), 4000));
        String name = url.equals("/") ? "home" : url.substring(1).replaceAll("[^A-Za-z0-9]+", "-");
        try {
            Path dir = Files.createDirectories(SHOTS.resolve(role));
            Files.write(dir.resolve(name + "-" + size[0] + ".png"),
                    ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The browser's own frame around the page (about 140 px of height in headless Chromium), measured once. */
    private static Dimension frame;

    /**
     * Sizes the window so the page itself gets width × height; a vertical scrollbar still takes its width from it,
     * as on a desktop browser.
     */
    private static void viewport(int width, int height) {
        if (frame == null) {
            browser.manage().window().setSize(new Dimension(width, height));
            @SuppressWarnings("unchecked")
            List<Number> inner = (List<Number>) ((JavascriptExecutor) browser).executeScript(
                    "return [window.innerWidth, window.innerHeight];");
            frame = new Dimension(width - inner.get(0).intValue(), height - inner.get(1).intValue());
        }
        browser.manage().window().setSize(new Dimension(width + frame.width, height + frame.height));
    }

    /** Answers every question of a quiz in the browser, whatever its type, until the results show. */
    private static void answerUntilDone(String quiz) {
        for (int i = 0; i < 30; i++) {
            browser.get(app.origin() + quiz);
            if (browser.getCurrentUrl().endsWith("/summary")) {
                return;
            }
            answerOne(URI.create(browser.getCurrentUrl()).getPath());
        }
        throw new AssertionError("the quiz " + quiz + " never finished: " + browser.getCurrentUrl());
    }

    /**
     * Fills the question's form as a student guessing would (first choice, distinct positions, a typed answer)
     * and sends it; a typed answer the question refuses (a number, a date) is tried again in another form.
     */
    private static void answerOne(String question) {
        browser.get(app.origin() + question);
        for (String typed : List.of("7 June 2023", "7", "June 2023")) {
            Boolean form = (Boolean) ((JavascriptExecutor) browser).executeScript("""
                    const f = document.querySelector('form.quiz-form');
                    if (!f) return false;
                    const seen = new Set(); let i = 0;
                    for (const el of f.querySelectorAll('input:not([type=hidden]), select')) {
                      if (el.type === 'radio' || el.type === 'checkbox') {
                        if (!seen.has(el.name)) { el.checked = true; seen.add(el.name); }
                      } else if (el.tagName === 'SELECT') {
                        const opts = [...el.options].filter(o => o.value);
                        opts[i++ % opts.length].selected = true;
                      } else {
                        el.value = arguments[0];
                      }
                    }
                    return true;""", typed);
            if (!form) {
                return;
            }
            Browsers.submit(browser, By.cssSelector("form.quiz-form button[type=submit]"));
            if (browser.findElements(By.cssSelector("form.quiz-form")).isEmpty()) {
                return;
            }
        }
        throw new AssertionError("no answer was taken on " + question + ": "
                + browser.findElement(By.tagName("main")).getText());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String location(HttpResponse<String> r) {
        return r.headers().firstValue("Location").orElseThrow(() -> new AssertionError(r.statusCode() + " "
                + r.body()));
    }

    private static String idOf(String quiz) {
        return quiz.substring(quiz.lastIndexOf('/') + 1);
    }

    private static String first(Pattern p, String html) {
        Matcher m = p.matcher(html);
        assertTrue(m.find(), () -> "no " + p + " in:\n" + html);
        return m.group(1);
    }

    private static List<String> all(Pattern p, String html) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(html);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
