package app.factdeck.study;

import app.factdeck.content.Article;
import app.factdeck.content.Library;
import app.factdeck.study.CardStateRepository.StoredCard;
import app.factdeck.study.fsrs.Card;
import app.factdeck.study.fsrs.Rating;
import app.factdeck.study.fsrs.Scheduler;
import app.factdeck.study.fsrs.StudyDay;
import app.factdeck.web.NotFound;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Study sessions: which card is next in a deck, what each button would do, rating and undoing. */
public final class StudyService {

    /** The deck of every article's due cards. */
    public static final String EVERYTHING_DUE = "due";

    private final Library library;
    private final Flashcards flashcards;
    private final CardStateRepository repository;
    private final Clock clock;
    private final boolean fuzz;
    private final java.util.function.Supplier<java.util.Set<String>> withheld;

    /**
     * @param withheld the ids of generated questions teachers hid or replaced: their cards are not studied either
     */
    public StudyService(Library library, Flashcards flashcards, CardStateRepository repository, Clock clock,
                        boolean fuzz, java.util.function.Supplier<java.util.Set<String>> withheld) {
        this.withheld = withheld;
        this.library = library;
        this.flashcards = flashcards;
        this.repository = repository;
        this.clock = clock;
        this.fuzz = fuzz;
    }

    /** A deck as the deck list shows it. */
    public record Deck(String id, String title, int size, StudyQueue queue) {
    }

    public List<Deck> decks(long accountId) {
        Context c = context(accountId);
        List<Deck> out = new ArrayList<>();
        out.add(deck(c, EVERYTHING_DUE));
        for (Article a : library.forStudents()) {
            out.add(deck(c, a.slug()));
        }
        return out;
    }

    /** One button: its rating, the interval label it shows, and the card it would leave behind. */
    public record Choice(Rating rating, String label, Card after) {
    }

    /**
     * The study page's data.
     *
     * @param card     the card to show; empty when the deck has nothing left for now
     * @param state    its scheduling state (a fresh one for a new card)
     * @param choices  the four buttons, Again to Easy
     */
    public record Session(StudySettings settings, Deck deck, Optional<Flashcard> card, Card state, List<Choice> choices,
                          Optional<CardStateRepository.Review> undoable, Optional<Flashcard> undoableCard) {
    }

    /** The next card of a deck, or a named card of it (a flipped card keeps its place). */
    public Session session(long accountId, String deckId, Optional<String> cardId) {
        Context c = context(accountId);
        Deck deck = deck(c, deckId);
        Optional<Flashcard> card = cardId.isPresent()
                ? Optional.of(inDeck(deckId, cardId.get()))
                : deck.queue().next();
        Optional<CardStateRepository.Review> undoable = repository.lastReview(accountId);
        Optional<Flashcard> undoableCard = undoable.flatMap(r -> flashcards.find(r.cardId()));
        if (card.isEmpty()) {
            return new Session(c.settings, deck, card, Card.fresh(c.now), List.of(), undoable, undoableCard);
        }
        Card state = c.stateOf(card.get());
        Scheduler.Scheduling s = c.scheduler.schedule(state, c.now, fuzzSeed(accountId, card.get().id(), state.reps()));
        List<Choice> choices = new ArrayList<>();
        for (Rating r : Rating.values()) {
            Card after = s.outcome(r);
            choices.add(new Choice(r, IntervalLabel.of(Duration.between(c.now, after.due()), after.scheduledDays()), after));
        }
        return new Session(c.settings, deck, card, state, List.copyOf(choices), undoable, undoableCard);
    }

    /**
     * Rates a card. {@code expectedReps} is how many times the card had been rated when its page was drawn, so a
     * re-posted form or a second tab cannot rate it twice.
     */
    public CardStateRepository.Outcome rate(long accountId, String deckId, String cardId, Rating rating,
                                            int expectedReps) {
        Flashcard card = inDeck(deckId, cardId);
        Context c = context(accountId);
        Card state = c.stateOf(card);
        Scheduler.Scheduling s = c.scheduler.schedule(state, c.now, fuzzSeed(accountId, cardId, state.reps()));
        return repository.record(accountId, card, expectedReps, s, rating, c.settings.desiredRetention());
    }

    /** Takes back the latest review if {@code reviewId} is still it; returns the card to show again. */
    public Optional<Flashcard> undo(long accountId, long reviewId) {
        return repository.undo(accountId, reviewId).flatMap(flashcards::find);
    }

    /** The dashboard's flashcard figures for a student. */
    public StudyStats stats(long accountId) {
        Context c = context(accountId);
        Instant since = c.now.minus(StudyStats.RETENTION_WINDOW).minus(Duration.ofDays(2));
        // A card whose question left the bank keeps its stored history but is in no deck: it is not "studied" of
        // the cards there are, nor due.
        List<StoredCard> inDecks = c.studied.values().stream().filter(s -> flashcards.find(s.cardId()).isPresent())
                .toList();
        return StudyStats.of(inDecks, repository.reviewsSince(accountId, since), flashcards.all().size(),
                c.now, c.day);
    }

    public StudySettings settings(long accountId) {
        return repository.settings(accountId);
    }

    public void saveSettings(long accountId, StudySettings settings) {
        repository.saveSettings(accountId, settings);
    }

    public boolean deckExists(String deckId) {
        return EVERYTHING_DUE.equals(deckId) || flashcards.hasDeck(deckId);
    }

    private Flashcard inDeck(String deckId, String cardId) {
        Optional<Flashcard> card = flashcards.find(cardId);
        if (card.isEmpty() || !(EVERYTHING_DUE.equals(deckId) || card.get().articleSlug().equals(deckId))) {
            throw new NotFound("There is no card '" + cardId + "' in this deck.");
        }
        return card.get();
    }

    private Deck deck(Context c, String deckId) {
        java.util.Set<String> hidden = c.withheld();
        if (EVERYTHING_DUE.equals(deckId)) {
            List<Flashcard> all = flashcards.all().stream().filter(f -> !hidden.contains(f.id())).toList();
            return new Deck(EVERYTHING_DUE, "Everything due", all.size(), c.queue(all, false));
        }
        Article a = library.article(deckId).orElseThrow(() -> new NotFound("There is no deck '" + deckId + "'."));
        List<Flashcard> cards = flashcards.deck(a.slug()).stream().filter(f -> !hidden.contains(f.id())).toList();
        return new Deck(a.slug(), a.title(), cards.size(), c.queue(cards, true));
    }

    /** The same seed for showing the buttons and pressing one, different per student, card and repetition. */
    static long fuzzSeed(long accountId, String cardId, int reps) {
        return (accountId * 0x9E3779B97F4A7C15L) ^ ((long) cardId.hashCode() << 20) ^ reps;
    }

    private Context context(long accountId) {
        StudySettings settings = repository.settings(accountId);
        return new Context(clock.instant(), settings, settings.studyDay(),
                new Scheduler(settings.parameters(fuzz), settings.studyDay()), repository.cards(accountId),
                withheld.get());
    }

    /** One request's view of a student's study: the time, their settings and every card they studied. */
    private record Context(Instant now, StudySettings settings, StudyDay day, Scheduler scheduler,
                           Map<String, StoredCard> studied, java.util.Set<String> withheld) {

        int newLeftToday() {
            Instant dayStart = day.start(day.dayOf(now));
            long introduced = studied.values().stream().filter(s -> !s.firstReview().isBefore(dayStart)).count();
            return (int) Math.max(0, settings.newCardsPerDay() - introduced);
        }

        StudyQueue queue(List<Flashcard> deck, boolean includeNew) {
            return StudyQueue.of(deck, includeNew, studied, now, day, newLeftToday());
        }

        Card stateOf(Flashcard card) {
            StoredCard s = studied.get(card.id());
            return s == null ? Card.fresh(now) : s.card();
        }
    }
}
