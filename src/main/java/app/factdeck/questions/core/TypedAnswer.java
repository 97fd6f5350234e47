package app.factdeck.questions.core;

import java.util.List;

/**
 * The right answer of a typed question (short answer, fill in the gap) as {@link AnswerMatcher} compares a typed
 * response with it.
 *
 * @param key        the answer as shown
 * @param accepted   every spelling accepted besides small typos
 * @param kind       how a typed answer is compared (an entity's names, a date, a number, a teacher's exact list)
 * @param nearMisses names of other entities of the key's type: a typed answer close to one of them is refused
 */
public record TypedAnswer(String key, List<String> accepted, Question.AnswerKind kind, List<String> nearMisses) {

    public TypedAnswer {
        accepted = List.copyOf(accepted);
        nearMisses = List.copyOf(nearMisses);
    }
}
