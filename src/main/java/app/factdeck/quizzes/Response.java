package app.factdeck.quizzes;

import java.util.List;

/**
 * What a student answered, in the shape each question type expects:
 * <ul>
 *   <li>multiple choice, true/false, fill in the gap, short answer: one value (the option, or what was typed);</li>
 *   <li>select all: the options ticked;</li>
 *   <li>put in order: the items in the order the student put them, earliest first;</li>
 *   <li>matching: for each left item of the question, in its order, the right item chosen ("" if none).</li>
 * </ul>
 */
public record Response(List<String> values) {

    public static Response of(String... values) {
        return new Response(List.of(values));
    }

    public String single() {
        return values.isEmpty() ? "" : values.get(0);
    }
}
