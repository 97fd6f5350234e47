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

    /** GIFT has no ordering type: left out of exports. */
    @Override
    public Optional<MoodleQuestion> toMoodle(Ordering q, MoodleQuestion common) {
        return Optional.empty();
    }

    @Override
    public Optional<Imported> fromMoodle(MoodleQuestion m, QuestionDraft common) {
        return Optional.empty();
    }

    @Override
    public Ordering placeholder(Question.Common common) {
        return new Ordering(common, List.of());
    }
}
