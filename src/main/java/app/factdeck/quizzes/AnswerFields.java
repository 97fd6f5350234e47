package app.factdeck.quizzes;

import app.factdeck.questions.core.Question;
import app.factdeck.web.Fragments;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A question's answer fields as a student first sees them, rendered once per question and option order and reused:
 * the question page spent most of its time evaluating the same template expressions for the same question (issue
 * 22's profile: Thymeleaf's reflective expression evaluation ~16 % of CPU, rendering 36 %). Nothing personal goes
 * in: a first view has nothing typed and no message, and the CSRF token sits outside the fields. A changed question
 * is another object and so another key: an edit never shows old fields.
 */
final class AnswerFields {

    /** Enough for every question of a large bank in a few orders; past it the cache starts again. */
    static final int MAX_ENTRIES = 5_000;

    /**
     * The question by identity, not by value: a record's hash walks its every field on each call, and the bank hands
     * out the same object until it is rebuilt, when a changed question becomes a new object and so a new key.
     */
    private record Key(Question question, List<String> shown) {

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.question == question && k.shown.equals(shown);
        }

        @Override
        public int hashCode() {
            return 31 * System.identityHashCode(question) + shown.hashCode();
        }
    }

    private final Fragments fragments;
    private final Map<Key, String> rendered = new ConcurrentHashMap<>();
    /** A question's type and stem above its form, keyed with no options (they do not show in it). */
    private final Map<Key, String> stems = new ConcurrentHashMap<>();

    AnswerFields(Fragments fragments) {
        this.fragments = fragments;
    }

    /**
     * The type and stem of a question not answered yet (the question page's {@code stem} fragment), or null when
     * the page must render them itself. Nothing in it depends on the attempt: position and size sit outside.
     */
    String stem(Question question, Map<String, Object> model) {
        return cached(stems, new Key(question, List.of()), "quizzes/question", "stem", model);
    }

    /** The fields' HTML for {@code model} (the question page's), or null when the page must render them itself. */
    String of(Question question, List<String> shown, Map<String, Object> model) {
        return cached(rendered, new Key(question, List.copyOf(shown)), "fragments/answer-fields", "fields", model);
    }

    private String cached(Map<Key, String> cache, Key key, String template, String fragment,
                          Map<String, Object> model) {
        String html = cache.get(key);
        if (html == null) {
            html = fragments.render(template, fragment, model);
            if (html == null) {
                return null;
            }
            if (cache.size() >= MAX_ENTRIES) {
                cache.clear();
            }
            cache.put(key, html);
        }
        return html;
    }
}
