package app.factdeck.questions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.content.Fact;
import app.factdeck.content.Library;
import app.factdeck.content.Text;
import app.factdeck.questions.core.Question;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, point 6: the seed articles' claims a teacher would ask are asked. The list is content: each claim with
 * the fact that asks it and the words its cited sentence must say.
 */
class SeedClaimsTest {

    private static final Library LIBRARY = TestLibrary.SHIPPED;
    private static final QuestionBank BANK = QuestionBank.build(LIBRARY, QuestionGenerator.DEFAULT_SEED);

    private record Expected(String factId, String slug, String sentenceSays) {
    }

    private static final Map<String, Expected> CLAIMS = new LinkedHashMap<>();

    static {
        String esp = "espreso-nato-troops-warning";
        String ki = "kyiv-independent-nato-troops-warning";
        CLAIMS.put("what Rasmussen warned would trigger sending troops (Espreso)",
                new Expected("esp-041", esp, "tangible security guarantees"));
        CLAIMS.put("what Rasmussen warned would trigger sending troops (Kyiv Independent)",
                new Expected("ki-012", ki, "meaningful security guarantees"));
        CLAIMS.put("guarantees alone are not enough and may be used to avoid the membership discussion",
                new Expected("esp-042", esp, "avoid a real discussion"));
        CLAIMS.put("guarantees are a start but must not overshadow the path to NATO",
                new Expected("ki-014", ki, "overshadow"));
        CLAIMS.put("guarantees written, before the summit, outside the NATO framework",
                new Expected("esp-043", esp, "outside the NATO framework"));
        CLAIMS.put("guarantees written before the summit (Kyiv Independent)",
                new Expected("ki-013", ki, "written security guarantees"));
        CLAIMS.put("why the Washington Post said there would be no invitation",
                new Expected("ki-015", ki, "unified approach"));
        CLAIMS.put("the waiting room warning", new Expected("esp-044", esp, "waiting room"));
        CLAIMS.put("what Kuleba said about foreign troops", new Expected("esp-045", esp, "will not deploy their troops"));
    }

    @Test
    void everyClaimOfIssue17IsAskedByAGapAndATrueOrFalseItem() {
        CLAIMS.forEach((claim, e) -> {
            Fact f = LIBRARY.facts().stream().filter(x -> x.id().equals(e.factId())).findFirst()
                    .orElseThrow(() -> new AssertionError(claim + ": no fact " + e.factId()));
            assertEquals(Fact.Kind.CLAIM, f.kind(), claim);
            assertEquals(e.slug(), f.articleSlug(), claim);
            assertTrue(Text.containsPhrase(f.source().text(), e.sentenceSays()), claim + ": cites " + f.source().text());
            List<String> asked = BANK.questionsOf(e.slug()).stream().filter(q -> q.factIds().equals(List.of(f.id())))
                    .map(Question::id).toList();
            // The ranking keeps one true/false item per fact (the true one or the contradiction).
            assertTrue(asked.contains(f.id() + "/cloze/1") && (asked.contains(f.id() + "/true-false/true")
                    || asked.contains(f.id() + "/true-false/false")), claim + ": the bank asks " + asked);
        });
    }
}
