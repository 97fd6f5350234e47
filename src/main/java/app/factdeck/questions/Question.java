package app.factdeck.questions;

import app.factdeck.content.Fact.Source;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * One generated question, traceable to the facts and sentences it comes from.
 *
 * <p>What {@code options} and {@code keys} hold depends on the type:
 * <ul>
 *   <li>multiple choice / select all: the choices, and the correct ones;</li>
 *   <li>true or false: {@code ["True", "False"]}, and the right one;</li>
 *   <li>fill in the gap / short answer: no options; the canonical answer, with {@code accepted} spellings;</li>
 *   <li>put in order: the events, and the events in the right order;</li>
 *   <li>matching: the left items (people), and the right item (role) for each, in the same order.</li>
 * </ul>
 *
 * @param id           stable across restarts: {@code factId/type/variant}, or {@code slug/type/n} for items
 *                     built from several facts
 * @param answerForms  for each correct answer, the words that state it (name and aliases, or a date as written);
 *                     the quality gates check that one of them is in a cited sentence
 * @param answerKind   how a typed answer is compared: an entity's names, a date, or a number
 * @param nearMisses   names of other entities of the key's type: a typed answer close to one of them is refused
 */
public record Question(String id, QuestionType type, String articleSlug, List<String> factIds, String stem,
                       List<String> options, List<String> keys, List<String> distractors, List<String> accepted,
                       AnswerKind answerKind, List<List<String>> answerForms, List<String> nearMisses,
                       String explanation, List<Source> sources, Authored authored) {

    /**
     * How a typed answer is compared: ENTITY, DATE and NUMBER as {@link AnswerMatcher} explains; EXACT (a teacher's
     * accepted answers) ignores only case, diacritics, punctuation and a leading "the", since a teacher's list
     * has no near misses to guard a typo allowance with.
     */
    public enum AnswerKind { ENTITY, DATE, NUMBER, CHOICE, EXACT }

    /**
     * What a teacher's question carries beyond a generated one.
     *
     * @param number       the authored question's number; with {@code version} it makes the id {@code a/N/V}
     * @param stemHtml     the Markdown stem rendered and sanitised ({@code stem} holds its plain text)
     * @param feedbackHtml the Markdown feedback rendered and sanitised, or ""
     * @param tolerance    numerical: how far from the key an answer may be and still be right
     * @param title        the teacher's name for the question (GIFT's {@code ::title::}), or "" for none
     */
    public record Authored(long number, int version, String stemHtml, String feedbackHtml, double tolerance,
                           String title) {

        public Authored {
            title = title == null ? "" : title;
        }

        /** A teacher's question without a name. */
        public Authored(long number, int version, String stemHtml, String feedbackHtml, double tolerance) {
            this(number, version, stemHtml, feedbackHtml, tolerance, "");
        }

        /** The id every version shares: mastery and history follow the question, not one version. */
        public String baseId() {
            return "a/" + number;
        }
    }

    /** A generated question. */
    public Question(String id, QuestionType type, String articleSlug, List<String> factIds, String stem,
                    List<String> options, List<String> keys, List<String> distractors, List<String> accepted,
                    AnswerKind answerKind, List<List<String>> answerForms, List<String> nearMisses,
                    String explanation, List<Source> sources) {
        this(id, type, articleSlug, factIds, stem, options, keys, distractors, accepted, answerKind, answerForms,
                nearMisses, explanation, sources, null);
    }

    public boolean isAuthored() {
        return authored != null;
    }

    /**
     * What a student's mastery is tracked by: the facts a generated question asks about; the question itself
     * (every version) for a teacher's.
     */
    public List<String> masteryKeys() {
        return authored != null ? List.of(authored.baseId()) : factIds;
    }

    /**
     * The options in the order one attempt shows them: a permutation seeded by the attempt, so a reload
     * shows the same order while every position is equally likely to hold the key across attempts.
     */
    public List<String> optionsFor(long attemptSeed) {
        if (type == QuestionType.TRUE_FALSE || type.isTyped()) {
            return options;
        }
        List<String> shown = new ArrayList<>(type == QuestionType.MATCHING ? keys : options);
        Collections.shuffle(shown, new Random(mix(attemptSeed ^ ((long) id.hashCode() << 32))));
        return List.copyOf(shown);
    }

    /** SplitMix64's finaliser: neighbouring attempt seeds must not give related permutations. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** The right answer in words, as a student is shown it after answering. */
    public String correctAnswer() {
        return switch (type) {
            case ORDERING -> String.join(" → ", keys);
            case MATCHING -> {
                List<String> pairs = new ArrayList<>();
                for (int i = 0; i < options.size(); i++) {
                    pairs.add(options.get(i) + ": " + keys.get(i));
                }
                yield String.join("; ", pairs);
            }
            // A tolerance is bounded when checked; an old stored one out of bounds is shown as no tolerance.
            case NUMERICAL -> authored != null && authored.tolerance() > 0 && Double.isFinite(authored.tolerance())
                    ? keys.get(0) + " (± " + Numbers.plain(java.math.BigDecimal.valueOf(authored.tolerance())) + ")"
                    : keys.get(0);
            default -> String.join(", ", keys);
        };
    }

    /**
     * The accepted answers besides the one {@link #correctAnswer} shows, without repeats (a date's accepted forms
     * include the shown form itself, which the bank page printed twice).
     */
    public List<String> otherAccepted() {
        String shown = correctAnswer().strip().toLowerCase(java.util.Locale.ROOT);
        java.util.Set<String> seen = new java.util.HashSet<>(List.of(shown));
        List<String> others = new ArrayList<>();
        for (String a : accepted) {
            if (seen.add(a.strip().toLowerCase(java.util.Locale.ROOT))) {
                others.add(a);
            }
        }
        return others;
    }

    /** The first cited sentence: where the answer is stated (a teacher's question may cite none). */
    public Source source() {
        return sources.get(0);
    }

    public java.util.Optional<Source> firstSource() {
        return sources.stream().findFirst();
    }
}
