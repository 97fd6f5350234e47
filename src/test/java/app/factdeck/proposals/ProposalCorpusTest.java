package app.factdeck.proposals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.articles.TeacherArticle;
import app.factdeck.articles.TeacherArticles;
import app.factdeck.content.Article;
import app.factdeck.content.ContentLoader;
import app.factdeck.content.Gazetteer;
import app.factdeck.content.Library;
import app.factdeck.content.Text;
import app.factdeck.db.Database;
import app.factdeck.questions.QuestionBank;
import app.factdeck.questions.QuestionGenerator;
import app.factdeck.questions.core.Question;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The proposer measured on the development corpus, with no human edit: every raw page of src/test/resources/articles
 * and the two seeds' raw pages is taken in and cleaned as a teacher's paste is, its proposals are all saved through
 * {@link TeacherArticles#saveFact} on a real SQLite database, and the questions they make are compared with the gold
 * facts. Writes target/proposals-dump/&lt;page&gt;.jsonl (one question a line) for a blind review.
 */
class ProposalCorpusTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);
    private static final Path ARTICLES = Path.of("src/test/resources/articles");
    private static final Path SEEDS = Path.of("src/test/resources/seeds");
    /** Where the review dump goes; -Dproposals.dump=DIR puts it elsewhere. */
    private static final Path DUMP = Path.of(System.getProperty("proposals.dump", "target/proposals-dump"));
    /** Publication dates from the corpus index, used only when a page's metadata gives none. */
    private static final Map<String, LocalDate> GOLD_DATES = Map.of(
            "01", LocalDate.of(2022, 9, 30), "02", LocalDate.of(2023, 7, 11), "03", LocalDate.of(2023, 6, 16),
            "04", LocalDate.of(2023, 8, 23), "05", LocalDate.of(2023, 12, 13), "06", LocalDate.of(2022, 10, 31),
            "07", LocalDate.of(2023, 3, 19), "08", LocalDate.of(2022, 12, 19));

    /** A gold fact: its accepted answers (normalised) and its source sentence. */
    record Gold(int n, List<String> answers, String source) {
    }

    /** A page of the corpus with its gold facts and the lines that must not produce questions. */
    record Page(String name, String text, LocalDate date, List<Gold> gold, List<String> boilerplate) {
    }

    record Row(String page, int gold, int covered, int proposed, int saved, int refused, int questions) {
    }

    @TempDir
    Path dir;

    @Test
    void proposalsOfEveryCorpusPageSaveAndCoverTheGoldFacts() throws Exception {
        Files.createDirectories(DUMP);
        List<Page> pages = new ArrayList<>(corpus());
        pages.addAll(seeds());
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> refusals = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        long proposing = 0;
        try (Database db = Database.open(dir.resolve("f.db"))) {
            teacher(db);
            Library library = entitiesOnly();
            // No listener: the questions are generated once at the end, not again after every saved fact.
            TeacherArticles articles = new TeacherArticles(db, library, CLOCK);
            Map<Page, String> slugs = new LinkedHashMap<>();
            Map<Page, int[]> counts = new LinkedHashMap<>();
            for (Page page : pages) {
                var in = articles.addPage(page.text(), "", 1);
                assertTrue(in.problems().isEmpty(), page.name() + ": " + in.problems());
                TeacherArticle a = in.article().orElseThrow();
                var d = a.details();
                var cleaning = articles.saveCleaning(a.id(), new TeacherArticle.Details(d.title(),
                        d.publisher().isBlank() ? "Unknown" : d.publisher(), d.author(),
                        d.published() != null ? d.published() : page.date(), d.url(), d.language()), a.flipped());
                assertTrue(cleaning.isEmpty(), page.name() + ": " + cleaning);
                a = articles.find(a.id()).orElseThrow();
                Article article = articles.article(a).orElseThrow();
                long t0 = System.nanoTime();
                List<Proposal> proposals = new FactProposer(library, Gazetteer.builtIn()).propose(article);
                proposing += System.nanoTime() - t0;
                int saved = 0;
                int refused = 0;
                for (Proposal p : proposals) {
                    for (String words : p.fact().answerWords()) {
                        if (!Text.containsPhrase(p.fact().sentence(), words)) {
                            failures.add(page.name() + ": '" + words + "' is not in " + p.fact().sentence());
                        }
                    }
                    System.out.println("PROPOSED " + page.name() + " " + p.fact().kind() + " " + p.fact().answerWords()
                            + " " + p.confidence() + " q=" + p.fact().question() + " aliases=" + p.fact().aliases());
                    var r = articles.saveFact(a.id(), p.fact(), 1);
                    if (r.problems().isEmpty()) {
                        saved++;
                    } else {
                        refused++;
                        r.problems().keySet().forEach(k -> refusals.merge(p.fact().kind() + "/" + k, 1, Integer::sum));
                        System.out.println("REFUSED " + page.name() + " " + p.fact().kind() + " " + p.fact().answerWords()
                                + " q=" + p.fact().question() + " -> " + r.problems());
                    }
                }
                slugs.put(page, a.slug());
                counts.put(page, new int[] {proposals.size(), saved, refused});
            }
            QuestionBank bank = QuestionBank.build(library, QuestionGenerator.DEFAULT_SEED);
            for (Page page : pages) {
                List<Question> questions = bank.questionsOf(slugs.get(page));
                int[] c = counts.get(page);
                dump(page.name(), questions);
                for (Question q : questions) {
                    for (var s : q.sources()) {
                        for (String b : page.boilerplate()) {
                            // A whole line must not be cited as a sentence; an inline piece must not be in one.
                            boolean whole = b.startsWith(WHOLE);
                            String item = whole ? b.substring(WHOLE.length()) : b;
                            if (whole ? Text.normalise(item).contains(Text.normalise(s.text()))
                                    : s.text().contains(item)) {
                                failures.add(page.name() + ": " + q.id() + " cites boilerplate '" + b + "'");
                            }
                        }
                    }
                }
                // A saved fact left with true/false statements only: no typed or chosen answer can cover it.
                for (var f : library.factsOf(slugs.get(page))) {
                    if (questions.stream().noneMatch(q -> q.factIds().equals(List.of(f.id()))
                            && !q.type().slug().equals("true-false"))) {
                        System.out.println("UNASKED " + page.name() + " " + f.kind() + " " + f.id() + " :: "
                                + f.source().text());
                    }
                }
                int covered = 0;
                for (Gold g : page.gold()) {
                    if (covers(questions, g)) {
                        covered++;
                    } else {
                        System.out.println("MISSED " + page.name() + " #" + g.n() + " " + g.answers() + " :: "
                                + g.source());
                    }
                }
                rows.add(new Row(page.name(), page.gold().size(), covered, c[0], c[1], c[2], questions.size()));
            }
        }
        System.out.printf("%-45s %5s %7s %8s %5s %7s %9s%n", "page", "gold", "covered", "proposed", "saved",
                "refused", "questions");
        for (Row r : rows) {
            System.out.printf("%-45s %5d %7d %8d %5d %7d %9d%n", r.page(), r.gold(), r.covered(), r.proposed(),
                    r.saved(), r.refused(), r.questions());
        }
        int gold = rows.stream().mapToInt(Row::gold).sum();
        int covered = rows.stream().mapToInt(Row::covered).sum();
        int proposed = rows.stream().mapToInt(Row::proposed).sum();
        int saved = rows.stream().mapToInt(Row::saved).sum();
        System.out.printf("total: gold %d, covered %d (%.0f %%), proposed %d, saved %d, refused %d; proposing took "
                        + "%d ms in all%n", gold, covered, 100.0 * covered / gold, proposed, saved, proposed - saved,
                proposing / 1_000_000);
        System.out.println("refused by kind/field: " + refusals);
        assertEquals(List.of(), failures);
        assertTrue(covered * 100 >= gold * FLOOR_PERCENT, "coverage " + covered + "/" + gold);
        assertTrue(saved * 100 >= proposed * 90, "saved " + saved + " of " + proposed);
    }

    /**
     * The coverage this proposer reaches today (92 of 195, 47.2 %); a change that loses coverage fails here. A gap on
     * "discussions in {Dubai}" was withdrawn after a blind review: "the UAE" fills it too and was refused.
     */
    private static final int FLOOR_PERCENT = 47;

    /**
     * The shipped catalogue of entities (and the gazetteer) without the shipped articles: the seeds' raw pages are
     * those articles, which the library would refuse as already there; and every rebuild stays small.
     */
    private static Library entitiesOnly() {
        Library shipped = new ContentLoader().load(Path.of("content"));
        return new Library(List.of(), shipped.entities(), List.of());
    }

    private static boolean covers(List<Question> questions, Gold g) {
        String source = Text.normalise(g.source());
        for (Question q : questions) {
            boolean sameSentence = q.sources().stream().map(s -> Text.normalise(s.text()))
                    .anyMatch(s -> s.equals(source) || s.contains(source) || source.contains(s));
            if (!sameSentence) {
                continue;
            }
            Question.Listing l = q.listing();
            List<String> answers = Stream.concat(l.keys().stream(), l.accepted().stream()).map(ProposalCorpusTest::norm)
                    .toList();
            if (g.answers().stream().anyMatch(answers::contains)) {
                return true;
            }
        }
        return false;
    }

    static String norm(String s) {
        return Text.normalise(s).replaceFirst("^the ", "");
    }

    private static void dump(String page, List<Question> questions) throws Exception {
        ObjectMapper json = new ObjectMapper();
        StringBuilder b = new StringBuilder();
        for (Question q : questions) {
            Map<String, Object> m = new LinkedHashMap<>();
            Question.Listing l = q.listing();
            m.put("id", q.id());
            m.put("type", q.type().slug());
            m.put("stem", q.stem());
            m.put("options", l.options());
            m.put("key", l.keys());
            m.put("accepted", l.accepted());
            m.put("source", q.sources().stream().map(s -> s.text()).toList());
            b.append(json.writeValueAsString(m)).append('\n');
        }
        Files.writeString(DUMP.resolve(page + ".jsonl"), b.toString(), StandardCharsets.UTF_8);
    }

    private static void teacher(Database db) {
        db.write(c -> {
            try (var s = c.prepareStatement("INSERT INTO account (id, username, display_name, password_hash, role, "
                    + "created_at) VALUES (1, 'teacher', 'Teacher', 'x', 'teacher', 0)")) {
                s.executeUpdate();
            }
            return null;
        });
    }

    // --- the corpus ----------------------------------------------------------------------------------------------

    private static List<Page> corpus() throws Exception {
        List<Page> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(ARTICLES)) {
            for (Path txt : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String name = txt.getFileName().toString().replace(".txt", "");
                String md = Files.readString(ARTICLES.resolve(name + ".facts.md"), StandardCharsets.UTF_8);
                out.add(new Page(name, Files.readString(txt, StandardCharsets.UTF_8),
                        GOLD_DATES.get(name.substring(0, 2)), goldOf(md), boilerplateOf(md)));
            }
        }
        return out;
    }

    /** The gold table's rows: | # | subject | relation | answer | type | variants | source |. */
    static List<Gold> goldOf(String md) {
        List<Gold> out = new ArrayList<>();
        for (String line : md.lines().toList()) {
            if (!line.matches("\\|\\s*\\d+\\s*\\|.*")) {
                continue;
            }
            String[] cells = line.substring(1, line.length() - 1).split("\\s\\|\\s");
            if (cells.length < 7) {
                continue;
            }
            List<String> answers = new ArrayList<>();
            answers.add(norm(cells[3]));
            for (String v : cells[5].split(";")) {
                if (!v.isBlank() && !v.strip().equals("—")) {
                    answers.add(norm(v));
                }
            }
            out.add(new Gold(Integer.parseInt(cells[0].strip()), answers, cells[cells.length - 1].strip()));
        }
        return out;
    }

    private static final String WHOLE = "whole line: ";

    /** The backticked items under "Lines that must NOT produce questions". */
    static List<String> boilerplateOf(String md) {
        int at = md.indexOf("must NOT produce questions");
        int end = md.indexOf("## Traps", at);
        List<String> out = new ArrayList<>();
        if (at < 0) {
            return out;
        }
        for (String line : md.substring(at, end < 0 ? md.length() : end).lines().toList()) {
            if (line.startsWith("- `")) {
                String item = line.substring(3, line.indexOf('`', 3));
                out.add(line.contains("whole line") ? WHOLE + item : item);
            }
        }
        return out;
    }

    /** The seeds' raw pages; gold = the shipped facts.yaml with entities' names from entities.yaml. */
    @SuppressWarnings("unchecked")
    private static List<Page> seeds() throws Exception {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        List<Map<String, Object>> entities = yaml.readValue(Path.of("content/entities.yaml").toFile(), List.class);
        Map<String, List<String>> names = new LinkedHashMap<>();
        for (Map<String, Object> e : entities) {
            List<String> n = new ArrayList<>();
            n.add(String.valueOf(e.get("name")));
            if (e.get("aliases") instanceof List<?> as) {
                as.forEach(x -> n.add(String.valueOf(x)));
            }
            names.put(String.valueOf(e.get("id")), n);
        }
        List<Page> out = new ArrayList<>();
        List<Path> dirs;
        try (Stream<Path> s = Files.list(Path.of("content"))) {
            dirs = s.filter(Files::isDirectory).sorted().toList();
        }
        try (Stream<Path> raws = Files.list(SEEDS)) {
            for (Path raw : raws.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String text = Files.readString(raw, StandardCharsets.UTF_8);
                for (Path d : dirs) {
                    String md = Files.readString(d.resolve("article.md"), StandardCharsets.UTF_8);
                    String body = md.substring(md.indexOf("---", 4) + 3).strip();
                    String firstLine = body.lines().findFirst().orElse("");
                    if (!text.contains(firstLine.substring(0, Math.min(80, firstLine.length())))) {
                        continue;
                    }
                    LocalDate published = LocalDate.parse(md.replaceAll("(?s).*\npublished: (\\S+).*", "$1"));
                    List<Map<String, Object>> facts = yaml.readValue(d.resolve("facts.yaml").toFile(), List.class);
                    List<Gold> gold = new ArrayList<>();
                    int n = 0;
                    for (Map<String, Object> f : facts) {
                        List<String> answers = new ArrayList<>();
                        for (String field : List.of("answer", "person", "role")) {
                            if (f.get(field) instanceof String id) {
                                names.getOrDefault(id, List.of(id)).forEach(x -> answers.add(norm(x)));
                            }
                        }
                        if (f.get("answers") instanceof List<?> ids) {
                            ids.forEach(id -> names.getOrDefault(String.valueOf(id), List.of())
                                    .forEach(x -> answers.add(norm(x))));
                        }
                        for (String field : List.of("as_written", "number", "date")) {
                            if (f.get(field) != null) {
                                answers.add(norm(String.valueOf(f.get(field))));
                            }
                        }
                        if (f.get("source") != null) {
                            gold.add(new Gold(++n, answers, String.valueOf(f.get("source"))));
                        }
                    }
                    String name = "seed-" + d.getFileName();
                    out.add(new Page(name, text, published, gold, List.of()));
                }
            }
        }
        return out;
    }

    @Test
    void goldTablesAreRead() throws Exception {
        String md = Files.readString(ARTICLES.resolve("07-ubs-credit-suisse-rescue.facts.md"), StandardCharsets.UTF_8);
        List<Gold> gold = goldOf(md);
        assertEquals(16, gold.size());
        assertEquals(Set.of(), gold.stream().filter(g -> g.source().isBlank()).map(Gold::n).collect(Collectors.toSet()));
    }
}
