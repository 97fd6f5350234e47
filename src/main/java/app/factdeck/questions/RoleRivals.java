package app.factdeck.questions;

import app.factdeck.content.Entity;
import app.factdeck.content.Fact;
import app.factdeck.content.Library;
import app.factdeck.content.Text;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Issue 17, item 4: "Who does the article describe as the NATO Secretary General?" is ambiguous when the article
 * also calls someone else a "former NATO secretary general". A "who is described as <role>" question is asked
 * only when no other person in the cited articles has a role a careful student could take for the same one (the
 * same role, or the same once "former" is set aside, by name or alias: "former NATO chief" and "NATO chief"),
 * unless the stem carries the distinguishing word: the key's role is the "former" one and the rival's is not.
 *
 * <pre>{@code
 * RoleRivals.ambiguousWith(library, stoltenbergFact) // [Rasmussen's role fact]: do not ask "who is …"
 * }</pre>
 */
final class RoleRivals {

    private static final String FORMER = "former ";

    private RoleRivals() {
    }

    /** The other role facts of the same articles that make "who is described as this fact's role" ambiguous. */
    static List<Fact> ambiguousWith(Library library, Fact fact) {
        Set<String> articles = articles(fact);
        Entity role = library.entity(fact.role());
        return library.facts().stream()
                .filter(o -> o.kind() == Fact.Kind.ROLE && !o.id().equals(fact.id())
                        && !o.person().equals(fact.person()))
                .filter(o -> articles(o).stream().anyMatch(articles::contains))
                .filter(o -> confusable(role, library.entity(o.role())))
                .filter(o -> !distinguishedBy(role, library.entity(o.role())))
                .toList();
    }

    /** Same role, or the same once "former" is set aside (by any name or alias). */
    static boolean confusable(Entity a, Entity b) {
        if (a.id().equals(b.id())) {
            return true;
        }
        Set<String> cores = cores(a);
        return cores(b).stream().anyMatch(cores::contains);
    }

    /** The stem names {@code key} in full; it tells the two apart when only the key's role is a "former" one. */
    static boolean distinguishedBy(Entity key, Entity rival) {
        return !key.id().equals(rival.id()) && isFormer(key) && !isFormer(rival);
    }

    private static boolean isFormer(Entity role) {
        return role.names().stream().allMatch(n -> Text.normalise(n).startsWith(FORMER));
    }

    private static Set<String> cores(Entity role) {
        return role.names().stream().map(Text::normalise)
                .map(n -> n.startsWith(FORMER) ? n.substring(FORMER.length()) : n).collect(Collectors.toSet());
    }

    private static Set<String> articles(Fact f) {
        return f.sources().stream().map(Fact.Source::articleSlug).collect(Collectors.toSet());
    }
}
