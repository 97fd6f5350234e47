package app.factdeck.study;

import app.factdeck.accounts.Account;
import app.factdeck.accounts.WebSessions;
import app.factdeck.study.fsrs.Rating;
import app.factdeck.web.NotFound;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.validation.Validator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Flashcard pages: the deck list, a study page per deck (front; "Show answer" is a plain link to the back, so it
 * works without JavaScript), rating and undo as POST-redirect-GET, and the study settings.
 */
final class StudyController {

    private static final Map<String, String> NOTICES = Map.of(
            "already-rated", "That card had already been rated (a second tab or a repeated form), so it was not rated "
                    + "again. Here is the next card.",
            "undone", "Review undone: the card is back as it was before you rated it.",
            "nothing-to-undo", "There was nothing to undo: that review had already been undone or followed by another.",
            "saved", "Study settings saved.");

    private final StudyService study;

    StudyController(StudyService study) {
        this.study = study;
    }

    void showDecks(Context ctx) {
        Account me = WebSessions.required(ctx);
        Map<String, Object> model = new HashMap<>();
        model.put("title", "Flashcards");
        model.put("decks", study.decks(me.id()));
        model.put("settings", study.settings(me.id()));
        model.put("notice", notice(ctx));
        ctx.render("study/decks", model);
    }

    void showCard(Context ctx) {
        Account me = WebSessions.required(ctx);
        String deckId = deckId(ctx);
        Optional<String> cardId = Optional.ofNullable(ctx.queryParam("card")).filter(s -> !s.isBlank());
        boolean flipped = cardId.isPresent() && "shown".equals(ctx.queryParam("answer"));
        render(ctx, me, study.session(me.id(), deckId, cardId), flipped, null);
    }

    void rate(Context ctx) {
        Account me = WebSessions.required(ctx);
        String deckId = deckId(ctx);
        String cardId = Optional.ofNullable(ctx.formParam("card")).orElse("");
        Optional<Rating> rating = whole(ctx, "rating").flatMap(StudyController::rating);
        Optional<Integer> reps = whole(ctx, "reps");
        if (cardId.isBlank() || rating.isEmpty() || reps.isEmpty()) {
            ctx.status(HttpStatus.BAD_REQUEST);
            StudyService.Session session = study.session(me.id(), deckId,
                    cardId.isBlank() ? Optional.empty() : Optional.of(cardId));
            render(ctx, me, session, session.card().isPresent(),
                    "That rating could not be read: choose Again, Hard, Good or Easy.");
            return;
        }
        CardStateRepository.Outcome outcome = study.rate(me.id(), deckId, cardId, rating.get(), reps.get());
        ctx.redirect("/study/" + deckId + (outcome == CardStateRepository.Outcome.ALREADY_RATED ? "?notice=already-rated" : ""));
    }

    void undo(Context ctx) {
        Account me = WebSessions.required(ctx);
        String deckId = deckId(ctx);
        Optional<Integer> review = whole(ctx, "review");
        Optional<Flashcard> card = review.flatMap(id -> study.undo(me.id(), id));
        if (card.isEmpty()) {
            ctx.redirect("/study/" + deckId + "?notice=nothing-to-undo");
            return;
        }
        // Show the card again where it belongs: in this deck, or in its article's deck when this one is not its.
        String target = StudyService.EVERYTHING_DUE.equals(deckId) || card.get().articleSlug().equals(deckId)
                ? deckId : card.get().articleSlug();
        ctx.redirect("/study/" + target + "?card=" + URLEncoder.encode(card.get().id(), StandardCharsets.UTF_8)
                + "&notice=undone");
    }

    void showSettings(Context ctx) {
        Account me = WebSessions.required(ctx);
        renderSettings(ctx, SettingsForm.of(study.settings(me.id())));
    }

    void saveSettings(Context ctx) {
        Account me = WebSessions.required(ctx);
        Map<String, String> typed = new HashMap<>();
        ctx.formParamMap().forEach((k, v) -> typed.put(k, v.isEmpty() ? "" : v.get(0)));
        SettingsForm form = SettingsForm.read(typed);
        if (form.settings().isEmpty()) {
            ctx.status(HttpStatus.BAD_REQUEST);
            renderSettings(ctx, form);
            return;
        }
        study.saveSettings(me.id(), form.settings().get());
        ctx.redirect("/study?notice=saved");
    }

    private void renderSettings(Context ctx, SettingsForm form) {
        Map<String, Object> model = new HashMap<>();
        model.put("title", "Study settings");
        model.put("values", form.values());
        model.put("errors", form.errors());
        model.put("zones", ZoneId.getAvailableZoneIds().stream().sorted().toList());
        ctx.render("study/settings", model);
    }

    private void render(Context ctx, Account me, StudyService.Session session, boolean flipped, String error) {
        Map<String, Object> model = new HashMap<>();
        model.put("title", session.card().isPresent()
                ? (flipped ? "Answer" : "Card") + " — " + session.deck().title() : session.deck().title());
        model.put("session", session);
        model.put("deck", session.deck());
        model.put("card", session.card().orElse(null));
        model.put("flipped", flipped);
        model.put("error", error);
        model.put("notice", notice(ctx));
        model.put("nextLaterAt", session.deck().queue().nextLaterAt()
                .map(t -> DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH).withZone(session.settings().zone()).format(t))
                .orElse(null));
        ctx.render("study/card", model);
    }

    private String deckId(Context ctx) {
        String deck = ctx.pathParam("deck");
        if (!study.deckExists(deck)) {
            throw new NotFound("There is no deck '" + deck + "'. Choose one from the flashcards page.");
        }
        return deck;
    }

    private static String notice(Context ctx) {
        return NOTICES.get(Optional.ofNullable(ctx.queryParam("notice")).orElse(""));
    }

    /**
     * A whole-number field of a form our own buttons post (the rating, the card's review count, the review to undo);
     * empty when it is missing or no number, which only a tampered or garbled form sends: the caller then shows the
     * card again or says there was nothing to undo, rather than a bare error page.
     */
    private static Optional<Integer> whole(Context ctx, String name) {
        Validator<Integer> field = ctx.formParamAsClass(name, Integer.class);
        return field.errors().isEmpty() ? Optional.ofNullable(field.getOrNull()) : Optional.empty();
    }

    private static Optional<Rating> rating(int grade) {
        try {
            return Optional.of(Rating.ofGrade(grade));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
