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

    /** Stand-ins for the attempt's own values in a cached first view: letters only, so no escaping changes them. */
    static final String ATTEMPT = "QFATTEMPTQF";
    static final String POSITION = "QFPOSITIONQF";
    static final String SIZE = "QFSIZEQF";
    static final String TOKEN = "QFTOKENQF";
    static final String FIELDS = "QFFIELDSQF";
    /** A session token is pasted in only when it needs no escaping (it is base64url); else the page renders it. */
    private static final java.util.regex.Pattern SAFE_TOKEN = java.util.regex.Pattern.compile("[A-Za-z0-9_-]{1,200}");

    private final Fragments fragments;
    private final Map<Key, String> rendered = new ConcurrentHashMap<>();
    /**
     * A question's whole first view (progress, stem, form) with the stand-ins, by question alone: the fields, which
     * differ by option order, are pasted in from their own cache, so a question's orders share one copy.
     */
    private final Map<Key, String> opens = new ConcurrentHashMap<>();
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

    /**
     * The question page's first view (its {@code open} fragment) for this attempt, or null when the page must render
     * it itself: rendered once per question and option order with stand-ins for the attempt's id, the position, the
     * attempt's size and the session's token, which are pasted in. The profile of issue 22 put Thymeleaf's rendering
     * of this part at ~40 µs a request beyond the layout's own; pasting four values costs a few.
     *
     * @param model the page's model, whose stem and fields are already rendered
     */
    String open(Question question, String fieldsHtml, Map<String, Object> model, long attemptId, int position,
                int size, String token) {
        if (!SAFE_TOKEN.matcher(token).matches() || fieldsHtml == null) {
            return null;
        }
        Map<String, Object> marked = new java.util.HashMap<>(model);
        marked.put("position", POSITION);
        marked.put("size", SIZE);
        marked.put("attemptId", ATTEMPT);
        marked.put("action", "/quiz/" + ATTEMPT + "/" + POSITION);
        marked.put("csrfToken", TOKEN);
        marked.put("fieldsHtml", FIELDS);
        String html = cached(opens, new Key(question, List.of()), "quizzes/question", "open", marked);
        if (html == null) {
            return null;
        }
        // The fields last: they are the student-facing text of the question, which no stand-in may be read in.
        return html.replace(ATTEMPT, Long.toString(attemptId)).replace(POSITION, Integer.toString(position))
                .replace(SIZE, Integer.toString(size)).replace(TOKEN, token).replace(FIELDS, fieldsHtml);
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
