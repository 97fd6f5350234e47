package app.factdeck.cli;

import app.factdeck.articles.MarkedFact;
import app.factdeck.articles.TeacherArticle;
import app.factdeck.articles.TeacherArticles;
import app.factdeck.content.Article;
import app.factdeck.content.Gazetteer;
import app.factdeck.content.HtmlPage;
import app.factdeck.content.PageCleaner;
import app.factdeck.content.Library;
import app.factdeck.content.PageLine;
import app.factdeck.content.PageMeta;
import app.factdeck.content.PageReading;
import app.factdeck.db.Database;
import app.factdeck.proposals.FactProposer;
import app.factdeck.proposals.Proposal;
import app.factdeck.questions.QuestionBank;
import app.factdeck.questions.QuestionGenerator;
import app.factdeck.questions.core.Question;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What accepting every proposed fact of a page would give, worked out on the web flow's own path: the page goes
 * into a throwaway database (a temporary folder, deleted afterwards) through {@link TeacherArticles#addUpload} and
 * {@link TeacherArticles#saveCleaning} with the cleaner's choices, each proposal through
 * {@link TeacherArticles#saveFact} (the same checks a teacher's fact meets), and the questions are the ones
 * {@link QuestionBank} keeps for that article after the gates. Nothing the user keeps is written.
 */
public final class ProposalPreview {

    /** Details the page does not state but the article needs before its sentences can be read. */
    static final String NO_PUBLISHER = "(publisher not stated)";

    /** The page as the cleaner read it; {@code title}, {@code publisher}, {@code author} as the page states them. */
    public record Page(Optional<String> title, Optional<String> publisher, Optional<String> author,
                       LocalDate published, List<Article.Sentence> kept, List<PageLine> dropped) {
    }

    /** One proposal and what the checks said when it was saved (empty problems: accepted). */
    public record Checked(Proposal proposal, Optional<String> anchor, Map<String, String> problems) {

        public boolean accepted() {
            return problems.isEmpty();
        }
    }

    public record Result(Page page, List<Checked> facts, List<Question> questions) {
    }

    /** Why a page could not be previewed, in words for the user; {@code usage} when an argument must change. */
    public static final class Refused extends RuntimeException {

        private final boolean usage;

        Refused(String message, boolean usage) {
            super(message);
            this.usage = usage;
        }

        public boolean usage() {
            return usage;
        }
    }

    private ProposalPreview() {
    }

    /**
     * Proposes the page's facts and generates their questions.
     *
     * @param library   the content the server would serve; a teacher's article is added to it, so pass a fresh one
     * @param published the article's date, or null to take the page's own
     * @throws Refused when the page cannot be taken in or has no date
     */
    public static Result run(Library library, String fileName, byte[] content, LocalDate published, Clock clock) {
        Path dir;
        try {
            dir = Files.createTempDirectory("factdeck-propose");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder", e);
        }
        setAside(library, fileName, content);
        try {
            try (Database database = Database.open(dir.resolve("propose.db"))) {
                return run(library, new TeacherArticles(database, library, clock), fileName, content, published);
            }
        } finally {
            delete(dir);
        }
    }

    private static Result run(Library library, TeacherArticles articles, String fileName, byte[] content,
                              LocalDate published) {
        TeacherArticles.Intake in = articles.addUpload(fileName, content, null, 0);
        if (in.article().isEmpty()) {
            throw new Refused(String.join(" ", in.problems().values()), false);
        }
        TeacherArticle a = in.article().get();
        PageReading reading = articles.reading(a);
        PageMeta meta = reading.meta();
        TeacherArticle.Details d = a.details();
        LocalDate date = published != null ? published : d.published();
        if (date == null) {
            throw new Refused("the page states no publication date; pass --published YYYY-MM-DD (it anchors \"on "
                    + "Wednesday\" and \"next year\" in its sentences).", true);
        }
        String title = d.title() != null && !d.title().isBlank() ? d.title() : fileName;
        String publisher = d.publisher() != null && !d.publisher().isBlank() ? d.publisher() : NO_PUBLISHER;
        TeacherArticle.Details given = new TeacherArticle.Details(title, publisher, d.author(), date, d.url(),
                d.language() == null || d.language().isBlank() ? "en" : d.language());
        Map<String, String> problems = articles.saveCleaning(a.id(), given, a.flipped());
        TeacherArticle saved = articles.find(a.id()).orElseThrow();
        Article article = articles.article(saved).orElseThrow(() -> new Refused("the page cannot be read as an "
                + "article: " + String.join(" ", problems.values()), false));
        List<PageLine> dropped = reading.lines().stream().filter(l -> !TeacherArticles.keptNow(saved, l)).toList();
        Page page = new Page(meta.title(), meta.publisher(), meta.author(), date, article.sentences(), dropped);

        List<Proposal> proposals = new FactProposer(library, Gazetteer.builtIn()).propose(article);
        List<Checked> checked = new ArrayList<>();
        for (Proposal p : proposals.subList(0, Math.min(proposals.size(), TeacherArticles.MAX_FACTS))) {
            MarkedFact f = p.fact().withId(null);
            TeacherArticles.FactSave result = articles.saveFact(a.id(), f, 0);
            Optional<String> anchor = article.sentences().stream().filter(s -> s.text().equals(f.sentence()))
                    .map(Article.Sentence::anchor).findFirst();
            checked.add(new Checked(p, anchor, result.problems()));
        }
        // The bank's own generator and gates, for this article only (the server refreshes just this part too).
        return new Result(page, checked, QuestionBank.questionsOf(library, QuestionGenerator.DEFAULT_SEED, a.slug()));
    }

    /**
     * A page the library already holds (a shipped article's raw page) would be refused as a repeat: the preview
     * proposes it as if it were new, so that article and the facts citing it are set aside in this run's library. Its
     * entities stay, as they would for any new article naming them.
     */
    private static void setAside(Library library, String fileName, byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        boolean html = fileName.toLowerCase(Locale.ROOT).matches(".*\\.html?");
        PageReading reading = html ? HtmlPage.read(text) : PageCleaner.read(text);
        List<String> body = PageCleaner.body(reading.lines(), Set.of());
        Set<String> repeated = library.articles().stream().filter(a -> TeacherArticles.sameText(body, a))
                .map(Article::slug).collect(Collectors.toSet());
        if (!repeated.isEmpty()) {
            library.replace(library.articles().stream().filter(a -> !repeated.contains(a.slug())).toList(),
                    library.entities(), library.facts().stream().filter(f -> f.sources().stream()
                            .noneMatch(src -> repeated.contains(src.articleSlug()))).toList(), Set.of(), Set.of());
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // A leftover temporary folder is the system's to clean; the preview itself succeeded.
        }
    }
}
