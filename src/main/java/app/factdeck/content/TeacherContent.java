package app.factdeck.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Teachers' articles and facts (kept in the database) read with the same parsers and checks as the content tree's
 * files: an article is its article.md text, a fact its facts.yaml entry, so a fact typed in a form meets exactly the
 * checks a fact in a file does (answer stated in the sentence, date reads as written, …).
 */
public final class TeacherContent {

    private static final ArticleParser PARSER = new ArticleParser(new SentenceSplitter());

    private TeacherContent() {
    }

    /** An article as its article.md text; {@code name} is how problems name it. */
    public record Page(String slug, String name, String markdown) {
    }

    /** One fact as a facts.yaml entry ("- id: …"). */
    public record FactEntry(String articleSlug, String factId, String yaml) {
    }

    /**
     * @param factProblems per fact id, the loader's messages as {@code name:line: message}
     */
    public record Assembly(List<Article> articles, List<Fact> facts, Map<String, List<String>> articleProblems,
                           Map<String, List<String>> factProblems) {
    }

    /** One article.md text parsed, or the problems. */
    public static Optional<Article> parseArticle(Page page, List<String> problems) {
        return PARSER.parse(page.name(), page.slug(), page.markdown(), problems);
    }

    /**
     * Parses every page and fact; a fact with a problem is left out (and its problems returned), the rest are
     * checked against {@code entities} and the articles (the content tree's and these).
     *
     * @param usedFactIds the content tree's fact ids: a teacher's fact never reuses one
     */
    public static Assembly assemble(Map<String, Entity> entities, List<Article> base, List<Page> pages,
                                    List<FactEntry> facts, Set<String> usedFactIds) {
        Map<String, Article> bySlug = new LinkedHashMap<>();
        base.forEach(a -> bySlug.put(a.slug(), a));
        List<Article> parsed = new ArrayList<>();
        Map<String, List<String>> articleProblems = new LinkedHashMap<>();
        for (Page page : pages) {
            List<String> problems = new ArrayList<>();
            Optional<Article> a = parseArticle(page, problems);
            if (a.isPresent() && problems.isEmpty()) {
                parsed.add(a.get());
                bySlug.put(page.slug(), a.get());
            } else {
                articleProblems.put(page.slug(), problems);
            }
        }
        FactParser factParser = new FactParser(entities, bySlug);
        Set<String> seen = new java.util.HashSet<>(usedFactIds);
        List<Fact> out = new ArrayList<>();
        Map<String, List<String>> factProblems = new LinkedHashMap<>();
        for (FactEntry entry : facts) {
            Article article = bySlug.get(entry.articleSlug());
            if (article == null) {
                factProblems.put(entry.factId(), List.of("fact:1: the article's text is not ready yet"));
                continue;
            }
            List<String> problems = new ArrayList<>();
            List<Fact> parsedFacts = factParser.parse("fact", article, entry.yaml(), seen, problems);
            if (problems.isEmpty() && parsedFacts.size() == 1) {
                out.add(parsedFacts.get(0));
            } else {
                factProblems.put(entry.factId(), problems.isEmpty() ? List.of("fact:1: not one fact") : problems);
            }
        }
        return new Assembly(List.copyOf(parsed), List.copyOf(out), articleProblems, factProblems);
    }
}
