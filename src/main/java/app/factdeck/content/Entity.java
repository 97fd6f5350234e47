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
 * @param members   ids of the entities this one is made of (the countries of a group, the members of an
 *                  alliance): a wrong answer must not contain, be part of, or share a member with a right one
 */
public record Entity(String id, String type, String name, List<String> aliases, Set<String> tags, boolean inArticle,
                     String prefix, Set<String> members) {

    /** Tags and members kept sorted: Set.copyOf's iteration order changes from one JVM to the next. */
    public Entity {
        tags = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(tags));
        members = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(members));
    }

    public Entity(String id, String type, String name, List<String> aliases, Set<String> tags, boolean inArticle,
                  String prefix) {
        this(id, type, name, aliases, tags, inArticle, prefix, Set.of());
    }

    /**
     * True when the two are the same, one is a member of the other, or they share a member: saying one where
     * the other is meant is then not plainly wrong ("the Visegrád Group" for "Poland", "Canada" inside "NATO").
     */
    public boolean overlaps(Entity other) {
        return id.equals(other.id) || members.contains(other.id) || other.members.contains(id)
                || members.stream().anyMatch(other.members::contains);
    }

    /** The name and every alias. */
    public List<String> names() {
        return Stream.concat(Stream.of(name), aliases.stream()).toList();
    }

    /** The name as it reads inside a sentence. */
    public String inSentence() {
        return inSentence(name);
    }

    /**
     * One of this entity's names as it reads inside a sentence: with the prefix, unless the form already opens
     * with a determiner or a possessive ("Ukraine's President", "the Baltics").
     */
    public String inSentence(String form) {
        String first = form.split(" ", 2)[0];
        boolean determined = first.endsWith("'s") || first.endsWith("’s") || first.equalsIgnoreCase("the")
                || first.equalsIgnoreCase("a") || first.equalsIgnoreCase("an");
        return prefix.isEmpty() || determined ? form : prefix + " " + form;
    }
}
