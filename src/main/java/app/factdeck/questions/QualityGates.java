package app.factdeck.questions;

import app.factdeck.questions.core.AnswerMatcher;
import app.factdeck.questions.core.Question;

import app.factdeck.questions.types.cloze.Cloze;
import app.factdeck.questions.types.matching.Matching;
import app.factdeck.questions.types.multichoice.MultipleChoice;
import app.factdeck.questions.types.multiselect.SelectAll;
import app.factdeck.questions.types.ordering.Ordering;
import app.factdeck.questions.types.truefalse.TrueFalse;

import app.factdeck.content.References;
import app.factdeck.content.Article;
import app.factdeck.content.Boilerplate;
import app.factdeck.content.Entity;
import app.factdeck.content.Fact;
import app.factdeck.content.Fact.Source;
import app.factdeck.content.Library;
import app.factdeck.content.Text;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The hard gates of shared/research/question-generation.md §2.1, checked on each generated question against
 * the fact base. An empty list means the question may be shown.
 *
 * <ul>
 *   <li>G1 every answer is stated in a cited sentence; the stem does not give it away;</li>
 *   <li>G2 no wrong option is also right: not a key, an alias of a key, another member of the same list, nor
 *       an entity the fact excludes;</li>
 *   <li>G4 every cited sentence is an article sentence and not page boilerplate;</li>
 *   <li>G6/G8 options are distinct after normalisation, none contains another, all of the key's type;</li>
 *   <li>G6 an ordinal key is not given away by a name that carries its number ({@link OrdinalGiveaway});</li>
 *   <li>G7 the stem names what it asks about: no unresolved pronoun or "this"/"next year";</li>
 *   <li>G2/G5 true/false wording (issue 17): a wrong value does not overlap a right one or the sentence's
 *       group, a dated statement opens with its date, a true paraphrase keeps its source's hedge.</li>
 * </ul>
 * Fill-in-the-gap items also pass {@link GapGates}: a standalone sentence that does not give its gap away.
 */
public final class QualityGates {

    private final Library library;
    private static final java.util.regex.Pattern DATE_FIRST = java.util.regex.Pattern.compile(
            "^(On|In) [^,]*\\d{4},");
    private final java.util.Map<String, Entity> byName = new java.util.HashMap<>();
    private final Overlaps overlaps;
    private final DistractorPicker picker;
    private final List<String> antecedents;

    public QualityGates(Library library) {
        this.library = library;
        this.overlaps = new Overlaps(library);
        this.picker = new DistractorPicker(library);
        this.antecedents = References.antecedents(library.entities().values());
        library.entities().values().stream().sorted(java.util.Comparator.comparing(Entity::id))
                .forEach(e -> e.names().forEach(n -> byName.putIfAbsent(Text.normalise(n), e)));
    }

    public List<String> violations(Question q) {
        List<String> v = new ArrayList<>();
        checkSources(q, v);
        checkAnswersStated(q, v);
        checkStem(q, v);
        checkOptions(q, v);
        checkNothingWrongIsRight(q, v);
        if (q instanceof Cloze gap) {
            v.addAll(GapGates.violations(gap));
        }
        checkWording(q, v);
        return v;
    }

    /** G4: each source is one of the article's own sentences, which the cleaner kept. */
    private void checkSources(Question q, List<String> v) {
        if (q.sources().isEmpty()) {
            v.add("G4 no source sentence");
        }
        for (Source s : q.sources()) {
            Optional<Article> article = library.article(s.articleSlug());
            boolean inArticle = article.flatMap(a -> a.sentence(s.anchor())).map(x -> x.text().equals(s.text()))
                    .orElse(false);
            if (!inArticle) {
                v.add("G4 source " + s.articleSlug() + "#" + s.anchor() + " is not that article's sentence");
            }
            if (Boilerplate.matches(s.text())) {
                v.add("G4 source is boilerplate: " + s.text());
            }
        }
    }

    /** G1: for every correct answer, one of its forms is in a cited sentence. */
    private void checkAnswersStated(Question q, List<String> v) {
        if (q.answerForms().isEmpty()) {
            v.add("G1 no answer forms");
        }
        for (List<String> forms : q.answerForms()) {
            boolean stated = q.sources().stream()
                    .anyMatch(s -> forms.stream().anyMatch(f -> Text.containsPhrase(s.text(), f)));
            if (!stated) {
                v.add("G1 answer " + forms.get(0) + " is not stated in any cited sentence");
            }
        }
    }

    /** G1 (giveaway) and G7 (self-contained). */
    private void checkStem(Question q, List<String> v) {
        String stem = q.stem();
        boolean statementIncludesAnswer = q instanceof TrueFalse || q instanceof Ordering
                || q instanceof Matching;
        if (!statementIncludesAnswer) {
            for (List<String> forms : q.answerForms()) {
                for (String f : forms) {
                    if (Text.containsPhrase(stem, f)) {
                        v.add("G1 the stem gives away the answer '" + f + "'");
                    }
                }
            }
        }
        OrdinalGiveaway.in(stem, q.answerForms())
                .ifPresent(n -> v.add("G6 the name '" + n + "' in the stem gives away the ordinal key"));
        if (q instanceof Cloze && !stem.contains(QuestionGenerator.GAP)) {
            v.add("G10 the cloze has no gap");
        }
        References.unresolvedAmong(stem, antecedents)
                .ifPresent(r -> v.add("G7 unresolved reference '" + r + "' in the stem"));
    }

    /** G6/G8: options well-formed and homogeneous. */
    private void checkOptions(Question q, List<String> v) {
        List<String> options = q instanceof Matching ? q.listing().keys() : q.listing().options();
        Set<String> seen = new HashSet<>();
        for (String o : options) {
            if (!seen.add(Text.normalise(o))) {
                v.add("G6 option repeated: " + o);
            }
        }
        if (q instanceof MultipleChoice || q instanceof SelectAll) {
            if (q.listing().distractors().size() < 2) {
                v.add("G8 fewer than two distractors");
            }
            for (String a : options) {
                for (String b : options) {
                    if (!a.equals(b) && Text.containsPhrase(b, a)) {
                        v.add("G6 option '" + a + "' is contained in option '" + b + "'");
                    }
                }
            }
            if (!options.containsAll(q.listing().keys()) || !options.containsAll(q.listing().distractors())
                    || options.size() != q.listing().keys().size() + q.listing().distractors().size()) {
                v.add("G6 options are not exactly the keys and the distractors");
            }
            Set<String> keyTypes = new HashSet<>();
            q.listing().keys().forEach(k -> keyTypes.add(typeOf(k)));
            for (String d : q.listing().distractors()) {
                if (!keyTypes.contains(typeOf(d))) {
                    v.add("G8 distractor '" + d + "' is a " + typeOf(d) + ", the key a " + keyTypes);
                }
            }
        }
        if (q instanceof Ordering || q instanceof Matching) {
            if (q.listing().options().size() < 3) {
                v.add("G9 fewer than three items");
            }
        }
    }

    /** G2: no distractor (or substituted value) is correct according to the fact base. */
    private void checkNothingWrongIsRight(Question q, List<String> v) {
        Set<String> correctEntities = new HashSet<>();
        Set<String> excluded = new HashSet<>();
        for (String factId : q.factIds()) {
            Fact f = library.facts().stream().filter(x -> x.id().equals(factId)).findFirst().orElse(null);
            if (f == null) {
                v.add("G3 unknown fact " + factId);
                continue;
            }
            correctEntities.addAll(f.answers());
            excluded.addAll(f.notDistractors());
            if (f.person() != null) {
                correctEntities.add(f.person());
                correctEntities.add(f.role());
                // Everyone holding the same role, every role the same person holds.
                library.facts().stream().filter(o -> o.kind() == Fact.Kind.ROLE)
                        .filter(o -> o.role().equals(f.role()) || o.person().equals(f.person()))
                        .forEach(o -> {
                            correctEntities.add(o.person());
                            correctEntities.add(o.role());
                        });
            }
        }
        for (String d : q.listing().distractors()) {
            for (List<String> forms : q.answerForms()) {
                if (forms.stream().anyMatch(f -> Text.normalise(f).equals(Text.normalise(d)))) {
                    v.add("G2 distractor '" + d + "' is a correct answer");
                }
            }
            entityNamed(d).ifPresent(e -> {
                if (correctEntities.contains(e.id())) {
                    v.add("G2 distractor '" + d + "' is right for this fact");
                }
                if (excluded.contains(e.id())) {
                    v.add("G2 distractor '" + d + "' is excluded by the fact (not_distractors)");
                }
            });
        }
    }

    /** Issue 17, item 2: the statement is false when it should be, dated where it should be, hedged as its source. */
    private void checkWording(Question q, List<String> v) {
        List<Entity> keys = q.answerForms().stream().flatMap(forms -> entityNamed(forms.get(0)).stream()).toList();
        for (String d : q.listing().distractors()) {
            entityNamed(d).flatMap(e -> overlaps.reason(e, keys, q.stem()))
                    .ifPresent(r -> v.add("G2 wrong value is arguably right: " + r));
        }
        if (q instanceof MultipleChoice && keys.size() == 1 && !keys.get(0).type().equals("person")
                && picker.namedAfterAPerson(q.listing().keys().get(0), q.listing().distractors(), q.articleSlug())) {
            v.add("G6 the key is named after a person the article names, and no wrong option is: it picks itself");
        }
        if (!(q instanceof TrueFalse tf) || q.factIds().size() != 1) {
            return;
        }
        Fact f = library.facts().stream().filter(x -> x.id().equals(q.factIds().get(0))).findFirst().orElse(null);
        if (f == null || f.kind() == Fact.Kind.ROLE) {
            return;
        }
        String statement = q.stem().replaceFirst("^True or false\\? ", "");
        if (f.kind() == Fact.Kind.DATE && !DATE_FIRST.matcher(statement).find()) {
            v.add("G5 a dated statement opens with its date ('On 7 June 2023, …'), so that the date cannot attach"
                    + " to another event in the sentence");
        }
        if (Wording.endsWithDate(statement)) {
            v.add("G5 the statement ends with a date, which can attach to another event in it; put it first");
        }
        if (tf.truth() && Wording.hedged(f.source().text()) && !Wording.hedged(statement)) {
            v.add("G5 the source sentence is hedged (may, could, if…) and the true statement is not");
        }
    }

    private String typeOf(String option) {
        if (option.matches("\\d{1,2} [A-Z][a-z]+ \\d{4}")) {
            return "day";
        }
        if (option.matches("[A-Z][a-z]+ \\d{4}")) {
            return "month";
        }
        if (AnswerMatcher.parseNumber(option).isPresent()) {
            return "number";
        }
        return entityNamed(option).map(Entity::type).orElse("unknown");
    }

    private Optional<Entity> entityNamed(String text) {
        return Optional.ofNullable(byName.get(Text.normalise(text)));
    }
}
