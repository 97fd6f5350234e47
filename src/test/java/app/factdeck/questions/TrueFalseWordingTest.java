package app.factdeck.questions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.content.Entity;
import app.factdeck.content.Fact;
import app.factdeck.content.Library;
import app.factdeck.questions.core.Question;
import app.factdeck.questions.types.truefalse.TrueFalse;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, item 2: a date sits with the event it dates, a false variant is false and not arguable, a true
 * paraphrase keeps its source's hedge. Hand-made facts for each rule, then the seed bank.
 */
class TrueFalseWordingTest {

    private static final List<Question> SEED = new QuestionGenerator(TestLibrary.SHIPPED,
            QuestionGenerator.DEFAULT_SEED, false).generateAll();

    @TempDir
    Path dir;

    @Test
    void aTrailingDateMovesToTheFrontOfTheStatement() {
        assertEquals("On {answer}, Kuleba announced three steps to make the summit a success.",
                Wording.dateFirst("Kuleba announced three steps to make the summit a success on {answer}."));
        assertEquals("In {answer}, the Post reported that Ukraine would not be invited.",
                Wording.dateFirst("The Post reported that Ukraine would not be invited in {answer}."));
        assertEquals("On {answer}, Kuleba spoke.", Wording.dateFirst("On {answer}, Kuleba spoke."));
        assertEquals("On 3 October 2022, {answer} called for talks on Ukraine's accession to NATO.",
                Wording.dateFirst("{answer} called for talks on Ukraine's accession to NATO on 3 October 2022."));
        assertEquals("{answer} took part in the statement of 3 June 2023.",
                Wording.dateFirst("{answer} took part in the statement of 3 June 2023."));
        assertEquals("{answer} said so.", Wording.dateFirst("{answer} said so."));
        assertEquals("Rasmussen wanted guarantees at the summit in {answer}.",
                Wording.dateFirst("Rasmussen wanted guarantees at the summit in {answer}.", false),
                "a city in the slot is not a date");
    }

    @Test
    void aGeneratedDatedStatementPutsTheDateWithItsEvent() throws IOException {
        Library library = SmallTree.load(dir,
                "On May 23, Halibarenko announced two packages for the summit in Vilnius.",
                "- {id: vilnius, type: city, name: Vilnius, tags: [city]}\n", """
                - id: st-1
                  kind: date
                  event: "Halibarenko announces two packages"
                  question: "On what date did Halibarenko announce two packages for the summit?"
                  statement: "Halibarenko announced two packages for the summit in Vilnius on {answer}."
                  date: 2023-05-23
                  as_written: "May 23"
                  source: "On May 23, Halibarenko announced two packages for the summit in Vilnius."
                """);
        List<Question> bank = SmallTree.generate(library);
        assertEquals("True or false? On 23 May 2023, Halibarenko announced two packages for the summit in Vilnius.",
                SmallTree.byId(bank, "st-1/true-false/true").stem());
        assertTrue(SmallTree.byId(bank, "st-1/true-false/false").stem().startsWith("True or false? On "));
        QualityGates gates = new QualityGates(library);
        bank.forEach(q -> assertEquals(List.of(), gates.violations(q), q.id()));
    }

    @Test
    void theGateRefusesADatedStatementWhoseDateDoesNotOpenIt() throws IOException {
        Library library = SmallTree.load(dir,
                "On May 23, Halibarenko announced two packages for the summit in Vilnius.", "", """
                - id: st-1
                  kind: date
                  event: "Halibarenko announces two packages"
                  question: "On what date did Halibarenko announce two packages for the summit?"
                  statement: "Halibarenko, on {answer}, announced two packages for the summit in Vilnius."
                  date: 2023-05-23
                  as_written: "May 23"
                  source: "On May 23, Halibarenko announced two packages for the summit in Vilnius."
                """);
        Question q = SmallTree.byId(SmallTree.generate(library), "st-1/true-false/true");
        assertTrue(new QualityGates(library).violations(q).stream().anyMatch(v -> v.startsWith("G5 a dated")),
                q.stem());
    }

    @Test
    void everySeedDatedStatementOpensWithItsDate() {
        for (Fact f : TestLibrary.SHIPPED.facts()) {
            if (f.kind() == Fact.Kind.DATE && f.statement() != null) {
                assertTrue(Wording.opensWithDate(f.statement()), f.id() + ": " + f.statement());
            }
        }
        SEED.stream().filter(q -> q instanceof TrueFalse && q.factIds().size() == 1)
                .filter(q -> fact(q).kind() == Fact.Kind.DATE)
                .forEach(q -> assertTrue(q.stem().matches("True or false\\? (On|In) [^,]*\\d{4}, .*"), q.stem()));
        SEED.stream().filter(q -> q instanceof TrueFalse)
                .forEach(q -> assertFalse(Wording.endsWithDate(q.stem()), q.id() + ": " + q.stem()));
    }

    private static final String SPEAKERS = """
            - {id: ana-ruiz, type: person, name: Ana Ruiz, tags: [official]}
            - {id: tom-reyes, type: person, name: Tom Reyes, tags: [official]}
            - {id: lea-park, type: person, name: Lea Park, tags: [official]}
            - {id: max-hahn, type: person, name: Max Hahn, tags: [official]}
            """;

    @Test
    void whatSomeoneSaidInTheArticlesWordsGetsNoFalseSpeakerButAQuotationDoes() throws IOException {
        // "Anders Rasmussen said that security guarantees … would be discussed at the summit": another of the
        // article's people may have said much the same, so a blind review found the false item defensible (G2).
        Library library = SmallTree.load(dir, "In April, Ana Ruiz said that the budget would be discussed in May. "
                + "Tom Reyes said: “We will not cut the budget.” Lea Park and Max Hahn agreed.", SPEAKERS, """
                - id: st-1
                  kind: answer
                  question: "Who said that the budget would be discussed in May?"
                  statement: "{answer} said that the budget would be discussed in May."
                  answer: ana-ruiz
                  source: "In April, Ana Ruiz said that the budget would be discussed in May."
                - id: st-2
                  kind: answer
                  question: "Who said “We will not cut the budget”?"
                  statement: "{answer} said: “We will not cut the budget.”"
                  answer: tom-reyes
                  source: "Tom Reyes said: “We will not cut the budget.”"
                """);
        List<Question> bank = SmallTree.generate(library);
        assertTrue(bank.stream().noneMatch(q -> q.id().equals("st-1/true-false/false")), bank.toString());
        assertTrue(bank.stream().anyMatch(q -> q.id().equals("st-1/true-false/true")), "the true item stays");
        assertTrue(bank.stream().anyMatch(q -> q.id().equals("st-2/true-false/false")),
                "a quotation's speaker swapped is false: the words are the other's");
    }

    private static final String GROUPS = """
            - {id: poland, type: country, name: Poland, tags: [cee]}
            - {id: estonia, type: country, name: Estonia, tags: [cee]}
            - {id: sweden, type: country, name: Sweden, tags: [nordic]}
            - {id: baltic-states, type: country-group, name: the Baltic states, tags: [region], members: [estonia]}
            - {id: visegrad-group, type: country-group, name: the Visegrád Group, tags: [region], members: [poland]}
            - {id: nordic-countries, type: country-group, name: the Nordic countries, tags: [region], members: [sweden]}
            """;

    @Test
    void aFalseVariantNeverSwapsInAGroupThatContainsSomethingTheSentenceNames() throws IOException {
        Library library = SmallTree.load(dir, "Poland could be followed by the Baltic states. "
                + "The Visegrád Group met. The Nordic countries met too.", GROUPS, """
                - id: st-1
                  kind: answer
                  question: "Which countries could follow Poland?"
                  statement: "{answer} could follow Poland."
                  answer: baltic-states
                  source: "Poland could be followed by the Baltic states."
                """);
        List<Question> bank = SmallTree.generate(library);
        assertEquals("True or false? The Nordic countries could follow Poland.",
                SmallTree.byId(bank, "st-1/true-false/false").stem());
        assertTrue(bank.stream().noneMatch(q -> q.listing().options().contains("the Visegrád Group")
                || q.stem().contains("Visegrád")), "the Visegrád Group contains Poland");
    }

    @Test
    void aFalseVariantNeverSwapsInAMemberOfTheGroupTheAnswerIsPartOf() throws IOException {
        Library library = SmallTree.load(dir, "Rasmussen said the alliance, including the United States, must act. "
                + "Canada and Sweden agreed.", """
                - {id: united-states, type: country, prefix: the, name: United States, tags: [north-america]}
                - {id: canada, type: country, name: Canada, tags: [north-america]}
                - {id: sweden, type: country, name: Sweden, tags: [north-america]}
                - {id: nato, type: organisation, name: NATO, aliases: [the alliance], tags: [alliance], members: [united-states, canada]}
                """, """
                - id: st-1
                  kind: answer
                  question: "Which country did Rasmussen name when he said the alliance must act?"
                  statement: "Rasmussen said the alliance, including {answer}, must act."
                  answer: united-states
                  source: "Rasmussen said the alliance, including the United States, must act."
                """);
        List<Question> bank = SmallTree.generate(library);
        assertEquals("True or false? Rasmussen said the alliance, including Sweden, must act.",
                SmallTree.byId(bank, "st-1/true-false/false").stem());
        Entity canada = library.entity("canada");
        assertTrue(new Overlaps(library).reason(canada, List.of(library.entity("united-states")),
                "Rasmussen said the alliance, including {answer}, must act.").isPresent());
    }

    @Test
    void theGateRefusesAWrongValueThatOverlapsARightOne() throws IOException {
        Library library = SmallTree.load(dir, "Poland could be followed by the Baltic states. "
                + "The Visegrád Group met. The Nordic countries met too.", GROUPS, """
                - id: st-1
                  kind: answer
                  question: "Which countries could follow Poland?"
                  statement: "{answer} could follow Poland."
                  answer: baltic-states
                  source: "Poland could be followed by the Baltic states."
                """);
        Question q = SmallTree.byId(SmallTree.generate(library), "st-1/true-false/false");
        Question.Common c = q.common();
        TrueFalse planted = new TrueFalse(new Question.Common(c.id(), c.articleSlug(), c.factIds(),
                "True or false? The Visegrád Group could follow Poland.", c.explanation(), c.sources(),
                c.answerForms(), c.authored()), false, List.of("the Visegrád Group"));
        assertTrue(new QualityGates(library).violations(planted).stream()
                .anyMatch(v -> v.startsWith("G2 wrong value is arguably right")), planted.stem());
    }

    @Test
    void hedgesAreWordsOfDoubtOrConditionAndNotTheMonthOfMay() {
        assertTrue(Wording.hedged("Some countries may decide to send troops"));
        assertTrue(Wording.hedged("I wouldn’t exclude the possibility"));
        assertTrue(Wording.hedged("If NATO cannot agree, some will act"));
        assertFalse(Wording.hedged("In May, the Washington Post reported that Ukraine will not be invited."));
        assertFalse(Wording.hedged("Poland has been very active in providing assistance."));
    }

    @Test
    void aTrueStatementThatDropsItsSourcesHedgeIsRefused() throws IOException {
        Library library = SmallTree.load(dir, "Rasmussen said Poland may send troops. Estonia did not.", GROUPS, """
                - id: st-1
                  kind: answer
                  question: "Which country did Rasmussen say would send troops?"
                  statement: "Rasmussen said {answer} will send troops."
                  answer: poland
                  source: "Rasmussen said Poland may send troops."
                """);
        List<Question> bank = SmallTree.generate(library);
        QualityGates gates = new QualityGates(library);
        assertTrue(gates.violations(SmallTree.byId(bank, "st-1/true-false/true")).stream()
                .anyMatch(v -> v.startsWith("G5 the source sentence is hedged")));
        // A false variant need not keep the hedge: it is false either way.
        assertTrue(gates.violations(SmallTree.byId(bank, "st-1/true-false/false")).stream()
                .noneMatch(v -> v.startsWith("G5 the source sentence is hedged")));
    }

    @Test
    void everySeedTrueStatementKeepsItsSourcesHedge() {
        SEED.stream().filter(q -> q instanceof TrueFalse tf && tf.truth() && q.factIds().size() == 1)
                .filter(q -> fact(q).kind() != Fact.Kind.ROLE && Wording.hedged(fact(q).source().text()))
                .forEach(q -> assertTrue(Wording.hedged(q.stem()), q.id() + ": " + q.stem()));
    }

    @Test
    void noSeedWrongValueOverlapsARightOneOrTheSentencesGroup() {
        Overlaps overlaps = new Overlaps(TestLibrary.SHIPPED);
        Library lib = TestLibrary.SHIPPED;
        for (Question q : SEED) {
            List<Entity> keys = q.answerForms().stream().flatMap(f -> byName(lib, f.get(0)).stream()).toList();
            for (String d : q.listing().distractors()) {
                byName(lib, d).ifPresent(e -> assertEquals(java.util.Optional.empty(),
                        overlaps.reason(e, keys, q.stem()), q.id()));
            }
        }
        assertTrue(SEED.stream().noneMatch(q -> q.stem().contains("Visegrád Group could follow Poland")));
        assertTrue(SEED.stream().noneMatch(q -> q.stem().contains("the alliance, including Canada")));
    }

    static java.util.Optional<Entity> byName(Library lib, String name) {
        return lib.entities().values().stream().sorted(java.util.Comparator.comparing(Entity::id))
                .filter(e -> e.names().stream().anyMatch(n -> app.factdeck.content.Text.normalise(n)
                        .equals(app.factdeck.content.Text.normalise(name)))).findFirst();
    }

    private static Fact fact(Question q) {
        return TestLibrary.SHIPPED.facts().stream().filter(f -> f.id().equals(q.factIds().get(0))).findFirst()
                .orElseThrow();
    }
}
