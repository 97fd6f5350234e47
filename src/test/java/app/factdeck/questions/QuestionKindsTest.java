package app.factdeck.questions;

import app.factdeck.questions.core.Question;
import app.factdeck.questions.core.QuestionKind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The registry lists every type once, each with its templates; a type that forgets one fails here. */
class QuestionKindsTest {

    @Test
    void theSlugsAreTheOnesInUrlsIdsAndStoredDrafts() {
        assertEquals(List.of("multiple-choice", "multi-select", "true-false", "cloze", "short-answer", "ordering",
                "matching", "numerical", "gaps"), QuestionKinds.all().stream().map(QuestionKind::slug).toList());
        for (QuestionKind<?> k : QuestionKinds.all()) {
            assertSame(k, QuestionKinds.bySlug(k.slug()).orElseThrow());
        }
        assertEquals(java.util.Optional.empty(), QuestionKinds.bySlug("essay"));
    }

    @Test
    void everyKindHasItsTemplateWithTheThreeFragments() throws IOException {
        for (QuestionKind<?> k : QuestionKinds.all()) {
            Path template = Path.of("src/main/resources/templates", k.template() + ".html");
            assertTrue(Files.isRegularFile(template), k.slug() + ": no " + template);
            String html = Files.readString(template);
            for (String fragment : List.of("student", "authoring", "review")) {
                assertTrue(html.contains("th:fragment=\"" + fragment + "\""), template + " has no fragment " + fragment);
            }
        }
    }

    @Test
    void everyQuestionRecordIsRegisteredAndNamesItsOwnKind() throws Exception {
        Path classes = Path.of("target/classes/app/factdeck/questions/types");
        Set<Class<?>> records;
        try (Stream<Path> files = Files.walk(classes)) {
            records = files.filter(p -> p.toString().endsWith(".class") && !p.getFileName().toString().contains("$"))
                    .map(p -> "app.factdeck.questions.types." + classes.relativize(p).toString()
                            .replace(java.io.File.separatorChar, '.').replaceAll("\\.class$", ""))
                    .map(QuestionKindsTest::load).filter(c -> Question.class.isAssignableFrom(c) && !c.isInterface())
                    .collect(Collectors.toSet());
        }
        Set<Class<?>> registered = QuestionKinds.all().stream().map(QuestionKind::questionClass)
                .collect(Collectors.toSet());
        assertEquals(registered, records, "every question record under questions.types is in QuestionKinds");
        Question.Common common = new Question.Common("a/1/1", "x", List.of(), "Q?", "", List.of(), List.of(),
                new Question.Authored(1, 1, "<p>Q?</p>", ""));
        for (QuestionKind<?> k : QuestionKinds.all()) {
            assertSame(k, k.placeholder(common).type(), k.slug());
            assertSame(k.questionClass(), k.placeholder(common).getClass(), k.slug());
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }
}
