package app.factdeck.questions.types.gaps;

import app.factdeck.questions.core.Limits;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.StringEscapeUtils;

/**
 * Moodle's embedded answers ("Cloze", qtype_multianswer): a text whose gaps are written in it as
 * {@code {1:SHORTANSWER:=Vilnius~=Vilnyus}} or {@code {1:MULTICHOICE:=Vilnius~Warsaw~Riga}}, read the way
 * Moodle's {@code qtype_multianswer_extract_question} reads them: an optional mark ({@code 1}), the type, then
 * answers split by {@code ~}, each with {@code =} (right) or {@code %50%} (a share) before it and
 * {@code #feedback} after it; {@code \}}, {@code \#} and {@code \~} are plain characters, and the text is HTML, so
 * an answer's entities are decoded.
 *
 * <p>Factdeck holds what its gaps can: short-answer gaps whose answers are right (wrong ones without feedback are
 * left out: they change no grade), and single-answer choices (drop-down, or Moodle's radio buttons, which become a
 * drop-down), every gap worth the same. The rest is refused with the reason: numerical and case-sensitive gaps,
 * several right choices, answers worth part of a gap, per-answer feedback, gaps worth different marks.
 */
public final class MoodleCloze {

    // Moodle's subquestion types and their short names (longest first, so MULTICHOICE_S is not read as MULTICHOICE).
    private static final Pattern START = Pattern.compile("\\{([0-9]*):(MULTICHOICE_VS|MULTICHOICE_HS|MULTICHOICE_V|"
            + "MULTICHOICE_H|MULTICHOICE_S|MULTICHOICE|MCVS|MCHS|MCV|MCH|MCS|MC|SHORTANSWER_C|SHORTANSWER|SAC|SA|MWC|MW|"
            + "NUMERICAL|NM|MULTIRESPONSE_HS|MULTIRESPONSE_H|MULTIRESPONSE_S|MULTIRESPONSE|MRHS|MRH|MRS|MR):");
    private static final Pattern FRACTION = Pattern.compile("^%(-?[0-9]+(?:[.,][0-9]*)?)%");

    private MoodleCloze() {
    }

    // --- Factdeck to Moodle ---------------------------------------------------------------------------------

    /**
     * The question's text with its gaps in Moodle's syntax, as HTML: typed gaps as SHORTANSWER (every spelling
     * right), drop-downs as MULTICHOICE_S (shuffled, as Factdeck shows them), each worth one mark.
     */
    public static String text(Gaps q) {
        StringBuilder out = new StringBuilder(plainBraces(q.pieces().get(0)));
        for (int i = 0; i < q.gaps().size(); i++) {
            out.append(code(q.gaps().get(i))).append(plainBraces(q.pieces().get(i + 1)));
        }
        return out.toString();
    }

    static String code(Gaps.Gap gap) {
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < gap.answers().size(); i++) {
            answers.add((!gap.dropDown() || i == 0 ? "=" : "") + escape(gap.answers().get(i)));
        }
        return "{1:" + (gap.dropDown() ? "MULTICHOICE_S" : "SHORTANSWER") + ":" + String.join("~", answers) + "}";
    }

    /** An answer inside a code: HTML (Moodle decodes entities), then the characters that would end it escaped. */
    private static String escape(String answer) {
        String html = answer.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
        return html.replace("}", "\\}").replace("#", "\\#").replace("~", "\\~");
    }

    /** The words around the gaps never start a code of their own in Moodle ("{1:SA:" in a teacher's text). */
    private static String plainBraces(String html) {
        return START.matcher(html).replaceAll(m -> Matcher.quoteReplacement("&#123;" + m.group().substring(1)));
    }

    // --- Moodle to Factdeck ---------------------------------------------------------------------------------

    /** Moodle's text as a gaps question's text in Factdeck's markup, or why Factdeck cannot hold it. */
    public record Read(String markup, String problem) {
        static Read refused(String problem) {
            return new Read(null, problem);
        }
    }

    /** One answer of a subquestion as written. */
    record Answer(double fraction, String text, String feedback) {
    }

    /** One embedded subquestion: its mark as written ("" is 1), its type, its answers, and the code as written. */
    record Sub(String mark, String type, List<Answer> answers, String code) {
    }

    /** The text ({@code format} as Moodle gives it, usually html) with its codes as Factdeck's gaps. */
    public static Read read(String text, String format) {
        boolean html = "html".equals(format) || "moodle".equals(format) && text.contains("<");
        List<String> words = new ArrayList<>();
        List<Sub> subs = new ArrayList<>();
        Matcher m = START.matcher(text);
        int from = 0;
        while (m.find(from)) {
            int end = closing(text, m.end());
            if (end < 0) {
                break; // Moodle's pattern needs the closing brace: the rest is text.
            }
            words.add(text.substring(from, m.start()));
            subs.add(new Sub(m.group(1), m.group(2), answers(text.substring(m.end(), end)),
                    text.substring(m.start(), end + 1)));
            from = end + 1;
        }
        words.add(text.substring(from));
        if (subs.isEmpty()) {
            return Read.refused("This embedded-answers (Cloze) question has no gap Factdeck can read, such as "
                    + "{1:SHORTANSWER:=Vilnius} or {1:MULTICHOICE:=Vilnius~Warsaw}: check its text in Moodle.");
        }
        if (!html && words.stream().anyMatch(w -> w.contains("[[") || w.contains("]]"))) {
            return Read.refused("The text has [[ or ]] outside its gaps, which Factdeck would read as a gap: write "
                    + "them another way in Moodle, or give the text as HTML.");
        }
        String firstMark = mark(subs.get(0));
        StringBuilder markup = new StringBuilder(plainBrackets(words.get(0), html));
        for (int i = 0; i < subs.size(); i++) {
            Sub sub = subs.get(i);
            if (!mark(sub).equals(firstMark)) {
                return Read.refused(String.format(Locale.ENGLISH, "Gap %d (%s) is worth %s and gap 1 %s; "
                        + "Factdeck gives every gap the same share. Give them the same mark in Moodle, or leave the "
                        + "question out.", i + 1, Limits.shortened(sub.code()), marks(mark(sub)), marks(firstMark)));
            }
            Read gap = gap(i + 1, sub);
            if (gap.problem() != null) {
                return gap;
            }
            markup.append(gap.markup()).append(plainBrackets(words.get(i + 1), html));
        }
        return new Read(markup.toString(), null);
    }

    /** A subquestion's mark without leading zeros; Moodle's default is 1. */
    /** "1 mark", "2 marks". */
    private static String marks(String mark) {
        return mark + (mark.equals("1") ? " mark" : " marks");
    }

    private static String mark(Sub sub) {
        String t = sub.mark().replaceFirst("^0+(?=\\d)", "");
        return t.isEmpty() ? "1" : t;
    }

    /** Words of an HTML text with "[[" and "]]" as entities, so Factdeck's markup does not read them as gaps. */
    private static String plainBrackets(String words, boolean html) {
        return html ? words.replace("[[", "&#91;&#91;").replace("]]", "&#93;&#93;") : words;
    }

    private static Read gap(int n, Sub sub) {
        String which = "Gap " + n + " (" + Limits.shortened(sub.code()) + ")";
        String t = sub.type();
        if (t.startsWith("NUMERICAL") || t.equals("NM")) {
            return Read.refused(which + " is numerical, and Factdeck's gaps compare words: write the number as a "
                    + "short answer ({1:SHORTANSWER:=23.8}), or make it a numerical question of its own.");
        }
        if (t.equals("SHORTANSWER_C") || t.equals("SAC") || t.equals("MWC")) {
            return Read.refused(which + " minds upper and lower case, and Factdeck never does: make it "
                    + "SHORTANSWER in Moodle, or leave the question out.");
        }
        if (t.startsWith("MULTIRESPONSE") || t.startsWith("MR")) {
            return Read.refused(which + " lets a student tick several answers, and a Factdeck gap has one: make "
                    + "it MULTICHOICE in Moodle, or leave the question out.");
        }
        for (Answer a : sub.answers()) {
            if (!a.feedback().isBlank()) {
                return Read.refused(which + " has feedback on its answer '" + Limits.shortened(a.text()) + "', "
                        + "and Factdeck's gaps have none: move it into the question's general feedback, or remove "
                        + "the #….");
            }
            if (a.fraction() != 0 && a.fraction() < 0.9999) {
                return Read.refused(which + ": the answer '" + Limits.shortened(a.text()) + "' is worth "
                        + percent(a.fraction()) + " of the gap, and a Factdeck gap is right or wrong: make it "
                        + "100 % or 0 % in Moodle.");
            }
        }
        List<String> right = sub.answers().stream().filter(a -> a.fraction() >= 0.9999).map(Answer::text).toList();
        if (right.isEmpty()) {
            return Read.refused(which + " has no right answer (none starts with = or %100%): mark the right one in "
                    + "Moodle.");
        }
        boolean choice = t.startsWith("MULTICHOICE") || t.startsWith("MC");
        if (choice) {
            if (right.size() > 1) {
                return Read.refused(which + " has " + right.size() + " right choices, and a drop-down gap has one: "
                        + "keep one right in Moodle.");
            }
            List<String> choices = new ArrayList<>(right);
            sub.answers().stream().filter(a -> a.fraction() < 0.9999).map(Answer::text).forEach(choices::add);
            return new Read(GapMarkup.write(new Gaps.Gap(true, choices)), null);
        }
        if (right.contains("*")) {
            return Read.refused(which + " accepts any answer (*), which Factdeck cannot mark: write the answers "
                    + "it accepts.");
        }
        return new Read(GapMarkup.write(new Gaps.Gap(false, right)), null);
    }

    /** The index of the brace that ends a code whose answers start at {@code from}, or -1. */
    private static int closing(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '}') {
                return i;
            }
        }
        return -1;
    }

    private static List<Answer> answers(String body) {
        List<Answer> answers = new ArrayList<>();
        for (String alt : split(body, '~')) {
            double fraction = 0;
            String rest = alt;
            Matcher f = FRACTION.matcher(alt);
            if (alt.startsWith("=")) {
                fraction = 1;
                rest = alt.substring(1);
            } else if (f.find()) {
                fraction = parse(f.group(1)) / 100;
                rest = alt.substring(f.end());
            }
            int hash = feedbackStart(rest);
            String answer = hash < 0 ? rest : rest.substring(0, hash);
            String feedback = hash < 0 ? "" : rest.substring(hash + 1);
            answers.add(new Answer(fraction, unescape(answer).strip(), unescape(feedback).strip()));
        }
        return answers;
    }

    /** Where an answer's feedback starts: a # not escaped, and not the start of an entity ("&#39;"). */
    private static int feedbackStart(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '#' && (i == 0 || s.charAt(i - 1) != '&')) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> split(String s, char sep) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                part.append(c).append(s.charAt(++i));
            } else if (c == sep) {
                parts.add(part.toString());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString());
        return parts;
    }

    private static String unescape(String s) {
        String decoded = StringEscapeUtils.unescapeHtml4(s);
        return decoded.replace("\\}", "}").replace("\\#", "#").replace("\\~", "~");
    }

    private static double parse(String number) {
        try {
            return Double.parseDouble(number.replace(',', '.'));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String percent(double fraction) {
        double p = fraction * 100;
        return (p == Math.rint(p) ? String.valueOf((long) p) : String.format(Locale.ROOT, "%.2f", p)) + " %";
    }
}
