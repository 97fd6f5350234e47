package app.factdeck.proposals;

import app.factdeck.articles.MarkedFact;
import app.factdeck.articles.MarkedFact.Kind;
import app.factdeck.content.DateMention;
import app.factdeck.content.DateReader;
import app.factdeck.content.Text;
import app.factdeck.content.TimeForms;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Claims keyed on a time as the sentence writes it: "Zelensky announced on {Friday} that …", "In {2019}, Lula was
 * released from prison", "In the first round of the election on {Oct. 2}, …", "The lander landed at {06:04 pm}." The
 * gap is the time's words alone; its preposition stays in the statement ("since {1986}", "by {2050}"), so the fact
 * stays true. The false item changes only the time, to one of the same form that the article nowhere writes: another
 * weekday, the day next to it, another year or month, the clock an hour on. The generator accepts the time's other
 * spellings ({@link TimeForms}).
 *
 * <p>What is not asked, because changing the time would not make a statement the article rules out, or the
 * statement would not stand alone:
 * <ul>
 *   <li>a time inside a quotation, or in a clause with a future or conditional verb ("will meet on Friday");
 *   <li>a time in a subordinate clause ("when markets closed on Friday", "after the factory closed on Monday"):
 *       another time there changes what is compared, not when the fact happened;
 *   <li>a range ("between 2019 and 2021", "Monday to Friday"), a part of a day ("Monday morning"), a relative time
 *       ("last month", "yesterday"), "before"/"after" a year (a later "before" is also true);
 *   <li>a statement that keeps another time only the article's date resolves ("on Monday", "this evening": G7).
 * </ul>
 * A year more than a year before the article is background a student may know from elsewhere: shown, not pre-ticked.
 */
final class TimePhrases {

    static final double DAY = 0.65;
    static final double MONTH_OR_YEAR = 0.6;
    /** "since 1986", "by 2050": right, but the false item's direction is a subtlety a teacher should confirm. */
    static final double BOUND = 0.55;
    /** "The court ruled on {Thursday}": which court? The subject may point back to an earlier sentence. */
    static final double DEFINITE = 0.5;
    static final String GAP = KeyPhrases.GAP;

    private static final Pattern WEEKDAY = Pattern.compile("(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
            + "|Sunday)");
    private static final Pattern LEADING_CUE = Pattern.compile("^(?i:(on|in)\\s+)");
    /** A clock time counts after "at" (or "by", "until"), and with its am/pm after any word. */
    private static final Pattern CLOCK_CUE = Pattern.compile("(?i)\\b(?:at|by|until|around|about)\\s+$");
    private static final Pattern PART_OF_DAY = Pattern.compile("^\\s+(?:morning|afternoon|evening|night)\\b");
    /** Words that join two times into a range or a list: "2019 and 2021", "Monday to Friday". */
    private static final Pattern JOIN = Pattern.compile("^\\s*(?:,|and|or|to|-|–|through|until|till)\\s*$");
    private static final Pattern RANGE_BEFORE = Pattern.compile("(?i)\\b(?:between|from)\\s+(?:the\\s+)?$");
    /** "before 2019" is also true of 2020, "after 2019" of 2018: no false item by changing the year. */
    private static final Pattern OPEN_BOUND = Pattern.compile("(?i)\\b(?:before|after|around|about|circa|c\\.)\\s+$");
    private static final Pattern BOUND_CUE = Pattern.compile("(?i)\\b(since|by|until|till)\\s+$");
    /** Verbs that put a clause in the future or make it conditional. */
    private static final Pattern MODAL = Pattern.compile("\\b(?:will|would|could|may|might|shall|should|can|must"
            + "|won['’]t|wouldn['’]t|going to|due to|expected to|set to|scheduled to|plans? to|planned to|hopes? to"
            + "|aims? to|intends? to|wants? to|is to|are to)\\b|['’]ll\\b|(?i:\\bupcoming\\b|\\bnext\\b)");
    /**
     * After the time, words that start an adjunct the statement may drop and stay true ("landed at 06:04 pm {in the
     * presence of …}", "over the weekend {to broker …}"); a that-clause or an object ("agreed on Wednesday {to the
     * UAE Consensus}") is kept, through the question writer's cut.
     */
    private static final Pattern DROPPABLE_AFTER = Pattern.compile("^(?:\\s*[,;:(—–-]|\\s+(?:in|at|with|amid|after"
            + "|before|as|while|when|during|following|ahead|near|under|despite|for|where|which|who|and|but|because"
            + "|so|local|GMT|UTC|IST|EST|ET|BST|CET)\\b|\\s+to\\s+(?!the\\b|a\\b|an\\b|\\p{Lu}|\\d)\\p{Ll})");
    /** A sentence opening with a phrase of time, up to its comma: "In 2019, ", "On May 31, ", "On May 31, 2023, ". */
    private static final Pattern OPENER = Pattern.compile("^(?:In|On|At|By|Since|During|Until|Over|Early in|Late in"
            + "|Back in)\\s(?:[^,;:“”\"]|,\\s\\d{4}\\b){1,60}?,\\s+(?=\\p{L})");

    private final String article;
    private final List<String> sentences;
    /** The days the article's dates resolve to, for the published date they were read with. */
    private java.util.Set<String> days = java.util.Set.of();
    private LocalDate daysRead;

    /** @param sentences the article's sentences: a false time must not be written anywhere among them */
    TimePhrases(List<String> sentences) {
        this.sentences = List.copyOf(sentences);
        this.article = String.join(" \n ", sentences);
    }

    /** True when the article dates anything on that day, however it writes it ("October 3", "3 October 2022"). */
    private boolean dayOfTheArticle(String iso, LocalDate published) {
        if (!published.equals(daysRead)) {
            java.util.Set<String> read = new java.util.HashSet<>();
            for (String s : sentences) {
                DateReader.in(s, published).stream().filter(d -> d.precision() == DateMention.Precision.DAY)
                        .forEach(d -> read.add(d.iso()));
            }
            days = read;
            daysRead = published;
        }
        return days.contains(iso);
    }

    /** A time in the sentence: its words, where they stand, and what they are. */
    record Time(int start, int end, String words, Form form, DateMention date) {
    }

    enum Form { WEEKDAY, DAY_MONTH, MONTH, MONTH_YEAR, FULL_DATE, YEAR, CLOCK }

    /**
     * The time claims of one sentence, in reading order. {@code peopleBefore} gives how many people the sentence
     * names before an offset (one named person makes "his" theirs, as the question writer reads it).
     */
    List<Proposal> in(String sentence, LocalDate published, IntUnaryOperator peopleBefore) {
        List<Proposal> out = new ArrayList<>();
        if (sentence == null || published == null || QuestionWriter.unbalancedQuotes(sentence)) {
            return out;
        }
        List<Time> times = times(sentence, published);
        for (int i = 0; i < times.size(); i++) {
            Time t = times.get(i);
            boolean joined = i > 0 && JOIN.matcher(sentence.substring(times.get(i - 1).end(), t.start())).matches()
                    || i + 1 < times.size() && JOIN.matcher(sentence.substring(t.end(), times.get(i + 1).start()))
                    .matches();
            if (joined) {
                continue; // "between 2019 and 2021", "on Monday and Tuesday": one alone is not the fact
            }
            claim(sentence, t, published, peopleBefore, out);
        }
        return out;
    }

    /** The dates and clock times the sentence writes, as answer words (no preposition), in reading order. */
    static List<Time> times(String s, LocalDate published) {
        List<Time> out = new ArrayList<>();
        for (DateMention d : DateReader.in(s, published)) {
            Matcher cue = LEADING_CUE.matcher(d.written());
            int start = d.start() + (cue.find() ? cue.end() : 0);
            String words = s.substring(start, d.end()).replaceAll("[,\\s]+$", "");
            Form form = form(words, d);
            if (form == null) {
                continue;
            }
            out.add(new Time(start, start + words.length(), words, form, d));
        }
        Matcher m = TimeForms.CLOCK.matcher(s);
        while (m.find()) {
            boolean cued = m.group(3) != null || CLOCK_CUE.matcher(s.substring(0, m.start())).find();
            boolean taken = out.stream().anyMatch(t -> t.start() < m.end() && m.start() < t.end());
            if (cued && !taken && !TimeForms.of(m.group(), null, null).isEmpty()) {
                out.add(new Time(m.start(), m.end(), m.group(), Form.CLOCK, null));
            }
        }
        out.sort(java.util.Comparator.comparingInt(Time::start));
        return out;
    }

    /** What the mention's words are; null for a relative time ("last month", "yesterday") or a numeric date. */
    private static Form form(String words, DateMention d) {
        if (WEEKDAY.matcher(words).matches()) {
            return Form.WEEKDAY;
        }
        if (d.relative()) {
            return null;
        }
        return switch (d.precision()) {
            case YEAR -> words.matches("(?:1[89]|20)\\d\\d") ? Form.YEAR : null;
            case MONTH -> words.matches("\\p{Lu}\\p{Ll}+") ? Form.MONTH
                    : words.matches("\\p{Lu}\\p{Ll}+\\s+\\d{4}") ? Form.MONTH_YEAR : null;
            case DAY -> words.matches("(?:\\p{Lu}\\p{Ll}+\\.?\\s?\\d{1,2}|\\d{1,2}\\s+\\p{Lu}\\p{Ll}+)") ? Form.DAY_MONTH
                    : words.matches(".*\\p{L}.*\\d{4}") ? Form.FULL_DATE : null;
        };
    }

    private void claim(String s, Time t, LocalDate published, IntUnaryOperator peopleBefore, List<Proposal> out) {
        if (t.form() == Form.WEEKDAY) {
            // "announced on {Friday}": the weekday without its date is what two blind reviews failed as trivia (G9);
            // which Friday only the page's date says, and the gap cannot show it.
            return;
        }
        String before = s.substring(0, t.start());
        String after = s.substring(t.end());
        if (KeyPhrases.insideQuote(s, t.start()) || RANGE_BEFORE.matcher(before).find()
                || OPEN_BOUND.matcher(before).find() || PART_OF_DAY.matcher(after).find()
                || t.form() == Form.YEAR && after.matches("(?s)^[-–/]\\d.*")) {
            return;
        }
        Matcher bound = BOUND_CUE.matcher(before);
        String boundWord = bound.find() ? bound.group(1).toLowerCase(Locale.ROOT) : "";
        // "announced on Friday.”" → "announced on Friday”.": the clause writer cuts before a full stop, and the
        // quotation mark must stay inside the statement.
        String s1 = s.replaceFirst("([.!?])([”\"])\\s*$", "$2$1");
        // "For example, on May 11, …": the discourse word points at the sentence before; the statement goes without.
        Matcher marker = DISCOURSE.matcher(s1);
        int lead = marker.lookingAt() && t.start() >= marker.end() ? marker.end() : 0;
        String s2 = lead == 0 ? s1 : Character.toUpperCase(s1.charAt(lead)) + s1.substring(lead + 1);
        Time t2 = new Time(t.start() - lead, t.end() - lead, t.words(), t.form(), t.date());
        IntUnaryOperator people = at -> peopleBefore.applyAsInt(at + lead);
        Optional<String> statement = opener(s2, t2, people).or(() -> inline(s2, t2, people));
        if (statement.isEmpty() || !standsAlone(statement.get(), t.words())) {
            return;
        }
        Optional<String> wrong = wrong(s, t, published, boundWord);
        if (wrong.isEmpty()) {
            return;
        }
        String st = QuestionWriter.withoutAlso(statement.get());
        boolean background = t.form() == Form.YEAR && Integer.parseInt(t.words()) < published.getYear() - 1
                || t.date() != null && !t.date().relative() && t.form() == Form.FULL_DATE
                && LocalDate.parse(t.date().iso()).isBefore(published.minusDays(FactProposer.BACKGROUND_DAYS));
        double confidence = background ? FactProposer.BACKGROUND_CONFIDENCE : !boundWord.isEmpty() ? BOUND
                : definiteSubject(st) ? DEFINITE : t.form() == Form.MONTH || t.form() == Form.YEAR ? MONTH_OR_YEAR : DAY;
        String reason = switch (t.form()) {
            case WEEKDAY -> "a weekday the sentence gives";
            case CLOCK -> "a clock time the sentence gives";
            case YEAR -> "a year the sentence gives";
            case MONTH, MONTH_YEAR -> "a month the sentence gives";
            default -> "a date the sentence gives";
        } + (background ? " (background: long before the article)" : "");
        MarkedFact f = new MarkedFact(null, Kind.PHRASE, s, List.of(t.words()), "", "", "", null, null, st, null,
                null, null, st.replace(GAP, wrong.get()));
        out.add(new Proposal(KeyPhrases.key(s, t.words()), f, confidence, reason));
    }

    /**
     * "In {answer}, Lula was released from prison.": a time in the phrase the sentence opens with, kept with the
     * main clause after it as the question writer cuts it. The opening phrase holds no verb (else the time may be
     * another clause's) and the main clause's first verb is not future or conditional.
     */
    private Optional<String> opener(String s, Time t, IntUnaryOperator peopleBefore) {
        Matcher m = OPENER.matcher(s);
        if (!m.lookingAt() || t.end() > m.end() || s.substring(t.end(), m.end()).matches("(?s).*\\p{L}{3,}.*")) {
            return Optional.empty(); // "In May, …" yes; "In 2019 the court, …" is not an opening phrase of time
        }
        int comma = s.lastIndexOf(',', m.end());
        String opening = s.substring(0, t.start()) + GAP + s.substring(t.end(), comma);
        if (QuestionWriter.hasVerb(opening.replace(GAP, " ")) || QuestionWriter.PRONOUN.matcher(opening).find()) {
            return Optional.empty();
        }
        String rest = s.substring(m.end());
        int firstWord = rest.indexOf(' ');
        if (firstWord <= 0) {
            return Optional.empty();
        }
        int people = peopleBefore.applyAsInt(s.length());
        Optional<String> main = QuestionWriter.inPlace(rest, 0, firstWord, rest.substring(0, firstWord), people);
        String firstOnly = firstPredicate(rest, firstWord);
        if (main.isEmpty() && firstOnly != null) {
            main = QuestionWriter.inPlace(firstOnly, 0, firstWord, rest.substring(0, firstWord), people);
        }
        if (main.isEmpty()) {
            return Optional.empty();
        }
        String clause = rest.charAt(0) + main.get().substring(1).replaceAll("\\?$", "");
        if (MODAL.matcher(firstVerbGroup(clause)).find()) {
            return Optional.empty();
        }
        return Optional.of(opening + ", " + clause + ".");
    }

    /**
     * "Zelensky announced on {answer} that his country is applying to join …": the time inside the main clause,
     * after its one verb. What follows the time is dropped when it is an adjunct ("in the presence of …").
     */
    private Optional<String> inline(String s, Time t, IntUnaryOperator peopleBefore) {
        String upTo = QuestionWriter.withoutLeadingAdjunct(s.substring(0, t.start()));
        if (inAnotherClause(upTo) || MODAL.matcher(upTo).find()) {
            return Optional.empty(); // "when markets closed on Friday": which clause's time is it?
        }
        String after = s.substring(t.end());
        boolean drop = after.isBlank() || after.matches("(?s)^[.!?”\"’)]+\\s*$") || DROPPABLE_AFTER.matcher(after)
                .lookingAt();
        String text = drop ? s.substring(0, t.end()) + "." : s;
        int people = peopleBefore.applyAsInt(t.start());
        Optional<String> q = QuestionWriter.inPlace(text, t.start(), t.end(), GAP, people);
        String firstOnly = drop ? null : firstPredicate(s, t.end());
        if (q.isEmpty() && firstOnly != null) {
            q = QuestionWriter.inPlace(firstOnly, t.start(), t.end(), GAP, people);
        }
        return q.map(x -> x.replaceAll("\\?$", "."));
    }

    /**
     * The text up to a second predicate joined by "and" after {@code from}, as a sentence: "the presidents … called on
     * the allies to increase assistance {and supported its membership}" → "… to increase assistance." What A and B
     * states, A alone states too; null when no "and" is followed by a verb.
     */
    static String firstPredicate(String text, int from) {
        Matcher and = AND.matcher(text);
        while (and.find(from)) {
            List<Tagged.Token> next = Nlp.tag(text.substring(and.end(), Math.min(text.length(), and.end() + 40)))
                    .tokens();
            if (!next.isEmpty() && next.get(0).is("VERB") && !next.get(0).word().endsWith("ing")) {
                return text.substring(0, and.start()) + ".";
            }
            from = and.end();
        }
        return null;
    }

    private static final Pattern AND = Pattern.compile(",?\\s+and\\s+");
    private static final Pattern DISCOURSE = Pattern.compile("^(?:For example|For instance|Meanwhile|However|In "
            + "addition|Similarly|Likewise|Also),\\s+(?=\\p{Ll})");

    /** True when the statement stands alone: no other unresolved time, the answer only in the gap, not too long. */
    private static boolean standsAlone(String st, String answer) {
        String around = st.replace(GAP, " ");
        return st.length() <= KeyPhrases.MAX_STATEMENT && st.indexOf(GAP) == st.lastIndexOf(GAP) && !st.startsWith(GAP)
                && !Text.containsPhrase(around, answer) && !QuestionWriter.unbalancedQuotes(st)
                && Text.normalise(QuestionWriter.selfContained(st)).equals(Text.normalise(st))
                && answer.split("\\s+").length <= KeyPhrases.MAX_ANSWER_WORDS
                && answer.length() <= KeyPhrases.MAX_ANSWER_CHARS && st.matches("(?s)^[\\p{Lu}“\"].*\\.$");
    }

    /**
     * True when the main clause's subject opens with "the" or a pronoun and names nobody: "The court ruled on …" (the
     * key phrases' rule for a definite subject).
     */
    static boolean definiteSubject(String statement) {
        String main = statement.replace(GAP, "Monday");
        Matcher opening = OPENER.matcher(main);
        if (opening.lookingAt()) {
            main = main.substring(opening.end());
        }
        List<Tagged.Token> tokens = Nlp.tag(QuestionWriter.withoutLeadingAdjunct(main)).tokens();
        for (Tagged.Token tok : tokens) {
            if (tok.is("AUX", "VERB")) {
                break;
            }
            if (tok.is("PROPN", "NUM")) {
                return false;
            }
        }
        return !tokens.isEmpty() && tokens.get(0).is("DET", "PRON");
    }

    /** The words up to the end of the first run of verbs: "NATO chief Jens Stoltenberg said". */
    private static String firstVerbGroup(String clause) {
        List<Tagged.Token> tokens = Nlp.tag(clause).tokens();
        int end = -1;
        for (Tagged.Token tok : tokens) {
            if (tok.is("AUX", "VERB")) {
                end = tok.end();
            } else if (end >= 0 && !tok.is("ADV", "PART")) {
                break;
            }
        }
        return end < 0 ? clause : clause.substring(0, end);
    }

    /**
     * True when the time may belong to another clause than the sentence's main one: after a subordinator whose
     * clause has a verb ("after the factory closed on", "said that the talks ended on", "who joined on") or a
     * participle after the verb ("markets opening on"): changing a "when" clause's time changes what is compared, not
     * when the fact happened. An infinitive stays ("agreed to strike on Wednesday"): the statement keeps it whole, so
     * another day is false whichever verb the day belongs to. Read from the last comma: an opening clause ("After the
     * vote, the mayor said on") ends at it.
     */
    static boolean inAnotherClause(String upTo) {
        int comma = upTo.lastIndexOf(", ");
        String segment = comma < 0 ? upTo : upTo.substring(comma + 2);
        Matcher sub = SUBORDINATE.matcher(segment);
        while (sub.find()) {
            if (QuestionWriter.hasVerb(segment.substring(sub.end()))) {
                return true;
            }
        }
        boolean verbSeen = false;
        for (Tagged.Token tok : Nlp.tag(segment).tokens()) {
            if (verbSeen && tok.is("VERB") && tok.word().endsWith("ing")) {
                return true;
            }
            verbSeen |= tok.is("VERB", "AUX");
        }
        return false;
    }

    private static final Pattern SUBORDINATE = Pattern.compile("(?i)\\b(?:when|whenever|while|as|after|before|since"
            + "|until|because|if|unless|although|though|whereas|which|who|whom|whose|where|that|once)\\b");

    /** How many runs of verbs the words hold: "has agreed" is one, "agreed … closed" two. */
    static int verbGroups(String words) {
        int groups = 0;
        boolean inGroup = false;
        for (Tagged.Token tok : Nlp.tag(words).tokens()) {
            boolean verb = tok.is("AUX", "VERB");
            if (verb && !inGroup) {
                groups++;
            }
            inGroup = verb || inGroup && tok.is("ADV", "PART");
        }
        return groups;
    }

    // --- the false time ----------------------------------------------------------------------------------------

    /** A time of the same form that the article nowhere writes, so the false item changes only the time. */
    Optional<String> wrong(String sentence, Time t, LocalDate published, String bound) {
        for (String c : candidates(t, published, bound)) {
            if (c.equals(t.words()) || Text.containsPhrase(article, c)
                    || Text.containsPhrase(article, c.replaceFirst(",?\\s*\\d{4}$", ""))) {
                continue;
            }
            // "On October 3, 2022" is no false item when another sentence dates something "October 3": read the
            // false time where the true one stands and compare the day it resolves to.
            String changed = sentence.substring(0, t.start()) + c + sentence.substring(t.end());
            boolean dated = DateReader.in(changed, published).stream()
                    .filter(d -> d.precision() == DateMention.Precision.DAY && d.end() > t.start()
                            && d.start() <= t.start())
                    .anyMatch(d -> dayOfTheArticle(d.iso(), published));
            if (!dated) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    private static List<String> candidates(Time t, LocalDate published, String bound) {
        List<String> out = new ArrayList<>();
        String w = t.words();
        switch (t.form()) {
            case WEEKDAY -> {
                // The day after, then the day before: any other day contradicts "on Friday" for one event.
                DayOfWeek day = DayOfWeek.valueOf(w.toUpperCase(Locale.ROOT));
                for (int shift : new int[] {1, -1, 2, -2, 3}) {
                    out.add(day.plus(shift).getDisplayName(TextStyle.FULL, Locale.ENGLISH));
                }
            }
            case YEAR -> {
                int y = Integer.parseInt(w);
                int[] shifts = switch (bound) {
                    // "first title since 1986": a later year would still be true, an earlier one is not.
                    case "since" -> new int[] {-4, -3, -2, -5};
                    // "net zero by 2050": a later deadline is weaker, an earlier one a different target.
                    case "by" -> new int[] {-10, -5, -20};
                    case "until", "till" -> new int[] {4, 3, 2, 5};
                    default -> new int[] {-1, 1, -2, 2, -3, 3};
                };
                for (int shift : shifts) {
                    // A past event's year after the article's would be false for the wrong reason.
                    if (y + shift <= published.getYear() || !bound.isEmpty() || y > published.getYear()) {
                        out.add(String.valueOf(y + shift));
                    }
                }
            }
            case MONTH, MONTH_YEAR -> {
                String name = w.split("\\s+")[0];
                java.time.Month month = java.time.Month.valueOf(name.toUpperCase(Locale.ROOT));
                for (int shift : new int[] {-1, 1, -2, 2}) {
                    String other = month.plus(shift).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
                    out.add(w.replaceFirst(Pattern.quote(name), other));
                }
            }
            case DAY_MONTH, FULL_DATE -> {
                Matcher d = Pattern.compile("(?<!\\d)(\\d{1,2})(?!\\d)").matcher(w);
                if (d.find() && t.date() != null) {
                    int day = Integer.parseInt(d.group(1));
                    int last = LocalDate.parse(t.date().iso()).lengthOfMonth();
                    for (int shift : new int[] {1, -1, 2, -2}) {
                        int other = day + shift;
                        if (other >= 1 && other <= last) {
                            out.add(w.substring(0, d.start()) + other + w.substring(d.end()));
                        }
                    }
                }
            }
            case CLOCK -> {
                Matcher c = TimeForms.CLOCK.matcher(w);
                if (c.matches()) {
                    int hour = Integer.parseInt(c.group(1));
                    boolean twelve = c.group(3) != null;
                    for (int shift : new int[] {1, -1, 2}) {
                        int h = twelve ? (hour - 1 + shift + 12) % 12 + 1 : (hour + shift + 24) % 24;
                        String hh = c.group(1).length() == 2 ? String.format(Locale.ROOT, "%02d", h) : String.valueOf(h);
                        out.add(w.substring(0, c.start(1)) + hh + w.substring(c.end(1)));
                    }
                }
            }
            default -> {
            }
        }
        return out;
    }
}
