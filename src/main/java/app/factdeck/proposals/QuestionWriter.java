package app.factdeck.proposals;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Questions written from a sentence, conservatively: the answer's words are replaced by a wh-phrase where they stand
 * ("Modi joined via video conferencing from which country?"), the sentence is cut after the clause that holds the
 * answer, and a question that would not stand on its own is not written: one that opens inside a quotation or with
 * a participle, that keeps a pronoun the reader cannot resolve, or that asks what the sentence negates.
 */
final class QuestionWriter {

    static final int MAX_QUESTION = 220;

    /** Where the clause that holds the answer ends: a comma before words, a relative clause, a dash, the end. */
    private static final Pattern CLAUSE_END = Pattern.compile(",\\s+(?!\\d{4}\\b)|;|\\s[–—-]\\s|\\s\\(|:\\s"
            + "|\\s(?:where|who|whose|which|while|as|because|amid|although|though|whereas|but|after|before|since|until)\\b"
            + "|[.!?…][\"”’')]*\\s*$");
    /** Pronouns a question must not keep: outside the article nobody knows who "he" or "this" is. */
    static final Pattern PRONOUN = Pattern.compile("\\b(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hey|him|[Hh]er|them|[Hh]is|[Ii]ts"
            + "|[Tt]heir|[Tt]his|[Tt]hese|[Tt]hose|[Ww]e|[Oo]ur|us|I|me|[Mm]y|[Yy]ou|[Yy]our)\\b"
            + "|\\b[Hh]e['’]s\\b");
    static final Pattern NEGATION = Pattern.compile("(?i)\\b(?:not|never|no|nor|neither|none|without|n['’]t|cannot"
            + "|denied|denies|refused|rejected|failed)\\b|n['’]t\\b");
    private static final Pattern OPENING = Pattern.compile("^(?:And|But|So|Also|However|Meanwhile|For example"
            + "|In addition|Moreover|Furthermore|At the same time|Likewise|Similarly|Still),?\\s+");
    /** Words that point back to an earlier sentence: a question holding them does not stand alone. */
    private static final Pattern BACK_REFERENCE = Pattern.compile("\\b(?:[Tt]hen|[Ss]uch|the same|[Tt]he latter"
            + "|[Tt]he former|[Ee]arlier this|[Ll]ater that)\\b");
    /** "announced that in light of …, Ukraine is": the that-clause's subject comes after an adjunct we may cut. */
    private static final Pattern THAT_ADJUNCT = Pattern.compile("\\bthat\\s+(?:in|on|at|with|after|despite|given|amid"
            + "|during|following|as|if|when)\\b");
    private static final Pattern SUBORDINATOR = Pattern.compile("\\b(?:if|unless|when|because|although|that|whether)\\s+");
    private static final Pattern QUOTE_MARK = Pattern.compile("[\"“”]");
    /** A closing phrase of place or time that only points back: "on this path", "at that time", "in these talks". */
    private static final Pattern POINTING_TAIL = Pattern.compile("\\s+(?:on|in|at|along|during|within|over|for)\\s+"
            + "(?:this|that|these|those)\\s+\\p{Ll}+(?:\\s+\\p{Ll}+)?\\s*$");

    private QuestionWriter() {
    }

    /**
     * The clause with each "its" read as "the" when exactly one name stands between the wh-phrase (or the clause's
     * start) and it: "… the presidents of which countries called for assistance to Ukraine and supported its
     * membership" is Ukraine's. Two names ("Some NATO countries … in Ukraine if its member states …") or none leave
     * it pointing outside the clause, for the pronoun check to refuse.
     */
    static String ownedIts(String clause, String wh) {
        Matcher its = ITS.matcher(clause);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (its.find()) {
            int wanted = clause.lastIndexOf(wh, its.start());
            String between = clause.substring(wanted >= 0 ? wanted + wh.length() : 0, its.start());
            Matcher name = NAME_BEFORE.matcher(between);
            java.util.Set<String> names = new java.util.HashSet<>();
            while (name.find()) {
                if (!CALENDAR.matcher(name.group().strip()).matches()) {
                    names.add(name.group().strip());
                }
            }
            boolean owned = names.size() == 1;
            out.append(clause, last, its.start()).append(owned ? "the" : its.group());
            last = its.end();
        }
        return out.append(clause.substring(last)).toString();
    }

    private static final Pattern ITS = Pattern.compile("\\b[Ii]ts\\b");
    private static final Pattern GERUND_AFTER = Pattern.compile("\\s+(?!(?:during|including|according|regarding"
            + "|following|concerning|thing|things|king|morning|evening|spring|building|meeting|funding|ring)\\b)"
            + "\\p{Ll}+ing\\b");
    private static final Pattern CALENDAR = Pattern.compile(FactProposer.MONTH
            + "|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday");
    /** A capitalised word after the clause's first: a name ("Ukraine", "UBS"). */
    private static final Pattern NAME_BEFORE = Pattern.compile("\\s\\p{Lu}[\\p{L}\\p{N}-]+");

    /**
     * The sentence as a question with {@code [start, end)} replaced by {@code wh}, cut after the answer's clause;
     * empty when it would not stand on its own.
     */
    static Optional<String> inPlace(String sentence, int start, int end, String wh) {
        return inPlace(sentence, start, end, wh, 0);
    }

    /**
     * As {@link #inPlace(String, int, int, String)}, where {@code people} is how many people the sentence names before
     * the answer: with exactly one, "his" and "her" are that person's ("Zelensky announced that his country …").
     */
    static Optional<String> inPlace(String sentence, int start, int end, String wh, int people) {
        return inPlace(sentence, start, end, wh, people, false);
    }

    /**
     * As {@link #inPlace(String, int, int, String, int)}, where {@code teamSubject} says the sentence opens with a
     * named country, team or organisation and names no person before the answer: then "their" is that subject's
     * ("Argentina clinched their third title at which stadium?"), as news writes of teams.
     */
    static Optional<String> inPlace(String sentence, int start, int end, String wh, int people, boolean teamSubject) {
        if (start < 0 || end > sentence.length() || start >= end) {
            return Optional.empty();
        }
        String before = sentence.substring(0, start);
        if (QUOTE_MARK.matcher(before).results().count() % 2 == 1) {
            return Optional.empty(); // inside a quotation: its words are the speaker's
        }
        before = withoutLeadingAdjunct(before);
        String after = sentence.substring(end);
        Matcher m = CLAUSE_END.matcher(after);
        // The clause ends at the first boundary that leaves it a verb: "After 13 days of talks, delegates agreed".
        int from = 0;
        String clause = null;
        while (m.find(from)) {
            if (limitingPhrase(after, m)) {
                from = m.end();
                continue;
            }
            String candidate = OPENING.matcher(before + wh + after.substring(0, m.start())).replaceFirst("");
            if (hasVerb(candidate.replace(wh, ""))) {
                clause = candidate;
                break;
            }
            from = m.end();
            if (from >= after.length()) {
                break;
            }
        }
        if (clause == null) {
            clause = OPENING.matcher(before + wh + after).replaceFirst("").replaceAll("[.!?…]+[\"”’')]*\\s*$", "");
            if (!hasVerb(clause.replace(wh, ""))) {
                return Optional.empty(); // "In the first round of the election on what date?"
            }
        }
        if (QUOTE_MARK.matcher(clause).results().count() % 2 == 1 || clause.isEmpty()) {
            return Optional.empty();
        }
        String first = clause.split("\\s+", 2)[0];
        if (first.matches("(?:Before|After|When|If|While|Although|Though|Because|Since|As|Unless|Until|Once|Even)")
                && !clause.contains(", ")) {
            return Optional.empty(); // "Before Ukraine joined which organisation?": a subordinate clause alone
        }
        if (first.endsWith("ing") && !first.equals("During") || Character.isLowerCase(clause.charAt(0)) && !clause.startsWith(wh)) {
            return Optional.empty(); // "Speaking after the meeting in which city, …": the subject is elsewhere
        }
        // "… issued a joint statement supporting Ukraine {on this path}": a closing phrase that only points back
        // goes; what the clause states without it, it states with it.
        Matcher pointing = POINTING_TAIL.matcher(clause);
        if (pointing.find() && !clause.substring(pointing.start()).contains(wh)) {
            clause = clause.substring(0, pointing.start());
        }
        String checked = people == 1 ? clause.replaceAll("\\b(?:his|her)\\b", "the") : clause;
        if (teamSubject && people == 0 && clause.startsWith(sentence.substring(0, Math.min(start, sentence.indexOf(' ')
                + 1)))) {
            checked = checked.replaceAll("\\btheir\\b", "the");
        }
        checked = ownedIts(checked, wh);
        if (clause.contains(wh) && GERUND_AFTER.matcher(clause.substring(clause.indexOf(wh) + wh.length()))
                .lookingAt()) {
            return Optional.empty(); // "with whom sending the goalkeeper the wrong way?": no English question
        }
        if (PRONOUN.matcher(checked).find() || NEGATION.matcher(clause).find() || clause.startsWith("That ")
                || clause.startsWith("There ") || BACK_REFERENCE.matcher(clause).find()) {
            return Optional.empty();
        }
        // A subordinate clause cut before its verb: "… to which country if the alliance", "announced that in light of".
        Matcher sub = SUBORDINATOR.matcher(clause);
        int lastSub = -1;
        while (sub.find()) {
            lastSub = sub.end();
        }
        // A quotation after "that" is the speaker's whole clause, whatever the tagger makes of its verb ("lies").
        boolean quotedClause = lastSub >= 0 && clause.substring(lastSub).matches("(?s)^[\"“][^\"“”]+[\"”][,.]?$");
        if (lastSub >= 0 && !quotedClause && !hasVerb(clause.substring(lastSub).replace(wh, ""))
                || THAT_ADJUNCT.matcher(clause).find() || clause.contains(wh + ",") && !clause.startsWith(wh)
                && !clause.toLowerCase(Locale.ROOT).startsWith(wh)) {
            return Optional.empty();
        }
        if (clause.startsWith(wh.substring(0, 1).toUpperCase(Locale.ROOT) + wh.substring(1) + ", ")
                || clause.startsWith(wh + ", ")) {
            // "On what date, Lithuania called for …" reads as a quiz question with the gap at the end.
            String main = clause.substring(wh.length() + 2);
            clause = Character.toUpperCase(main.charAt(0)) + main.substring(1) + " " + wh;
        }
        // A relative clause before the gap leaves the main clause without its verb: "Poland, which has … to which country?"
        if (clause.substring(0, Math.max(0, clause.indexOf(wh))).matches("(?s).*,\\s+(?:which|who|whose)\\b.*")) {
            return Optional.empty();
        }
        clause = withoutReportingTail(clause);
        if (WhFronting.isQuestion(wh)) {
            Optional<String> turned = WhFronting.turned(clause.strip(), wh);
            if (turned.isEmpty()) {
                return Optional.empty();
            }
            clause = turned.get();
        }
        String q = clause.strip();
        q = Character.toUpperCase(q.charAt(0)) + q.substring(1);
        q = q.replaceAll("[\\s,;:]+$", "").replaceAll(",([\"”])$", "$1") + "?";
        return q.length() <= MAX_QUESTION ? Optional.of(q) : Optional.empty();
    }

    /**
     * "the most important polls since its return to democracy", "valid until 2030": a "since" or "until" followed by
     * no clause limits what comes before it, and cutting there would change the claim (G5).
     */
    private static boolean limitingPhrase(String after, Matcher boundary) {
        if (!boundary.group().matches("\\s(?:since|until)")) {
            return false;
        }
        Matcher next = CLAUSE_END.matcher(after);
        String phrase = next.find(boundary.end()) ? after.substring(boundary.end(), next.start())
                : after.substring(boundary.end());
        return !hasVerb(phrase);
    }

    /** "…, news outlets reported", "…,” the ministry said": an attribution after the claim, which a question drops. */
    private static final Pattern REPORTING_TAIL = Pattern.compile(
            "(?<=,[\"”’]?)\\s+(?:(?!\\b(?:than|which|who|whom|what|as|that|and|but|or|so)\\b)[\\p{L}\\s.'’-]){2,40}?\\s"
            + "(?:reported|said|says|reports|added|wrote|noted|told\\s+\\p{L}+)\\s*$");

    static String withoutReportingTail(String clause) {
        Matcher m = REPORTING_TAIL.matcher(clause);
        if (!m.find() || QUOTE_MARK.matcher(clause.substring(0, m.start())).results().count() % 2 == 1) {
            return clause;
        }
        String kept = clause.substring(0, m.start()).replaceAll(",([\"”’]?)$", "$1");
        return hasVerb(kept) ? kept : clause;
    }

    private static final String WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final String PART_OF_DAY = "(?:\\s+(?:morning|afternoon|evening|night))?";
    /**
     * Times that only the article's date resolves: "on Friday", "Sunday" after a noun, "this evening", "next month",
     * "in July" without a year, "today". A question or statement that keeps one does not stand alone (G7): which
     * Friday? A date with its year or day ("on 7 June 2023") is kept.
     */
    private static final Pattern RELATIVE_TIME = Pattern.compile(
            "(?:^(?:On\\s+|Last\\s+|This\\s+)?" + WEEKDAY + PART_OF_DAY + ",\\s+"
            + "|^(?:In|Earlier|Later)\\s+(?:(?:this|last|that)\\s+)?(?:" + FactProposer.MONTH + "|week|month|year)"
            + "(?!\\s*\\d),\\s+"
            + "|^(?:Today|Yesterday|Tonight|This\\s+(?:morning|afternoon|evening|week|month)),\\s+"
            + "|,?\\s+(?:(?:on|last|this|next|late|early)\\s+)?" + WEEKDAY + PART_OF_DAY + "(?=[\\s,.;:]|$)(?!\\s+\\d)"
            + "|,?\\s+(?:(?:earlier|later)\\s+)?(?:this|last|next)\\s+(?:morning|afternoon|evening|night|week|weekend"
            + "|month|year)\\b"
            + "|,?\\s+over\\s+the\\s+weekend\\b"
            + "|,?\\s+(?:today|yesterday|tomorrow|tonight)\\b"
            + "|,?\\s+in\\s+(?:" + FactProposer.MONTH + ")(?![\\s,]*\\d)(?=[\\s,.;:]|$))");
    /**
     * "X also said …": "also" points back at the sentence before; dropping it keeps the statement true. Dropped from
     * the written question only: the tagger needs it to read "Rasmussen also chairs" as a verb.
     */
    private static final Pattern ALSO = Pattern.compile("(?<!\\bbut)\\s+also(?=\\s)(?!\\s+known\\b)");

    /**
     * The sentence without the times only the article's date resolves ({@link #RELATIVE_TIME}), outside quotations
     * only: the speaker's words stay as they are. Capitalises what becomes the first word.
     */
    static String selfContained(String sentence) {
        return without(sentence, RELATIVE_TIME);
    }

    /** The words without a back-pointing "also" outside quotations ({@link #ALSO}); null stays null. */
    static String withoutAlso(String words) {
        return words == null ? null : without(words, ALSO);
    }

    private static String without(String sentence, Pattern drop) {
        StringBuilder out = new StringBuilder();
        Matcher m = drop.matcher(sentence);
        int last = 0;
        while (m.find()) {
            boolean inQuote = QUOTE_MARK.matcher(sentence.substring(0, m.start())).results().count() % 2 == 1;
            String before = sentence.substring(0, m.start());
            // "Friday is day 478": a weekday that is the sentence's subject is not an adjunct.
            if (inQuote || m.start() > 0 && before.matches("(?s).*\\b(?:of|from|until|since|by|before|after|between)$")) {
                continue;
            }
            out.append(sentence, last, m.start());
            // Between two commas one stays: "in Oslo, Norway, next month, to sign" → "in Oslo, Norway, to sign";
            // a comma that closed an appositive stays too: "in Lisbon, Portugal, on Monday to discuss".
            if (m.group().startsWith(",") && !sentence.substring(m.end()).matches("(?s)^[,.;:!?].*")) {
                out.append(',');
            }
            last = m.end();
        }
        out.append(sentence.substring(last));
        String s = out.toString().replaceAll("\\s{2,}", " ").replaceAll("^,\\s*", "").replaceAll("\\s+([,.;:])", "$1")
                .replaceAll(",,", ",");
        if (s.isEmpty()) {
            return sentence;
        }
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static final Pattern ADJUNCT = Pattern.compile("^(?:With|In|After|During|On|At|For|From|Following|Before"
            + "|Since|Under|Earlier|Later|Meanwhile)\\b[^,“”\"]{0,80},\\s+(?=\\p{Lu})");

    /**
     * The words before the answer without a leading prepositional phrase ("With his treble, Mbappe won …" → "Mbappe
     * won …"): dropping it keeps the statement true and drops what it may refer back to.
     */
    static String withoutLeadingAdjunct(String before) {
        Matcher m = ADJUNCT.matcher(before);
        if (m.find()) {
            return before.substring(m.end());
        }
        return before;
    }

    /** True when a finite verb or an auxiliary is among the words (a participle alone is no clause). */
    static boolean hasVerb(String words) {
        for (Tagged.Token t : Nlp.tag(words).tokens()) {
            if (t.is("AUX") || t.is("VERB") && !t.word().endsWith("ing")) {
                return true;
            }
        }
        return false;
    }

    /** How many verbs and auxiliaries the words hold (participles included). */
    static int verbs(String words) {
        return (int) Nlp.tag(words).tokens().stream().filter(t -> t.is("VERB", "AUX")).count();
    }

    /** True when the sentence's quotation marks do not pair up: it is part of a quotation that spans sentences. */
    static boolean unbalancedQuotes(String sentence) {
        long straight = sentence.chars().filter(c -> c == '"').count();
        long open = sentence.chars().filter(c -> c == '“').count();
        long close = sentence.chars().filter(c -> c == '”').count();
        return (straight + open + close) % 2 == 1;
    }

    /** "Who said “…”?" with the quotation's words untouched (a trailing comma inside it dropped). */
    static Optional<String> whoSaid(String verb, String quotation) {
        String q = quotation.strip();
        // A full stop or comma closing the quotation goes before the question mark: “…Alliance”? not “…Alliance.”?
        q = q.replaceAll("[,.]+([”\"])$", "$1").replaceAll(",$", "");
        if (q.length() < 12 || q.length() > MAX_QUESTION - 12) {
            return Optional.empty();
        }
        if (q.startsWith("\"") && q.endsWith("”")) {
            q = "“" + q.substring(1); // the same marks, not the same words changed
        }
        return Optional.of("Who " + verb + " " + q + "?");
    }

    /** "Which country", "Who", "Which organisation": the wh-phrase for an answer of a type. */
    static String wh(String type) {
        return switch (type) {
            case "person" -> "who";
            case "organisation" -> "which organisation";
            case "newspaper" -> "which newspaper";
            default -> "which " + type.toLowerCase(Locale.ROOT);
        };
    }
}
