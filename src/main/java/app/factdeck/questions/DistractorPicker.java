package app.factdeck.questions;

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
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Chooses wrong answers that are plausible and certainly wrong (research §1.4): same type as the key and
 * sharing a tag with it (a Ukrainian official for a Ukrainian official, a CEE NATO member for a CEE member),
 * entities the article names first, never one that overlaps a right answer (entities.yaml {@code members}),
 * never anything the fact base says is also right.
 */
final class DistractorPicker {

    static final int WANTED = 3;

    private final Library library;
    private final NameForms forms;
    private final Overlaps overlaps;

    DistractorPicker(Library library) {
        this.library = library;
        this.forms = new NameForms(library);
        this.overlaps = new Overlaps(library);
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
        // Most comparable first: more tags in common with the key, then named in the same article; ties are
        // broken by the seeded shuffle, so a different seed gives different (equally good) distractors.
        List<Entity> candidates = library.entities().values().stream()
                .sorted(Comparator.comparing(Entity::id))
                .filter(e -> e.type().equals(type))
                .filter(e -> !keyIds.contains(e.id()) && !excluded.contains(e.id()))
                .filter(e -> e.tags().stream().anyMatch(keyTags::contains))
                .filter(e -> e.names().stream().map(Text::normalise).noneMatch(keyNames::contains))
                .filter(e -> e.names().stream().noneMatch(n -> Text.containsPhrase(stem, n)))
                .filter(e -> overlaps.reason(e, keys, stem).isEmpty())
                .collect(Collectors.toCollection(ArrayList::new));
        Collections.shuffle(candidates, rnd);
        // Most of the key's kind first: more tags in common, then fewer tags the key lacks (a current post for a
        // current post, not a "former" one); within a kind, entities the article names before unfamiliar ones,
        // which would mark themselves wrong.
        candidates.sort(Comparator.comparingLong((Entity e) -> e.tags().stream().filter(keyTags::contains).count())
                .reversed()
                .thenComparingLong(e -> e.tags().stream().filter(t -> !keyTags.contains(t)).count())
                .thenComparing(e -> !forms.mentioned(e, articleSlug)));
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

    /** Those of {@code entities} the article names, in the same order. */
    List<Entity> namedIn(List<Entity> entities, String articleSlug) {
        return entities.stream().filter(e -> forms.mentioned(e, articleSlug)).toList();
    }

    /**
     * The wrong value for a false true/false statement: like {@link #entities}, but only an entity one of the
     * cited articles names, so that "an unfamiliar name means False" never works; empty when there is none.
     *
     * @param statement the statement with its {@code {answer}} slot
     */
    Optional<Entity> swap(Collection<Entity> keys, Set<String> excluded, String statement, Collection<String> slugs,
                          String articleSlug, Random rnd) {
        return entities(keys, excluded, statement, articleSlug, rnd, Integer.MAX_VALUE).stream()
                .filter(e -> slugs.stream().anyMatch(slug -> forms.mentioned(e, slug))).findFirst();
    }

    /**
     * True when the key (not a person) is named after a person the article names and no wrong option is named
     * after anyone: "Rasmussen Global" among consultancies, in an article about Rasmussen, picks itself.
     */
    boolean namedAfterAPerson(String keyForm, List<String> wrongForms, String articleSlug) {
        List<Entity> people = library.entities().values().stream().filter(e -> e.type().equals("person")).toList();
        boolean keyNamed = people.stream().filter(p -> forms.mentioned(p, articleSlug))
                .anyMatch(p -> p.names().stream().anyMatch(n -> Text.containsPhrase(keyForm, n)));
        boolean wrongNamed = wrongForms.stream().anyMatch(w -> people.stream()
                .anyMatch(p -> p.names().stream().anyMatch(n -> Text.containsPhrase(w, n))));
        return keyNamed && !wrongNamed && people.stream().flatMap(p -> p.names().stream())
                .noneMatch(n -> Text.normalise(n).equals(Text.normalise(keyForm)));
    }

    /** The name the first of {@code slugs} that names the entity uses for it, else the display name. */
    String form(Entity e, Collection<String> slugs) {
        return slugs.stream().flatMap(slug -> forms.inArticle(e, slug).stream()).findFirst().orElse(e.name());
    }

    /** A wrong option's name in the same shape as the key's (see {@link NameForms#shapedLike}). */
    String formLike(Entity e, Entity key, String keyForm, String articleSlug) {
        return forms.shapedLike(e, key, keyForm, articleSlug);
    }

    /**
     * Dates of the key's precision: other events of the same article first (plausible, and wrong for this
     * event), then of other articles, then the key moved by a few days or months.
     */
    List<FactDate> dates(Fact fact, Random rnd, int count) {
        FactDate key = fact.date().orElseThrow();
        Set<String> taken = new LinkedHashSet<>(List.of(key.display()));
        List<FactDate> chosen = new ArrayList<>();
        // Another article's date after this one was published cannot be when something in it happened.
        java.time.LocalDate published = library.article(fact.articleSlug()).map(a -> a.published())
                .orElse(java.time.LocalDate.MAX);
        for (boolean sameArticle : List.of(true, false)) {
            List<FactDate> pool = library.facts().stream()
                    .filter(f -> f.date().isPresent() && f.articleSlug().equals(fact.articleSlug()) == sameArticle)
                    .map(f -> f.date().get())
                    .filter(d -> sameArticle || !d.start().isAfter(published))
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
        return numbers(key, count, false);
    }

    /**
     * Wrong counts: for a small exact count one or two either side (never below one); for a year five or ten years
     * off; for a large or approximate number a quarter, a half or double off, at the key's own precision — 60,048,561
     * is not a fair wrong answer to 60,048,560, and 201 is "nearly 200" too.
     */
    static List<Integer> numbers(int key, int count, boolean approximate) {
        List<Integer> out = new ArrayList<>();
        if (!approximate && key <= 20) {
            for (int step : new int[] {1, -1, 2, -2, 3}) {
                if (out.size() < count && key + step >= 1) {
                    out.add(key + step);
                }
            }
            return out;
        }
        if (!approximate && key >= 1800 && key <= 2100) {
            for (int step : new int[] {5, -5, 10, -10, 20}) {
                if (out.size() < count) {
                    out.add(key + step);
                }
            }
            return out;
        }
        // The key's own round unit (thousands for 697,000), but two significant digits at least (tens for 200).
        int unit = 1;
        int cap = (int) Math.pow(10, Math.max(0, String.valueOf(key).length() - 2));
        while (key % (unit * 10) == 0 && unit * 10 <= cap) {
            unit *= 10;
        }
        for (double factor : new double[] {1.25, 0.75, 1.5, 0.5, 2.0}) {
            long wrong = Math.round(key * factor / unit) * unit;
            if (out.size() < count && wrong >= 1 && wrong != key && wrong <= Integer.MAX_VALUE
                    && !out.contains((int) wrong)) {
                out.add((int) wrong);
            }
        }
        return out;
    }
}
