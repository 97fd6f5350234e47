package app.factdeck.questions;

import app.factdeck.content.Article;
import app.factdeck.content.Entity;
import app.factdeck.content.Library;
import app.factdeck.content.Text;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The name an article itself uses for an entity ("Anders Rasmussen", "Putin", "NATO chief"), so that stems and
 * keys read like the text a student has in front of them; every other name stays accepted for typed answers.
 *
 * <p>The display name when the article uses it; else the longest alias it uses. A name counts only where it is
 * not part of another entity's longer name ("NATO Secretary General" inside "former NATO Secretary General",
 * "Washington" inside "Washington Post").
 */
final class NameForms {

    private final Library library;
    /** Per article, entity id to the form the article uses; entities it never names are absent. */
    private final Map<String, Map<String, String>> forms = new HashMap<>();
    /** Every entity's names, normalised once. */
    private final Map<String, List<String>> normalisedNames = new HashMap<>();

    NameForms(Library library) {
        this.library = library;
    }

    /** The entity's name as the article writes it, if the article names it at all. */
    Optional<String> inArticle(Entity e, String articleSlug) {
        return Optional.ofNullable(formsOf(articleSlug).get(e.id()));
    }

    boolean mentioned(Entity e, String articleSlug) {
        return formsOf(articleSlug).containsKey(e.id());
    }

    /** The article's form, else the display name. */
    String of(Entity e, String articleSlug) {
        return inArticle(e, articleSlug).orElse(e.name());
    }

    /**
     * A wrong option shaped like the key: the article's form when the article names it; else, when the key is
     * shown by an alias, a name with as many words as the key's form ("Biden" beside "Putin", "Mark Rutte" beside
     * "Anders Rasmussen"), else the display name. Options of one shape do not single out the key.
     */
    String shapedLike(Entity e, Entity key, String keyForm, String articleSlug) {
        Optional<String> own = inArticle(e, articleSlug);
        if (own.isPresent()) {
            return own.get();
        }
        if (keyForm.equals(key.name())) {
            return e.name();
        }
        int words = keyForm.split(" ").length;
        return e.names().stream().filter(n -> n.split(" ").length == words).findFirst().orElse(e.name());
    }

    private Map<String, String> formsOf(String slug) {
        return forms.computeIfAbsent(slug, s -> {
            String text = " " + Text.normalise(library.article(s).map(NameForms::text).orElse("")) + " ";
            Map<String, String> out = new HashMap<>();
            for (Entity e : library.entities().values()) {
                List<String> used = e.names().stream().filter(n -> usedOutsideLongerNames(text, n, e)).toList();
                if (used.isEmpty()) {
                    continue;
                }
                out.put(e.id(), used.contains(e.name()) ? e.name()
                        : used.stream().max(Comparator.comparingInt(String::length)).orElseThrow());
            }
            return out;
        });
    }

    private boolean usedOutsideLongerNames(String text, String name, Entity owner) {
        String n = Text.normalise(name);
        // Masking only removes occurrences: a name the article never writes needs no look at the others (with the
        // gazetteer's countries, that is nearly every name, and comparing each with every other took seconds).
        if (n.isEmpty() || !text.contains(" " + n + " ")) {
            return false;
        }
        String masked = text;
        for (Entity other : library.entities().values()) {
            if (other.id().equals(owner.id())) {
                continue;
            }
            for (String l : normalisedNames.computeIfAbsent(other.id(),
                    id -> other.names().stream().map(Text::normalise).toList())) {
                if (l.length() > n.length() && (" " + l + " ").contains(" " + n + " ")) {
                    masked = masked.replace(" " + l + " ", " \u0000 ");
                }
            }
        }
        return masked.contains(" " + n + " ");
    }

    private static String text(Article a) {
        return a.sentences().stream().map(Article.Sentence::text).collect(Collectors.joining(" "));
    }
}
