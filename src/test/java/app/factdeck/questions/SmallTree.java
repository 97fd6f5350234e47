package app.factdeck.questions;

import app.factdeck.content.ContentLoader;
import app.factdeck.content.Library;
import app.factdeck.questions.core.Question;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A hand-made content tree of one article ("story"), for the generator's and the gates' wording rules. */
final class SmallTree {

    static final String SLUG = "story";

    private SmallTree() {
    }

    static Library load(Path dir, String articleText, String entities, String facts) throws IOException {
        Files.createDirectories(dir.resolve(SLUG));
        Files.writeString(dir.resolve(SLUG + "/article.md"), """
                ---
                title: "T"
                publisher: "P"
                published: 2023-06-08
                language: en
                ---
                """ + articleText + "\n");
        Files.writeString(dir.resolve("entities.yaml"), entities);
        Files.writeString(dir.resolve(SLUG + "/facts.yaml"), facts);
        return new ContentLoader().load(dir);
    }

    static List<Question> generate(Library library) {
        return new QuestionGenerator(library, QuestionGenerator.DEFAULT_SEED, false).generate(SLUG);
    }

    static Question byId(List<Question> bank, String id) {
        return bank.stream().filter(q -> q.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + id + " in " + bank.stream().map(Question::id).toList()));
    }

    static boolean has(List<Question> bank, String id) {
        return bank.stream().anyMatch(q -> q.id().equals(id));
    }
}
