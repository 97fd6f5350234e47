package app.factdeck.articles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.content.Entity;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The pure rules behind the fact form: counts, quotations, dates, and which entity a name means. */
class MarkingRulesTest {

    @Test
    void countsAreReadAsTheSentenceWritesThem() {
        assertEquals(new TeacherArticles.Count("60,048,560", 60_048_560), TeacherArticles.Count.in("60,048,560 votes")
                .orElseThrow());
        assertEquals(156_000_000, TeacherArticles.Count.in("156 million").orElseThrow().value());
        assertEquals(new TeacherArticles.Count("13", 13), TeacherArticles.Count.in("13 days").orElseThrow());
        assertEquals(9, TeacherArticles.Count.in("nine presidents").orElseThrow().value());
        assertTrue(TeacherArticles.Count.in("many").isEmpty());
        assertTrue(TeacherArticles.Count.in("2 and 3").isEmpty(), "two numbers: which one?");
    }

    @Test
    void theGapOfACountIsTheNumberNotItsNoun() {
        assertEquals("After {answer} days of talks.", TeacherArticles.gapped("After 13 days of talks.", List.of("13")));
    }

    @Test
    void answersInsideQuotationsAreSeen() {
        assertTrue(TeacherArticles.insideQuote("She said: “This belongs to all of humanity.”",
                List.of("all of humanity")));
        assertTrue(TeacherArticles.insideQuote("He said \"we won\" today.", List.of("we won")));
        assertFalse(TeacherArticles.insideQuote("Lula said: “We won.”", List.of("Lula")));
    }

    @Test
    void datesReadAgainstTheArticlesDate() {
        assertEquals("2022-10-02", TeacherArticles.dateOf("Oct. 2", LocalDate.of(2022, 10, 31)).orElseThrow());
        assertEquals("2023-05-30", TeacherArticles.dateOf("30 May 2023", null).orElseThrow());
        assertEquals("2022-10-30", TeacherArticles.dateOf("on Sunday", LocalDate.of(2022, 10, 31)).orElseThrow());
    }

    @Test
    void theSentencesVerbDecidesWhichWayAWeekdayGoes() {
        LocalDate friday = LocalDate.of(2023, 6, 16);
        assertEquals("2023-06-14", TeacherArticles.dateOf("on Wednesday", "Ministers met on Wednesday.", friday)
                .orElseThrow());
        assertEquals("2023-06-21", TeacherArticles.dateOf("on Wednesday", "Ministers will meet on Wednesday.", friday)
                .orElseThrow());
        // A month is a date at month precision; a year alone is not a date fact's answer.
        assertEquals("2023-04", TeacherArticles.dateOf("April 2023", friday).orElseThrow());
        assertTrue(TeacherArticles.dateOf("in 2021", friday).isEmpty());
    }

    private static Entity person(String id, String name, String... aliases) {
        return new Entity(id, "person", name, List.of(aliases), Set.of("person-in-article-1"), true, "");
    }

    @Test
    void aSurnameAloneMeansThePersonTheArticleNamesInFull() {
        Map<String, Entity> known = new LinkedHashMap<>();
        known.put("jair-bolsonaro", person("jair-bolsonaro", "Jair Bolsonaro"));
        known.put("eduardo-bolsonaro", person("eduardo-bolsonaro", "Eduardo Bolsonaro"));
        var naming = new TeacherArticles.Naming(known, known.keySet(), "Lula beat Jair Bolsonaro. Bolsonaro lost.", 1);
        assertEquals("jair-bolsonaro", naming.resolve("Bolsonaro", "person", "", ""));
        assertEquals(List.of(Map.entry("jair-bolsonaro", "Bolsonaro")), naming.aliasesAdded);
        assertTrue(naming.created.isEmpty());
    }

    @Test
    void aSurnameTwoPeopleOfTheArticleShareIsANewName() {
        Map<String, Entity> known = new LinkedHashMap<>();
        known.put("jair-bolsonaro", person("jair-bolsonaro", "Jair Bolsonaro"));
        known.put("eduardo-bolsonaro", person("eduardo-bolsonaro", "Eduardo Bolsonaro"));
        var naming = new TeacherArticles.Naming(known, known.keySet(),
                "Jair Bolsonaro and Eduardo Bolsonaro spoke. Bolsonaro lost.", 1);
        assertEquals("bolsonaro", naming.resolve("Bolsonaro", "person", "", ""));
    }

    @Test
    void theOtherNamesTheTeacherGivesFindTheKnownPerson() {
        Map<String, Entity> known = new LinkedHashMap<>();
        known.put("jair-bolsonaro", person("jair-bolsonaro", "Jair Bolsonaro"));
        var naming = new TeacherArticles.Naming(known, known.keySet(), "The incumbent lost.", 1);
        assertEquals("jair-bolsonaro", naming.resolve("Bolsonaro", "person", "", "Jair Bolsonaro"));
    }

    @Test
    void aRoleIsNeverMatchedByAnotherArticlesShortAlias() {
        Map<String, Entity> known = new LinkedHashMap<>();
        known.put("pm-ua", new Entity("pm-ua", "role", "Prime Minister of Ukraine", List.of("Prime Minister"),
                Set.of("ukrainian-office"), true, "the"));
        var naming = new TeacherArticles.Naming(known, Set.of(), "Prime Minister Narendra Modi joined.", 4);
        String id = naming.resolve("Prime Minister", "role", "", "");
        assertEquals("prime-minister", id);
        assertEquals(Set.of("role-in-article-4"), naming.created.get(0).tags(), "wrong options from its own article");
    }
}
