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
                       String explanation, List<Source> sources) {

    public enum AnswerKind { ENTITY, DATE, NUMBER, CHOICE }

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

    /** The first cited sentence: where the answer is stated. */
    public Source source() {
        return sources.get(0);
    }
}
