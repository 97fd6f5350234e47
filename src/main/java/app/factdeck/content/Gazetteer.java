package app.factdeck.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Every ISO 3166-1 country and a few groups of them (NATO, EU, G7, G20), built into the jar so that any
 * article's country answer has accurate country distractors: {@code src/main/resources/gazetteer/README.md}
 * gives the sources, licences and tags.
 *
 * <pre>{@code
 * Map<String, Entity> entities = Gazetteer.builtIn().merge(catalogue); // the catalogue's entities win
 * Gazetteer.builtIn().countryOfDemonym("Lithuanian")                   // Optional[country-lt]
 * }</pre>
 */
public final class Gazetteer {

    static final String RESOURCE = "/gazetteer/countries.tsv";
    static final String COUNTRY_TYPE = "country";
    static final String GROUP_TYPE = "organisation";
    /** Carried by every sovereign UN member: two of them share more than a country and a territory do. */
    static final String UN_MEMBER = "un-member";

    private static final Gazetteer BUILT_IN = load();

    private final List<Entity> countries;
    private final List<Entity> groups;
    private final Map<String, List<String>> demonymsById;
    private final Map<String, String> countryByDemonym;
    private final Map<String, Entity> byName = new HashMap<>();

    private Gazetteer(List<Entity> countries, List<Entity> groups, Map<String, List<String>> demonymsById) {
        this.countries = countries;
        this.groups = groups;
        this.demonymsById = demonymsById;
        this.countryByDemonym = byDemonym(countries, demonymsById);
        Stream.concat(countries.stream(), groups.stream())
                .forEach(e -> e.names().forEach(n -> byName.putIfAbsent(Text.normalise(n), e)));
    }

    /** The gazetteer packaged in the jar, read once. */
    public static Gazetteer builtIn() {
        return BUILT_IN;
    }

    /** The countries (and dependent territories) of ISO 3166-1, ids {@code country-<alpha-2>}, in code order. */
    public List<Entity> countries() {
        return countries;
    }

    /** NATO, the European Union, the G7 and the G20, ids {@code org-<code>}, with their member countries. */
    public List<Entity> groups() {
        return groups;
    }

    /** The country or group one of whose names this is, ignoring case and diacritics ("turkiye", "UK"). */
    public Optional<Entity> find(String name) {
        return Optional.ofNullable(byName.get(Text.normalise(name)));
    }

    /**
     * The country a demonym names ("Lithuanian", "French"), when one does: a demonym several sovereign countries
     * share ("Congolese") names none; one a country shares with its territories names the country.
     */
    public Optional<String> countryOfDemonym(String word) {
        return Optional.ofNullable(countryByDemonym.get(Text.normalise(word)));
    }

    /** The English demonyms of a gazetteer country ({@code country-fr} → [French]); empty for any other id. */
    public List<String> demonymsOf(String id) {
        return demonymsById.getOrDefault(id, List.of());
    }

    /**
     * The catalogue with the gazetteer's entities added where they do not clash: a gazetteer entity whose id, or
     * any of whose names (ignoring case and diacritics), a catalogue entity already has is left out, since the
     * catalogue's entity is the same thing. Catalogue entities are returned unchanged. A group's members that
     * were left out are replaced by the catalogue country of the same name, so that "the European Union" still
     * overlaps the catalogue's "Poland" and is never offered beside it.
     */
    public Map<String, Entity> merge(Map<String, Entity> catalogue) {
        Map<String, Entity> catalogueByName = new HashMap<>();
        catalogue.values().stream().sorted(Comparator.comparing(Entity::id))
                .forEach(e -> e.names().forEach(n -> catalogueByName.putIfAbsent(Text.normalise(n), e)));
        Map<String, Entity> merged = new LinkedHashMap<>(catalogue);
        Map<String, String> sameCountry = new HashMap<>();
        for (Entity country : countries) {
            List<Entity> clashes = clashes(country, catalogue, catalogueByName);
            if (clashes.isEmpty()) {
                merged.put(country.id(), country);
            } else {
                clashes.stream().filter(e -> e.type().equals(COUNTRY_TYPE)).findFirst()
                        .ifPresent(e -> sameCountry.put(country.id(), e.id()));
            }
        }
        for (Entity group : groups) {
            if (!clashes(group, catalogue, catalogueByName).isEmpty()) {
                continue;
            }
            Set<String> members = new LinkedHashSet<>();
            for (String m : group.members()) {
                String id = sameCountry.getOrDefault(m, m);
                if (merged.containsKey(id)) {
                    members.add(id);
                }
            }
            merged.put(group.id(), new Entity(group.id(), group.type(), group.name(), group.aliases(), group.tags(),
                    false, group.prefix(), Set.copyOf(members)));
        }
        return merged;
    }

    private static List<Entity> clashes(Entity e, Map<String, Entity> catalogue, Map<String, Entity> byName) {
        List<Entity> out = new ArrayList<>();
        if (catalogue.containsKey(e.id())) {
            out.add(catalogue.get(e.id()));
        }
        e.names().stream().map(n -> byName.get(Text.normalise(n))).filter(x -> x != null && !out.contains(x))
                .forEach(out::add);
        return out;
    }

    private static Map<String, String> byDemonym(List<Entity> countries, Map<String, List<String>> demonymsById) {
        Map<String, List<Entity>> owners = new HashMap<>();
        for (Entity c : countries) {
            demonymsById.getOrDefault(c.id(), List.of())
                    .forEach(d -> owners.computeIfAbsent(Text.normalise(d), k -> new ArrayList<>()).add(c));
        }
        Map<String, String> out = new HashMap<>();
        owners.forEach((demonym, list) -> {
            List<Entity> sovereign = list.stream().filter(c -> c.tags().contains(UN_MEMBER)).toList();
            if (list.size() == 1) {
                out.put(demonym, list.get(0).id());
            } else if (sovereign.size() == 1) {
                out.put(demonym, sovereign.get(0).id());
            }
        });
        return out;
    }

    private static Gazetteer load() {
        try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath; rebuild the jar");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    /** Reads the TSV that {@code gazetteer/generate.py} writes; a malformed line is a build error, not user input. */
    static Gazetteer parse(String tsv) {
        List<Entity> countries = new ArrayList<>();
        List<Entity> groups = new ArrayList<>();
        Map<String, List<String>> demonyms = new HashMap<>();
        String[] lines = tsv.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 8) {
                throw new IllegalStateException(RESOURCE + ":" + (i + 1) + ": expected 8 tab-separated columns, found "
                        + f.length + "; regenerate it with gazetteer/generate.py");
            }
            Set<String> tags = Set.copyOf(words(f[6], " "));
            switch (f[0]) {
                case "country" -> {
                    String id = "country-" + f[1];
                    countries.add(new Entity(id, COUNTRY_TYPE, f[2], words(f[4], "\\|"), tags, false, f[3]));
                    demonyms.put(id, words(f[5], "\\|"));
                }
                case "group" -> groups.add(new Entity("org-" + f[1], GROUP_TYPE, f[2], words(f[4], "\\|"), tags,
                        false, f[3], Set.copyOf(words(f[7], " ").stream().map(c -> "country-" + c).toList())));
                default -> throw new IllegalStateException(RESOURCE + ":" + (i + 1) + ": unknown kind '" + f[0]
                        + "'; a line is a country or a group");
            }
        }
        return new Gazetteer(List.copyOf(countries), List.copyOf(groups), Map.copyOf(demonyms));
    }

    private static List<String> words(String field, String separator) {
        return field.isEmpty() ? List.of() : Arrays.stream(field.split(separator)).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }
}
