package app.factdeck.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The built-in gazetteer: what it holds, how it names countries, and how it joins a content tree's catalogue. */
class GazetteerTest {

    private final Gazetteer gazetteer = Gazetteer.builtIn();

    @Test
    void holdsEveryIso3166CountryOnce() {
        // ISO 3166-1 has 249 officially assigned alpha-2 codes.
        assertEquals(249, gazetteer.countries().size());
        assertEquals(249, gazetteer.countries().stream().map(Entity::id).distinct().count());
        for (Entity c : gazetteer.countries()) {
            assertTrue(c.id().matches("country-[a-z]{2}"), c.id());
            assertTrue(ArticleParser.SLUG.matcher(c.id()).matches(), c.id());
            assertEquals("country", c.type(), c.id());
            assertFalse(c.inArticle(), c.id() + " is only a wrong answer");
            assertTrue(c.tags().contains("country"), c.id());
            assertTrue(c.tags().stream().anyMatch(t -> t.startsWith("region-")), c.id() + " has no region");
        }
    }

    @Test
    void noNameBelongsToTwoEntitiesOfOneType() {
        Map<String, String> owner = new HashMap<>();
        for (Entity e : all()) {
            for (String n : e.names()) {
                String before = owner.putIfAbsent(e.type() + ":" + Text.normalise(n), e.id());
                assertTrue(before == null || before.equals(e.id()), "'" + n + "' names " + before + " and " + e.id());
            }
        }
    }

    @Test
    void noNameReadsAsAnEverydayWordOrADemonym() {
        // Names are searched for in stems and articles as whole words, case-insensitively: "IN" would be found
        // in every sentence. A demonym ("Ukrainian") is no answer to "which country".
        Set<String> words = Set.of("in", "it", "us", "is", "no", "me", "be", "to", "and", "can", "are", "per", "ton");
        Set<String> demonyms = gazetteer.countries().stream().flatMap(c -> gazetteer.demonymsOf(c.id()).stream())
                .map(Text::normalise).collect(Collectors.toSet());
        for (Entity e : all()) {
            for (String n : e.names()) {
                assertFalse(words.contains(Text.normalise(n)), e.id() + " is named '" + n + "'");
            }
            // A few countries' demonym is their name ("Djibouti"); no alias is ever a demonym.
            for (String n : e.aliases()) {
                assertFalse(demonyms.contains(Text.normalise(n)), e.id() + " is named by the demonym '" + n + "'");
            }
        }
        assertFalse(demonyms.isEmpty());
    }

    @Test
    void countriesAreFoundByTheNamesStudentsType() {
        assertSameCountry("country-tr", "Türkiye", "Turkey", "Turkiye", "Republic of Türkiye");
        assertSameCountry("country-cz", "Czechia", "Czech Republic");
        assertSameCountry("country-gb", "United Kingdom", "UK", "Great Britain", "Britain");
        assertSameCountry("country-us", "United States", "USA", "United States of America");
        assertSameCountry("country-ci", "Ivory Coast", "Côte d'Ivoire", "Cote d'Ivoire");
        assertEquals("Türkiye", gazetteer.find("turkey").orElseThrow().name());
        assertEquals(Optional.empty(), gazetteer.find("Ukrainian"));
        assertEquals("the", gazetteer.find("UK").orElseThrow().prefix());
        assertEquals("", gazetteer.find("Lithuania").orElseThrow().prefix());
    }

    @Test
    void groupsListTheirMembersAsCountries() {
        Map<String, Entity> groups = gazetteer.groups().stream()
                .collect(Collectors.toMap(Entity::name, e -> e, (a, b) -> a, LinkedHashMap::new));
        assertEquals(List.of("NATO", "European Union", "G7", "G20"), List.copyOf(groups.keySet()));
        // Membership counts as of the dates in the data file's header: NATO since Sweden (2024), the EU since
        // the UK left (2020), the G7, the G20's nineteen countries.
        assertEquals(32, groups.get("NATO").members().size());
        assertEquals(27, groups.get("European Union").members().size());
        assertEquals(7, groups.get("G7").members().size());
        assertEquals(19, groups.get("G20").members().size());
        Set<String> ids = gazetteer.countries().stream().map(Entity::id).collect(Collectors.toSet());
        for (Entity g : groups.values()) {
            assertTrue(ids.containsAll(g.members()), g.name() + " names a member that is not a country");
        }
        assertTrue(groups.get("European Union").members().contains("country-lt"));
        assertFalse(groups.get("European Union").members().contains("country-gb"));
        assertTrue(groups.get("NATO").members().contains("country-se"));
        for (Entity country : gazetteer.countries()) {
            for (Entity g : groups.values()) {
                String tag = "member-" + g.id().substring("org-".length());
                assertEquals(g.members().contains(country.id()), country.tags().contains(tag),
                        country.id() + " and " + tag);
            }
        }
    }

    @Test
    void demonymsNameTheirCountry() {
        assertEquals(Optional.of("country-lt"), gazetteer.countryOfDemonym("Lithuanian"));
        assertEquals(Optional.of("country-fr"), gazetteer.countryOfDemonym("French"));
        assertEquals(Optional.of("country-ua"), gazetteer.countryOfDemonym("ukrainian"));
        assertEquals(Optional.of("country-gb"), gazetteer.countryOfDemonym("British"));
        // Both Congos are Congolese: the word names neither.
        assertEquals(Optional.empty(), gazetteer.countryOfDemonym("Congolese"));
        assertEquals(Optional.empty(), gazetteer.countryOfDemonym("Lithuania"));
        assertTrue(gazetteer.demonymsOf("country-fr").contains("French"));
        assertTrue(gazetteer.demonymsOf("country-cd").contains("Congolese"));
        assertEquals(List.of(), gazetteer.demonymsOf("lithuania"));
    }

    @Test
    void theCatalogueWinsAndNothingOfItChanges() {
        Entity turkey = country("turkey", "Turkey", List.of(), Set.of("nato-member"));
        Entity czech = country("czech-republic", "Czech Republic", List.of("Czechia"), Set.of("cee"));
        Entity city = new Entity("singapore", "city", "Singapore", List.of(), Set.of("port"), true, "");
        Map<String, Entity> catalogue = Map.of(turkey.id(), turkey, czech.id(), czech, city.id(), city);

        Map<String, Entity> merged = gazetteer.merge(catalogue);

        catalogue.forEach((id, e) -> assertSame(e, merged.get(id), id));
        assertFalse(merged.containsKey("country-tr"), "Türkiye is the catalogue's Turkey under another name");
        assertFalse(merged.containsKey("country-cz"));
        assertFalse(merged.containsKey("country-sg"), "a name of any type clashes");
        assertTrue(merged.containsKey("country-lt"));
        assertEquals(catalogue.size() + gazetteer.countries().size() - 3 + gazetteer.groups().size(), merged.size());
    }

    @Test
    void namesClashIgnoringCaseAndDiacritics() {
        Entity turkey = country("turkiye", "TURKIYE", List.of(), Set.of());
        Entity ivory = country("ivory", "Cote dIvoire", List.of("cote d ivoire"), Set.of());
        Map<String, Entity> merged = gazetteer.merge(Map.of(turkey.id(), turkey, ivory.id(), ivory));
        assertFalse(merged.containsKey("country-tr"));
        assertFalse(merged.containsKey("country-ci"));
    }

    @Test
    void aGroupNamesTheCatalogueCountryInPlaceOfItsOwn() {
        Entity poland = country("poland", "Poland", List.of(), Set.of("cee"));
        Map<String, Entity> merged = gazetteer.merge(Map.of(poland.id(), poland));
        Entity eu = merged.get("org-eu");
        assertNotNull(eu);
        assertTrue(eu.members().contains("poland"));
        assertFalse(eu.members().contains("country-pl"));
        assertTrue(eu.overlaps(poland), "the EU is never offered beside Poland");
        assertTrue(eu.members().stream().allMatch(merged::containsKey), "every member of the EU is in the library");
        assertEquals(27, eu.members().size());
    }

    @Test
    void aGroupTheCatalogueHasIsLeftOut() {
        Entity nato = new Entity("nato", "organisation", "NATO", List.of("the Alliance"), Set.of("alliance"), true, "",
                Set.of());
        Map<String, Entity> merged = gazetteer.merge(Map.of(nato.id(), nato));
        assertSame(nato, merged.get("nato"));
        assertFalse(merged.containsKey("org-nato"));
        assertTrue(merged.containsKey("org-g7"));
    }

    @Test
    void everyCountryOfTheShippedCatalogueIsOneTheGazetteerKnowsByName() {
        // Otherwise the merge would keep the gazetteer's double of it, and the key could come back as a wrong
        // option under another name.
        Library shipped = ContentLoader.withoutGazetteer().load(Path.of("content"));
        Map<String, Entity> merged = gazetteer.merge(shipped.entities());
        for (Entity c : shipped.entities().values()) {
            if (!c.type().equals("country")) {
                continue;
            }
            Optional<Entity> known = c.names().stream().flatMap(n -> gazetteer.find(n).stream()).findFirst();
            assertTrue(known.isPresent(), c.name() + " is not in the gazetteer under any of its names");
            assertFalse(merged.containsKey(known.get().id()), known.get().id() + " doubles " + c.id());
        }
    }

    @Test
    void itsTagsAreNoneOfTheShippedCatalogues() {
        // A shared tag would put gazetteer countries among the candidates for a seed question's wrong options
        // and move the blind-reviewed bank (GazetteerSeedBankTest).
        Set<String> seedTags = ContentLoader.withoutGazetteer().load(Path.of("content")).entities().values().stream()
                .flatMap(e -> e.tags().stream()).collect(Collectors.toSet());
        Set<String> shared = all().stream().flatMap(e -> e.tags().stream()).filter(seedTags::contains)
                .collect(Collectors.toSet());
        assertEquals(Set.of(), shared);
    }

    @Test
    void theResourceIsSmall() throws IOException {
        try (InputStream in = Gazetteer.class.getResourceAsStream(Gazetteer.RESOURCE)) {
            assertNotNull(in);
            int size = in.readAllBytes().length;
            assertTrue(size < 150_000, size + " bytes");
        }
    }

    private List<Entity> all() {
        return Stream.concat(gazetteer.countries().stream(), gazetteer.groups().stream()).toList();
    }

    private void assertSameCountry(String id, String... names) {
        for (String n : names) {
            assertEquals(id, gazetteer.find(n).map(Entity::id).orElse("nothing"), n);
        }
    }

    private static Entity country(String id, String name, List<String> aliases, Set<String> tags) {
        return new Entity(id, "country", name, aliases, tags, true, "");
    }
}
