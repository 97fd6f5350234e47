package app.factdeck.questions.types.matching;

import static app.factdeck.questions.core.Limits.MAX_OPTION;
import static app.factdeck.questions.core.Limits.MAX_PAIRS;
import static app.factdeck.questions.core.Limits.duplicate;
import static app.factdeck.questions.core.Limits.lines;
import static app.factdeck.questions.core.Limits.shortened;
import static app.factdeck.questions.core.Limits.tooMany;

import app.factdeck.questions.core.MoodleQuestion;
import app.factdeck.questions.core.Question;
import app.factdeck.questions.core.QuestionDraft;
import app.factdeck.questions.core.QuestionKind;
import app.factdeck.questions.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Matching: pairs one "left -> right" per line, and extra right-hand items one per line. */
public final class MatchingKind implements QuestionKind<Matching> {

    public static final MatchingKind INSTANCE = new MatchingKind();

    private MatchingKind() {
    }

    @Override
    public String slug() {
        return "matching";
    }

    @Override
    public String label() {
        return "Matching";
    }

    @Override
    public Class<Matching> questionClass() {
        return Matching.class;
    }

    @Override
    public boolean generated() {
        return true;
    }

    /** {@code match-N}: the right-hand item chosen for the N-th left item ("" if none). */
    @Override
    public Response readResponse(Matching q, Map<String, List<String>> form, List<String> shown) {
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < q.pairs().size(); i++) {
            chosen.add(QuestionDraft.first(form, "match-" + i));
        }
        return new Response(chosen);
    }

    @Override
    public QuestionDraft readForm(QuestionDraft common, Map<String, List<String>> form) {
        return common.withPairs(QuestionDraft.first(form, "pairs"), QuestionDraft.first(form, "extras"));
    }

    @Override
    public Function<Question.Common, Matching> check(QuestionDraft d, Map<String, String> errors) {
        List<String> lines = lines(d.pairs());
        List<Matching.Pair> pairs = new ArrayList<>();
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
            pairs.add(new Matching.Pair(sides[0].strip(), sides[1].strip()));
            if (sides[0].strip().length() > MAX_OPTION || sides[1].strip().length() > MAX_OPTION) {
                errors.put("pairs", "Pair " + (i + 1) + " (\"" + shortened(lines.get(i)) + "\") has a side "
                        + "longer than " + MAX_OPTION + " characters; keep each side to " + MAX_OPTION
                        + " or fewer.");
            }
        }
        List<String> lefts = pairs.stream().map(Matching.Pair::left).toList();
        List<String> rights = pairs.stream().map(Matching.Pair::right).toList();
        if (!errors.containsKey("pairs")) {
            if (pairs.size() < 2) {
                errors.put("pairs", "Give at least two pairs, one \"left -> right\" per line.");
            } else {
                duplicate(lefts).or(() -> duplicate(rights)).ifPresent(x -> errors.put("pairs",
                        "'" + x + "' appears twice; every left and every right item must be different."));
            }
        }
        List<String> extras = lines(d.extras());
        if (extras.size() > MAX_PAIRS) {
            errors.put("extras", tooMany("extra right-hand items", extras.size(), MAX_PAIRS, "Keep the likeliest."));
        } else if (extras.stream().anyMatch(x -> x.length() > MAX_OPTION)) {
            errors.put("extras", "The extra item '" + shortened(extras.stream().filter(x -> x.length() > MAX_OPTION)
                    .findFirst().get()) + "' is longer than " + MAX_OPTION + " characters; keep it to " + MAX_OPTION
                    + " or fewer.");
        } else if (!errors.containsKey("pairs")) {
            List<String> offered = new ArrayList<>(rights);
            offered.addAll(extras);
            duplicate(offered).ifPresent(x -> errors.put("extras", "'" + x + "' is offered twice (as an extra item "
                    + "and in a pair, or as two extras); every right-hand item must be different."));
        }
        return c -> new Matching(c, pairs, extras);
    }

    @Override
    public QuestionDraft draftOf(Matching q, QuestionDraft common) {
        return common.withPairs(String.join("\n", q.pairs().stream().map(p -> p.left() + " -> " + p.right())
                .toList()), String.join("\n", q.extras()));
    }

    @Override
    public Optional<MoodleQuestion> toMoodle(Matching q, MoodleQuestion common) {
        List<MoodleQuestion.Pair> pairs = new ArrayList<>();
        for (Matching.Pair p : q.pairs()) {
            pairs.add(new MoodleQuestion.Pair(new MoodleQuestion.Text(p.left(), "moodle"), p.right()));
        }
        // An extra right-hand item is a pair with an empty left side (GIFT's "= -> Chat").
        for (String x : q.extras()) {
            pairs.add(new MoodleQuestion.Pair(MoodleQuestion.Text.empty("moodle"), x));
        }
        return Optional.of(common.with(MoodleQuestion.Type.MATCH, false, List.of(), false, common.feedbackTrue(),
                common.feedbackFalse(), pairs));
    }

    @Override
    public Optional<Imported> fromMoodle(MoodleQuestion m, QuestionDraft common) {
        if (m.type() != MoodleQuestion.Type.MATCH) {
            return Optional.empty();
        }
        List<String> lines = new ArrayList<>();
        List<String> extras = new ArrayList<>();
        for (MoodleQuestion.Pair p : m.pairs()) {
            if (p.left().text().isBlank()) {
                extras.add(p.right().strip());
            } else {
                lines.add(p.left().text().strip() + " -> " + p.right().strip());
            }
        }
        return Optional.of(Imported.of(common.withPairs(String.join("\n", lines), String.join("\n", extras))));
    }

    @Override
    public Matching placeholder(Question.Common common) {
        return new Matching(common, List.of(), List.of());
    }
}
