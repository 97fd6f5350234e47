package app.factdeck.questions;

import app.factdeck.questions.core.MoodleQuestion;
import app.factdeck.questions.core.Question;
import app.factdeck.questions.core.QuestionDraft;
import app.factdeck.questions.core.QuestionKind;
import app.factdeck.questions.core.Response;

import app.factdeck.questions.types.cloze.ClozeKind;
import app.factdeck.questions.types.gaps.GapsKind;
import app.factdeck.questions.types.matching.MatchingKind;
import app.factdeck.questions.types.multichoice.MultipleChoiceKind;
import app.factdeck.questions.types.multiselect.SelectAllKind;
import app.factdeck.questions.types.numerical.NumericalKind;
import app.factdeck.questions.types.ordering.OrderingKind;
import app.factdeck.questions.types.shortanswer.ShortAnswerKind;
import app.factdeck.questions.types.truefalse.TrueFalseKind;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every question type, one line each, in the order pages list them and a quiz first takes one of each. Adding a
 * type: a package {@code questions.types.<type>} with its question record and {@link QuestionKind}, its template
 * {@code templates/questions/<slug>.html}, and one line here.
 */
public final class QuestionKinds {

    private static final List<QuestionKind<?>> ALL = List.of(
            MultipleChoiceKind.INSTANCE,
            SelectAllKind.INSTANCE,
            TrueFalseKind.INSTANCE,
            ClozeKind.INSTANCE,
            ShortAnswerKind.INSTANCE,
            OrderingKind.INSTANCE,
            MatchingKind.INSTANCE,
            NumericalKind.INSTANCE,
            GapsKind.INSTANCE);

    private QuestionKinds() {
    }

    /**
     * Reads stored drafts: a draft names its type by slug, and drafts written before types had their own packages
     * hold the enum name ("TRUE_FALSE"), read as the slug it became. Drafts are read with this mapper (or one with
     * {@link #jsonModule}), since the draft itself cannot name the types.
     */
    public static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper().registerModule(jsonModule());

    /** The module that reads a {@link QuestionKind} from its stored slug. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static com.fasterxml.jackson.databind.Module jsonModule() {
        com.fasterxml.jackson.databind.module.SimpleModule module =
                new com.fasterxml.jackson.databind.module.SimpleModule("question-kinds");
        module.addDeserializer((Class) QuestionKind.class, new KindReader());
        return module;
    }

    private static final class KindReader extends com.fasterxml.jackson.databind.JsonDeserializer<QuestionKind<?>> {
        @Override
        public QuestionKind<?> deserialize(com.fasterxml.jackson.core.JsonParser in,
                                           com.fasterxml.jackson.databind.DeserializationContext c)
                throws java.io.IOException {
            String stored = in.getValueAsString();
            String slug = stored == null ? "" : stored.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
            return bySlug(slug).orElseThrow(() -> new com.fasterxml.jackson.databind.JsonMappingException(
                    in, "unknown question type '" + stored + "'"));
        }
    }

    public static List<QuestionKind<?>> all() {
        return ALL;
    }

    /** The types the generator makes. */
    public static java.util.Set<QuestionKind<?>> generated() {
        return ALL.stream().filter(QuestionKind::generated).collect(java.util.stream.Collectors.toCollection(
                java.util.LinkedHashSet::new));
    }

    /** The type a slug ("multi-select") names, if any. */
    public static Optional<QuestionKind<?>> bySlug(String slug) {
        return ALL.stream().filter(k -> k.slug().equals(slug)).findFirst();
    }

    /** A student's posted form as {@code q}'s response; {@code shown} is this attempt's order of its options. */
    public static Response readResponse(Question q, Map<String, List<String>> form, List<String> shown) {
        return read(q.type(), q, form, shown);
    }

    /** {@code q} as a draft for the form; see {@link QuestionKind#draftOf}. */
    public static QuestionDraft draftOf(Question q) {
        QuestionDraft common = QuestionDraft.of(q.type(), q.stem(), "markdown", q.explanation(),
                q.firstSource().map(s -> s.anchor()).orElse(""), "");
        return draftOf(q.type(), q, common);
    }

    /** {@code q} in Moodle's terms; see {@link QuestionKind#toMoodle}. */
    public static Optional<MoodleQuestion> toMoodle(Question q, MoodleQuestion common) {
        return toMoodle(q.type(), q, common);
    }

    /**
     * A Moodle question as a draft of the first type that takes it, or empty when none does; {@code common} holds
     * the text, its format and the general feedback.
     */
    public static Optional<QuestionKind.Imported> fromMoodle(MoodleQuestion m, QuestionDraft common) {
        for (QuestionKind<?> kind : ALL) {
            Optional<QuestionKind.Imported> imported = kind.fromMoodle(m, common.withType(kind));
            if (imported.isPresent()) {
                QuestionKind.Imported i = imported.get();
                return Optional.of(i.draft() == null ? i : QuestionKind.Imported.of(i.draft().withType(kind)));
            }
        }
        return Optional.empty();
    }

    // A kind's methods take its own record: the casts are checked, since a record's type() is its own kind.
    private static <Q extends Question> Response read(QuestionKind<Q> kind, Question q, Map<String, List<String>> form,
                                                      List<String> shown) {
        return kind.readResponse(kind.questionClass().cast(q), form, shown);
    }

    private static <Q extends Question> QuestionDraft draftOf(QuestionKind<Q> kind, Question q, QuestionDraft common) {
        return kind.draftOf(kind.questionClass().cast(q), common.withStem(q.stem()));
    }

    private static <Q extends Question> Optional<MoodleQuestion> toMoodle(QuestionKind<Q> kind, Question q,
                                                                          MoodleQuestion common) {
        return kind.toMoodle(kind.questionClass().cast(q), common);
    }
}
