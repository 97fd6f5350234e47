package app.factdeck.questions;

import app.factdeck.content.Article;
import app.factdeck.content.Entity;
import app.factdeck.content.Fact;
import app.factdeck.content.FactDate;
import app.factdeck.content.Library;
import app.factdeck.content.Text;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Chooses wrong answers that are plausible and certainly wrong (research §1.4): same type as the key and
 * sharing a tag with it (a Ukrainian official for a Ukrainian official, a CEE NATO member for a CEE member),
 * entities of the same article first, never anything the fact base says is also right.
 */
final class DistractorPicker {

    static final int WANTED = 3;

    private final Library library;
    /** Per article, the entities it names: computed once, because the sort below asks for every comparison. */
    private final java.util.Map<String, Set<String>> mentionedIn = new java.util.HashMap<>();

    DistractorPicker(Library library) {
        this.library = library;
    }

    private Set<String> mentioned(String articleSlug) {
        return mentionedIn.computeIfAbsent(articleSlug, slug -> {
            String text = " " + Text.normalise(library.article(slug).map(DistractorPicker::text).orElse("")) + " ";
            return library.entities().values().stream()
                    .filter(e -> e.names().stream().anyMatch(n -> text.contains(" " + Text.normalise(n) + " ")))
                    .map(Entity::id).collect(Collectors.toSet());
        });
    }

    /**
     * @param keys     every correct entity (all list members, both co-chairs): none of them is ever offered
     * @param excluded further ids that are arguably right ({@code not_distractors}, other holders of a role)
     * @param stem     the question text: an entity it names is not offered (it would be a giveaway or absurd)
     */
    List<Entity> entities(Collection<Entity> keys, Set<String> excluded, String stem, String articleSlug, Random rnd,
                          int count) {
        Set<String> keyIds = keys.stream().map(Entity::id).collect(Collectors.toSet());
        Set<String> keyTags = keys.stream().flatMap(e -> e.tags().stream()).collect(Collectors.toSet());
        String type = keys.iterator().next().type();
        Set<String> keyNames = keys.stream().flatMap(e -> e.names().stream()).map(Text::normalise)
                .collect(Collectors.toSet());
        Set<String> named = mentioned(articleSlug);
        // Most comparable first: more tags in common with the key, then named in the same article; ties are
        // broken by the seeded shuffle, so a different seed gives different (equally good) distractors.
        List<Entity> candidates = library.entities().values().stream()
                .sorted(Comparator.comparing(Entity::id))
                .filter(e -> e.type().equals(type))
                .filter(e -> !keyIds.contains(e.id()) && !excluded.contains(e.id()))
                .filter(e -> e.tags().stream().anyMatch(keyTags::contains))
                .filter(e -> e.names().stream().map(Text::normalise).noneMatch(keyNames::contains))
                .filter(e -> e.names().stream().noneMatch(n -> Text.containsPhrase(stem, n)))
                .collect(Collectors.toCollection(ArrayList::new));
        Collections.shuffle(candidates, rnd);
        candidates.sort(Comparator.comparingLong((Entity e) -> e.tags().stream().filter(keyTags::contains).count())
                .reversed()
                .thenComparing(e -> !named.contains(e.id())));
        // An option inside another ("NATO Secretary General" in "former NATO Secretary General") is a cue.
        List<String> shown = keys.stream().map(Entity::name).collect(Collectors.toCollection(ArrayList::new));
        List<Entity> chosen = new ArrayList<>();
        for (Entity candidate : candidates) {
            boolean nested = shown.stream().anyMatch(s -> Text.containsPhrase(s, candidate.name())
                    || Text.containsPhrase(candidate.name(), s));
            if (chosen.size() < count && !nested) {
                chosen.add(candidate);
                shown.add(candidate.name());
            }
        }
        return List.copyOf(chosen);
    }

    /**
     * Dates of the key's precision: other events of the same article first (plausible, and wrong for this
     * event), then of other articles, then the key moved by a few days or months.
     */
    List<FactDate> dates(Fact fact, Random rnd, int count) {
        FactDate key = fact.date().orElseThrow();
        Set<String> taken = new LinkedHashSet<>(List.of(key.display()));
        List<FactDate> chosen = new ArrayList<>();
        for (boolean sameArticle : List.of(true, false)) {
            List<FactDate> pool = library.facts().stream()
                    .filter(f -> f.date().isPresent() && f.articleSlug().equals(fact.articleSlug()) == sameArticle)
                    .map(f -> f.date().get())
                    .filter(d -> d.precision() == key.precision())
                    .sorted().collect(Collectors.toCollection(ArrayList::new));
            Collections.shuffle(pool, rnd);
            for (FactDate d : pool) {
                if (chosen.size() < count && taken.add(d.display())) {
                    chosen.add(d);
                }
            }
        }
        int[] steps = {1, -1, 2, -2, 3, -3};
        for (int step : steps) {
            if (chosen.size() >= count) {
                break;
            }
            FactDate moved = key.precision() == FactDate.Precision.DAY
                    ? FactDate.ofDay(key.start().plusDays(step))
                    : FactDate.ofMonth(YearMonth.from(key.start()).plusMonths(step));
            if (taken.add(moved.display())) {
                chosen.add(moved);
            }
        }
        return List.copyOf(chosen);
    }

    /** Counts near the key: one or two either side, never below one. */
    static List<Integer> numbers(int key, int count) {
        List<Integer> out = new ArrayList<>();
        for (int step : new int[] {1, -1, 2, -2, 3}) {
            if (out.size() < count && key + step >= 1) {
                out.add(key + step);
            }
        }
        return out;
    }

    private static String text(Article a) {
        return a.sentences().stream().map(Article.Sentence::text).collect(Collectors.joining(" "));
    }
}
