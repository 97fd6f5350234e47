package app.factdeck.questions;

import app.factdeck.questions.core.Question;
import app.factdeck.questions.core.QuestionKind;
import app.factdeck.questions.core.TypedAnswer;

import app.factdeck.content.References;
import app.factdeck.content.Text;
import app.factdeck.content.Entity;
import app.factdeck.content.Fact;
import app.factdeck.content.Fact.Kind;
import app.factdeck.content.Fact.Source;
import app.factdeck.content.FactDate;
import app.factdeck.content.Library;
import app.factdeck.content.Text;
import app.factdeck.questions.core.Question.AnswerKind;
import app.factdeck.questions.types.cloze.Cloze;
import app.factdeck.questions.types.cloze.ClozeKind;
import app.factdeck.questions.types.matching.Matching;
import app.factdeck.questions.types.multichoice.MultipleChoice;
import app.factdeck.questions.types.multichoice.MultipleChoiceKind;
import app.factdeck.questions.types.multiselect.SelectAll;
import app.factdeck.questions.types.multiselect.SelectAllKind;
import app.factdeck.questions.types.ordering.Ordering;
import app.factdeck.questions.types.shortanswer.ShortAnswer;
import app.factdeck.questions.types.shortanswer.ShortAnswerKind;
import app.factdeck.questions.types.truefalse.TrueFalse;
import app.factdeck.questions.types.truefalse.TrueFalseKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Turns facts into questions of every type, deterministically for a given seed; pure (no web, no database).
 *
 * <pre>{@code
 * List<Question> bank = new QuestionGenerator(library, QuestionGenerator.DEFAULT_SEED).generate("article-slug");
 * }</pre>
 *
 * <p>Wordings come from the fact (its question and statement, written by the author of facts.yaml) and from
 * templates here (roles, events, cloze, ordering, matching). Distractors come from {@link DistractorPicker}.
 * A fact with fewer than two good distractors gets typed questions only, never a weak multiple choice.
 */
public final class QuestionGenerator {

    public static final long DEFAULT_SEED = 20230608L;
    static final String GAP = "_____";
    static final String CLOZE_PROMPT = "Fill in the gap: ";
    private static final String ANSWER = "{answer}";
    private static final Pattern LEADING_THE = Pattern.compile("(?i)the ");
    private static final int MIN_DISTRACTORS = 2;
    private static final int MAX_ORDERING_EVENTS = 5;
    private static final int MAX_MATCHING_PAIRS = 6;
    private static final java.util.regex.Pattern APPROXIMATE = java.util.regex.Pattern.compile(
            "(?i)\\b(" + app.factdeck.content.Hedges.WORDS + ")\\s*$");
    /** Hedges that make a number a bound rather than an estimate: a smaller (or larger) option is true as well. */
    private static final java.util.regex.Pattern BOUND = java.util.regex.Pattern.compile("(?i)\\b(?:just over|just under"
            + "|more than|less than|fewer than|at least|at most|up to|as many as|as much as|upwards of|in excess of|over"
            + "|under)\\s*$");
    private static final List<String> NUMBER_WORDS = List.of("zero", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve");

    private final Library library;
    private final long seed;
    private final DistractorPicker picker;
    /** What a pronoun in a claim's gap text may point back to ({@link References#antecedents}). */
    private final List<String> antecedents;
    /** Null for the whole unranked bank (measurements compare the two). */
    private final BankRanking ranking;

    public QuestionGenerator(Library library, long seed) {
        this(library, seed, true);
    }

    /** {@code ranked} false: every item the generator can make, before {@link BankRanking} keeps the best. */
    QuestionGenerator(Library library, long seed, boolean ranked) {
        this.library = library;
        this.seed = seed;
        this.picker = new DistractorPicker(library);
        this.antecedents = References.antecedents(library.entities().values());
        this.ranking = ranked ? new BankRanking(library, new QualityGates(library)::violations) : null;
    }

    /**
     * Every question of one article, in fact order, then ordering and matching items: the best few per fact and
     * type, as {@link BankRanking} explains.
     */
    public List<Question> generate(String articleSlug) {
        List<Question> all = unranked(articleSlug);
        return ranking == null ? all : ranking.rank(all);
    }

    /** One article's items before and after the ranking, from one generation (the bank keeps both). */
    record Both(List<Question> ranked, List<Question> all) {
    }

    Both generateBoth(String articleSlug) {
        List<Question> all = unranked(articleSlug);
        return new Both(ranking == null ? all : ranking.rank(all), all);
    }

    private List<Question> unranked(String articleSlug) {
        List<Question> out = new ArrayList<>();
        for (Fact fact : library.factsOf(articleSlug)) {
            Random rnd = random(fact.id());
            switch (fact.kind()) {
                case ROLE -> role(fact, rnd, out);
                case ANSWER -> answer(fact, rnd, out);
                case LIST -> list(fact, rnd, out);
                case DATE -> date(fact, rnd, out);
                case NUMBER -> number(fact, rnd, out);
                case CLAIM -> claim(fact, out);
            }
        }
        ordering(articleSlug, out);
        matching(articleSlug, out);
        // Two facts can yield the same true/false statement; a student should meet it once.
        Set<String> stems = new HashSet<>();
        return out.stream().filter(q -> !(q instanceof TrueFalse) || stems.add(q.stem())).toList();
    }

    public List<Question> generateAll() {
        return library.articles().stream().flatMap(a -> generate(a.slug()).stream()).toList();
    }

    // --- one fact at a time -------------------------------------------------------------------------------

    private void role(Fact f, Random rnd, List<Question> out) {
        Entity person = library.entity(f.person());
        Entity role = library.entity(f.role());
        // Anyone else the facts give this role, and any other role this person holds, is also right.
        Set<String> excluded = new HashSet<>(f.notDistractors());
        library.facts().stream().filter(o -> o.kind() == Kind.ROLE)
                .forEach(o -> {
                    if (o.role().equals(role.id())) {
                        excluded.add(o.person());
                    }
                    if (o.person().equals(person.id())) {
                        excluded.add(o.role());
                    }
                });
        String personForm = form(person, f);
        String roleForm = form(role, f);
        String who = "Who does the article describe as " + role.inSentence(roleForm) + "?";
        // Another person described with a role a careful student could take for this one makes "who" ambiguous.
        boolean askWho = RoleRivals.ambiguousWith(library, f).isEmpty();
        // "Who does the article describe as …" is answered from the article: its wrong options are people it
        // names in other roles, never someone it does not name, who may hold that very post in another year.
        List<Entity> people = picker.namedIn(picker.entities(List.of(person), excluded, who, f.articleSlug(), rnd,
                Integer.MAX_VALUE), f.articleSlug()).stream().limit(DistractorPicker.WANTED).toList();
        if (askWho && people.size() >= MIN_DISTRACTORS) {
            out.add(choice(f, "person", who, person, people));
        }
        String what = "What role does the article give " + personForm + "?";
        // Its wrong options are roles this article gives, or the catalogue's roles kept for distractors (no article
        // gives them): a role from another article ("Speaker of the Parliament", offered for India's Prime Minister
        // because both are the catalogue's "Prime Minister" kind) is off-topic and gives the key away (G8, a blind
        // review).
        List<Entity> comparable = picker.entities(List.of(role), excluded, what, f.articleSlug(), rnd,
                Integer.MAX_VALUE);
        Set<Entity> mentioned = Set.copyOf(picker.namedIn(comparable, f.articleSlug()));
        List<Entity> roles = comparable.stream().filter(e -> !e.inArticle() || mentioned.contains(e))
                .limit(DistractorPicker.WANTED).toList();
        if (roles.size() >= MIN_DISTRACTORS) {
            out.add(choice(f, "role", what, role, roles));
        }
        if (askWho) {
            out.add(typed(f, "person", who, personForm, typedNames(person), AnswerKind.ENTITY,
                    List.of(person.names()), nearMisses(person)));
        }
        String statement = "The article describes " + personForm + " as %s.";
        List<List<String>> forms = List.of(person.names(), role.names());
        out.add(trueFalse(f, String.format(statement, role.inSentence(roleForm)), true, forms, List.of()));
        Optional<Entity> swap = picker.swap(List.of(role), excluded, String.format(statement, Wording.ANSWER),
                slugs(f), f.articleSlug(), rnd);
        // A role of another kind than the catalogue gives this one ("Zelensky … as the NATO Secretary General") is
        // false to anyone who knows who Zelensky is, not a test of reading (G9, a blind review): no false item.
        // A role the catalogue gives no kind (a teacher's new article) has no false item: nothing says which other
        // role is of its kind ("Colm Kelleher … as the Prime Minister" for a bank's chairman).
        swap.filter(w -> !role.tags().isEmpty() && w.tags().stream().anyMatch(role.tags()::contains))
                .ifPresent(w -> out.add(trueFalse(f, String.format(statement, w.inSentence(form(w, f))), false, forms,
                        List.of(form(w, f)))));
    }

    private void answer(Fact f, Random rnd, List<Question> out) {
        Entity key = library.entity(f.answers().get(0));
        List<Entity> wrong = picker.entities(List.of(key), f.notDistractors(), f.question(), f.articleSlug(), rnd,
                DistractorPicker.WANTED);
        boolean giveaway = !key.type().equals("person") && picker.namedAfterAPerson(form(key, f),
                wrong.stream().map(Entity::name).toList(), f.articleSlug());
        if (wrong.size() >= MIN_DISTRACTORS && !giveaway) {
            out.add(choice(f, "1", f.question(), key, wrong));
        }
        out.add(typed(f, "1", f.question(), form(key, f), typedNames(key), AnswerKind.ENTITY,
                List.of(key.names()), nearMisses(key)));
        entityStatements(f, List.of(key), key, rnd, out);
        cloze(f, "1", key, out);
    }

    private void list(Fact f, Random rnd, List<Question> out) {
        List<Entity> members = f.answers().stream().map(library::entity).toList();
        List<Entity> wrong = picker.entities(members, f.notDistractors(), f.question(), f.articleSlug(), rnd,
                DistractorPicker.WANTED);
        List<List<String>> forms = members.stream().map(Entity::names).toList();
        List<String> memberForms = members.stream().map(m -> form(m, f)).toList();
        out.add(SelectAll.weighted(Question.Common.generated(id(f, SelectAllKind.INSTANCE, "1"), f.articleSlug(),
                List.of(f.id()), f.question() + " Select all.", forms, explain(memberForms, f), f.sources()),
                memberForms, wrong.stream()
                        .map(w -> picker.formLike(w, members.get(0), memberForms.get(0), f.articleSlug()))
                        .toList()));
        if (f.single()) {
            for (Entity member : members) {
                // Ask for one member at a time: the others are right too, so they are never offered.
                if (wrong.size() >= MIN_DISTRACTORS) {
                    out.add(choice(f, member.id(), f.question(), member, wrong));
                }
            }
        }
        Entity sample = members.get(rnd.nextInt(members.size()));
        // One member standing for the whole list ("the presidents of Estonia called …") says less than the article,
        // and a swapped one ("the presidents of Sweden") changes the list, not one thing (G10, a blind review).
        if (members.size() <= 2) {
            entityStatements(f, members, sample, rnd, out);
        }
        // The gap holds the one member the gap text does not name ("…, Slovakia and _____"); when it names
        // none, every member would fill it, so there is no gap item. The id stays the same for any seed.
        List<Entity> unnamed = unnamedMembers(f, members);
        if (unnamed.size() == 1) {
            cloze(f, unnamed.get(0).id(), unnamed.get(0), out);
        }
    }

    private void date(Fact f, Random rnd, List<Question> out) {
        FactDate key = f.date().orElseThrow();
        List<FactDate> wrong = picker.dates(f, rnd, DistractorPicker.WANTED);
        List<String> forms = List.of(f.asWritten(), key.display());
        List<String> wrongText = wrong.stream().map(FactDate::display).toList();
        out.add(MultipleChoice.of(Question.Common.generated(id(f, MultipleChoiceKind.INSTANCE, "1"), f.articleSlug(),
                List.of(f.id()), f.question(), List.of(forms), explain(List.of(key.display()), f), f.sources()),
                key.display(), wrongText));
        out.add(typed(f, "1", f.question(), key.display(), forms, AnswerKind.DATE,
                List.of(forms), List.of()));
        statements(f, key.display(), wrong.isEmpty() ? null : wrong.get(0).display(), List.of(forms),
                wrongText.stream().limit(1).toList(), out);
        clozeText(f, "1", "", key.display(), forms, AnswerKind.DATE, List.of(), out);
    }

    /** "{answer} said that …": what a person said in the article's words, not in quotation marks. */
    private static final java.util.regex.Pattern REPORTED_SPEECH = java.util.regex.Pattern.compile(
            "\\{answer\\}\\s+(?:also\\s+)?(?:said|says|stated|told|announced|added|warned|noted|explained|stressed"
                    + "|insisted|argued|claimed|reiterated)\\b(?![^“”\"]*[“\"])");

    /** Words a student may put before an approximate count; each means "close to", none a bound. */
    private static final List<String> HEDGES = List.of("nearly", "almost", "about", "around", "roughly",
            "approximately");

    private void number(Fact f, Random rnd, List<Question> out) {
        int key = f.number().orElseThrow();
        // "nearly 200", "more than 697,000": a number one away is nearly or more than it too, and a false statement
        // with any other number may still be true (the article gives a bound, not the count).
        boolean approximate = f.statement() != null && APPROXIMATE.matcher(
                f.statement().substring(0, Math.max(0, f.statement().indexOf("{answer}")))).find();
        List<Integer> wrongValues = DistractorPicker.numbers(key, DistractorPicker.WANTED, approximate);
        List<String> wrong = wrongValues.stream().map(this::word).toList();
        // The options in one style: "12, 13, 14, 15", not "twelve, 13, 14, 15" (a word among digits stands out).
        boolean allWords = Stream.concat(Stream.of(key), wrongValues.stream())
                .allMatch(n -> n >= 0 && n < NUMBER_WORDS.size());
        List<String> wrongShown = allWords ? wrong : wrongValues.stream().map(QuestionGenerator::digits).toList();
        String keyShown = allWords ? word(key) : digits(key);
        List<String> forms = Stream.concat(Stream.of(f.asWritten(), word(key), String.valueOf(key), spelled(key)),
                AmountForms.ofCount(key, f.asWritten(), f.statement(), elsewhere(f)).stream())
                .filter(x -> x != null).distinct().collect(Collectors.toCollection(ArrayList::new));
        // "more than 697,000": every smaller option is "more than" too, so a bound has no multiple choice.
        boolean bound = f.statement() != null && BOUND.matcher(
                f.statement().substring(0, Math.max(0, f.statement().indexOf("{answer}")))).find();
        if (approximate && !bound) {
            // "about how many countries?" for "nearly 200": a student who types the hedge with it is right too (a
            // blind review marked "nearly 200" refused as wrong).
            for (String hedge : HEDGES) {
                for (String n : List.of(f.asWritten(), digits(key))) {
                    if (!forms.contains(hedge + " " + n)) {
                        forms.add(hedge + " " + n);
                    }
                }
            }
        }
        if (!bound) {
            out.add(MultipleChoice.of(Question.Common.generated(id(f, MultipleChoiceKind.INSTANCE, "1"),
                    f.articleSlug(), List.of(f.id()), f.question(), List.of(forms), explain(List.of(word(key)), f),
                    f.sources()), keyShown, wrongShown));
        }
        out.add(typed(f, "1", f.question(), word(key), forms, AnswerKind.NUMBER,
                List.of(forms), List.of()));
        statements(f, word(key), approximate ? null : wrong.get(0), List.of(forms), List.of(wrong.get(0)), out);
        clozeText(f, "1", "", word(key), forms, AnswerKind.NUMBER, List.of(), out);
    }

    /**
     * A claim: a gap on its key phrase inside the statement, the statement as a true item, the author's
     * contradiction as a false one, and the author's multiple choice if written. All wordings are the author's:
     * nothing is swapped in, so no false item can be a paraphrase that is also true.
     */
    /**
     * "Stoltenberg did not say “…”": the speaker's own words with the verb of saying denied. Three blind reviews
     * failed these as giveaways (G6): every such item is False, so a student learns the pattern, not the article.
     * The claim keeps its gap and its true statement.
     */
    private static final Pattern DENIED_QUOTATION = Pattern.compile("\\b(?:did|does|do) not (?:say|state|announce|add"
            + "|tell|declare|write|insist|warn|note|explain|stress|tweet|claim|reiterate|emphasi[sz]e|describe)\\b"
            + "(?=.*[\"“”])");

    /**
     * "deprived of {a vote on the deal}.": when the gap ends the statement, the noun before a phrase saying what it is
     * about ("a vote", "vote") is a whole answer too; a blind review failed the gap that refused it as a wrong mark for
     * a right answer. Only "on", "about" and "over": "the process of Ukraine's entry" is no "process".
     */
    static Stream<String> topicHead(String answer, String statement) {
        if (statement == null || !statement.trim().endsWith("{answer}.")) {
            return Stream.empty();
        }
        Matcher m = TOPIC_HEAD.matcher(answer.trim());
        return m.matches() ? Stream.of(m.group(1), m.group(2)) : Stream.empty();
    }

    private static final Pattern TOPIC_HEAD = Pattern.compile("((?:(?:a|an|the)\\s+)?(\\p{Ll}+(?:\\s+\\p{Ll}+)?))\\s+"
            + "(?:on|about|over)\\s+.+");

    private void claim(Fact f, List<Question> out) {
        Fact.Claim c = f.claim();
        List<String> accepted = Stream.of(Stream.of(c.answer()), c.accepted().stream(), ordinalForms(c.answer()),
                AmountForms.ofPhrase(c.answer(), f.source().text(), f.statement(), elsewhere(f)).stream(),
                timeForms(f, c.answer()), withoutArticle(c.answer()), topicHead(c.answer(), f.statement()),
                DescriptionForms.of(c.answer(), f.statement()).stream()).flatMap(x -> x).distinct().toList();
        // An amount is never a typo of another: "8 billion" is not "3 billion" mistyped.
        AnswerKind kind = c.answer().matches(".*\\d.*") ? AnswerKind.EXACT : AnswerKind.PHRASE;
        String gapped = sentence(f.statement().replace("{answer}", GAP));
        if (References.unresolvedAmong(gapped, antecedents).isEmpty()) {
            out.add(new Cloze(Question.Common.generated(id(f, ClozeKind.INSTANCE, "1"), f.articleSlug(),
                    List.of(f.id()), "Fill in the gap: " + gapped, List.of(accepted), explain(List.of(c.answer()), f),
                    f.sources()), new TypedAnswer(c.answer(), accepted, kind, List.of())));
        }
        if (c.contradiction() == null) {
            // No false item: a true one alone would teach that every statement of the article is true.
            return;
        }
        out.add(trueFalse(f, sentence(c.filled(f.statement())), true, List.of(accepted), List.of()));
        if (!DENIED_QUOTATION.matcher(c.contradiction()).find()) {
            out.add(trueFalse(f, sentence(c.contradiction()), false, List.of(accepted), List.of()));
        }
        if (c.question() != null) {
            // The right option says the key phrase, which the source sentence states (gate G1).
            out.add(MultipleChoice.of(Question.Common.generated(id(f, MultipleChoiceKind.INSTANCE, "1"),
                    f.articleSlug(), List.of(f.id()), c.question(), List.of(List.of(c.right(), c.answer())),
                    explain(List.of(c.right()), f), f.sources()), c.right(), c.wrong()));
        }
    }

    /** The article's sentences other than the fact's own: an amount's other forms must not be written there. */
    private String elsewhere(Fact f) {
        return library.article(f.articleSlug()).map(a -> a.sentences().stream().map(s -> s.text())
                .filter(t -> !t.equals(f.source().text())).collect(Collectors.joining(" \n "))).orElse("");
    }

    /**
     * A time key phrase in its other spellings ("06:04 pm" and "18:04", "Oct. 2" and "2 October", "Friday" and the date
     * the article's published date makes it): the same fact recalled, written another way.
     */
    private Stream<String> timeForms(Fact f, String answer) {
        java.time.LocalDate published = library.article(f.articleSlug()).map(app.factdeck.content.Article::published)
                .orElse(null);
        String sentence = f.source() == null ? null : f.source().text();
        return app.factdeck.content.TimeForms.of(answer, sentence, published).stream();
    }

    private static final java.util.regex.Pattern LEADING_ARTICLE = java.util.regex.Pattern.compile(
            "(?i)(?:a|an|the)\\s+(?:new\\s+)?(\\S.*)");

    /**
     * A key phrase without its leading article ("a veto" → "veto"): a student who recalls the phrase need not recall
     * which article the sentence used; the gap's own gate (G1) then checks the bare words are not said elsewhere.
     */
    static Stream<String> withoutArticle(String answer) {
        java.util.regex.Matcher m = LEADING_ARTICLE.matcher(answer.strip());
        return m.matches() ? Stream.of(m.group(1)) : Stream.of();
    }

    private static final List<String> ORDINAL_WORDS = List.of("first", "second", "third", "fourth", "fifth",
            "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth");
    private static final java.util.regex.Pattern ORDINAL_DIGITS = java.util.regex.Pattern.compile(
            "(\\d{1,2})(?:st|nd|rd|th)");

    /**
     * An ordinal key phrase in its other spelling ("third" and "3rd"): a student who types either has recalled the
     * same fact, and a gap that shows either elsewhere gives it away (gate G1 checks accepted forms too).
     */
    static Stream<String> ordinalForms(String answer) {
        String a = answer.strip().toLowerCase(java.util.Locale.ROOT);
        int word = ORDINAL_WORDS.indexOf(a);
        if (word >= 0) {
            int n = word + 1;
            String suffix = n >= 11 && n <= 13 ? "th" : n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd"
                    : "th";
            return Stream.of(n + suffix);
        }
        java.util.regex.Matcher m = ORDINAL_DIGITS.matcher(a);
        if (m.matches()) {
            int n = Integer.parseInt(m.group(1));
            return n >= 1 && n <= ORDINAL_WORDS.size() ? Stream.of(ORDINAL_WORDS.get(n - 1)) : Stream.of();
        }
        return Stream.of();
    }

    // --- items built from several facts -------------------------------------------------------------------

    /** Dated events in date order; only events whose dates can be told apart at their precision. */
    private void ordering(String slug, List<Question> out) {
        List<Fact> dated = library.factsOf(slug).stream().filter(f -> f.kind() == Kind.DATE)
                .sorted(Comparator.comparing((Fact f) -> f.date().orElseThrow()).thenComparing(Fact::id)).toList();
        Random rnd = random(slug + "/ordering");
        int variants = dated.size() > MAX_ORDERING_EVENTS ? 2 : 1;
        Set<List<String>> seen = new HashSet<>();
        for (int v = 1; v <= variants; v++) {
            List<Fact> pool = new ArrayList<>(dated);
            java.util.Collections.shuffle(pool, rnd);
            List<Fact> picked = new ArrayList<>();
            for (Fact f : pool) {
                if (picked.size() < MAX_ORDERING_EVENTS && picked.stream()
                        .allMatch(p -> p.date().get().distinguishableFrom(f.date().get()))) {
                    picked.add(f);
                }
            }
            if (picked.size() < 3) {
                return;
            }
            picked.sort(Comparator.comparing((Fact f) -> f.date().orElseThrow()));
            List<String> events = picked.stream().map(Fact::event).toList();
            if (!seen.add(events)) {
                continue;
            }
            String explanation = picked.stream().map(f -> f.date().get().display() + ": " + f.event())
                    .collect(Collectors.joining("; ")) + ".";
            out.add(new Ordering(Question.Common.generated(slug + "/ordering/" + v, slug,
                    picked.stream().map(Fact::id).toList(), "Put the events below in date order, earliest first.",
                    picked.stream().map(f -> List.of(f.asWritten(), f.date().get().display())).toList(),
                    explanation, picked.stream().map(Fact::source).toList()), events));
        }
    }

    /** People and the roles the article gives them. */
    private void matching(String slug, List<Question> out) {
        // One pair per person and per role: a person with two roles (or two people with one) could be matched either
        // way round, and a position-graded answer would call a right pairing wrong.
        Set<String> seenPeople = new HashSet<>();
        Set<String> seenRoles = new HashSet<>();
        List<Fact> roles = library.factsOf(slug).stream().filter(f -> f.kind() == Kind.ROLE)
                .filter(f -> seenPeople.add(f.person()) & seenRoles.add(f.role())).toList();
        if (roles.size() < 3) {
            return;
        }
        List<Fact> picked = roles.subList(0, Math.min(MAX_MATCHING_PAIRS, roles.size()));
        List<String> people = picked.stream().map(f -> form(library.entity(f.person()), f)).toList();
        List<String> titles = picked.stream().map(f -> form(library.entity(f.role()), f)).toList();
        String explanation = java.util.stream.IntStream.range(0, people.size())
                .mapToObj(i -> people.get(i) + ": " + titles.get(i)).collect(Collectors.joining("; ")) + ".";
        out.add(new Matching(Question.Common.generated(slug + "/matching/1", slug,
                picked.stream().map(Fact::id).toList(),
                "Match each person to the role the article names for that person.",
                picked.stream().flatMap(f -> Stream.of(library.entity(f.person()).names(),
                        library.entity(f.role()).names())).toList(), explanation,
                picked.stream().map(Fact::source).toList()),
                java.util.stream.IntStream.range(0, people.size())
                        .mapToObj(i -> new Matching.Pair(people.get(i), titles.get(i))).toList(), List.of()));
    }

    // --- shapes -------------------------------------------------------------------------------------------

    private Question choice(Fact f, String variant, String stem, Entity key, List<Entity> wrong) {
        String written = form(key, f);
        List<String> wrongForms = wrong.stream().map(w -> picker.formLike(w, key, written, f.articleSlug())).toList();
        // "Mbappe" among "Randal Kolo Muani", "Angel di Maria": the one surname stands out (G6, a blind review);
        // the key's full name, which ends with the surname the sentence writes, matches the others.
        String keyForm = key.type().equals("person") && !written.contains(" ")
                && wrongForms.stream().anyMatch(w -> w.contains(" ")) ? key.names().stream()
                .filter(n -> n.endsWith(" " + written)).findFirst().orElse(written) : written;
        return MultipleChoice.of(Question.Common.generated(id(f, MultipleChoiceKind.INSTANCE, variant),
                f.articleSlug(), List.of(f.id()), stem, List.of(key.names()), explain(List.of(keyForm), f),
                f.sources()), keyForm, wrongForms);
    }

    /** The name the fact's articles use for an entity (its own article first), else its display name. */
    private String form(Entity e, Fact f) {
        return picker.form(e, slugs(f));
    }

    private static List<String> slugs(Fact f) {
        return f.sources().stream().map(Source::articleSlug).distinct().toList();
    }

    private Question typed(Fact f, String variant, String stem, String key, List<String> accepted,
                           AnswerKind kind, List<List<String>> forms, List<String> nearMisses) {
        return new ShortAnswer(Question.Common.generated(id(f, ShortAnswerKind.INSTANCE, variant), f.articleSlug(),
                List.of(f.id()), stem, forms, explain(List.of(key), f), f.sources()),
                new TypedAnswer(key, accepted.stream().distinct().toList(), kind, nearMisses));
    }

    /** A true statement, and a false one made by substituting one same-type value. */
    private void statements(Fact f, String answer, String substitute, List<List<String>> forms,
                            List<String> substituted, List<Question> out) {
        if (f.statement() == null) {
            return;
        }
        // A date goes with the event it dates: "On 7 June 2023, X warned that …", never "… in Ukraine on 7 June".
        String template = Wording.dateFirst(f.statement(), f.kind() == Kind.DATE);
        out.add(trueFalse(f, sentence(template.replace("{answer}", answer)), true, forms, List.of()));
        if (substitute != null) {
            out.add(trueFalse(f, sentence(template.replace("{answer}", substitute)), false, forms, substituted));
        }
    }

    /**
     * The true statement about {@code shown}, and a false one that swaps in an entity a cited article names and
     * that is certainly wrong (no right answer, nothing overlapping one or the sentence's own group).
     */
    private void entityStatements(Fact f, List<Entity> keys, Entity shown, Random rnd, List<Question> out) {
        if (f.statement() == null) {
            return;
        }
        Optional<Entity> swap = picker.swap(keys, f.notDistractors(), f.statement(), slugs(f), f.articleSlug(), rnd);
        if (REPORTED_SPEECH.matcher(f.statement()).find()) {
            // "Anders Rasmussen said that security guarantees … would be discussed at the summit": another of the
            // article's people may well have said much the same, so the false item is defensible as true (G2, a
            // blind review). The speaker's own words in quotation marks keep theirs. The swap is still drawn
            // above: it takes from the seeded random sequence, and every later question of the bank draws after it.
            swap = Optional.empty();
        }
        statements(f, shown.inSentence(form(shown, f)), swap.map(w -> w.inSentence(form(w, f))).orElse(null),
                List.of(shown.names()), swap.map(w -> List.of(form(w, f))).orElse(List.of()), out);
    }

    private Question trueFalse(Fact f, String statement, boolean truth, List<List<String>> forms,
                               List<String> substituted) {
        String verdict = truth ? "True" : "False";
        return new TrueFalse(Question.Common.generated(id(f, TrueFalseKind.INSTANCE, truth ? "true" : "false"),
                f.articleSlug(), List.of(f.id()), "True or false? " + statement, forms,
                verdict + ". The article says: “" + f.source().text() + "”", f.sources()), truth, substituted);
    }

    /**
     * A gap in the fact's standalone wording ({@link Fact#gapText()}) where the entity stands. The key is the words
     * in the gap: a prefix ("the Czech Republic", "The Washington Post") stays in the text and the gap holds the
     * name; every name and alias of the entity is accepted.
     */
    private boolean cloze(Fact f, String variant, Entity key, List<Question> out) {
        String lead = key.prefix().isEmpty() ? "" : key.prefix() + " ";
        // The article's own name for it, like every other item's key.
        String name = form(key, f);
        Matcher article = LEADING_THE.matcher(name);
        if (lead.isEmpty() && article.lookingAt()) {
            lead = article.group();
            name = name.substring(article.end());
        }
        // A gap takes what a short answer takes ("Mohamed Bin Zayed Al Nahyan" without "Sheikh").
        List<String> accepted = Stream.concat(Stream.of(name), typedNames(key).stream()).distinct().toList();
        return clozeText(f, variant, lead, name, accepted, AnswerKind.ENTITY, nearMisses(key), out);
    }

    /**
     * The gap item: the author's standalone sentence with {@code lead + GAP} where {@code {answer}} stands, citing
     * the source sentence in its feedback. False when the fact has no such sentence.
     */
    private boolean clozeText(Fact f, String variant, String lead, String key, List<String> accepted,
                              AnswerKind kind, List<String> nearMisses, List<Question> out) {
        String text = f.gapText();
        if (text == null || !text.contains(ANSWER)) {
            return false;
        }
        int at = text.indexOf(ANSWER);
        String gapped = sentence(text.substring(0, at) + lead + GAP + text.substring(at + ANSWER.length()));
        List<String> all = Stream.concat(Stream.of(key), accepted.stream()).distinct().toList();
        out.add(new Cloze(Question.Common.generated(id(f, ClozeKind.INSTANCE, variant), f.articleSlug(),
                List.of(f.id()), CLOZE_PROMPT + gapped, List.of(all), explain(List.of(key), f), f.sources()),
                new TypedAnswer(key, all, kind, nearMisses)));
        return true;
    }

    /** Members of a list fact that its gap text does not name (outside the gap): the candidates for the gap. */
    private static List<Entity> unnamedMembers(Fact f, List<Entity> members) {
        String text = f.gapText();
        if (text == null) {
            return List.of();
        }
        String rest = text.replace(ANSWER, " ");
        return members.stream().filter(m -> m.names().stream().noneMatch(n -> Text.containsPhrase(rest, n))).toList();
    }

    // --- helpers ------------------------------------------------------------------------------------------

    private static final Set<String> HONORIFICS = Set.of("sheikh", "sheikha", "his highness", "her highness",
            "his excellency", "her excellency", "his majesty", "her majesty", "dr", "mr", "mrs", "ms", "sir", "dame",
            "president", "prime minister", "king", "queen", "prince", "princess", "emir", "lord", "lady");
    private static final Set<String> PARTICLES = Set.of("bin", "bint", "ibn", "abu", "al", "el", "da", "de", "di",
            "do", "dos", "das", "du", "van", "von", "der", "den", "la", "le", "y");

    /**
     * What a student may type for a person: every name, those names without a leading title ("Sheikh", "His
     * Highness"), their first or last words of two or more ("Mohamed Bin Zayed", "Lula da Silva") and the surname
     * alone ("Kelleher") — never a part
     * that another person's name also holds, nor one that ends on a particle ("Lula da").
     */
    private List<String> typedNames(Entity e) {
        if (!e.type().equals("person")) {
            return e.names();
        }
        List<String> others = library.entities().values().stream()
                .filter(o -> o.type().equals("person") && !o.id().equals(e.id()))
                .flatMap(o -> o.names().stream()).map(n -> " " + Text.normalise(n) + " ").toList();
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>(e.names());
        for (String name : e.names()) {
            String bare = name.strip();
            boolean stripped = true;
            while (stripped) {
                stripped = false;
                for (String title : HONORIFICS) {
                    if (Text.normalise(bare).startsWith(title + " ") && bare.split("\\s+").length
                            > title.split(" ").length + 1) {
                        bare = bare.split("\\s+", title.split(" ").length + 1)[title.split(" ").length];
                        stripped = true;
                    }
                }
            }
            String[] words = bare.split("\\s+");
            List<String> runs = new ArrayList<>();
            runs.add(bare);
            // The surname alone, as news calls people on second mention ("Kelleher", "Modi"), when no other
            // person's name holds it: a student who knows the article is right to type it.
            if (words.length >= 2) {
                String last = words[words.length - 1];
                if (last.length() >= 3 && Character.isUpperCase(last.codePointAt(0))
                        && !PARTICLES.contains(Text.normalise(last))) {
                    runs.add(last);
                }
            }
            for (int n = 2; n < words.length; n++) {
                runs.add(String.join(" ", java.util.Arrays.copyOfRange(words, 0, n)));
                runs.add(String.join(" ", java.util.Arrays.copyOfRange(words, words.length - n, words.length)));
            }
            for (String run : runs) {
                String[] w = run.split("\\s+");
                String norm = " " + Text.normalise(run) + " ";
                if ((w.length >= 2 || run.equals(words[words.length - 1]) && words.length >= 2)
                        && !PARTICLES.contains(Text.normalise(w[w.length - 1]))
                        && others.stream().noneMatch(o -> o.contains(norm))) {
                    out.add(run);
                }
            }
        }
        return List.copyOf(out);
    }

    /** Names of every other entity of the same type: a typed answer close to one of them is not a typo. */
    private List<String> nearMisses(Entity key) {
        return library.entities().values().stream().filter(e -> e.type().equals(key.type()) && !e.id().equals(key.id()))
                .sorted(Comparator.comparing(Entity::id)).flatMap(e -> e.names().stream()).toList();
    }

    private static String explain(List<String> answers, Fact f) {
        return "Answer: " + String.join(", ", answers) + ". The article says: “" + f.source().text() + "”";
    }

    private static String id(Fact f, QuestionKind<?> type, String variant) {
        return f.id() + "/" + type.slug() + "/" + variant;
    }

    private static List<String> names(List<Entity> entities) {
        return entities.stream().map(Entity::name).toList();
    }

    private static String sentence(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static final List<String> TEENS = List.of("thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen", "twenty");

    /** A count up to twenty as a student may spell it ("thirteen" for 13); null above. */
    private static String spelled(int n) {
        if (n >= 0 && n < NUMBER_WORDS.size()) {
            return NUMBER_WORDS.get(n);
        }
        return n >= 13 && n <= 20 ? TEENS.get(n - 13) : null;
    }

    private static String digits(int n) {
        return n >= 10_000 ? String.format(java.util.Locale.ENGLISH, "%,d", n) : String.valueOf(n);
    }

    /** Small counts as words; large ones grouped as a newspaper writes them (60,048,560), years left alone. */
    private String word(int n) {
        if (n >= 0 && n < NUMBER_WORDS.size()) {
            return NUMBER_WORDS.get(n);
        }
        return n >= 10_000 ? String.format(java.util.Locale.ENGLISH, "%,d", n) : String.valueOf(n);
    }

    private Random random(String salt) {
        return new Random(seed * 1_000_003L + salt.hashCode());
    }

}
