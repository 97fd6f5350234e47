package app.factdeck.authoring;

import app.factdeck.content.Article;
import app.factdeck.content.Fact.Source;
import app.factdeck.content.Text;
import app.factdeck.questions.Numbers;
import app.factdeck.questions.Question;
import app.factdeck.questions.Question.AnswerKind;
import app.factdeck.questions.QuestionType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a teacher's draft and turns it into a question students can take; pure. Every problem is reported
 * against the form field it belongs to, in words that say how to fix it.
 *
 * <pre>{@code
 * DraftCheck.Checked c = DraftCheck.check(draft, article, 7, 1);
 * c.errors()    // {"correct": "A multiple-choice question needs a correct option: choose it."}
 * c.question()  // the question a/7/1, when there are no errors
 * }</pre>
 */
public final class DraftCheck {

    static final Pattern GAP = Pattern.compile("\\[\\[(.*?)]]", Pattern.DOTALL);
    static final String GAP_SHOWN = "_____";
    /*
     * The limits on a teacher's question, for the form and for imports alike. Every one is far above what a
     * question needs, and low enough that no question can make a page or a quiz slow: a matching question's
     * page holds pairs² options, so 1,500 pairs was 2.25 million of them and an OutOfMemoryError.
     */
    /** Characters in the question text (the cloze text with its gap). */
    public static final int MAX_STEM = 4000;
    /** Characters in one option, ordering item, side of a matching pair, or accepted answer. */
    public static final int MAX_OPTION = 300;
    /** Characters in a question's name: Moodle's limit for a question name, which GIFT titles become. */
    public static final int MAX_TITLE = 255;
    /** Characters in the feedback. */
    public static final int MAX_FEEDBACK = 4000;
    /** Options of a multiple-choice or select-all question. */
    public static final int MAX_OPTIONS = 10;
    /** Items of a put-in-order question. */
    public static final int MAX_ITEMS = 10;
    /** Pairs of a matching question. */
    public static final int MAX_PAIRS = 10;
    /** Accepted answers of a short-answer question, or alternatives in a cloze gap. */
    public static final int MAX_ACCEPTED = 20;
    /** Characters in a one-per-line field as typed (accepted answers, ordering items, matching pairs). */
    public static final int MAX_LINES_FIELD = 10_000;

    private DraftCheck() {
    }

    /** The field errors (field name → message, in form order), or the question when there are none. */
    public record Checked(Map<String, String> errors, Question question) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    public static Checked check(QuestionDraft d, Article article, long number, int version) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (d.title().length() > MAX_TITLE) {
            errors.put("title", String.format(java.util.Locale.ENGLISH, "The name is %,d characters long; keep it "
                    + "to %d or fewer (it labels the question in the bank, and Moodle cuts longer names).",
                    d.title().length(), MAX_TITLE));
        } else if (d.title().chars().anyMatch(Character::isISOControl)) {
            errors.put("title", "The name has a line break or another control character; write it on one line.");
        }
        QuestionType type = d.type();
        String stemSource = d.stem();
        if (stemSource.isBlank()) {
            errors.put("stem", type == QuestionType.CLOZE ? "Write the text with its gap, e.g. "
                    + "\"The summit was held in [[Vilnius]].\"" : type == QuestionType.TRUE_FALSE
                    ? "Write the statement students judge true or false." : "Write the question.");
        } else if (stemSource.length() > MAX_STEM) {
            errors.put("stem", "The question is " + stemSource.length() + " characters long; keep it under "
                    + MAX_STEM + ".");
        }
        List<String> options = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        List<String> accepted = new ArrayList<>();
        AnswerKind kind = AnswerKind.CHOICE;
        double tolerance = 0;
        switch (type) {
            case MULTIPLE_CHOICE, MULTI_SELECT -> choices(d, errors, options, keys);
            case TRUE_FALSE -> {
                options.addAll(List.of("True", "False"));
                switch (d.answer().strip().toLowerCase(java.util.Locale.ROOT)) {
                    case "true" -> keys.add("True");
                    case "false" -> keys.add("False");
                    default -> errors.put("answer", "Choose whether the statement is true or false.");
                }
            }
            case SHORT_ANSWER -> {
                kind = AnswerKind.EXACT;
                accepted.addAll(lines(d.accepted()));
                if (accepted.isEmpty()) {
                    errors.put("accepted", "Give at least one accepted answer, one per line.");
                } else if (accepted.size() > MAX_ACCEPTED) {
                    errors.put("accepted", tooMany("accepted answers", accepted.size(), MAX_ACCEPTED,
                            "Keep the likely ones."));
                } else if (tooLong(accepted).isPresent()) {
                    errors.put("accepted", "The accepted answer '" + shortened(tooLong(accepted).get()) + "' is "
                            + longerThan(tooLong(accepted).get(), MAX_OPTION));
                } else {
                    duplicate(accepted).ifPresent(x -> errors.put("accepted", "'" + x + "' is listed twice."));
                    keys.add(accepted.get(0));
                }
            }
            case CLOZE -> {
                kind = AnswerKind.EXACT;
                // A text over the limit is refused already; looking for gaps in it would only cost time.
                Matcher m = GAP.matcher(stemSource.length() > MAX_STEM ? "" : stemSource);
                List<String> gaps = new ArrayList<>();
                while (m.find()) {
                    gaps.add(m.group(1));
                }
                if (!stemSource.isBlank() && stemSource.length() <= MAX_STEM && gaps.isEmpty()) {
                    errors.put("stem", "The cloze text has no gap: put the missing words in double brackets, "
                            + "e.g. \"The summit was held in [[Vilnius]].\"");
                } else if (gaps.size() > 1) {
                    errors.put("stem", "The text has " + gaps.size() + " gaps; a cloze question has one. Keep one "
                            + "[[…]] and write the others out, or make a question for each.");
                } else if (gaps.size() == 1) {
                    for (String alt : gaps.get(0).split("\\|")) {
                        if (!alt.isBlank()) {
                            accepted.add(alt.strip());
                        }
                    }
                    if (accepted.isEmpty()) {
                        errors.put("stem", "The gap [[ ]] is empty: write the missing words inside it.");
                    } else if (accepted.size() > MAX_ACCEPTED) {
                        errors.put("stem", tooMany("alternatives in its gap", accepted.size(), MAX_ACCEPTED,
                                "Keep the likely ones."));
                    } else if (tooLong(accepted).isPresent()) {
                        errors.put("stem", "The gap's answer '" + shortened(tooLong(accepted).get()) + "' is "
                                + longerThan(tooLong(accepted).get(), MAX_OPTION));
                    } else {
                        keys.add(accepted.get(0));
                    }
                }
            }
            case ORDERING -> {
                options.addAll(lines(d.items()));
                if (options.size() < 3) {
                    errors.put("items", "Give at least three items, one per line, in the right order.");
                } else if (options.size() > MAX_ITEMS) {
                    errors.put("items", tooMany("items", options.size(), MAX_ITEMS,
                            "Split it into several questions."));
                } else if (tooLong(options).isPresent()) {
                    errors.put("items", "The item '" + shortened(tooLong(options).get()) + "' is "
                            + longerThan(tooLong(options).get(), MAX_OPTION));
                } else {
                    duplicate(options).ifPresent(x -> errors.put("items", "'" + x + "' is listed twice."));
                }
                keys.addAll(options);
            }
            case MATCHING -> {
                List<String> lines = lines(d.pairs());
                if (lines.size() > MAX_PAIRS) {
                    errors.put("pairs", tooMany("pairs", lines.size(), MAX_PAIRS, "Split it into several questions."));
                }
                for (int i = 0; i < lines.size() && !errors.containsKey("pairs"); i++) {
                    String[] sides = lines.get(i).split("->", 2);
                    if (sides.length < 2 || sides[0].isBlank() || sides[1].isBlank()) {
                        errors.put("pairs", "Line " + (i + 1) + " (\"" + shortened(lines.get(i)) + "\") is not a "
                                + "pair: write each as \"left -> right\".");
                        break;
                    }
                    options.add(sides[0].strip());
                    keys.add(sides[1].strip());
                    if (sides[0].strip().length() > MAX_OPTION || sides[1].strip().length() > MAX_OPTION) {
                        errors.put("pairs", "Pair " + (i + 1) + " (\"" + shortened(lines.get(i)) + "\") has a side "
                                + "longer than " + MAX_OPTION + " characters; keep each side to " + MAX_OPTION
                                + " or fewer.");
                    }
                }
                if (!errors.containsKey("pairs")) {
                    if (options.size() < 2) {
                        errors.put("pairs", "Give at least two pairs, one \"left -> right\" per line.");
                    } else {
                        duplicate(options).or(() -> duplicate(keys)).ifPresent(x -> errors.put("pairs",
                                "'" + x + "' appears twice; every left and every right item must be different."));
                    }
                }
            }
            case NUMERICAL -> {
                kind = AnswerKind.NUMBER;
                Optional<BigDecimal> n = Numbers.parse(d.answer());
                if (d.answer().isBlank()) {
                    errors.put("answer", "Give the right answer as a number.");
                } else if (n.isEmpty()) {
                    errors.put("answer", "'" + shortened(d.answer().strip()) + "' is not a number. Write it in "
                            + "digits, e.g. 32 or 2.5 (" + Numbers.BOUNDS + ").");
                } else {
                    keys.add(Numbers.plain(n.get()));
                }
                Optional<BigDecimal> t = d.tolerance().isBlank() ? Optional.of(BigDecimal.ZERO)
                        : Numbers.parse(d.tolerance());
                if (t.isEmpty() || t.get().signum() < 0) {
                    errors.put("tolerance", "The tolerance is how far off an answer may be and still count: a "
                            + "number 0 or more (0 for exactly right; " + Numbers.BOUNDS + ").");
                } else {
                    tolerance = t.get().doubleValue();
                }
            }
            default -> throw new IllegalArgumentException("unknown type " + type);
        }
        // A draft is stored as typed, so a field is bounded as typed too (900,000 blank lines are no items); a
        // count over its limit is the clearer message, so it stands when there is one.
        for (Map.Entry<String, String> f : Map.of("accepted", d.accepted(), "items", d.items(), "pairs", d.pairs())
                .entrySet()) {
            if (f.getValue().length() > MAX_LINES_FIELD) {
                errors.putIfAbsent(f.getKey(), String.format(java.util.Locale.ENGLISH, "This field is %,d characters "
                        + "long; keep it to %,d or fewer.", f.getValue().length(), MAX_LINES_FIELD));
            }
        }
        if (d.feedback().length() > MAX_FEEDBACK) {
            errors.put("feedback", "The feedback is " + d.feedback().length() + " characters long; keep it under "
                    + MAX_FEEDBACK + ".");
        }
        List<Source> sources = new ArrayList<>();
        if (!d.sentence().isBlank()) {
            Optional<Article.Sentence> s = article.sentence(d.sentence().strip());
            if (s.isEmpty()) {
                errors.put("sentence", "That sentence is not in this article; pick one from the list, or none.");
            } else {
                sources.add(new Source(article.slug(), s.get().anchor(), s.get().text()));
            }
        }
        if (!errors.isEmpty()) {
            return new Checked(errors, null);
        }
        String shownStem = type == QuestionType.CLOZE ? GAP.matcher(stemSource).replaceFirst(
                Matcher.quoteReplacement(d.format().equals("markdown") ? "\\_\\_\\_\\_\\_" : GAP_SHOWN)) : stemSource;
        String stemHtml = RichText.html(shownStem, d.format());
        String feedbackHtml = RichText.html(d.feedback(), d.format());
        List<String> distractors = options.stream().filter(o -> !keys.contains(o)).toList();
        Question q = new Question("a/" + number + "/" + version, type, article.slug(), List.of(),
                RichText.plain(stemHtml), List.copyOf(options), List.copyOf(keys), distractors,
                List.copyOf(accepted), kind, keys.stream().map(List::of).toList(), List.of(),
                RichText.plain(feedbackHtml), List.copyOf(sources),
                new Question.Authored(number, version, stemHtml, feedbackHtml, tolerance, d.title()));
        return new Checked(Map.of(), q);
    }

    private static void choices(QuestionDraft d, Map<String, String> errors, List<String> options, List<String> keys) {
        List<String> rows = d.options();
        long typed = rows.stream().filter(o -> !o.isBlank()).count();
        // Empty rows are dropped, but a draft keeps them: no more than the form's rows either.
        if (typed > MAX_OPTIONS || rows.size() > QuestionDraft.MAX_ROWS) {
            errors.put("options", tooMany("options", (int) Math.max(typed, rows.size()), MAX_OPTIONS,
                    "Keep the best wrong ones, or split it into two questions."));
            return;
        }
        for (int i = 0; i < rows.size(); i++) {
            String o = rows.get(i).strip();
            if (o.isEmpty()) {
                if (d.isCorrect(i)) {
                    errors.put("options", "Option " + (i + 1) + " is ticked as correct but empty: write it, or untick it.");
                }
                continue;
            }
            if (o.length() > MAX_OPTION) {
                errors.put("options", "Option " + (i + 1) + " is " + o.length() + " characters long; keep options "
                        + "under " + MAX_OPTION + ".");
            }
            options.add(o);
            if (d.isCorrect(i)) {
                keys.add(o);
            }
        }
        if (errors.containsKey("options")) {
            return;
        }
        Optional<String> twice = duplicate(options);
        if (twice.isPresent()) {
            errors.put("options", "Two options are identical: '" + twice.get() + "'. Make each option different.");
        } else if (options.size() < 2) {
            errors.put("options", "Give at least two options.");
        } else if (keys.isEmpty()) {
            errors.put("correct", d.type() == QuestionType.MULTIPLE_CHOICE
                    ? "A multiple-choice question needs a correct option: choose it."
                    : "A select-all question needs at least one correct option: tick each right one.");
        } else if (d.type() == QuestionType.MULTIPLE_CHOICE && keys.size() > 1) {
            errors.put("correct", "A single-answer question has exactly one correct option, and " + keys.size()
                    + " are ticked. Untick all but one, or make it a select-all question.");
        } else if (d.type() == QuestionType.MULTI_SELECT && keys.size() == options.size()) {
            errors.put("correct", "Every option is ticked as correct, so ticking everything would score full "
                    + "marks. Add at least one wrong option.");
        }
    }

    /** "This question has 1,500 pairs; at most 10 are allowed. Split it…" */
    private static String tooMany(String what, int count, int limit, String fix) {
        return String.format(java.util.Locale.ENGLISH, "This question has %,d %s; at most %d are allowed. %s",
                count, what, limit, fix);
    }

    private static Optional<String> tooLong(List<String> items) {
        return items.stream().filter(i -> i.length() > MAX_OPTION).findFirst();
    }

    private static String longerThan(String item, int limit) {
        return String.format(java.util.Locale.ENGLISH, "%,d characters long; keep it to %d or fewer.", item.length(),
                limit);
    }

    /** The start of a long value, for a message that names it. */
    private static String shortened(String s) {
        return s.length() <= 40 ? s : s.substring(0, 39) + "…";
    }

    /** The first item that appears twice, compared as students' answers are (case, accents, punctuation). */
    private static Optional<String> duplicate(List<String> items) {
        Set<String> seen = new HashSet<>();
        for (String item : items) {
            if (!seen.add(Text.normalise(item))) {
                return Optional.of(item);
            }
        }
        return Optional.empty();
    }

    private static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
