package app.factdeck.questions.core;

import java.util.List;

/**
 * What a student answered, as a list of strings (stored so in {@code attempt_response.answer}: keep the shape,
 * or stored attempts stop reading). Each type's {@link QuestionKind#readResponse} says what the values are; today:
 * <ul>
 *   <li>multiple choice, true/false, fill in the gap, short answer, numerical: one value (the option, or what was
 *       typed);</li>
 *   <li>select all: the options ticked;</li>
 *   <li>put in order: the items in the order the student put them, earliest first;</li>
 *   <li>matching: for each left item of the question, in its order, the right item chosen ("" if none).</li>
 * </ul>
 */
public record Response(List<String> values) {

    /** The longest typed answer (short answer, fill in the gap, numerical) a student may send. */
    public static final int MAX_TYPED_ANSWER = 200;

    public static Response of(String... values) {
        return new Response(List.of(values));
    }

    public String single() {
        return values.isEmpty() ? "" : values.get(0);
    }

    /** Why a typed answer is too long to grade, or empty. */
    public java.util.Optional<String> tooLong() {
        return single().length() > MAX_TYPED_ANSWER ? java.util.Optional.of(String.format(java.util.Locale.ENGLISH,
                "Your answer is %,d characters long; an answer has at most %d. Shorten it.", single().length(),
                MAX_TYPED_ANSWER)) : java.util.Optional.empty();
    }
}
