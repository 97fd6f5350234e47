package app.factdeck.study.fsrs;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * FSRS-6 scheduling: what each of the four buttons would do to a card at a given moment. Pure: time comes in
 * as an argument, randomness as a seed. Behaves as ts-fsrs 5.4's {@code BasicScheduler} (and, with
 * {@code shortTerm} off, its {@code LongTermScheduler}), which the reference vectors were generated with:
 *
 * <ul>
 *   <li>inside (re)learning steps, Again goes to the first step, Hard waits the mean of the first two steps
 *       (1.5 × the only step), Good moves to the next step or graduates, Easy graduates;</li>
 *   <li>a review card's Hard ≤ Good &lt; Easy, one day apart at least; Again goes to the relearning steps;</li>
 *   <li>elapsed days are whole {@link StudyDay}s, so a review just after the day rolls over counts as a day.</li>
 * </ul>
 *
 * <pre>{@code
 * Scheduler scheduler = new Scheduler(FsrsParameters.defaults(), studyDay);
 * Card after = scheduler.schedule(card, now, seed).outcome(Rating.GOOD);
 * }</pre>
 */
public final class Scheduler {

    private static final Duration DAY = Duration.ofDays(1);

    private final FsrsParameters parameters;
    private final StudyDay studyDay;
    private final MemoryModel model;
    private final double intervalModifier;

    public Scheduler(FsrsParameters parameters, StudyDay studyDay) {
        this.parameters = parameters;
        this.studyDay = studyDay;
        this.model = new MemoryModel(parameters.weights(), parameters.shortTerm());
        this.intervalModifier = model.intervalModifier(parameters.desiredRetention());
    }

    public FsrsParameters parameters() {
        return parameters;
    }

    public MemoryModel model() {
        return model;
    }

    /**
     * The four possible outcomes of rating {@code card} at {@code now}.
     *
     * @param elapsedDays    whole study days since the last review (0 for a new card)
     * @param retrievability the recall probability the model gave the card at {@code now}; empty for a new card
     */
    public record Scheduling(Card before, Instant now, int elapsedDays, OptionalDouble retrievability,
                             Map<Rating, Card> outcomes) {

        public Card outcome(Rating rating) {
            return outcomes.get(rating);
        }
    }

    /**
     * @param fuzzSeed fixes the fuzz of this review (ignored when fuzz is off): derive it from the card and its
     *                 review count so that showing the buttons and pressing one agree
     */
    public Scheduling schedule(Card card, Instant now, long fuzzSeed) {
        boolean isNew = card.state() == CardState.NEW || card.lastReview().isEmpty();
        int elapsed = isNew ? 0 : studyDay.daysBetween(card.lastReview().get(), now);
        // The rated card: one more repetition, reviewed now; memory and interval are filled in per rating.
        Card current = new Card(card.state(), card.memory(), card.due(), Optional.of(now), card.scheduledDays(),
                card.learningStep(), card.reps() + 1, card.lapses());
        Map<Rating, Card> outcomes = new EnumMap<>(Rating.class);
        OptionalDouble r = isNew ? OptionalDouble.empty()
                : OptionalDouble.of(model.retrievability(elapsed, card.stability()));
        if (!parameters.shortTerm()) {
            longTerm(current, card.state(), elapsed, now, fuzzSeed, outcomes);
        } else if (card.state() == CardState.REVIEW && !isNew) {
            review(current, elapsed, r.getAsDouble(), now, fuzzSeed, outcomes);
        } else {
            CardState stepsState = isNew ? CardState.LEARNING : card.state();
            for (Rating g : Rating.values()) {
                MemoryState m = model.next(card.memory(), elapsed, g);
                outcomes.put(g, applySteps(with(current, m), card, g, stepsState, elapsed, now, fuzzSeed));
            }
        }
        return new Scheduling(card, now, elapsed, r, Map.copyOf(outcomes));
    }

    private void review(Card current, int elapsed, double r, Instant now, long seed, Map<Rating, Card> out) {
        Card again = with(current, model.next(current.memory(), elapsed, Rating.AGAIN, r));
        Card hard = with(current, model.next(current.memory(), elapsed, Rating.HARD, r));
        Card good = with(current, model.next(current.memory(), elapsed, Rating.GOOD, r));
        Card easy = with(current, model.next(current.memory(), elapsed, Rating.EASY, r));
        int hardDays = interval(hard.stability(), elapsed, seed);
        int goodDays = interval(good.stability(), elapsed, seed);
        int easyDays = interval(easy.stability(), elapsed, seed);
        // Pressing a better button never gives a shorter interval (ts-fsrs's order; applied after the cap).
        hardDays = Math.min(hardDays, goodDays);
        goodDays = Math.max(goodDays, hardDays + 1);
        easyDays = Math.max(easyDays, goodDays + 1);
        Card lapsed = applySteps(again, current, Rating.AGAIN, CardState.RELEARNING, elapsed, now, seed);
        out.put(Rating.AGAIN, new Card(lapsed.state(), lapsed.memory(), lapsed.due(), lapsed.lastReview(),
                lapsed.scheduledDays(), lapsed.learningStep(), lapsed.reps(), lapsed.lapses() + 1));
        out.put(Rating.HARD, inDays(hard, hardDays, now));
        out.put(Rating.GOOD, inDays(good, goodDays, now));
        out.put(Rating.EASY, inDays(easy, easyDays, now));
    }

    /** Without short-term scheduling every answer gets whole days, Again &lt; Hard &lt; Good &lt; Easy. */
    private void longTerm(Card current, CardState state, int elapsed, Instant now, long seed, Map<Rating, Card> out) {
        Card[] cards = new Card[4];
        int[] days = new int[4];
        for (Rating g : Rating.values()) {
            int i = g.grade() - 1;
            cards[i] = with(current, model.next(current.memory(), elapsed, g));
            days[i] = interval(cards[i].stability(), elapsed, seed);
        }
        days[0] = Math.min(days[0], days[1]);
        days[1] = Math.max(days[1], days[0] + 1);
        days[2] = Math.max(days[2], days[1] + 1);
        days[3] = Math.max(days[3], days[2] + 1);
        for (Rating g : Rating.values()) {
            int i = g.grade() - 1;
            Card c = inDays(cards[i], days[i], now);
            if (g == Rating.AGAIN && state != CardState.NEW) {
                c = new Card(c.state(), c.memory(), c.due(), c.lastReview(), c.scheduledDays(), 0, c.reps(),
                        c.lapses() + 1);
            }
            out.put(g, c);
        }
    }

    /**
     * Moves {@code next} through the (re)learning steps of {@code before}'s state, or graduates it to whole days
     * when there is no step left for this rating.
     */
    private Card applySteps(Card next, Card before, Rating g, CardState stepState, int elapsed, Instant now,
                            long seed) {
        Optional<Step> step = step(before, g);
        if (step.isPresent() && !step.get().delay().isNegative() && !step.get().delay().isZero() && step.get().delay().compareTo(DAY) < 0) {
            return new Card(stepState, next.memory(), now.plus(step.get().delay()), next.lastReview(), 0,
                    step.get().next(), next.reps(), next.lapses());
        }
        if (step.isPresent() && step.get().delay().compareTo(DAY) >= 0) {
            Duration delay = step.get().delay();
            return new Card(CardState.REVIEW, next.memory(), now.plus(delay), next.lastReview(),
                    (int) delay.toDays(), step.get().next(), next.reps(), next.lapses());
        }
        return inDays(next, interval(next.stability(), elapsed, seed), now);
    }

    /** A learning step: how long to wait, and the step index the card is then at. */
    private record Step(Duration delay, int next) {
    }

    /** The step a rating leads to from the card's current step, or empty when the rating graduates the card. */
    private Optional<Step> step(Card card, Rating g) {
        boolean relearning = card.state() == CardState.RELEARNING || card.state() == CardState.REVIEW;
        List<Duration> steps = relearning ? parameters.relearningSteps() : parameters.learningSteps();
        int at = card.state() == CardState.NEW ? 0 : card.learningStep();
        if (steps.isEmpty() || at >= steps.size()) {
            return Optional.empty();
        }
        if (card.state() == CardState.REVIEW) {
            return g == Rating.AGAIN ? Optional.of(new Step(steps.get(at), 0)) : Optional.empty();
        }
        return switch (g) {
            case AGAIN -> Optional.of(new Step(steps.get(0), 0));
            case HARD -> {
                // ts-fsrs: the mean of the first two steps on every step, whole minutes (Anki uses the current step).
                double minutes = steps.size() == 1 ? minutes(steps.get(0)) * 1.5
                        : (minutes(steps.get(0)) + minutes(steps.get(1))) / 2;
                yield Optional.of(new Step(Duration.ofMinutes(Math.round(minutes)), at));
            }
            case GOOD -> at + 1 < steps.size() ? Optional.of(new Step(steps.get(at + 1), at + 1)) : Optional.empty();
            case EASY -> Optional.empty();
        };
    }

    private static double minutes(Duration d) {
        return d.toMillis() / 60_000.0;
    }

    /** The whole-day interval for a stability: rounded, at least 1, at most the maximum, then fuzzed. */
    public int interval(double stability, int elapsedDays, long fuzzSeed) {
        long days = Math.min(Math.max(1, Math.round(stability * intervalModifier)), parameters.maximumInterval());
        if (!parameters.fuzz()) {
            return (int) days;
        }
        return Fuzz.apply((int) days, elapsedDays, parameters.maximumInterval(), Fuzz.uniform(fuzzSeed));
    }

    private static Card with(Card c, MemoryState m) {
        return new Card(c.state(), m, c.due(), c.lastReview(), c.scheduledDays(), c.learningStep(), c.reps(),
                c.lapses());
    }

    private static Card inDays(Card c, int days, Instant now) {
        return new Card(CardState.REVIEW, c.memory(), now.plus(DAY.multipliedBy(days)), c.lastReview(), days, 0,
                c.reps(), c.lapses());
    }
}
