package app.factdeck.proposals;

import app.factdeck.articles.MarkedFact;
import app.factdeck.articles.MarkedFact.Kind;
import app.factdeck.content.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A name anywhere in a sentence as the gap, when no other shape asks it: "a meeting of defence ministers in
 * {Brussels}", "where {di Maria} steered a shot past Lloris", "agreed to buy {Credit Suisse}". The question is the
 * sentence's own clause with the name replaced by a wh-phrase of its type ("in which city", "whom", "which
 * organisation"), written by {@link QuestionWriter#inPlace}, so it keeps no pronoun, negation or quotation; the
 * statement for the gap and true/false items is the same clause with {@code {answer}}.
 *
 * <p>Three shapes of a clause are read besides the sentence itself: a clause after "where", "when", "as" … that
 * opens with a named subject ("where di Maria steered a shot" → "Who steered a shot …?"), and a sentence that opens
 * with "Speaking after …, Stoltenberg said" (→ "Stoltenberg spoke after … in which city?"). A run of capitalised
 * words right after a job word ("substitute Randal Kolo Muani", "striker Ada Lind") is read as a person.
 *
 * <p>Not asked: a name inside a quotation, a name the article names in most of its sentences (its topic: "Ukraine's
 * accession to which organisation?" in an article about that organisation tests nothing, G9), one member of a list
 * (the others would be right too: the list shape asks them together), and a name that describes the noun after it
 * ("the NATO summit"). Pure and topic-free: the only word lists are general English (subordinators, verbs of
 * speaking).
 */
final class NamedGaps {

    /** A name the library or gazetteer knows, asked in its own clause. */
    static final double KNOWN = 0.6;
    /** A name typed by a cue word or by context only: a teacher confirms the type (shown, not pre-ticked). */
    static final double CUED = 0.55;
    /**
     * A name in at least this share of the article's sentences (and in three or more) is the article's topic: "most"
     * of them. A place is the topic sooner: a country named across an article is its setting ("people across which
     * country …?" in a report on that country's moon landing), while an organisation or person named as often is
     * the news's actor ("UBS agreed to buy which organisation?").
     */
    static final double TOPIC_SHARE = 0.5;
    static final double PLACE_TOPIC_SHARE = 0.3;
    static final String GAP = "{answer}";
    /** The fewest words of a question asked from a "Speaking after …" opener. */
    static final int MIN_REWRITTEN_WORDS = 7;

    private static final Pattern PREPOSITION = Pattern.compile("\\b(in|from|at|to|by|of|with|for|on|into|against|over"
            + "|near|outside|inside|across|through|as|between)\\s+(the\\s+)?$");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "from", "at", "to", "near", "outside",
            "inside", "across", "through");
    /** Words that open a clause of its own inside a sentence: "…, where di Maria steered a shot past Lloris". */
    private static final Pattern SUBORDINATE = Pattern.compile("(?:,\\s+|\\s)(?:where|when|while|as|after|before"
            + "|because|since|until|once|and)\\s+$");
    /** "Speaking after the meeting, Stoltenberg said": the participle's subject is the speaker after the comma. */
    private static final Pattern SPEAKING = Pattern.compile("^(Speaking|Talking|Writing)\\s+([^,“”\"]{5,160}),\\s+"
            + "(\\p{Lu}[\\p{L}.’'-]*(?:\\s+[\\p{L}.’'-]+){0,5})\\s+(?:also\\s+)?(?:said|told|added|stated"
            + "|wrote|noted|explained)\\b");
    private static final Pattern SAYS = Pattern.compile("^\\s+(?:also\\s+|further\\s+)?(?:said|says|told|added|stated"
            + "|announced|warned|noted|wrote|explained)\\b");
    private static final Pattern CLAUSE_SUBJECT = Pattern.compile("(?:" + TitleLexicon.NAME + "|(?:di|da|de|van|von)\\s+"
            + TitleLexicon.NAME_WORD + "|" + TitleLexicon.NAME_WORD + ")");
    private static final Pattern PLACE_DESCRIBED = Pattern.compile("\\b(in|from|at|to)\\s+the\\s+(?:[\\p{L}’'-]+\\s+){0,2}"
            + "(?:capital|city|town|village|port|region|province|state|county|district)\\s+$");
    /** A clause cut at a comma inside a list: ", shops, restaurants and homes". */
    private static final Pattern LIST_GOES_ON = Pattern.compile(",\\s+[\\p{L}-]+(?:\\s+[\\p{L}-]+)?(?:,\\s+[\\p{L}-]+"
            + "(?:\\s+[\\p{L}-]+)?)*,?\\s+(?:and|or)\\s");
    private static final Pattern LINKING = Pattern.compile("(?:At the same time|However|Meanwhile|In addition"
            + "|Moreover|Furthermore|Still|Instead|Separately),\\s+(?=\\p{Ll})");
    private static final Pattern PARTICLE = Pattern.compile("\\b(di|da|de|del|della|dos|van|von|der|le|la|al|el|bin"
            + "|ibn)\\s+$");
    /** Job words after which a capitalised run is a person: the lower-case ones of {@link TitleLexicon#TITLES}. */
    private static final Pattern JOB_BEFORE = Pattern.compile("(?<![\\p{L}-])(" + TitleLexicon.TITLES.stream()
            .filter(t -> t.equals(t.toLowerCase(Locale.ROOT))).map(Pattern::quote).collect(Collectors.joining("|"))
            + ")\\s+$");
    private static final Pattern PERSON_RUN = Pattern.compile(TitleLexicon.NAME_WORD + "(?:\\s+" + TitleLexicon.NAME_WORD
            + "){1,2}");

    /** "Credit Suisse shareholders": a name with the people who own or work for it is a company. */
    private static final Pattern COMPANY_BY_ITS_PEOPLE = Pattern.compile("(?<![\\p{L}’'-])(" + TitleLexicon.NAME_WORD
            + "(?:\\s+" + TitleLexicon.NAME_WORD + "){0,3})\\s+(?:shareholders|stockholders|bondholders|investors"
            + "|employees|workers|customers)\\b");
    private static final Set<String> NOT_COMPANY_WORDS = Set.of("the", "a", "an", "its", "their", "his", "her", "our",
            "some", "many", "most", "all", "other", "foreign", "local", "retail", "small", "big", "new", "former",
            "angry", "these", "those", "both", "few", "several");

    private final List<String> sentences;
    /** Names the article types as companies by the people who own or work for them. */
    private final List<String> companies;

    /** @param sentences the article's kept sentences: a name in most of them is its topic */
    NamedGaps(List<String> sentences) {
        this.sentences = sentences;
        this.companies = companies(sentences);
    }

    /**
     * Names written before "shareholders", "employees" … that the article also writes inside a sentence (not only
     * at its start, where any word is capitalised), of two or more words or an abbreviation: "Credit Suisse".
     */
    static List<String> companies(List<String> sentences) {
        List<String> out = new ArrayList<>();
        for (String s : sentences) {
            Matcher m = COMPANY_BY_ITS_PEOPLE.matcher(s);
            while (m.find()) {
                String name = m.group(1);
                boolean plain = java.util.Arrays.stream(name.split("\\s+"))
                        .anyMatch(w -> NOT_COMPANY_WORDS.contains(w.toLowerCase(Locale.ROOT)));
                boolean named = name.contains(" ") || name.matches("\\p{Lu}{2,6}");
                Pattern inside = Pattern.compile("[\\p{L},;]\\s+" + Pattern.quote(name) + "(?![\\p{L}-])");
                if (!plain && named && !out.contains(name) && sentences.stream().anyMatch(x -> inside.matcher(x).find())) {
                    out.add(name);
                }
            }
        }
        return out;
    }

    /** Where the sentence writes a company name found by {@link #companies}, as organisations. */
    private List<NameFinder.Mention> companiesIn(String s, List<NameFinder.Mention> found) {
        List<NameFinder.Mention> out = new ArrayList<>();
        for (String c : companies) {
            Matcher m = Pattern.compile("(?<![\\p{L}-])" + Pattern.quote(c) + "(?![\\p{L}-])").matcher(s);
            while (m.find()) {
                int start = m.start();
                int end = m.end();
                if (found.stream().noneMatch(f -> f.overlaps(start, end))
                        && out.stream().noneMatch(f -> f.overlaps(start, end))) {
                    out.add(new NameFinder.Mention(c, start, end, "organisation", null, null, null));
                }
            }
        }
        return out;
    }

    /**
     * The proposals for the names of one sentence that none of {@code asked} has as its answer.
     *
     * @param s        the sentence as questions are written from it (its relative times dropped)
     * @param mentions the names {@link NameFinder} finds in it
     */
    List<Proposal> in(String s, List<NameFinder.Mention> mentions, List<Proposal> asked) {
        Set<String> answered = asked.stream().flatMap(p -> p.fact().answerWords().stream()).map(Text::normalise)
                .collect(Collectors.toSet());
        List<NameFinder.Mention> all = new ArrayList<>(mentions.stream().map(m -> withParticle(s, m)).toList());
        all.addAll(peopleAfterJobWords(s, all));
        all.addAll(companiesIn(s, all));
        all.sort(java.util.Comparator.comparingInt(NameFinder.Mention::start));
        List<Proposal> out = new ArrayList<>();
        for (NameFinder.Mention m : all) {
            // "di Maria" starts in lower case: the form takes a name as a capitalised answer only.
            if (!NameFinder.ANSWER_TYPES.contains(m.type()) || !Character.isUpperCase(m.words().codePointAt(0)) || answered.stream().anyMatch(a -> a.contains(
                    Text.normalise(m.words())) || Text.normalise(m.words()).contains(a))
                    || KeyPhrases.insideQuote(s, m.start()) || topic(m) || listed(s, m, all)
                    || FactProposer.attributive(s, m) || s.substring(m.end()).matches("(?s)^\\s+\\p{Lu}.*")
                    || s.substring(m.end()).matches("(?s)^['’]s\\b.*")
                    || m.type().equals("city") && m.known() == null && s.substring(0, m.start()).endsWith("the ")) {
                // "on the Moon, India": a city the context types does not take "the"
                continue;
            }
            ask(s, m, all).ifPresent(p -> {
                out.add(p);
                answered.add(Text.normalise(m.words()));
            });
        }
        return out;
    }

    private Optional<Proposal> ask(String s, NameFinder.Mention m, List<NameFinder.Mention> mentions) {
        // The clause the name stands in: the sentence, a clause of its own after "where"/"when", or the
        // "Speaking after …" opening rewritten as the speaker's own clause.
        // The shorter clause first: "Otamendi had fouled whom in the box?" needs no "The French forward" before it.
        int clause = subordinateClause(s, m, mentions);
        if (clause > 0) {
            Optional<Proposal> p = askIn(s.substring(clause), clause, s, m, mentions);
            if (p.isPresent()) {
                return p;
            }
        }
        Optional<Proposal> p = askIn(s, 0, s, m, mentions);
        if (p.isPresent()) {
            return p;
        }
        // "At the same time, the alliance removed …": the linking phrase goes, its clause stands alone.
        Matcher link = LINKING.matcher(s);
        if (link.lookingAt() && m.start() >= link.end()) {
            String rest = s.substring(link.end());
            p = askIn(Character.toUpperCase(rest.charAt(0)) + rest.substring(1), link.end(), s, m, mentions);
            if (p.isPresent()) {
                return p;
            }
        }
        Matcher sp = SPEAKING.matcher(s);
        if (sp.lookingAt() && m.start() >= sp.start(2) && m.end() <= sp.end(2)) {
            String verb = switch (sp.group(1)) {
                case "Talking" -> "talked";
                case "Writing" -> "wrote";
                default -> "spoke";
            };
            String speaker = sp.group(3);
            // The speaker ends with a person's name: "Berg", "UBS chairman Colm Kelleher".
            boolean named = mentions.stream().anyMatch(x -> x.type().equals("person") && x.end() == sp.end(3)
                    && x.start() >= sp.start(3)) && !QuestionWriter.PRONOUN.matcher(speaker).find();
            if (named) {
                String rewritten = speaker + " " + verb + " " + sp.group(2) + ".";
                int shift = speaker.length() + verb.length() + 2 - sp.start(2);
                // "Berg spoke in which city?" alone is too thin to say which time they spoke (G7).
                return askIn(rewritten, -shift, s, m, mentions)
                        .filter(x -> x.fact().question().split("\\s+").length >= MIN_REWRITTEN_WORDS);
            }
        }
        return Optional.empty();
    }

    /**
     * The question and statement for {@code m} written from {@code clause}, which starts at {@code offset} in the
     * sentence (negative for a rewritten clause shorter before the name).
     */
    private Optional<Proposal> askIn(String clause, int offset, String s, NameFinder.Mention m,
                                     List<NameFinder.Mention> mentions) {
        int start = m.start() - offset;
        int end = m.end() - offset;
        if (start < 0 || end > clause.length() || !clause.substring(start, end).equals(m.words())) {
            return Optional.empty();
        }
        String before = clause.substring(0, start);
        Matcher prep = PREPOSITION.matcher(before);
        boolean place = m.type().equals("country") || m.type().equals("city") || m.type().equals("place");
        boolean person = m.type().equals("person");
        String wh;
        int from;
        int to = end;
        Matcher described = PLACE_DESCRIBED.matcher(before);
        if (place && described.find()) {
            // "in the Swiss capital Bern": the describing words go with the name ("in which city"), since "the
            // Swiss capital" alone would answer it.
            wh = described.group(1) + " " + QuestionWriter.wh(m.type());
            from = described.start();
        } else if (prep.find()) {
            String p = prep.group(1);
            if (place && PLACE_PREPOSITIONS.contains(p)) {
                // "at the Aspire Stadium" asks "at which stadium": the cue word says what kind of place.
                String cue = m.words().substring(m.words().lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
                wh = p + " " + (m.type().equals("place") && NameFinder.PLACE_CUES.contains(cue) ? "which " + cue
                        : QuestionWriter.wh(m.type()));
                from = prep.start();
                Matcher country = Pattern.compile("^,\\s+(\\p{Lu}[\\p{L}]+)(?=[,.;])").matcher(clause.substring(end));
                if (m.type().equals("city") && country.find()) {
                    to += country.end(); // "in Vilnius, Lithuania": the country goes with the city
                }
            } else if (person) {
                wh = p + " whom";
                from = prep.start();
            } else {
                wh = QuestionWriter.wh(m.type());
                from = prep.group(2) != null ? prep.start(2) : start;
            }
        } else if (before.isBlank()) {
            String after = clause.substring(end);
            if (after.startsWith(",") || after.startsWith(" (") || SAYS.matcher(after).lookingAt()) {
                return Optional.empty(); // an appositive follows, or the speaker shape asks who said it
            }
            wh = QuestionWriter.wh(m.type());
            from = start;
        } else {
            Tagged t = Nlp.tag(before);
            List<Tagged.Token> tokens = t.tokens();
            int i = tokens.size() - 1;
            // "fouled substitute Randal Kolo Muani": a person's describing words go with the name.
            while (i >= 0 && (person ? tokens.get(i).is("DET", "ADJ", "NOUN") || FactProposer.describing(tokens, i)
                    || FactProposer.lettered(tokens.get(i)) : tokens.get(i).is("DET", "ADJ")) && tokens.size() - i <= 3) {
                i--;
            }
            if (i < 0 || !tokens.get(i).is("VERB") || tokens.get(i).word().endsWith("ing")) {
                return Optional.empty(); // neither the subject nor what a verb acts on
            }
            wh = person ? "whom" : QuestionWriter.wh(m.type());
            from = i + 1 < tokens.size() ? tokens.get(i + 1).start() : start;
        }
        int people = FactProposer.peopleBefore(mentions, Math.max(0, from + offset));
        Optional<String> q = QuestionWriter.inPlace(clause, from, to, wh, people);
        if (q.isEmpty() || q.get().split("\\s+").length < 5
                || !before.isBlank() && q.get().toLowerCase(Locale.ROOT).startsWith(wh)) {
            return Optional.empty(); // "In which city, …": the gap moved to the front reads as another question
        }
        String cutAt = q.get().substring(Math.max(0, q.get().length() - 12)).replaceAll("\\?$", "");
        int cut = clause.indexOf(cutAt, start);
        if (cut >= 0 && LIST_GOES_ON.matcher(clause.substring(cut + cutAt.length())).lookingAt()) {
            return Optional.empty(); // "crowded around televisions in offices?" cut "offices, shops and homes" short
        }
        Optional<String> statement = QuestionWriter.inPlace(clause, start, to, GAP, people)
                .map(x -> x.replaceAll("\\?$", "."));
        if (statement.isEmpty() || statement.get().indexOf(GAP) != statement.get().lastIndexOf(GAP)
                || statement.get().length() > KeyPhrases.MAX_STATEMENT) {
            return Optional.empty();
        }
        String st = statement.get();
        if (to > end) {
            st = st.replace(GAP, GAP + clause.substring(end, to)); // the gap is the city; its country stays
        }
        Kind kind = place ? Kind.WHERE : Kind.WHAT;
        // "Aspire Stadium" is also "Aspire": the name without its cue word is the same place.
        String cueless = m.words().contains(" ") ? m.words().substring(0, m.words().lastIndexOf(' ')) : "";
        String aliases = m.known() == null && m.type().equals("place") && NameFinder.PLACE_CUES.contains(
                m.words().substring(m.words().lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT)) ? cueless
                : FactProposer.aliasesOf(m);
        return Optional.of(FactProposer.proposal(new MarkedFact(null, kind, s, List.of(m.words()), m.type(), "",
                aliases, null, q.get(), st, null, null, null, null), m.known() != null ? KNOWN : CUED,
                "a name in its own clause"));
    }

    /**
     * Where the clause of its own that holds {@code m} starts: after "where", "when", "as" … when it opens with a
     * named subject and a verb ("… far post where di Maria steered a shot"); 0 when there is none.
     */
    private static int subordinateClause(String s, NameFinder.Mention m, List<NameFinder.Mention> mentions) {
        Matcher subject = CLAUSE_SUBJECT.matcher(s);
        int from = 0;
        while (from < m.end() && subject.find(from)) {
            from = subject.end();
            if (subject.start() > m.start()) {
                break;
            }
            Matcher sub = SUBORDINATE.matcher(s.substring(0, subject.start()));
            if (!sub.find()) {
                continue;
            }
            Tagged t = Nlp.tag(s.substring(subject.end()));
            if (!t.tokens().isEmpty() && t.tokens().get(0).is("VERB", "AUX") && !t.tokens().get(0).word()
                    .endsWith("ing") && !s.substring(subject.start(), m.start()).matches("(?s).*[,;:“”\"].*")) {
                return subject.start();
            }
        }
        return 0;
    }

    /**
     * "di Maria": a surname with its particle is the name the article writes, so "Maria" alone is never the key; the
     * form refuses a person's name in lower case, so such a name is then not asked.
     */
    private static NameFinder.Mention withParticle(String s, NameFinder.Mention m) {
        Matcher p = PARTICLE.matcher(s.substring(0, m.start()));
        if (!m.type().equals("person") || m.words().contains(" ") || !p.find()) {
            return m;
        }
        String words = s.substring(p.start(), m.end());
        if (m.fullName() != null && !m.fullName().endsWith(" " + words)) {
            return m;
        }
        return new NameFinder.Mention(words, p.start(), m.end(), m.type(), m.known(), m.role(), m.fullName());
    }

    /** "fouled substitute Randal Kolo Muani": two or three capitalised words after a job word name a person. */
    private static List<NameFinder.Mention> peopleAfterJobWords(String s, List<NameFinder.Mention> found) {
        List<NameFinder.Mention> out = new ArrayList<>();
        Matcher run = PERSON_RUN.matcher(s);
        while (run.find()) {
            int start = run.start();
            int end = run.end();
            boolean taken = found.stream().anyMatch(f -> f.overlaps(start, end));
            if (!taken && JOB_BEFORE.matcher(s.substring(0, start)).find() && !run.group().matches(".*\\p{Lu}{2,}.*")
                    && !NameFinder.hasOrganisationCue(run.group())) {
                out.add(new NameFinder.Mention(run.group(), start, end, "person", null, null, run.group()));
            }
        }
        return out;
    }

    /** True when the article names {@code m} in so many sentences that it is the article's topic. */
    boolean topic(NameFinder.Mention m) {
        List<String> names = new ArrayList<>(List.of(m.words()));
        if (m.known() != null) {
            names.addAll(m.known().names());
        }
        long in = sentences.stream().filter(x -> names.stream().anyMatch(n -> n.length() > 1 && Text.containsPhrase(x,
                n))).count();
        boolean place = m.type().equals("country") || m.type().equals("city") || m.type().equals("place");
        return in >= 3 && in >= sentences.size() * (place ? PLACE_TOPIC_SHARE : TOPIC_SHARE);
    }

    /** True when {@code m} is a member of "A, B and C" or "A and B" with another name of its type. */
    private static boolean listed(String s, NameFinder.Mention m, List<NameFinder.Mention> mentions) {
        for (NameFinder.Mention o : mentions) {
            if (o == m || !o.type().equals(m.type())) {
                continue;
            }
            String gap = o.end() <= m.start() ? s.substring(o.end(), m.start())
                    : m.end() <= o.start() ? s.substring(m.end(), o.start()) : null;
            int first = Math.min(o.start(), m.start());
            boolean between = s.substring(0, first).matches("(?s).*\\bbetween\\s+(?:the\\s+)?$");
            if (gap != null && !between && gap.matches(",?\\s+(?:and|or|nor|&)\\s+(?:the\\s+)?|,\\s+(?:the\\s+)?")) {
                return true;
            }
        }
        return false;
    }
}
