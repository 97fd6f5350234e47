package app.factdeck.questions.types.ordering;

import static app.factdeck.questions.core.Limits.MAX_ITEMS;
import static app.factdeck.questions.core.Limits.MAX_OPTION;
import static app.factdeck.questions.core.Limits.duplicate;
import static app.factdeck.questions.core.Limits.lines;
import static app.factdeck.questions.core.Limits.longerThan;
import static app.factdeck.questions.core.Limits.shortened;
import static app.factdeck.questions.core.Limits.tooLong;
import static app.factdeck.questions.core.Limits.tooMany;

import app.factdeck.questions.core.MoodleQuestion;
import app.factdeck.questions.core.Question;
import app.factdeck.questions.core.QuestionDraft;
import app.factdeck.questions.core.QuestionKind;
import app.factdeck.questions.core.Response;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Put in order: the items one per line, in the right order; a student gives each a position. */
public final class OrderingKind implements QuestionKind<Ordering> {

    public static final OrderingKind INSTANCE = new OrderingKind();

    private OrderingKind() {
    }

    @Override
    public String slug() {
        return "ordering";
    }

    @Override
    public String label() {
        return "Put in order";
    }

    @Override
    public Class<Ordering> questionClass() {
        return Ordering.class;
    }

    @Override
    public boolean generated() {
        return true;
    }

    /** {@code position-N}: the position given to the N-th item shown; a repeated or missing one is incomplete. */
    @Override
    public Response readResponse(Ordering q, Map<String, List<String>> form, List<String> shown) {
        List<String> ordered = new ArrayList<>(Collections.nCopies(shown.size(), ""));
        List<String> extra = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            int p = position(QuestionDraft.first(form, "position-" + i));
            if (p >= 1 && p <= shown.size() && ordered.get(p - 1).isEmpty()) {
                ordered.set(p - 1, shown.get(i));
            } else {
                extra.add(shown.get(i));
            }
        }
        return new Response(extra.isEmpty() ? ordered : List.of());
    }

    private static int position(String raw) {
        try {
            return Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    @Override
    public QuestionDraft readForm(QuestionDraft common, Map<String, List<String>> form) {
        return common.withItems(QuestionDraft.first(form, "items"));
    }

    @Override
    public Function<Question.Common, Ordering> check(QuestionDraft d, Map<String, String> errors) {
        List<String> items = lines(d.items());
        if (items.size() < 3) {
            errors.put("items", "Give at least three items, one per line, in the right order.");
        } else if (items.size() > MAX_ITEMS) {
            errors.put("items", tooMany("items", items.size(), MAX_ITEMS, "Split it into several questions."));
        } else if (tooLong(items).isPresent()) {
            errors.put("items", "The item '" + shortened(tooLong(items).get()) + "' is "
                    + longerThan(tooLong(items).get(), MAX_OPTION));
        } else {
            duplicate(items).ifPresent(x -> errors.put("items", "'" + x + "' is listed twice."));
        }
        return c -> new Ordering(c, items);
    }

    @Override
    public QuestionDraft draftOf(Ordering q, QuestionDraft common) {
        return common.withItems(String.join("\n", q.items()));
    }

    /**
     * Moodle's ordering question (qtype_ordering, standard since Moodle 4.4), which only Moodle XML holds: the items
     * in the right order, every one shown ({@code selecttype} ALL), graded as Factdeck grades them.
     */
    @Override
    public Optional<MoodleQuestion> toMoodle(Ordering q, MoodleQuestion common) {
        List<MoodleQuestion.Answer> items = q.items().stream().map(i -> new MoodleQuestion.Answer(
                new MoodleQuestion.Text(i, "moodle"), 1, MoodleQuestion.Text.empty("moodle"), null)).toList();
        // Moodle's form writes "all" as a subset size of 0.
        Map<String, String> settings = Map.of("gradingtype", MoodleGrading.FACTDECKS.name(), "selecttype", "ALL",
                "selectcount", "0");
        return Optional.of(common.with(MoodleQuestion.Type.ORDERING, false, items, false, common.feedbackTrue(),
                common.feedbackFalse(), List.of()).withSettings(settings));
    }

    /**
     * A Moodle ordering question as Moodle's importer reads it (its defaults for settings the file leaves out), if
     * it asks and grades what Factdeck's does: every item, by the share of pairs in the right order. Any other
     * grading would give the same answer another mark, and a subset of the items another question, so those are
     * refused with the setting to change in Moodle.
     */
    @Override
    public Optional<Imported> fromMoodle(MoodleQuestion m, QuestionDraft common) {
        if (m.type() != MoodleQuestion.Type.ORDERING) {
            return Optional.empty();
        }
        // Moodle drops empty items when it saves; an item on several lines is still one item.
        List<String> items = m.answers().stream().map(a -> a.text().text().replaceAll("\\s+", " ").strip())
                .filter(i -> !i.isEmpty()).toList();
        List<String> problems = new ArrayList<>();
        MoodleGrading grading = MoodleGrading.of(m.settings().getOrDefault("gradingtype", "RELATIVE"));
        if (grading != MoodleGrading.FACTDECKS) {
            problems.add("Moodle grades this question by \"" + grading.label + "\" (" + grading.how + "), and "
                    + "Factdeck by the share of pairs of items in the right order (all right 100 %, reversed 0), "
                    + "which is Moodle's \"" + MoodleGrading.FACTDECKS.label + "\": the same answer would get another "
                    + "mark. In Moodle, set its Grading type to \"" + MoodleGrading.FACTDECKS.label + "\" and "
                    + "export it again, or leave it out.");
        }
        String select = m.settings().getOrDefault("selecttype", "RANDOM").strip().toUpperCase(Locale.ROOT);
        int count = selectCount(m.settings().getOrDefault("selectcount", "6"));
        // Moodle shows every item when told to, or when the subset is as large as the list.
        if (!select.equals("ALL") && !select.equals("EXACT") && count < items.size()) {
            boolean contiguous = select.equals("CONTIGUOUS") || select.equals("CONTIG");
            problems.add("Moodle shows each student " + (contiguous ? "a run of " : "a random choice of ") + count
                    + " of its " + items.size() + " items, and Factdeck asks for all of them, which is another question. In "
                    + "Moodle, set its Item selection type to \"Select all items\" and export it again, or leave "
                    + "it out.");
        }
        return Optional.of(problems.isEmpty() ? Imported.of(common.withItems(String.join("\n", items)))
                : Imported.refused(String.join(" ", problems)));
    }

    /** Moodle's reading of {@code selectcount}: a whole number of at least 2, else 2. */
    private static int selectCount(String raw) {
        try {
            return Math.max(2, (int) Math.min(Integer.MAX_VALUE, Double.parseDouble(raw.strip())));
        } catch (NumberFormatException e) {
            return 2;
        }
    }

    /**
     * qtype_ordering's grading types, named as its XML names them, with the labels of its form. Only one grades as
     * Factdeck does: each item scores the items it should come after that it does come after, and those it should
     * come before that it does, out of all the others; every pair is counted twice, so the mark is the share of
     * pairs in the right order ({@code grade_response} in Moodle's {@code question/type/ordering/question.php}).
     */
    enum MoodleGrading {
        ALL_OR_NOTHING("All or nothing", "full marks only for the whole order right"),
        ABSOLUTE_POSITION("Absolute position", "the share of items in their exact place"),
        RELATIVE_TO_CORRECT("Relative to correct position", "items scored by their distance from their place"),
        RELATIVE_NEXT_EXCLUDE_LAST("Relative to the next item (excluding last)",
                "the share of items followed by the right one"),
        RELATIVE_NEXT_INCLUDE_LAST("Relative to the next item (including last)",
                "the share of items followed by the right one, the last by none"),
        RELATIVE_ONE_PREVIOUS_AND_NEXT("Relative to both the previous and next items",
                "the right neighbours on both sides"),
        RELATIVE_ALL_PREVIOUS_AND_NEXT("Relative to ALL the previous and next items",
                "the share of pairs in the right order"),
        LONGEST_ORDERED_SUBSET("Longest ordered subset", "the longest run of items in the right order"),
        LONGEST_CONTIGUOUS_SUBSET("Longest contiguous subset", "the longest unbroken run of items in place");

        /** How Factdeck grades. */
        static final MoodleGrading FACTDECKS = RELATIVE_ALL_PREVIOUS_AND_NEXT;

        final String label;
        final String how;

        MoodleGrading(String label, String how) {
            this.label = label;
            this.how = how;
        }

        /** As Moodle's importer reads it: any case; an unknown or missing one is its default. */
        static MoodleGrading of(String raw) {
            return switch (raw.strip().toUpperCase(Locale.ROOT)) {
                case "ALL_OR_NOTHING" -> ALL_OR_NOTHING;
                case "ABS", "ABSOLUTE", "ABSOLUTE_POSITION" -> ABSOLUTE_POSITION;
                case "RELATIVE_TO_CORRECT" -> RELATIVE_TO_CORRECT;
                case "RELATIVE_NEXT_INCLUDE_LAST" -> RELATIVE_NEXT_INCLUDE_LAST;
                case "RELATIVE_ONE_PREVIOUS_AND_NEXT" -> RELATIVE_ONE_PREVIOUS_AND_NEXT;
                case "RELATIVE_ALL_PREVIOUS_AND_NEXT" -> RELATIVE_ALL_PREVIOUS_AND_NEXT;
                case "LONGEST_ORDERED_SUBSET" -> LONGEST_ORDERED_SUBSET;
                case "LONGEST_CONTIGUOUS_SUBSET" -> LONGEST_CONTIGUOUS_SUBSET;
                default -> RELATIVE_NEXT_EXCLUDE_LAST;
            };
        }
    }

    @Override
    public Ordering placeholder(Question.Common common) {
        return new Ordering(common, List.of());
    }
}
