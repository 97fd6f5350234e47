package app.factdeck.content;

import app.factdeck.content.Fact.Kind;
import app.factdeck.content.Fact.Source;
import app.factdeck.content.YamlTree.Value;
import java.time.DateTimeException;
import java.time.Month;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one article's facts.yaml and checks each fact against its article and the entity catalogue: the
 * source is a sentence of the article, every answer is stated in that sentence, ids and references exist.
 */
final class FactParser {

    private static final Map<Kind, Set<String>> FIELDS = Map.of(
            Kind.ROLE, Set.of("person", "role"),
            Kind.ANSWER, Set.of("question", "statement", "answer"),
            Kind.LIST, Set.of("question", "statement", "answers"),
            Kind.DATE, Set.of("question", "statement", "event", "date", "as_written"),
            Kind.NUMBER, Set.of("question", "statement", "number", "as_written"),
            Kind.CLAIM, Set.of("statement", "answer"));
    /** Fields a kind may have but need not. */
    private static final Map<Kind, Set<String>> OPTIONAL = Map.of(
            Kind.CLAIM, Set.of("contradiction", "accepted", "question", "right", "wrong"),
            Kind.ANSWER, Set.of("gap"), Kind.LIST, Set.of("gap"), Kind.DATE, Set.of("gap"),
            Kind.NUMBER, Set.of("gap"));
    private static final Set<String> COMMON = Set.of("id", "kind", "source", "also", "not_distractors", "single");
    /** Longest gap sentence: one sentence a student reads at a glance. */
    static final int MAX_GAP_LENGTH = 300;
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final String MONTHS = "(January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?"
            + "|Dec\\.?)";
    /** "June 7", "Oct. 2, 2022", "June 2023": the month first. */
    private static final Pattern MONTH_DAY = Pattern.compile(
            "(?i)\\b" + MONTHS + "(?:\\s(\\d{1,2})\\b(?!\\d))?(?:,?\\s(\\d{4}))?");
    /** "7 June", "30 May 2023": the day first. */
    private static final Pattern DAY_MONTH = Pattern.compile(
            "(?i)\\b(\\d{1,2})\\s" + MONTHS + "(?:,?\\s(\\d{4}))?");

    private static final Pattern WEEKDAY = Pattern.compile(
            "(?i)\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");

    private final Map<String, Entity> entities;
    private final Map<String, Article> articles;

    FactParser(Map<String, Entity> entities, Map<String, Article> articles) {
        this.entities = entities;
        this.articles = articles;
    }

    List<Fact> parse(String fileName, Article article, String text, Set<String> seenIds, List<String> problems) {
        List<Fact> facts = new ArrayList<>();
        Value root = YamlTree.parse(fileName, text, problems).orElse(null);
        if (root == null) {
            return facts;
        }
        if (!root.isList()) {
            problems.add(fileName + ":" + root.line() + ": facts.yaml is a list of facts, each starting '- id: …'");
            return facts;
        }
        for (Value item : root.list()) {
            if (!item.isMap()) {
                problems.add(fileName + ":" + item.line() + ": each fact is a mapping starting '- id: …'");
                continue;
            }
            int before = problems.size();
            Fact fact = parseFact(fileName, article, item, problems);
            if (fact != null && !seenIds.add(fact.id())) {
                problems.add(fileName + ":" + item.line() + ": fact id '" + fact.id() + "' is already used; ids are "
                        + "never reused, pick a new one");
            }
            if (fact != null && problems.size() == before) {
                facts.add(fact);
            }
        }
        return facts;
    }

    private Fact parseFact(String file, Article article, Value item, List<String> problems) {
        int line = item.line();
        String where = file + ":" + line + ": ";
        String id = text(item, "id");
        if (id == null || !ID.matcher(id).matches()) {
            problems.add(where + "a fact needs an 'id' of lower-case words and digits joined by hyphens, e.g. esp-012");
            return null;
        }
        Kind kind;
        try {
            kind = Kind.valueOf(Optional.ofNullable(text(item, "kind")).orElse("").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(where + "fact " + id + " needs a 'kind': role, answer, list, date, number or claim");
            return null;
        }
        for (var entry : item.map().entrySet()) {
            Set<String> optional = OPTIONAL.getOrDefault(kind, Set.of());
            if (!COMMON.contains(entry.getKey()) && !FIELDS.get(kind).contains(entry.getKey())
                    && !optional.contains(entry.getKey())) {
                problems.add(file + ":" + entry.getValue().line() + ": '" + entry.getKey() + "' is not a field of a "
                        + kind.name().toLowerCase(Locale.ROOT) + " fact; it has " + String.join(", ",
                        java.util.stream.Stream.concat(FIELDS.get(kind).stream(), optional.stream()).sorted()
                                .toList()));
            }
        }
        for (String field : FIELDS.get(kind)) {
            if (item.get(field).isEmpty()) {
                problems.add(where + "fact " + id + " has no '" + field + "'");
            }
        }
        Source source = source(file, article, item.get("source").orElse(null), line, id, problems);
        List<Source> also = new ArrayList<>();
        item.get("also").ifPresent(list -> {
            if (!list.isList()) {
                problems.add(file + ":" + list.line() + ": 'also' is a list of {article, source}");
                return;
            }
            for (Value other : list.list()) {
                String slug = text(other, "article");
                Article a = slug == null ? null : articles.get(slug);
                if (a == null) {
                    problems.add(file + ":" + other.line() + ": 'also' names no known article: '" + slug + "'");
                    continue;
                }
                Source s = source(file, a, other.get("source").orElse(null), other.line(), id, problems);
                if (s != null) {
                    also.add(s);
                }
            }
        });
        Set<String> notDistractors = new LinkedHashSet<>(ids(file, item, "not_distractors", null, problems));
        String question = text(item, "question");
        String statement = text(item, "statement");
        if (question != null && !question.endsWith("?")) {
            problems.add(where + "the question of " + id + " must end with '?'");
        }
        if (statement != null && statement.split("\\{answer}", -1).length != 2) {
            problems.add(where + "the statement of " + id + " must contain '{answer}' exactly once");
        }
        String gap = text(item, "gap");
        List<String> answers = switch (kind) {
            case ANSWER -> ids(file, item, "answer", null, problems);
            case LIST -> ids(file, item, "answers", null, problems);
            case ROLE -> List.of();
            case DATE, NUMBER, CLAIM -> List.of();
        };
        String person = kind == Kind.ROLE ? ids(file, item, "person", "person", problems).stream().findFirst().orElse(null)
                : null;
        String role = kind == Kind.ROLE ? ids(file, item, "role", "role", problems).stream().findFirst().orElse(null)
                : null;
        Optional<FactDate> date = Optional.empty();
        Optional<Integer> number = Optional.empty();
        String asWritten = text(item, "as_written");
        if (kind == Kind.DATE && text(item, "date") != null) {
            try {
                date = Optional.of(FactDate.parse(text(item, "date")));
            } catch (DateTimeException e) {
                problems.add(where + "'date' of " + id + " is written YYYY-MM-DD or YYYY-MM, not '" + text(item, "date")
                        + "'");
            }
        }
        if (kind == Kind.NUMBER && text(item, "number") != null) {
            try {
                number = Optional.of(Integer.parseInt(text(item, "number")));
            } catch (NumberFormatException e) {
                problems.add(where + "'number' of " + id + " must be a whole number");
            }
        }
        if (gap != null) {
            checkGap(where, id, kind, gap, answers, problems);
        }
        if (source != null) {
            checkStatedInSource(where, id, kind, source, answers, person, role, date, asWritten, problems);
        }
        for (Source other : also) {
            // The second article must say it too, or it is not the same fact.
            checkStatedInSource(where + "(also " + other.articleSlug() + ") ", id, kind, other, answers, person, role,
                    date, asWritten, problems);
        }
        Fact.Claim claim = kind == Kind.CLAIM
                ? ClaimFields.parse(file, item, id, statement, source, also, problems) : null;
        return new Fact(id, kind, source, List.copyOf(also), question, statement, gap, List.copyOf(answers), person, role,
                date, text(item, "event"), number, asWritten, "true".equals(text(item, "single")),
                Set.copyOf(notDistractors), file, line, claim);
    }

    /**
     * A gap sentence is read without the article, so it is one whole sentence with one gap; a list fact's gap
     * names every other member, so the gap has exactly one right answer.
     */
    private void checkGap(String where, String id, Kind kind, String gap, List<String> answers,
                          List<String> problems) {
        String rest = gap.replace("{answer}", "");
        if (gap.split("\\{answer}", -1).length != 2 || rest.contains("{") || rest.contains("}")) {
            problems.add(where + "the gap of " + id + " must contain '{answer}' exactly once and no other braces");
        }
        if (gap.length() > MAX_GAP_LENGTH) {
            problems.add(where + "the gap of " + id + " is " + gap.length() + " characters; keep it to one sentence of at "
                    + "most " + MAX_GAP_LENGTH);
        }
        if (!gap.matches("(?s)(\\{answer}|[\"“]?\\p{Lu}|\\d).*[.?!][\"”’]?")) {
            problems.add(where + "the gap of " + id + " must be one sentence: start with a capital letter (or "
                    + "'{answer}') and end with '.', '?' or '!'");
        }
        if (kind == Kind.LIST) {
            List<String> unnamed = answers.stream().filter(a -> entities.get(a) != null && entities.get(a).names()
                    .stream().noneMatch(n -> Text.containsPhrase(rest, n))).toList();
            if (unnamed.size() != 1) {
                problems.add(where + "the gap of list fact " + id + " must name every member but the one in the gap; "
                        + "it leaves out " + unnamed.size() + " (" + String.join(", ", unnamed) + ")");
            }
        }
    }

    /** Gate G1 at the source: what the fact answers must be said in the sentence it cites. */
    private void checkStatedInSource(String where, String id, Kind kind, Source source, List<String> answers,
                                     String person, String role, Optional<FactDate> date, String asWritten,
                                     List<String> problems) {
        List<String> mustAppear = new ArrayList<>(answers);
        if (person != null) {
            mustAppear.add(person);
        }
        if (role != null) {
            mustAppear.add(role);
        }
        for (String entityId : mustAppear) {
            Entity e = entities.get(entityId);
            if (e != null && e.names().stream().noneMatch(n -> Text.containsPhrase(source.text(), n))) {
                problems.add(where + "the answer '" + e.name() + "' of " + id + " is not stated in its source sentence "
                        + "(nor any alias); cite the sentence that says it, or add the wording as an alias");
            }
        }
        if ((kind == Kind.DATE || kind == Kind.NUMBER) && asWritten != null
                && !Text.containsPhrase(source.text(), asWritten)) {
            problems.add(where + "'" + asWritten + "' (as_written of " + id + ") does not occur in its source sentence");
        }
        if (kind == Kind.DATE && date.isPresent() && asWritten != null) {
            Matcher m = MONTH_DAY.matcher(asWritten);
            FactDate d = date.get();
            Matcher weekday = WEEKDAY.matcher(asWritten);
            Article article = articles.get(source.articleSlug());
            if (!m.find() && weekday.find() && article != null) {
                // "on Wednesday" is a date only next to the article's own: the weekday within the week before it.
                long daysBefore = java.time.temporal.ChronoUnit.DAYS.between(d.start(), article.published());
                if (d.precision() != FactDate.Precision.DAY
                        || d.start().getDayOfWeek() != java.time.DayOfWeek.valueOf(weekday.group(1)
                        .toUpperCase(Locale.ROOT)) || daysBefore < 0 || daysBefore > 6) {
                    problems.add(where + "'" + asWritten + "' does not read as " + d.iso() + " (the date of " + id
                            + "): it names the " + weekday.group(1) + " in the week up to the article's date, "
                            + article.published());
                }
                return;
            }
            Matcher dm = DAY_MONTH.matcher(asWritten);
            String monthWord;
            String day;
            String year;
            if (dm.find()) {
                monthWord = dm.group(2);
                day = dm.group(1);
                year = dm.group(3);
            } else {
                m.reset();
                boolean found = m.find();
                monthWord = found ? m.group(1) : null;
                day = found ? m.group(2) : null;
                year = found ? m.group(3) : null;
            }
            boolean consistent = monthWord != null && month(monthWord) == d.start().getMonth()
                    && (day == null ? d.precision() == FactDate.Precision.MONTH
                            : d.precision() == FactDate.Precision.DAY
                            && Integer.parseInt(day) == d.start().getDayOfMonth())
                    && (year == null || Integer.parseInt(year) == d.start().getYear());
            if (!consistent) {
                problems.add(where + "'" + asWritten + "' does not read as " + d.iso() + " (the date of " + id + ")");
            }
        }
    }

    /** "Oct." and "October" alike. */
    private static Month month(String word) {
        String w = word.replace(".", "").toUpperCase(Locale.ROOT);
        for (Month m : Month.values()) {
            if (m.name().startsWith(w.length() >= 3 ? w.substring(0, 3) : w)) {
                return m;
            }
        }
        throw new IllegalArgumentException(word);
    }

    private Source source(String file, Article article, Value v, int line, String id, List<String> problems) {
        if (v == null || !v.isScalar()) {
            problems.add(file + ":" + line + ": fact " + id + " needs a 'source': the sentence of the article that "
                    + "states it, copied exactly");
            return null;
        }
        String wanted = PageCleaner.strip(v.text());
        return article.sentences().stream().filter(s -> s.text().equals(wanted)).findFirst()
                .map(s -> new Source(article.slug(), s.anchor(), s.text()))
                .orElseGet(() -> {
                    problems.add(file + ":" + v.line() + ": the source of " + id + " is not a sentence of "
                            + article.slug() + "/article.md; copy one whole sentence exactly as the reader shows it");
                    return null;
                });
    }

    private List<String> ids(String file, Value item, String key, String type, List<String> problems) {
        Value v = item.get(key).orElse(null);
        if (v == null) {
            return List.of();
        }
        List<Value> values = v.isList() ? v.list() : List.of(v);
        List<String> out = new ArrayList<>();
        for (Value x : values) {
            if (!x.isScalar() || !entities.containsKey(x.text())) {
                problems.add(file + ":" + x.line() + ": '" + (x.isScalar() ? x.text() : "?") + "' is not an entity id "
                        + "in entities.yaml");
                continue;
            }
            if (type != null && !entities.get(x.text()).type().equals(type)) {
                problems.add(file + ":" + x.line() + ": '" + x.text() + "' is a " + entities.get(x.text()).type()
                        + ", but '" + key + "' needs a " + type);
                continue;
            }
            out.add(x.text());
        }
        return out;
    }

    static String text(Value item, String key) {
        return item.get(key).filter(Value::isScalar).map(Value::text).map(String::strip).orElse(null);
    }
}
