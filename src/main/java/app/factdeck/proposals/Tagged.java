package app.factdeck.proposals;

import java.util.List;

/**
 * One sentence as OpenNLP reads it: tokens with their character offsets, Universal Dependencies part-of-speech tags
 * (PROPN, NOUN, VERB, AUX, PRON …) and lemmas.
 */
record Tagged(String text, List<Token> tokens) {

    record Token(int start, int end, String word, String tag, String lemma) {

        boolean is(String... tags) {
            for (String t : tags) {
                if (tag.equals(t)) {
                    return true;
                }
            }
            return false;
        }
    }

    Tagged {
        tokens = List.copyOf(tokens);
    }
}
