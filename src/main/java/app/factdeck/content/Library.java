package app.factdeck.content;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whole validated content tree: articles, the entity catalogue and every article's facts.
 */
public record Library(List<Article> articles, Map<String, Entity> entities, List<Fact> facts) {

    public Optional<Article> article(String slug) {
        return articles.stream().filter(a -> a.slug().equals(slug)).findFirst();
    }

    public Entity entity(String id) {
        Entity e = entities.get(id);
        if (e == null) {
            throw new IllegalArgumentException("no entity " + id);
        }
        return e;
    }

    public List<Fact> factsOf(String slug) {
        return facts.stream().filter(f -> f.articleSlug().equals(slug)).toList();
    }

    /**
     * The fact as one sentence a teacher reads in a list: its statement with the answer filled in ("Anders Fogh
     * Rasmussen warned that…"), or "person is role" for a role fact, which has no statement. Never the
     * {@code {answer}} placeholder or an entity id.
     */
    public String plainStatement(Fact f) {
        if (f.kind() == Fact.Kind.ROLE || f.statement() == null) {
            return capitalised(entity(f.person()).name() + " is " + entity(f.role()).inSentence() + ".");
        }
        String answer = switch (f.kind()) {
            case DATE -> f.date().map(FactDate::display).orElse(f.asWritten());
            case NUMBER -> f.asWritten() != null ? f.asWritten() : f.number().map(String::valueOf).orElse("");
            case CLAIM -> f.claim().answer();
            case LIST -> spokenList(f.answers().stream().map(id -> entity(id).inSentence()).toList());
            default -> f.answers().isEmpty() ? "" : entity(f.answers().get(0)).inSentence();
        };
        return capitalised(f.statement().replace("{answer}", answer));
    }

    private static String spokenList(List<String> items) {
        if (items.size() < 2) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
