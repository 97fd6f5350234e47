package app.factdeck.articles;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A fact as a teacher marks it in a sentence: what kind of question it answers, the answer words as the sentence
 * writes them, and what the generator needs beyond them. Fields a kind does not use are null.
 *
 * @param id          {@code t<article id>-<n>}, or null for a fact not saved yet
 * @param sentence    the cited sentence, exactly as the reader shows it
 * @param answerWords the answer as the sentence writes it; a list fact has one entry per member
 * @param answerType  the answer's entity type (person, country, …) for who/where/what/which facts
 * @param group       a tag the answer shares with its wrong options ("ukrainian-official"); blank for none
 * @param aliases     other names the answer goes by, comma-separated, e.g. a surname alone
 * @param roleWords   for a role fact, the role as the sentence writes it ("head of the President's Office")
 */
public record MarkedFact(String id, Kind kind, String sentence, List<String> answerWords, String answerType,
                         String group, String aliases, String roleWords, String question, String statement,
                         String event, String date, String number, String contradiction) {

    /** What the fact asks, in the form's words; each maps onto one kind of the content format. */
    public enum Kind {
        ROLE("Who holds a role"),
        SAID("Who said it"),
        WHEN("When"),
        WHERE("Where"),
        HOW_MANY("How many"),
        WHICH("Which ones (a list)"),
        PHRASE("A key phrase"),
        WHAT("Who or what (one answer)");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public String slug() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public static Optional<Kind> ofSlug(String slug) {
            for (Kind k : values()) {
                if (k.slug().equals(slug)) {
                    return Optional.of(k);
                }
            }
            return Optional.empty();
        }

        /** True when the answer is an entity (who, where, what, which), not a date, number or phrase. */
        public boolean answersWithEntity() {
            return this == ROLE || this == SAID || this == WHERE || this == WHICH || this == WHAT;
        }
    }

    public MarkedFact {
        answerWords = List.copyOf(answerWords);
    }

    public MarkedFact withId(String newId) {
        return new MarkedFact(newId, kind, sentence, answerWords, answerType, group, aliases, roleWords, question,
                statement, event, date, number, contradiction);
    }

    public MarkedFact withAliases(String newAliases) {
        return new MarkedFact(id, kind, sentence, answerWords, answerType, group, newAliases, roleWords, question,
                statement, event, date, number, contradiction);
    }

    /** The answer words on one line, as a list reads them. */
    public String answerText() {
        return String.join(", ", answerWords);
    }
}
