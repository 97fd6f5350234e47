package app.factdeck.questions;

import app.factdeck.content.Article;
import app.factdeck.content.Entity;
import app.factdeck.content.Library;
import app.factdeck.content.Text;
import app.factdeck.questions.core.Question;
import app.factdeck.questions.core.QuestionKind;
import app.factdeck.questions.types.cloze.Cloze;
import app.factdeck.questions.types.multichoice.MultipleChoice;
import app.factdeck.questions.types.multiselect.SelectAll;
import app.factdeck.questions.types.shortanswer.ShortAnswer;
import app.factdeck.questions.types.truefalse.TrueFalse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Keeps the best few of an article's generated questions, so the bank a teacher reviews is the bank students meet,
 * and every item in it earns its place. Pure and deterministic: the same questions give the same bank.
 *
 * <p>Why: the generator makes every shape it can of every fact (a role fact alone gave two multiple choice, a
 * short answer and a true/false twin), so one article's bank held 78 true/false items for about 28 facts and one
 * sentence yielded 25 items. A teacher skimming that page reviews near-copies; a student meets the same statement
 * again with the other truth value. The rules, in order:
 * <ol>
 *   <li><b>Per fact and type</b>, the best {@link #limit} items: one true/false (a true/false twin teaches nothing
 *       the other does not), two multiple choice (a role fact's "who is the X?" and "what is Y's role?", or a list's
 *       members), one short answer, one gap, one of any other type.</li>
 *   <li><b>True/false truth is balanced</b> across the bank, so "True" is not the safe guess: a fact keeps its false
 *       variant only when the value swapped in is something the article itself mentions (a name the student has
 *       never read means "False"); otherwise its true one. The remaining free choices alternate towards whichever
 *       truth is behind, walked in an order fixed by a hash of the fact id.</li>
 *   <li><b>Near-duplicate stems</b> of different facts keep the better one: two facts read off one sentence often
 *       come out as the same statement, or as one statement with one slot swapped (see {@code nearDuplicate}); two
 *       gaps in one sentence each show the other's answer.</li>
 *   <li><b>At most {@link #PER_SENTENCE} items per cited sentence</b>: each fact of the sentence keeps its best, then
 *       the slots go to the facts and types the sentence has fewest of, best first.</li>
 * </ol>
 * A fact never disappears: no rule drops the last item of a fact, nor the last item that asks its answer (a gap, a
 * short answer or a choice) while its true/false statements stay. Items built from several facts (ordering, matching)
 * and select-all items (a whole list in one question) are kept as they are.
 *
 * <p>Ranking, by general signals only: an item that fails a quality gate ranks below every item that passes (the
 * bank drops it anyway, so it must not crowd out a sibling that passes); a wrong option the article mentions is
 * worth more than none, and one it never mentions ({@code article: false} entities) costs, since an unfamiliar name
 * is a cue; a multiple choice whose wrong options all share a word the key lacks costs (the odd one out is the
 * answer); a long stem costs a little. Across types, when a sentence's slots are short, typed recall comes first,
 * then multiple choice, a gap, and true/false, which a guess gets right half of the time.
 */
public final class BankRanking {

    /** Two items each for a sentence of four facts; a sentence of more keeps one per fact. */
    static final int PER_SENTENCE = 8;
    /** Stem words a student reads without effort; each five words beyond cost one point. */
    private static final int PLAIN_STEM_WORDS = 20;
    /** A stem this short inside another is a shared phrase, not a duplicate. */
    private static final int MIN_CONTAINED_WORDS = 5;
    /** Three quarters of the words shared around one differing span: one statement with one slot swapped. */
    private static final double SAME_FRAME = 0.75;
    private static final String GAP_WORD = " gapgapgap ";

    private final Library library;
    private final Function<Question, List<String>> violations;
    private final Map<String, Entity> byName = new HashMap<>();
    private final Map<String, String> articleText = new HashMap<>();
    private final Set<String> claims;

    /**
     * @param violations the quality gates' verdict on one question (empty when it may be shown)
     */
    public BankRanking(Library library, Function<Question, List<String>> violations) {
        this.library = library;
        this.violations = violations;
        this.claims = library.facts().stream().filter(f -> f.kind() == app.factdeck.content.Fact.Kind.CLAIM)
                .map(app.factdeck.content.Fact::id).collect(Collectors.toSet());
        library.entities().values().stream().sorted(Comparator.comparing(Entity::id))
                .forEach(e -> e.names().forEach(n -> byName.putIfAbsent(Text.normalise(n), e)));
    }

    /** How many items of one type one fact keeps. */
    static int limit(QuestionKind<?> type) {
        return type.slug().equals("multiple-choice") ? 2 : 1;
    }

    /** The kept questions, in the order given. */
    public List<Question> rank(List<Question> generated) {
        Map<Question, Double> scores = new HashMap<>();
        generated.forEach(q -> scores.put(q, score(q)));
        Comparator<Question> best = Comparator.comparing((Question q) -> -scores.get(q)).thenComparing(Question::id);

        Map<String, List<Question>> byFactAndType = new LinkedHashMap<>();
        for (Question q : generated) {
            if (ranked(q)) {
                byFactAndType.computeIfAbsent(q.factIds().get(0) + " " + q.type().slug(), k -> new ArrayList<>()).add(q);
            }
        }
        Set<Question> kept = new HashSet<>();
        List<List<Question>> trueFalse = new ArrayList<>();
        for (List<Question> group : byFactAndType.values()) {
            if (group.get(0) instanceof TrueFalse) {
                trueFalse.add(group);
            } else {
                group.stream().sorted(best).limit(limit(group.get(0).type())).forEach(kept::add);
            }
        }
        kept.addAll(balancedTruth(trueFalse, scores));
        // An item that asks the fact's answer and passes every gate: the one a fact must keep while it has one.
        Predicate<Question> asks = q -> !(q instanceof TrueFalse) && scores.get(q) > -GATE_PENALTY / 2;
        dropNearDuplicates(generated, kept, best, asks);
        capPerSentence(generated, kept, scores, asks);
        return generated.stream().filter(q -> !ranked(q) || kept.contains(q)).toList();
    }

    /** Whether the rules apply: single-fact items; a select-all item is a whole list, kept as it is. */
    private static boolean ranked(Question q) {
        return !q.isAuthored() && q.factIds().size() == 1 && !(q instanceof SelectAll);
    }

    // --- true/false ---------------------------------------------------------------------------------------

    private List<Question> balancedTruth(List<List<Question>> groups, Map<Question, Double> scores) {
        List<Question> chosen = new ArrayList<>();
        List<List<Question>> free = new ArrayList<>();
        int trues = 0;
        int falses = 0;
        for (List<Question> group : groups) {
            Optional<Question> t = usable(group, true, scores);
            Optional<Question> f = usable(group, false, scores).filter(this::swapIsFamiliar);
            if (t.isPresent() && f.isPresent()) {
                free.add(group);
                continue;
            }
            Question pick = t.or(() -> f).orElseGet(() -> group.stream()
                    .max(Comparator.comparing((Question q) -> scores.get(q)).thenComparing(Question::id)).orElseThrow());
            chosen.add(pick);
            if (((TrueFalse) pick).truth()) {
                trues++;
            } else {
                falses++;
            }
        }
        free.sort(Comparator.comparing((List<Question> g) -> mix(g.get(0).factIds().get(0).hashCode()))
                .thenComparing(g -> g.get(0).factIds().get(0)));
        for (List<Question> group : free) {
            boolean truth = trues != falses ? trues < falses
                    : (mix(group.get(0).factIds().get(0).hashCode()) & 1) == 0;
            chosen.add(usable(group, truth, scores).orElseThrow());
            if (truth) {
                trues++;
            } else {
                falses++;
            }
        }
        return chosen;
    }

    /** The variant of this truth value that passes every gate. */
    private static Optional<Question> usable(List<Question> group, boolean truth, Map<Question, Double> scores) {
        return group.stream().filter(q -> ((TrueFalse) q).truth() == truth)
                .filter(q -> scores.get(q) > -GATE_PENALTY / 2).findFirst();
    }

    /** Whether every value swapped into a false statement is one the article itself mentions. */
    private boolean swapIsFamiliar(Question q) {
        return q.listing().distractors().stream().allMatch(d -> familiarity(q.articleSlug(), d) >= 0);
    }

    // --- near duplicates and crowded sentences ------------------------------------------------------------

    private void dropNearDuplicates(List<Question> generated, Set<Question> kept, Comparator<Question> best,
                                    Predicate<Question> asks) {
        List<Question> byRank = generated.stream().filter(kept::contains).sorted(best).toList();
        List<Question> stay = new ArrayList<>();
        for (Question q : byRank) {
            boolean duplicate = stay.stream().anyMatch(s -> !s.factIds().equals(q.factIds())
                    && s.type() == q.type() && nearDuplicate(s, q));
            if (duplicate && !lastOfItsFact(q, kept) && !lastAskingOfItsFact(q, kept, asks)) {
                kept.remove(q);
            } else {
                stay.add(q);
            }
        }
    }

    /**
     * Two items of one type that read as one: the same stem, or one stem inside the other ("… announced three
     * steps" and "… announced three steps on 30 May 2023"). For true/false and gaps, whose stems are the article's
     * sentence or a statement of it, also two that differ in one short span only ("said in April 2023 that …" and
     * "said in May 2023 that …"), and two gaps in one sentence: each shows the other's answer.
     */
    private static boolean nearDuplicate(Question a, Question b) {
        String x = comparable(a);
        String y = comparable(b);
        if (x.equals(y)) {
            return true;
        }
        String shorter = x.length() <= y.length() ? x : y;
        String longer = shorter == x ? y : x;
        if (shorter.split(" ").length >= MIN_CONTAINED_WORDS && (" " + longer + " ").contains(" " + shorter + " ")) {
            return true;
        }
        if (a instanceof Cloze && a.source().equals(b.source())) {
            return true;
        }
        return (a instanceof TrueFalse || a instanceof Cloze) && sharedFrame(x, y) >= SAME_FRAME;
    }

    /** The share of the longer stem's words that both stems have as a common beginning and end. */
    static double sharedFrame(String x, String y) {
        String[] a = x.split(" ");
        String[] b = y.split(" ");
        int shortest = Math.min(a.length, b.length);
        int prefix = 0;
        while (prefix < shortest && a[prefix].equals(b[prefix])) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < shortest - prefix && a[a.length - 1 - suffix].equals(b[b.length - 1 - suffix])) {
            suffix++;
        }
        return (prefix + suffix) / (double) Math.max(a.length, b.length);
    }

    /**
     * The stem without the type's fixed words ("True or false?", "Fill in the gap:"), the gap kept as a word; the two
     * ways a description is stated ("The article describes X as Y", "X is described in the article as Y") as one,
     * and without articles, so that "Bolsonaro … as the former army captain" and "Jair Bolsonaro … as a former army
     * captain" read as the one statement they are.
     */
    private static String comparable(Question q) {
        String stem = withoutTypeWords(q)
                .replaceFirst("^The article describes (.+?) as (.+)$", "$1 is described in the article as $2");
        return (" " + Text.normalise(stem) + " ").replaceAll(" (?:the|a|an)(?= )", "").trim();
    }

    private static String withoutTypeWords(Question q) {
        return q.stem().replace(QuestionGenerator.GAP, GAP_WORD)
                .replaceFirst("^True or false\\?\\s*", "").replaceFirst("^Fill in the gap:\\s*", "");
    }

    private void capPerSentence(List<Question> generated, Set<Question> kept, Map<Question, Double> scores,
                                Predicate<Question> asks) {
        Map<String, List<Question>> bySentence = new LinkedHashMap<>();
        generated.stream().filter(kept::contains).forEach(q -> bySentence
                .computeIfAbsent(q.source().articleSlug() + "#" + q.source().anchor(), k -> new ArrayList<>()).add(q));
        for (List<Question> items : bySentence.values()) {
            if (items.size() <= PER_SENTENCE) {
                continue;
            }
            Comparator<Question> acrossTypes = Comparator
                    .comparing((Question q) -> -(scores.get(q) + typePreference(q))).thenComparing(Question::id);
            List<Question> stay = new ArrayList<>();
            // Each fact's best first, an item asking its answer before a statement: a fact never disappears, nor
            // does the one question that makes a student recall or choose its answer.
            Comparator<Question> asksFirst = Comparator.comparing((Question q) -> !asks.test(q))
                    .thenComparing(acrossTypes);
            items.stream().collect(Collectors.groupingBy(q -> q.factIds().get(0), LinkedHashMap::new,
                    Collectors.toList())).values().forEach(g -> stay.add(g.stream().sorted(asksFirst).findFirst()
                    .orElseThrow()));
            List<Question> rest = new ArrayList<>(items);
            rest.removeAll(stay);
            while (stay.size() < PER_SENTENCE && !rest.isEmpty()) {
                Question next = rest.stream().min(Comparator
                        .comparing((Question q) -> stay.stream().filter(s -> s.factIds().equals(q.factIds())).count())
                        .thenComparing(q -> stay.stream().filter(s -> s.type() == q.type()).count())
                        .thenComparing(acrossTypes)).orElseThrow();
                stay.add(next);
                rest.remove(next);
            }
            kept.removeAll(rest);
        }
    }

    private static boolean lastOfItsFact(Question q, Set<Question> kept) {
        return kept.stream().noneMatch(o -> o != q && o.factIds().contains(q.factIds().get(0)));
    }

    /**
     * Whether q is its fact's only kept item that asks the answer itself (a gap, a short answer, a choice): without
     * it the fact is left with true/false statements, which a guess gets right half of the time and which no typed
     * answer reaches ("4-2" kept only as "True or false? … a 4-3 shoot-out win …").
     */
    private static boolean lastAskingOfItsFact(Question q, Set<Question> kept, Predicate<Question> asks) {
        return asks.test(q) && kept.stream().noneMatch(o -> o != q && asks.test(o) && o.factIds().equals(q.factIds()));
    }

    /**
     * Across types, where slots are short: recall first (it is also the fact's flashcard, whose review history
     * is kept under its id), then choice, then a gap, then a coin toss.
     */
    private static double typePreference(Question q) {
        if (q instanceof ShortAnswer) {
            return 3;
        }
        if (q instanceof MultipleChoice) {
            return 2;
        }
        return q instanceof Cloze ? 1 : 0;
    }

    // --- signals ------------------------------------------------------------------------------------------

    private static final double GATE_PENALTY = 1000;
    private static final double ODD_ONE_OUT = 4;
    /**
     * A claim's items ask what someone argues, which is what a teacher most wants asked and what no other item
     * of its sentence asks; where a claim and a plainer fact of one sentence compete (two gaps of one sentence,
     * near-duplicate statements, a crowded sentence) the claim's item stays.
     */
    private static final double CLAIM = 10;
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "of", "and", "in", "on", "to", "for",
            "s", "at", "by");

    /** Higher is better; an item failing a gate is below every item that passes. */
    double score(Question q) {
        double score = -GATE_PENALTY * violations.apply(q).size();
        if (claims.contains(q.factIds().get(0))) {
            score += CLAIM;
        }
        for (String option : q.listing().distractors()) {
            score += familiarity(q.articleSlug(), option);
        }
        if (q instanceof MultipleChoice && keyStandsOut(q.listing().keys(), q.listing().distractors())) {
            score -= ODD_ONE_OUT;
        }
        String stem = Text.normalise(withoutTypeWords(q));
        int words = stem.isEmpty() ? 0 : stem.split(" ").length;
        score -= Math.max(0, words - PLAIN_STEM_WORDS) / 5.0;
        return score;
    }

    /**
     * Whether every wrong option shares a word the key lacks ("President of Ukraine", "Prime Minister of Ukraine"
     * against "former NATO Secretary General"): the odd one out is the answer, whoever the student is.
     */
    static boolean keyStandsOut(List<String> keys, List<String> distractors) {
        if (keys.size() != 1 || distractors.size() < 2) {
            return false;
        }
        Set<String> shared = null;
        for (String d : distractors) {
            Set<String> words = contentWords(d);
            if (shared == null) {
                shared = words;
            } else {
                shared.retainAll(words);
            }
        }
        shared.removeAll(contentWords(keys.get(0)));
        return !shared.isEmpty();
    }

    private static Set<String> contentWords(String option) {
        Set<String> words = new HashSet<>(List.of(Text.normalise(option).split(" ")));
        words.removeAll(FUNCTION_WORDS);
        words.remove("");
        return words;
    }

    /**
     * A wrong value as the student meets it: an entity the article names (+1, a real alternative), one it never
     * names (-3, a cue: the unfamiliar option is wrong), or a date or number (0, nothing to tell apart).
     */
    private int familiarity(String articleSlug, String option) {
        Entity e = byName.get(Text.normalise(option));
        if (e == null) {
            return 0;
        }
        String text = articleText.computeIfAbsent(articleSlug, slug -> " " + Text.normalise(library.article(slug)
                .map(a -> a.sentences().stream().map(Article.Sentence::text).collect(Collectors.joining(" ")))
                .orElse("")) + " ");
        boolean mentioned = e.inArticle() && e.names().stream()
                .anyMatch(n -> text.contains(" " + Text.normalise(n) + " "));
        return mentioned ? 1 : -3;
    }

    /** SplitMix64's finaliser: an order from the fact id that no neighbouring ids share. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
