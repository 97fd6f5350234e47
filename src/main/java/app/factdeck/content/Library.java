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
}
