package app.factdeck.questions;

import app.factdeck.content.Entity;
import app.factdeck.content.Library;
import app.factdeck.content.Text;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Whether a wrong answer is arguably right because of what it is made of (entities.yaml {@code members}): it
 * overlaps a right answer ("the Baltic states" for "Estonia"), it contains something the sentence names ("the
 * Visegrád Group could follow Poland"), or it is a member of the group the sentence puts the answer in ("the
 * alliance, including Canada").
 *
 * <pre>{@code
 * new Overlaps(library).reason(canada, List.of(unitedStates), "… the alliance, including {answer}, …")
 *     // Optional["'Canada' is a member of 'NATO', which the sentence names as the answer's group"]
 * }</pre>
 */
final class Overlaps {

    private final List<Entity> entities;
    /** Each entity's names, normalised once: the picker asks about every candidate against the same texts. */
    private final java.util.Map<String, List<String>> normalisedNames = new java.util.HashMap<>();
    /** Texts already scanned (a stem, a statement, a group context), so each is scanned once per bank. */
    private final java.util.Map<String, List<Entity>> namedIn = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.Map<String, List<String>> contextsOf = new java.util.concurrent.ConcurrentHashMap<>();

    Overlaps(Library library) {
        this.entities = library.entities().values().stream().sorted(Comparator.comparing(Entity::id)).toList();
        entities.forEach(e -> normalisedNames.put(e.id(), e.names().stream().map(Text::normalise)
                .filter(n -> !n.isEmpty()).toList()));
    }

    /** Why {@code candidate} in the place of the keys in {@code text} would not be plainly wrong; empty if it would. */
    Optional<String> reason(Entity candidate, Collection<Entity> keys, String text) {
        for (Entity k : keys) {
            if (!k.id().equals(candidate.id()) && candidate.overlaps(k)) {
                return Optional.of("'" + candidate.name() + "' overlaps the right answer '" + k.name() + "'");
            }
        }
        for (Entity named : named(text)) {
            if (named.id().equals(candidate.id())) {
                continue;
            }
            boolean contains = candidate.members().contains(named.id())
                    || candidate.members().stream().anyMatch(named.members()::contains);
            if (contains) {
                return Optional.of("'" + candidate.name() + "' contains or shares a member with '" + named.name()
                        + "', which the sentence names");
            }
        }
        for (String context : contextsOf.computeIfAbsent(text, Wording::groupContexts)) {
            for (Entity group : named(context)) {
                if (group.members().contains(candidate.id())) {
                    return Optional.of("'" + candidate.name() + "' is a member of '" + group.name()
                            + "', which the sentence names as the answer's group");
                }
            }
        }
        return Optional.empty();
    }

    private List<Entity> named(String text) {
        return namedIn.computeIfAbsent(text, t -> {
            String words = " " + Text.normalise(t) + " ";
            return entities.stream().filter(e -> normalisedNames.get(e.id()).stream()
                    .anyMatch(n -> words.contains(" " + n + " "))).toList();
        });
    }
}
