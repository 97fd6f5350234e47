package app.factdeck.transfer;

import app.factdeck.questions.core.MoodleQuestion;
import app.factdeck.questions.core.MoodleQuestion.Answer;
import app.factdeck.questions.core.MoodleQuestion.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Aiken (single-answer multiple choice) read as Moodle's {@code qformat_aiken} does (FORMATS.md §8): the question
 * on one line, choices "A." or "A)", then "ANSWER: X"; any other line starts a new question. One difference: an
 * answer letter that names no choice is refused here, where Moodle imports a question with no right answer. Each
 * question is a Moodle multichoice question with one right answer, in plain text, so the import converts it as it
 * converts GIFT's.
 */
public final class AikenParser {

    private static final Pattern CHOICE = Pattern.compile("^[A-Z][).][ \\t]?.*");

    private AikenParser() {
    }

    /** The questions, each on the line its text is on, and the problems. */
    public record Result(List<MoodleQuestion> questions, List<GiftParser.Problem> problems) {
    }

    public static Result parse(String file) {
        String content = file.startsWith("\uFEFF") ? file.substring(1) : file;
        String[] lines = content.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        List<MoodleQuestion> questions = new ArrayList<>();
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
                    questions.add(question(start, stem, choices, index));
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

    /** Aiken text is plain: {@code <}, {@code >} and {@code &} stay characters. */
    private static MoodleQuestion question(int line, String stem, List<String> choices, int right) {
        List<Answer> answers = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            answers.add(new Answer(new Text(choices.get(i), "plain"), i == right ? 1 : 0, Text.empty("plain"), null));
        }
        return new MoodleQuestion(line, MoodleQuestion.Type.MULTICHOICE, GiftParser.defaultName(stem), false,
                new Text(stem, "plain"), Text.empty("plain"), "", List.of(), true, List.copyOf(answers), false, null,
                null, List.of(), null);
    }
}
