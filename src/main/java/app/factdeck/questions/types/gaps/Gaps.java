package app.factdeck.questions.types.gaps;

import app.factdeck.questions.core.AnswerMatcher;
import app.factdeck.questions.core.Grade;
import app.factdeck.questions.core.Question;
import app.factdeck.questions.core.Response;
import app.factdeck.questions.core.TypedAnswer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A text with several gaps, each typed or chosen from a drop-down (Moodle's embedded answers, "Cloze"), graded
 * gap by gap: the credit is the share of gaps filled right, as Moodle grades a multianswer question whose gaps
 * carry one mark each. The response holds one value per gap, in the text's order.
 *
 * @param gaps   the gaps in the text's order
 * @param pieces the text around the gaps as sanitised HTML: one more piece than gaps; the student's page puts each
 *               gap's field between two pieces
 */
public record Gaps(Question.Common common, List<Gap> gaps, List<String> pieces) implements Question {

    /**
     * One gap. A typed gap accepts each of {@code answers} (compared as a teacher's answers are: case, accents,
     * punctuation and a leading "the" never matter, typos do); a drop-down offers {@code answers}, of which the
     * first is right.
     */
    public record Gap(boolean dropDown, List<String> answers) {
        public Gap {
            answers = List.copyOf(answers);
        }

        /** The right answer as shown. */
        public String key() {
            return answers.get(0);
        }

        /** Typed: the spellings accepted besides the key. Drop-down: the wrong choices. */
        public List<String> others() {
            return answers.subList(1, answers.size());
        }

        public boolean isRight(String given) {
            if (dropDown) {
                return key().equals(given.strip());
            }
            return AnswerMatcher.matches(new TypedAnswer(key(), answers, AnswerKind.EXACT, List.of()), given);
        }
    }

    public Gaps {
        gaps = List.copyOf(gaps);
        pieces = List.copyOf(pieces);
    }

    @Override
    public GapsKind type() {
        return GapsKind.INSTANCE;
    }

    @Override
    public Optional<String> incomplete(Response r) {
        for (int i = 0; i < gaps.size(); i++) {
            String given = value(r, i);
            String which = "gap " + (i + 1) + " of " + gaps.size();
            if (given.isBlank()) {
                return Optional.of("Fill in every gap: " + which + " is empty. " + (gaps.get(i).dropDown()
                        ? "Choose an answer from its list." : "Type your answer in its box."));
            }
            if (given.length() > Response.MAX_TYPED_ANSWER) {
                return Optional.of(String.format(Locale.ENGLISH, "Your answer in %s is %,d characters long; an "
                        + "answer has at most %d. Shorten it.", which, given.length(), Response.MAX_TYPED_ANSWER));
            }
            if (gaps.get(i).dropDown() && !gaps.get(i).answers().contains(given)) {
                return Optional.of("Choose the answer for " + which + " from its list.");
            }
        }
        return Optional.empty();
    }

    @Override
    public Grade grade(Response r) {
        if (gaps.isEmpty()) {
            return Grade.of(0);
        }
        long right = java.util.stream.IntStream.range(0, gaps.size())
                .filter(i -> gaps.get(i).isRight(value(r, i))).count();
        return Grade.of((double) right / gaps.size());
    }

    /** "(1) Vilnius, (2) Warsaw, (3) Riga". */
    @Override
    public String correctAnswer() {
        return numbered(gaps.stream().map(Gap::key).toList());
    }

    @Override
    public String describe(Response r) {
        List<String> given = new ArrayList<>();
        for (int i = 0; i < gaps.size(); i++) {
            given.add(value(r, i).isBlank() ? "—" : value(r, i));
        }
        return numbered(given);
    }

    @Override
    public List<Mark> marks(Response r) {
        List<Mark> marks = new ArrayList<>();
        for (int i = 0; i < gaps.size(); i++) {
            String given = value(r, i);
            marks.add(new Mark("Gap " + (i + 1), given, gaps.get(i).isRight(given), gaps.get(i).key()));
        }
        return marks;
    }

    /**
     * Every drop-down's choices in this attempt's order, one drop-down after the other (typed gaps have none);
     * {@link #choicesShown} cuts out one gap's. Each drop-down is shuffled on its own, so its right choice is
     * equally likely in every place.
     */
    @Override
    public List<String> optionsFor(long attemptSeed) {
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < gaps.size(); i++) {
            if (gaps.get(i).dropDown()) {
                shown.addAll(Question.shuffled(gaps.get(i).answers(), id() + "#" + (i + 1), attemptSeed));
            }
        }
        return List.copyOf(shown);
    }

    /** Gap {@code index}'s choices as {@code shown} ({@link #optionsFor}) orders them; none for a typed gap. */
    public List<String> choicesShown(List<String> shown, int index) {
        int from = 0;
        for (int i = 0; i < index; i++) {
            from += gaps.get(i).dropDown() ? gaps.get(i).answers().size() : 0;
        }
        Gap gap = gaps.get(index);
        if (!gap.dropDown()) {
            return List.of();
        }
        int to = from + gap.answers().size();
        return to <= shown.size() ? shown.subList(from, to) : gap.answers();
    }

    /** A teacher's question makes a plain card: the text with numbered blanks, and the answers on the back. */
    @Override
    public Optional<CardSide> flashcard() {
        return isAuthored() && !gaps.isEmpty() ? Optional.of(new CardSide(false, stem(), correctAnswer()))
                : Optional.empty();
    }

    @Override
    public Listing listing() {
        List<String> options = new ArrayList<>();
        List<String> distractors = new ArrayList<>();
        List<String> accepted = new ArrayList<>();
        for (Gap g : gaps) {
            if (g.dropDown()) {
                options.addAll(g.answers());
                distractors.addAll(g.others());
            } else {
                accepted.addAll(g.answers());
            }
        }
        return new Listing(options, gaps.stream().map(Gap::key).toList(), distractors, accepted);
    }

    private static String value(Response r, int i) {
        return i < r.values().size() && r.values().get(i) != null ? r.values().get(i) : "";
    }

    private static String numbered(List<String> values) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            out.add("(" + (i + 1) + ") " + values.get(i));
        }
        return String.join(", ", out);
    }
}
