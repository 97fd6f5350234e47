package app.factdeck.questions;

import app.factdeck.questions.core.Question;

import app.factdeck.content.Fact.Source;
import app.factdeck.content.Library;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintStream;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code questions [--article SLUG] [--format json|text]} prints: the question bank as JSON (one object per
 * question, the schema documented in README.md) or as text to read.
 */
public final class QuestionListing {

    private QuestionListing() {
    }

    /**
     * The generated bank, or one article's part of it ({@code article} null for all); empty after telling
     * {@code err} which articles exist when the slug is unknown.
     */
    public static java.util.Optional<List<Question>> select(Library library, String article, PrintStream err) {
        return select(library, null, article, err);
    }

    /** As {@link #select(Library, String, PrintStream)}, from a bank already built (null: build one). */
    public static java.util.Optional<List<Question>> select(Library library, QuestionBank built, String article,
                                                            PrintStream err) {
        if (article != null && library.article(article).isEmpty()) {
            err.println("factdeck: no article '" + article + "'. Articles: "
                    + String.join(", ", library.articles().stream().map(a -> a.slug()).toList()));
            return java.util.Optional.empty();
        }
        QuestionBank bank = built != null ? built : QuestionBank.build(library, QuestionGenerator.DEFAULT_SEED);
        return java.util.Optional.of(article == null ? bank.all() : bank.questionsOf(article));
    }

    public static String json(List<Question> questions, URI baseUrl) {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(
                    items(questions, baseUrl));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The objects {@link #json} prints, for a command that embeds them in its own output ({@code propose}). */
    public static List<Map<String, Object>> items(List<Question> questions, URI baseUrl) {
        return questions.stream().map(q -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", q.id());
            m.put("article", q.articleSlug());
            m.put("factIds", q.factIds());
            m.put("type", q.type().slug());
            m.put("stem", q.stem());
            Question.Listing l = q.listing();
            m.put("options", l.options());
            m.put("keys", l.keys());
            m.put("distractors", l.distractors());
            m.put("accepted", l.accepted());
            m.put("explanation", q.explanation());
            m.put("sources", q.sources().stream().map(s -> source(s, baseUrl)).toList());
            return m;
        }).toList();
    }

    private static Map<String, Object> source(Source s, URI baseUrl) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("article", s.articleSlug());
        m.put("anchor", s.anchor());
        m.put("sentence", s.text());
        m.put("url", baseUrl + "/articles/" + s.articleSlug() + "?hl=" + s.anchor() + "#" + s.anchor());
        return m;
    }

    public static String text(Question q) {
        StringBuilder b = new StringBuilder();
        b.append(q.id()).append("  [").append(q.type().label()).append("]\n");
        b.append("  ").append(q.stem()).append('\n');
        Question.Listing l = q.listing();
        if (q instanceof app.factdeck.questions.types.matching.Matching m) {
            for (var p : m.pairs()) {
                b.append("    ").append(p.left()).append(" -> ").append(p.right()).append('\n');
            }
        } else if (q instanceof app.factdeck.questions.types.ordering.Ordering o) {
            for (int i = 0; i < o.items().size(); i++) {
                b.append("    ").append(i + 1).append(". ").append(o.items().get(i)).append('\n');
            }
        } else {
            for (String o : l.options()) {
                b.append("    ").append(l.keys().contains(o) ? "* " : "- ").append(o).append('\n');
            }
            if (l.options().isEmpty()) {
                b.append("    answer: ").append(q.correctAnswer()).append("  (accepts ")
                        .append(String.join(" | ", l.accepted())).append(")\n");
            }
        }
        q.sources().forEach(s -> b.append("  source ").append(s.articleSlug()).append('#').append(s.anchor())
                .append(": ").append(s.text()).append('\n'));
        return b.toString();
    }
}
