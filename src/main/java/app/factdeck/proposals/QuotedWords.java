package app.factdeck.proposals;

import app.factdeck.content.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Key phrases inside a quotation, asked as a gap in the speaker's own words: {@code “Russia does not have a veto,”
 * Stoltenberg said} gives "Stoltenberg said: “Russia does not have {answer}”." (key "a veto", the negation kept
 * where the speaker put it). The quoted words are never changed: the gap is the only thing cut from them, and the
 * false item is the same statement with the verb of saying negated ("Stoltenberg did not say: “…”."), which the
 * article rules out without putting other words in anyone's mouth.
 * <p>
 * Two frames are read, both with a named speaker (a pronoun the proposer has already resolved counts as named):
 * <ul>
 *   <li>the quotation first: {@code “…,” Name said …} → {@code Name said: “…”.} (what follows the verb is dropped,
 *       except a short "in a video message", which is a gap of its own: {@code Name said in {answer}: “…”.});</li>
 *   <li>the speaker first: {@code Name said (in Brussels) that … “…” …} up to the end of the sentence or the first
 *       clause boundary after the quotation ("and were …", ", news outlets reported").</li>
 * </ul>
 * The gap is the whole quotation when it is a word or two ("“de facto,”"), else a noun phrase the quotation ends a
 * clause with ("an emergency rescue", "the front line") or the object of its first verb ("establish a new
 * {NATO-Ukraine Council} where …"). Every proposal is shown unticked: a quotation's frame is read by pattern.
 * Pure and topic-free: the only word lists are verbs of saying and weak nouns.
 */
final class QuotedWords {

    static final double CONFIDENCE = 0.5;
    static final String GAP = KeyPhrases.GAP;
    /** The longest statement written: a true/false item that long is read, not skimmed. */
    static final int MAX_STATEMENT = 240;
    /** A whole quotation asked as the gap: "de facto", "democracy", not a clause. */
    static final int MAX_WHOLE_WORDS = 2;

    /** Verbs of saying, as news writes them, with the form they take after "did not" / "does not". */
    private static final Map<String, String> SAYING = Map.ofEntries(Map.entry("said", "did not say"),
            Map.entry("says", "does not say"), Map.entry("added", "did not add"), Map.entry("stated", "did not state"),
            Map.entry("told", "did not tell"), Map.entry("announced", "did not announce"),
            Map.entry("declared", "did not declare"), Map.entry("wrote", "did not write"),
            Map.entry("insisted", "did not insist"), Map.entry("warned", "did not warn"),
            Map.entry("noted", "did not note"), Map.entry("explained", "did not explain"),
            Map.entry("stressed", "did not stress"), Map.entry("reiterated", "did not reiterate"),
            Map.entry("tweeted", "did not tweet"), Map.entry("posted", "did not post"));
    private static final String SAY = "(" + String.join("|", SAYING.keySet()) + ")";
    private static final String NAME = "(\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3})";
    /** {@code “…,” Name said …}: the sentence opens with the quotation. */
    private static final Pattern QUOTE_FIRST = Pattern.compile("^[“\"]([^“”\"]+?)[,.!?]?[”\"]\\s+" + NAME + "\\s+"
            + SAY + "\\b(.*)$");
    /** {@code Name (also) said …}: the sentence opens with its speaker, after an opening phrase at most. */
    private static final Pattern SPEAKER_FIRST = Pattern.compile("^(?:[A-Z][a-z]+ing\\b[^,“”\"]{3,120},\\s+)?" + NAME
            + "\\s+(also\\s+|further\\s+)?" + SAY + "\\b");
    /** "in a pre-recorded video message": how the words were given, after the verb. */
    private static final Pattern MEDIUM = Pattern.compile("^\\s+(in|on|during)\\s+((?:a|an|the)\\s+[^,;:“”\"]{3,40}?)"
            + "\\s*[.]?$");
    private static final Pattern QUOTATION = Pattern.compile("[“\"]([^“”\"]+)[”\"]");
    /** Where a statement after the quotation stops: another clause or the reporting tail. */
    private static final Pattern CLAUSE_END = Pattern.compile(",\\s|;|\\s(?:and|but|as|while|which|who|after|before"
            + "|because)\\s|\\s[–—-]\\s");
    /** A reporting clause after a quotation: ", news outlets reported", "the court heard". */
    private static final Pattern REPORTING_TAIL = Pattern.compile("^\\s*,?\\s*[\\p{L}\\s.'’-]{0,40}?\\b(?:reported"
            + "|said|says|told|wrote|added|heard|according)\\b");
    /** A reported subject that points back: "said (that) the move …", "said this plan …". */
    private static final Pattern DEFINITE_SUBJECT = Pattern.compile("^[\\s:,]*(?:that\\s+)?(?:[Tt]he|[Tt]his"
            + "|[Tt]hese|[Tt]hose)\\s+\\p{Ll}");
    /** "there is a clear possibility": an existential's noun says little on its own. */
    private static final Pattern EXISTENTIAL = Pattern.compile("(?i)there");
    private static final Pattern LIGHT_VERB = Pattern.compile("(?i)take|takes|took|taken|make|makes|made|making|have"
            + "|has|had|do|does|did|done|give|gives|gave|given|get|gets|got");
    private static final Pattern RELATIVE = Pattern.compile("(?i)where|which|who|that|when|whose");
    private static final Pattern NOT_NOUN_WORD = Pattern.compile("(?i)this|that|these|those|it|all|one|ones|some");

    /** A whole quotation gapped with only its speaker and verb around it: any word would fit. */
    private static final Pattern BARE_FRAME = Pattern.compile("^[^“”\"]*\\s" + SAY + ":?\\s+[“\"]"
            + Pattern.quote(GAP) + "[”\"]\\.?$");

    private QuotedWords() {
    }

    /** The quotation clozes of one sentence whose quotation marks pair up. */
    static List<Proposal> in(String s) {
        List<Proposal> out = new ArrayList<>();
        if (QuestionWriter.unbalancedQuotes(s)) {
            return out;
        }
        Matcher first = QUOTE_FIRST.matcher(s);
        if (first.matches()) {
            quoteFirst(s, first, out);
            return out;
        }
        Matcher speaker = SPEAKER_FIRST.matcher(s);
        if (speaker.lookingAt() && speaker.group(2) != null) {
            // "Stoltenberg also said …": the statement stands alone without the "also" that points back.
            String without = s.substring(0, speaker.start(2)) + s.substring(speaker.end(2));
            speaker = SPEAKER_FIRST.matcher(without);
            if (speaker.lookingAt()) {
                speakerFirst(s, without, speaker, out);
            }
        } else if (speaker.lookingAt()) {
            speakerFirst(s, s, speaker, out);
        }
        return out;
    }

    private static void quoteFirst(String s, Matcher m, List<Proposal> out) {
        String speaker = m.group(2);
        if (!named(speaker)) {
            return;
        }
        int quoteStart = m.start(1);
        String quote = m.group(1).strip();
        String said = "said";
        String rest = m.group(4);
        Matcher medium = MEDIUM.matcher(rest);
        String prefix = speaker + " " + said;
        if (medium.matches() && !QuestionWriter.PRONOUN.matcher(medium.group(2)).find()) {
            // "“…,” Zelensky said in a pre-recorded video message.": how he said it is asked on its own, and its
            // head without the describing word is right too ("a video message": a blind review failed the gap
            // that refused it, G2).
            String words = medium.group(2).strip();
            String statement = prefix + " " + medium.group(1) + " " + GAP + ": “" + quote + "”.";
            String contradiction = speaker + " did not say " + medium.group(1) + " " + words + ": “" + quote + "”.";
            if (words.split("\\s+").length <= KeyPhrases.MAX_ANSWER_WORDS && specific(words)) {
                add(s, words, headOf(words), statement, contradiction, "how the quoted words were given", out);
            }
            prefix = prefix + " " + medium.group(1) + " " + words;
        }
        for (int[] span : spans(s, quoteStart, quoteStart + m.group(1).length())) {
            String answer = s.substring(span[0], span[1]);
            String before = s.substring(quoteStart, span[0]);
            String after = quote.substring(Math.min(quote.length(), span[1] - quoteStart));
            String statement = prefix + ": “" + before + GAP + after + "”.";
            String contradiction = speaker + " did not say" + prefix.substring((speaker + " " + said).length())
                    + ": “" + quote + "”.";
            add(s, answer, statement, contradiction, "words of a quotation, with their speaker", out);
        }
    }

    /** "a pre-recorded video message" → "video message": the last two words, when a word describes them. */
    static String headOf(String words) {
        String[] w = words.replaceFirst("(?i)^(?:a|an|the)\\s+", "").split("\\s+");
        return w.length >= 3 ? w[w.length - 2] + " " + w[w.length - 1] : "";
    }

    /** @param cited the sentence as the article writes it; {@code s} the same without an "also" before the verb */
    private static void speakerFirst(String cited, String s, Matcher m, List<Proposal> out) {
        String speaker = m.group(1);
        if (!named(speaker)) {
            return;
        }
        int from = m.start(1);
        String verb = m.group(3);
        Matcher q = QUOTATION.matcher(s);
        while (q.find()) {
            if (q.start() < m.end()) {
                continue;
            }
            // The statement runs to the sentence's end or to the first clause boundary after this quotation.
            String tail = s.substring(q.end());
            Matcher stop = CLAUSE_END.matcher(tail);
            int end = q.end();
            if (stop.find()) {
                end += stop.start();
            } else {
                end = s.length();
            }
            if (REPORTING_TAIL.matcher(tail).lookingAt()) {
                end = q.end(); // "… “making steady progress,” news outlets reported.": the tail is someone else's
            }
            String frame = s.substring(from, end).strip().replaceAll("[.!?…]+$", "");
            String outside = frame.replaceAll("[“\"][^“”\"]*[”\"]", " ");
            String reported = s.substring(m.end(), q.start());
            if (QuestionWriter.PRONOUN.matcher(withoutBound(outside, speaker)).find()
                    || QuestionWriter.NEGATION.matcher(outside).find()
                    || QuestionWriter.unbalancedQuotes(frame) || DEFINITE_SUBJECT.matcher(reported).lookingAt()) {
                continue; // "said the move will be “…”": which move, the reader cannot tell
            }
            int verbAt = m.start(3) - from;
            String negatedVerb = SAYING.get(verb);
            for (int[] span : spans(s, q.start(1), q.end(1))) {
                String answer = s.substring(span[0], span[1]);
                String statement = ending(s.substring(from, span[0]) + GAP + s.substring(span[1], from + frame.length()));
                String filled = ending(frame);
                String contradiction = filled.substring(0, verbAt) + negatedVerb + filled.substring(verbAt
                        + verb.length());
                add(cited, answer, statement, contradiction, "words of a quotation, with their speaker", out);
            }
        }
    }

    /** "he", "she", "his", "her": the pronouns that can only mean a person. */
    private static final Pattern PERSONAL = Pattern.compile("\\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er)\\b");

    /**
     * The words outside the quotations without the personal pronouns that can only mean the speaker: "Zelensky
     * announced that his country is applying …", "Stoltenberg stated that he expected …". Such a pronoun is bound by
     * the sentence's own subject, so the statement stands alone; one after another name ("… said that Biden and his
     * team …") may mean that name, and is kept (so the frame is refused), as is every other pronoun ("they", "it").
     */
    static String withoutBound(String outside, String speaker) {
        int at = outside.indexOf(speaker);
        if (at < 0) {
            return outside;
        }
        int afterSpeaker = at + speaker.length();
        StringBuilder out = new StringBuilder(outside.substring(0, afterSpeaker));
        Matcher p = PERSONAL.matcher(outside);
        int copied = afterSpeaker;
        while (p.find()) {
            if (p.start() < afterSpeaker) {
                continue;
            }
            String between = outside.substring(afterSpeaker, p.start());
            if (!otherName(between)) {
                out.append(outside, copied, p.start()).append(' ');
                copied = p.end();
            }
        }
        return out.append(outside.substring(copied)).toString();
    }

    /** True when the words name someone or something (a capitalised word the tagger reads as a proper noun). */
    private static boolean otherName(String words) {
        return Nlp.tag(words).tokens().stream().anyMatch(t -> t.is("PROPN")
                && Character.isUpperCase(t.word().codePointAt(0)));
    }

    /** The statement ending with '.', the closing mark of a quotation it ends with kept inside: “…”. */
    private static String ending(String statement) {
        String st = statement.strip();
        st = st.replaceAll("[,.!?]([”\"])$", "$1");
        return st.endsWith(".") ? st : st + ".";
    }

    /** True when the speaker's words are a proper name ("Colm Kelleher"), not "The bank" or "He". */
    private static boolean named(String speaker) {
        if (speaker.matches("(?:The|A|An|He|She|It|They|We|This|That|These|Those|I|You)\\b.*")) {
            return false;
        }
        List<Tagged.Token> tokens = Nlp.tag(speaker + " said.").tokens();
        if (tokens.size() > 2 && tokens.subList(0, tokens.size() - 2).stream().allMatch(t -> t.is("PROPN"))) {
            return true;
        }
        // "Ukrainian President Volodymyr Zelensky": a title before the name (the tagger reads "Ukrainian" as an
        // adjective) still names the speaker, when the whole speaker is one titled person.
        return TitleLexicon.in(speaker + " said.").stream().anyMatch(t -> t.start() == 0 && t.end() == speaker.length()
                && t.person().contains(" "));
    }

    /**
     * The gaps a quotation offers, as offsets in the sentence: the whole quotation when it is a word or two, else
     * the noun phrase it ends with and the object of its first verb when a relative clause or comma follows it.
     */
    static List<int[]> spans(String s, int start, int end) {
        List<int[]> out = new ArrayList<>();
        String quote = s.substring(start, end);
        String core = quote.replaceAll("[,.!?;:]+\\s*$", "");
        String[] words = core.strip().split("\\s+");
        if (words.length <= MAX_WHOLE_WORDS && core.matches("\\s*\\p{L}[\\p{L}\\s'’-]*")
                && !QuestionWriter.PRONOUN.matcher(core).find() && !QuestionWriter.NEGATION.matcher(core).find()) {
            int at = start + quote.indexOf(core.strip());
            out.add(new int[] {at, at + core.strip().length()});
            return out;
        }
        List<Tagged.Token> tokens = Nlp.tag(s).tokens().stream().filter(t -> t.start() >= start && t.end() <= end)
                .toList();
        Optional<int[]> last = Optional.empty();
        Optional<int[]> object = Optional.empty();
        for (int j = 0; j < tokens.size(); j++) {
            boolean closes = j + 1 == tokens.size() || tokens.get(j + 1).is("PUNCT")
                    || RELATIVE.matcher(tokens.get(j + 1).word()).matches() || tokens.get(j + 1).is("CCONJ");
            if (!closes || !tokens.get(j).is("NOUN", "PROPN")) {
                continue;
            }
            Optional<int[]> np = phraseEndingAt(tokens, j);
            if (np.isEmpty()) {
                continue;
            }
            int i = np.get()[2];
            boolean afterVerb = i > 0 && tokens.get(i - 1).is("VERB");
            boolean ending = j + 1 == tokens.size() || j + 2 == tokens.size() && tokens.get(j + 1).is("PUNCT");
            if (ending) {
                last = np;
            } else if (afterVerb && object.isEmpty() && j + 1 < tokens.size() && !tokens.get(j + 1).is("CCONJ")) {
                object = np;
            }
        }
        // The object of its first verb names what the quotation is about; the phrase it ends with comes second.
        object.ifPresent(o -> out.add(new int[] {o[0], o[1]}));
        last.ifPresent(l -> out.add(new int[] {l[0], l[1]}));
        return out;
    }

    /**
     * The noun phrase whose head is token {@code j}: its adjectives and nouns, and a leading "a", "an" or "the";
     * offsets start and end, and the index of its first token. Empty when it is a bare name (the names' own kind),
     * too long, too general, or does not follow a verb or preposition.
     */
    private static Optional<int[]> phraseEndingAt(List<Tagged.Token> tokens, int j) {
        int i = j;
        while (i - 1 >= 0 && (tokens.get(i - 1).is("ADJ", "NOUN", "PROPN") || tokens.get(i - 1).word().equals("-")
                || participleAfterArticle(tokens, i - 1))) {
            i--;
        }
        boolean det = i - 1 >= 0 && tokens.get(i - 1).word().matches("(?i)a|an|the");
        if (det) {
            i--;
        }
        if (i == 0 || !tokens.get(i - 1).is("VERB", "AUX", "ADP")
                || i >= 2 && EXISTENTIAL.matcher(tokens.get(i - 2).word()).matches()) {
            return Optional.empty();
        }
        List<Tagged.Token> np = tokens.subList(i, j + 1);
        if (np.size() == 1 && LIGHT_VERB.matcher(tokens.get(i - 1).word()).matches()) {
            return Optional.empty(); // "take action", "make progress": the verb and its noun are one idiom
        }
        boolean bareName = !det && np.stream().allMatch(t -> t.is("PROPN"));
        Tagged.Token head = tokens.get(j);
        if (np.size() > 1 && comparative(head.word())) {
            return Optional.empty(); // "make the alliance stronger": an object and its complement, not one phrase
        }
        if (bareName || np.size() > KeyPhrases.MAX_ANSWER_WORDS || NOT_NOUN_WORD.matcher(head.word()).matches()
                || !specific(np.stream().map(Tagged.Token::word).reduce((a, b) -> a + " " + b).orElse(""))) {
            return Optional.empty();
        }
        return Optional.of(new int[] {tokens.get(i).start(), head.end(), i});
    }

    /**
     * "an accelerated approach", "a phased withdrawal": a past participle between an article and its noun describes
     * the noun, though the tagger reads it as a verb (a gap on "approach" alone left "accelerated" beside it).
     */
    private static boolean participleAfterArticle(List<Tagged.Token> tokens, int k) {
        return k >= 1 && tokens.get(k).is("VERB") && tokens.get(k).word().matches("\\p{Ll}+ed")
                && tokens.get(k - 1).word().matches("(?i)a|an|the");
    }

    /** "stronger", "safer": a word the tagger reads as an adjective after "very". */
    private static boolean comparative(String word) {
        if (!word.matches("\\p{Ll}+(?:er|est)")) {
            return false;
        }
        List<Tagged.Token> t = Nlp.tagWithLemmas("It is very " + word + ".").tokens();
        if (t.size() < 4 || !t.get(3).is("ADJ")) {
            return false;
        }
        String lemma = t.get(3).lemma().toLowerCase(Locale.ROOT);
        String stem = lemma.replaceAll("y$", "i");
        String doubled = lemma.isEmpty() ? lemma : lemma + lemma.charAt(lemma.length() - 1);
        return !lemma.isEmpty() && List.of(stem + "er", stem + "est", lemma + "r", lemma + "st", doubled + "er",
                doubled + "est").contains(word);
    }

    /** Not a general noun ("a way", "the time"): the last word is not one of KeyPhrases' weak nouns. */
    static boolean specific(String words) {
        String[] w = words.toLowerCase(Locale.ROOT).split("\\s+");
        String head = w[w.length - 1];
        String singular = head.endsWith("s") ? head.substring(0, head.length() - 1) : head;
        return !KeyPhrases.WEAK_NOUNS.contains(head) && !KeyPhrases.WEAK_NOUNS.contains(singular);
    }

    private static void add(String s, String answer, String statement, String contradiction, String reason,
                            List<Proposal> out) {
        add(s, answer, "", statement, contradiction, reason, out);
    }

    private static void add(String s, String answer, String aliases, String statement, String contradiction,
                            String reason, List<Proposal> out) {
        String around = statement.replace(GAP, " ");
        String head = answer.substring(answer.lastIndexOf(' ') + 1);
        if (statement.length() > MAX_STATEMENT || Text.containsPhrase(around, answer) || Text.containsPhrase(around,
                head) || answer.length() > KeyPhrases.MAX_ANSWER_CHARS || !Text.containsPhrase(s, answer)
                || contradiction.equals(statement.replace(GAP, answer))) {
            return; // the words around the gap would give it away, or the item would be too long to read
        }
        if (out.stream().anyMatch(p -> p.fact().contradiction().equals(contradiction))) {
            return; // one gap per quotation and frame: a second would repeat the same false item
        }
        if (BARE_FRAME.matcher(statement).matches()) {
            return; // "Lula tweeted “{answer}”.": nothing around the gap says what fits it (G2)
        }
        KeyPhrases.add(s, answer, aliases, statement, contradiction, CONFIDENCE, reason, out);
    }
}
