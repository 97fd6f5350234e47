package app.factdeck.proposals;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class NlpTest {

    @Test
    void tagsNamesAsProperNounsAndKeepsOffsets() {
        String s = "Switzerland’s finance minister, Karin Keller-Sutter said the bankruptcy would have created chaos.";
        Tagged t = Nlp.tag(s);
        System.out.println(t.tokens().stream().map(x -> x.word() + "/" + x.tag() + "/" + x.lemma())
                .collect(Collectors.joining(" ")));
        for (Tagged.Token tok : t.tokens()) {
            assertEquals(tok.word(), s.substring(tok.start(), tok.end()).replace('’', '\''));
        }
        assertEquals("Keller-Sutter", t.tokens().get(6).word(), "a hyphenated name is one word");
        assertEquals("'s", t.tokens().get(1).word(), "a possessive is its own word");
        assertEquals("PROPN", t.tokens().get(5).tag());
        assertEquals("VERB", t.tokens().get(7).tag());
        Tagged u = Nlp.tagWithLemmas("Russia invaded Ukraine on February 24, 2022, launching the largest military campaign.");
        System.out.println(u.tokens().stream().map(x -> x.word() + "/" + x.tag() + "/" + x.lemma())
                .collect(Collectors.joining(" ")));
        assertEquals("invade", u.tokens().get(1).lemma());
    }
}
