package app.factdeck.transfer;

import app.factdeck.questions.QuestionDraft;
import app.factdeck.questions.types.multichoice.MultipleChoiceKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Aiken (single-answer multiple choice) read as Moodle's {@code qformat_aiken} does (FORMATS.md §8): the question
 * on one line, choices "A." or "A)", then "ANSWER: X"; any other line starts a new question. One difference: an
 * answer letter that names no choice is refused here, where Moodle imports a question with no right answer.
 */
public final class AikenParser {

    private static final Pattern CHOICE = Pattern.compile("^[A-Z][).][ \\t]?.*");

    private AikenParser() {
    }

    /** A question read from the file, with the line its text is on. */
    public record Parsed(int line, QuestionDraft draft) {
    }

    public record Result(List<Parsed> questions, List<GiftParser.Problem> problems) {
    }

    public static Result parse(String file) {
        String content = file.startsWith("\uFEFF") ? file.substring(1) : file;
        String[] lines = content.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        List<Parsed> questions = new ArrayList<>();
        List<GiftParser.Problem> problems = new ArrayList<>();
        String stem = null;
        int start = 0;
        List<String> choices = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            int n = i + 1;
            if (line.length() < 2) {
                continue;
            }
            if (CHOICE.matcher(line).matches()) {
                if (stem == null) {
                    problems.add(new GiftParser.Problem(n, "Question not started: a choice comes before any "
                            + "question text. Put the question on the line above its choices.", line));
                } else {
                    choices.add(line.substring(2).strip());
                }
            } else if (line.startsWith("ANSWER:")) {
                if (stem == null) {
                    problems.add(new GiftParser.Problem(n, "Question not started: an ANSWER line comes before any "
                            + "question text.", line));
                    continue;
                }
                String letter = line.substring("ANSWER:".length()).strip();
                int index = letter.isEmpty() ? -1 : letter.charAt(0) - 'A';
                if (choices.size() < 2) {
                    problems.add(new GiftParser.Problem(start, "A question must have at least 2 choices, "
                            + "each on its own line starting \"A.\" or \"A)\".", stem));
                } else if (index < 0 || index >= choices.size()) {
                    problems.add(new GiftParser.Problem(n, "The answer '" + letter + "' names none of the "
                            + choices.size() + " choices (A to " + (char) ('A' + choices.size() - 1) + ").", line));
                } else {
                    questions.add(new Parsed(start, new QuestionDraft(MultipleChoiceKind.INSTANCE, stem, "plain",
                            List.copyOf(choices), Set.of(index), "", "", "", "", "", "", "")));
                }
                stem = null;
                choices = new ArrayList<>();
            } else {
                if (stem != null) {
                    problems.add(new GiftParser.Problem(start, "Question not completed before the next one starts "
                            + "(line " + n + "): it needs an \"ANSWER: X\" line. The question text must be on one "
                            + "line.", stem));
                }
                stem = line;
                start = n;
                choices = new ArrayList<>();
            }
        }
        if (stem != null) {
            problems.add(new GiftParser.Problem(start, "Question not completed: the file ends before its "
                    + "\"ANSWER: X\" line.", stem));
        }
        return new Result(List.copyOf(questions), List.copyOf(problems));
    }
}
