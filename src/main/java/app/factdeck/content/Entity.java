package app.factdeck.content;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A named thing facts answer with or distractors are drawn from: a person, country, organisation, place…
 *
 * @param tags      what makes two entities of a type comparable as options (e.g. {@code nato-cee},
 *                  {@code ukrainian-official}); distractors share at least one tag with the key
 * @param inArticle false for entities kept only as accurate wrong answers
 * @param prefix    word put before the name inside a sentence ("the" for "the former NATO chief"); may be empty
 */
public record Entity(String id, String type, String name, List<String> aliases, Set<String> tags, boolean inArticle,
                     String prefix) {

    /** The name and every alias. */
    public List<String> names() {
        return Stream.concat(Stream.of(name), aliases.stream()).toList();
    }

    /** The name as it reads inside a sentence. */
    public String inSentence() {
        return prefix.isEmpty() ? name : prefix + " " + name;
    }
}
