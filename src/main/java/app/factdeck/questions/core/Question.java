package app.factdeck.questions.core;

import app.factdeck.content.Fact.Source;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * One question, generated or a teacher's, traceable to the facts and sentences it comes from. Each type is a
 * record of its own in {@code questions.types.<type>} (as Moodle keeps {@code question/type/<qtype>/}) with fields
 * named for what they are, and owns how a response to it is checked, graded and described; its
 * {@link QuestionKind} owns the rest (form fields, draft checks, GIFT mapping, templates). Every type is listed
 * once in {@code QuestionKinds}.
 *
 * <p>Not {@code sealed}: the Java language lets a sealed interface in the unnamed module (Factdeck runs from the
 * class path) permit only classes of its own package, and each type has its own package. The abstract methods
 * below are what a new type cannot forget, and {@code QuestionKindsTest} checks that every record is registered
 * and has its templates.
 */
public interface Question {

    /**
     * How a typed answer is compared: ENTITY, DATE and NUMBER as {@link AnswerMatcher} explains; EXACT (a teacher's
     * accepted answers) ignores only case, diacritics, punctuation and a leading "the", since a teacher's list
     * has no near misses to guard a typo allowance with. PHRASE (a claim's key phrase, words of the article rather
     * than a name) is compared as text with the same typo allowance as a name.
     */
    enum AnswerKind { ENTITY, DATE, NUMBER, CHOICE, EXACT, PHRASE }

    /**
     * What every question has, whatever its type.
     *
     * @param id          stable across restarts: {@code factId/type/variant}, {@code slug/type/n} for items built
     *                    from several facts, {@code a/N/V} for version V of a teacher's question N
     * @param factIds     the facts it is built from (none for a teacher's question)
     * @param explanation the answer and the source sentence (generated), or the teacher's feedback as plain text
     * @param answerForms the generator's evidence: for each correct answer, the words that state it (name and
     *                    aliases, or a date as written); the quality gates check that one is in a cited sentence
     * @param authored    what a teacher's question carries beyond a generated one, or null
     */
    record Common(String id, String articleSlug, List<String> factIds, String stem, String explanation,
                  List<Source> sources, List<List<String>> answerForms, Authored authored) {

        public Common {
            factIds = List.copyOf(factIds);
            sources = List.copyOf(sources);
            answerForms = List.copyOf(answerForms);
        }

        /** A generated question's common part. */
        public static Common generated(String id, String articleSlug, List<String> factIds, String stem,
                                       List<List<String>> answerForms, String explanation, List<Source> sources) {
            return new Common(id, articleSlug, factIds, stem, explanation, sources, answerForms, null);
        }
    }

    /**
     * What a teacher's question carries beyond a generated one.
     *
     * @param number       the authored question's number; with {@code version} it makes the id {@code a/N/V}
     * @param stemHtml     the Markdown stem rendered and sanitised ({@code stem} holds its plain text)
     * @param feedbackHtml the Markdown feedback rendered and sanitised, or ""
     * @param title        the teacher's name for the question (GIFT's {@code ::title::}), or "" for none
     * @param penalty      Moodle's penalty for each wrong try (0…1), kept so a question goes back to Moodle as it
     *                     came; Factdeck gives one try per question, so it never changes a grade here
     */
    record Authored(long number, int version, String stemHtml, String feedbackHtml, String title, double penalty) {

        public Authored {
            title = title == null ? "" : title;
        }

        /** A teacher's question without a name or penalty. */
        public Authored(long number, int version, String stemHtml, String feedbackHtml) {
            this(number, version, stemHtml, feedbackHtml, "", DEFAULT_PENALTY);
        }

        /** The id every version shares: mastery and history follow the question, not one version. */
        public String baseId() {
            return "a/" + number;
        }
    }

    /** Moodle's default penalty for a wrong try: a third of the marks. */
    double DEFAULT_PENALTY = 1.0 / 3;

    /**
     * The question as the CLI's JSON lists it ({@code options}, {@code keys}, {@code distractors}, {@code accepted}
     * as documented in the README): a view for listings and the generator's quality gates, never for grading.
     */
    record Listing(List<String> options, List<String> keys, List<String> distractors, List<String> accepted) {
    }

    /**
     * One part of a response marked on its own (a gap of a text), as the feedback page and the results list it:
     * "Gap 2: Warsow — wrong; the answer is Warsaw".
     */
    record Mark(String label, String given, boolean right, String key) {
    }

    /** What a question makes as a flashcard: a front and a back, or a sentence with a gap and what fills it. */
    record CardSide(boolean gap, String front, String back) {
    }

    // --- what every type must say ---------------------------------------------------------------------------

    Common common();

    /** The type's descriptor: slug, label, form, checks, GIFT mapping, templates. */
    QuestionKind<? extends Question> type();

    /** Why a response cannot be graded yet (the student is told, nothing is stored), or empty. */
    Optional<String> incomplete(Response r);

    /** Credit in [0, 1] for a complete response (see {@link #incomplete}). */
    Grade grade(Response r);

    /** The right answer in words, as a student is shown it after answering. */
    String correctAnswer();

    /** A student's response in words ("Vilnius", "A → B → C", "Rutte: Secretary General"). */
    String describe(Response r);

    /**
     * The options in the order one attempt shows them (see {@link #shuffled}); the choices as they are for a
     * type without options to shuffle.
     */
    List<String> optionsFor(long attemptSeed);

    /** The flashcard this question makes, or empty when it makes none. */
    Optional<CardSide> flashcard();

    Listing listing();

    /**
     * How the answer is spelled, when a typed answer earned its credit as a typo of it ("Anders Fogh Rasmssen"
     * for "Anders Fogh Rasmussen"); empty otherwise. Shown beside "Right" so the typo is not learnt.
     */
    default Optional<String> correctSpelling(Response r) {
        return Optional.empty();
    }

    /**
     * The response marked part by part, for a question whose parts are graded one by one (the gaps of a text);
     * empty for a question answered as a whole, which the pages show as "Your answer" and "Correct answer".
     */
    default List<Mark> marks(Response r) {
        return List.of();
    }

    /** The teacher's feedback on the answers this response chose (sanitised HTML), shown after answering. */
    default List<String> answerFeedback(Response r) {
        return List.of();
    }

    // --- the common part ------------------------------------------------------------------------------------

    default String id() {
        return common().id();
    }

    default String articleSlug() {
        return common().articleSlug();
    }

    default List<String> factIds() {
        return common().factIds();
    }

    default String stem() {
        return common().stem();
    }

    default String explanation() {
        return common().explanation();
    }

    default List<Source> sources() {
        return common().sources();
    }

    default List<List<String>> answerForms() {
        return common().answerForms();
    }

    default Authored authored() {
        return common().authored();
    }

    default boolean isAuthored() {
        return authored() != null;
    }

    /**
     * What a student's mastery is tracked by: the facts a generated question asks about; the question itself
     * (every version) for a teacher's.
     */
    default List<String> masteryKeys() {
        return isAuthored() ? List.of(authored().baseId()) : factIds();
    }

    /** The first cited sentence: where the answer is stated (a teacher's question may cite none). */
    default Source source() {
        return sources().get(0);
    }

    default Optional<Source> firstSource() {
        return sources().stream().findFirst();
    }

    /**
     * The accepted answers besides the one {@link #correctAnswer} shows, without repeats (a date's accepted forms
     * include the shown form itself, which the bank page printed twice).
     */
    default List<String> otherAccepted() {
        String shown = correctAnswer().strip().toLowerCase(java.util.Locale.ROOT);
        java.util.Set<String> seen = new java.util.HashSet<>(List.of(shown));
        List<String> others = new ArrayList<>();
        for (String a : listing().accepted()) {
            if (seen.add(a.strip().toLowerCase(java.util.Locale.ROOT))) {
                others.add(a);
            }
        }
        return others;
    }

    /**
     * {@code items} in the order one attempt shows them: a permutation seeded by the attempt and the question's
     * id, so a reload shows the same order while every position is equally likely to hold the key across attempts.
     * Stored attempts depend on this order: do not change it.
     */
    static List<String> shuffled(List<String> items, String id, long attemptSeed) {
        List<String> shown = new ArrayList<>(items);
        Collections.shuffle(shown, new Random(mix(attemptSeed ^ ((long) id.hashCode() << 32))));
        return List.copyOf(shown);
    }

    /** SplitMix64's finaliser: neighbouring attempt seeds must not give related permutations. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
