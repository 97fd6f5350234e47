package app.factdeck.questions;

import app.factdeck.content.Article;
import app.factdeck.content.Library;
import app.factdeck.web.NotFound;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code GET /articles/{slug}/questions}: every generated question with its key, distractors and source. */
public final class QuestionsController {

    private final Library library;
    private final QuestionBank bank;

    public QuestionsController(Library library, QuestionBank bank) {
        this.library = library;
        this.bank = bank;
    }

    /** {@code ?type=cloze} narrows the list; an unknown type is a 400 that still shows the whole bank. */
    public void showBank(Context ctx) {
        String slug = ctx.pathParam("slug");
        Article article = library.article(slug).orElseThrow(() -> new NotFound(
                "There is no article called '" + slug + "', so it has no questions. The home page lists every article."));
        List<Question> all = bank.questionsOf(slug);
        String requested = Optional.ofNullable(ctx.queryParam("type")).orElse("").strip();
        Optional<QuestionType> type = Arrays.stream(QuestionType.values()).filter(t -> t.slug().equals(requested))
                .findFirst();
        Map<String, Object> model = new HashMap<>();
        if (!requested.isEmpty() && type.isEmpty()) {
            ctx.status(HttpStatus.BAD_REQUEST);
            model.put("error", "There is no question type '" + requested + "'. Choose one from the list, or "
                    + "All types.");
        }
        Map<QuestionType, Long> counts = new LinkedHashMap<>();
        for (QuestionType t : QuestionType.values()) {
            counts.put(t, all.stream().filter(q -> q.type() == t).count());
        }
        model.put("title", "Question bank: " + article.title());
        model.put("article", article);
        model.put("questions", type.map(t -> all.stream().filter(q -> q.type() == t).toList()).orElse(all));
        model.put("total", all.size());
        model.put("counts", counts);
        model.put("selected", type.map(QuestionType::slug).orElse(""));
        ctx.render("questions/bank", model);
    }
}
