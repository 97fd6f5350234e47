package app.factdeck.content;

import app.factdeck.content.Fact.Source;
import app.factdeck.content.YamlTree.Value;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The fields of a {@code claim} fact beyond its statement, checked as the reader of a quiz needs them: the key
 * phrase is words of the cited sentence, the statement around the gap does not give it away, the contradiction is
 * not the statement again, and a multiple choice has a right option that says the key phrase and wrong ones that
 * do not. Every field is bounded so a typo in facts.yaml cannot make a page-long item.
 */
public final class ClaimFields {

    /** A phrase such as "a vote on the deal" or "a graft and money laundering conviction"; never a clause. */
    public static final int MAX_ANSWER_WORDS = 6;
    public static final int MAX_ANSWER_CHARS = 40;
    static final int MAX_ACCEPTED = 8;
    static final int MAX_ACCEPTED_CHARS = 60;
    public static final int MAX_SENTENCE_CHARS = 300;
    static final int MAX_QUESTION_CHARS = 200;
    static final int MAX_OPTION_CHARS = 120;
    static final int MIN_WRONG = 2;
    static final int MAX_WRONG = 4;

    private ClaimFields() {
    }

    /** The claim of fact {@code id}, with every problem added to {@code problems} as file:line. */
    static Fact.Claim parse(String file, Value item, String id, String statement, Source source, List<Source> also,
                            List<String> problems) {
        String answer = FactParser.text(item, "answer");
        int answerLine = line(item, "answer");
        if (answer != null) {
            int words = answer.isBlank() ? 0 : answer.strip().split("\\s+").length;
            if (words == 0 || words > MAX_ANSWER_WORDS || answer.length() > MAX_ANSWER_CHARS) {
                problems.add(file + ":" + answerLine + ": the answer of " + id + " is the claim's key phrase of 1 to "
                        + MAX_ANSWER_WORDS + " words (at most " + MAX_ANSWER_CHARS + " characters), e.g. "
                        + "\"waiting room\"; not '" + answer + "'");
            }
            if (source != null && !Text.containsPhrase(source.text(), answer)) {
                problems.add(file + ":" + answerLine + ": the answer '" + answer + "' of " + id + " does not occur in "
                        + "its source sentence; the key phrase is copied from the sentence, word for word");
            }
        }
        List<String> accepted = texts(file, item, "accepted", id, MAX_ACCEPTED, MAX_ACCEPTED_CHARS, problems);
        Set<String> seen = new HashSet<>(answer == null ? List.of() : List.of(Text.normalise(answer)));
        for (String a : accepted) {
            if (!seen.add(Text.normalise(a))) {
                problems.add(file + ":" + line(item, "accepted") + ": '" + a + "' is listed twice (or is the answer) in "
                        + "the accepted wordings of " + id + "; list each other wording once");
            }
        }
        for (Source other : also) {
            boolean stated = answer != null && Stream.concat(Stream.of(answer), accepted.stream())
                    .anyMatch(w -> Text.containsPhrase(other.text(), w));
            if (answer != null && !stated) {
                problems.add(file + ":" + line(item, "also") + ": (also " + other.articleSlug() + ") neither the answer '"
                        + answer + "' of " + id + " nor an accepted wording occurs in that source sentence");
            }
        }
        int statementLine = line(item, "statement");
        if (statement != null) {
            if (statement.length() > MAX_SENTENCE_CHARS) {
                problems.add(file + ":" + statementLine + ": the statement of " + id + " is " + statement.length()
                        + " characters; keep it to " + MAX_SENTENCE_CHARS);
            }
            if (!statement.endsWith(".")) {
                problems.add(file + ":" + statementLine + ": the statement of " + id + " is one sentence ending with '.'");
            }
            // The gap item shows the statement with the phrase blanked: the rest must not say it already.
            String around = statement.replace("{answer}", " ");
            List<String> giveaways = new ArrayList<>(accepted);
            if (answer != null) {
                giveaways.add(0, answer);
            }
            for (String g : giveaways) {
                if (Text.containsPhrase(around, g)) {
                    problems.add(file + ":" + statementLine + ": the statement of " + id + " says '" + g + "' outside "
                            + "the gap, which gives the answer away; reword it or drop that accepted wording");
                }
            }
        }
        String contradiction = FactParser.text(item, "contradiction");
        int contradictionLine = line(item, "contradiction");
        if (contradiction != null) {
            if (contradiction.length() > MAX_SENTENCE_CHARS || !contradiction.endsWith(".")
                    || contradiction.contains("{answer}")) {
                problems.add(file + ":" + contradictionLine + ": the contradiction of " + id + " is one false sentence "
                        + "ending with '.', at most " + MAX_SENTENCE_CHARS + " characters, without '{answer}'");
            }
            if (statement != null && answer != null
                    && Text.normalise(contradiction).equals(Text.normalise(statement.replace("{answer}", answer)))) {
                problems.add(file + ":" + contradictionLine + ": the contradiction of " + id + " is the statement "
                        + "itself; write a sentence the article rules out");
            }
        }
        String question = FactParser.text(item, "question");
        String right = FactParser.text(item, "right");
        List<String> wrong = texts(file, item, "wrong", id, MAX_WRONG, MAX_OPTION_CHARS, problems);
        boolean anyChoice = question != null || right != null || item.get("wrong").isPresent();
        if (anyChoice) {
            choice(file, item, id, answer, accepted, question, right, wrong, problems);
        }
        return new Fact.Claim(answer, accepted, contradiction, question, right, wrong);
    }

    /** The optional multiple choice: all three fields, the key phrase in the right option only. */
    private static void choice(String file, Value item, String id, String answer, List<String> accepted,
                               String question, String right, List<String> wrong, List<String> problems) {
        String where = file + ":" + item.line() + ": ";
        if (question == null || right == null || wrong.size() < MIN_WRONG) {
            problems.add(where + "the multiple choice of " + id + " needs 'question', 'right' and " + MIN_WRONG + " to "
                    + MAX_WRONG + " 'wrong' options, or none of them");
            return;
        }
        if (question.length() > MAX_QUESTION_CHARS) {
            problems.add(file + ":" + line(item, "question") + ": the question of " + id + " is " + question.length()
                    + " characters; keep it to " + MAX_QUESTION_CHARS);
        }
        if (right.length() > MAX_OPTION_CHARS) {
            problems.add(file + ":" + line(item, "right") + ": the right option of " + id + " is " + right.length()
                    + " characters; keep it to " + MAX_OPTION_CHARS);
        }
        List<String> wordings = new ArrayList<>(accepted);
        if (answer != null) {
            wordings.add(0, answer);
            if (Text.containsPhrase(question, answer)) {
                problems.add(file + ":" + line(item, "question") + ": the question of " + id + " says the answer '"
                        + answer + "' itself; ask without it");
            }
        }
        if (wordings.stream().noneMatch(w -> Text.containsPhrase(right, w))) {
            problems.add(file + ":" + line(item, "right") + ": the right option of " + id + " must say the key phrase '"
                    + answer + "' (or an accepted wording), so it is what the source sentence states");
        }
        Set<String> options = new HashSet<>(List.of(Text.normalise(right)));
        for (String w : wrong) {
            if (!options.add(Text.normalise(w))) {
                problems.add(file + ":" + line(item, "wrong") + ": the wrong option '" + w + "' of " + id + " repeats "
                        + "another option");
            }
            if (answer != null && Text.containsPhrase(w, answer)) {
                problems.add(file + ":" + line(item, "wrong") + ": the wrong option '" + w + "' of " + id + " says the "
                        + "key phrase '" + answer + "'; a wrong option must be one the article rules out");
            }
        }
    }

    /** A list of short texts (or one text), bounded in count and length. */
    private static List<String> texts(String file, Value item, String key, String id, int maxCount, int maxChars,
                                      List<String> problems) {
        Value v = item.get(key).orElse(null);
        if (v == null) {
            return List.of();
        }
        List<Value> values = v.isList() ? v.list() : List.of(v);
        if (values.size() > maxCount) {
            problems.add(file + ":" + v.line() + ": '" + key + "' of " + id + " has " + values.size() + " entries; at "
                    + "most " + maxCount);
        }
        List<String> out = new ArrayList<>();
        for (Value x : values) {
            String t = x.isScalar() ? x.text().strip() : "";
            if (t.isEmpty() || t.length() > maxChars) {
                problems.add(file + ":" + x.line() + ": each entry of '" + key + "' of " + id + " is a text of 1 to "
                        + maxChars + " characters");
                continue;
            }
            out.add(t);
        }
        return out.stream().limit(maxCount).toList();
    }

    private static int line(Value item, String key) {
        return item.get(key).map(Value::line).orElse(item.line());
    }
}
