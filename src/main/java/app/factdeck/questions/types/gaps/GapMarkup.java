package app.factdeck.questions.types.gaps;

import static app.factdeck.questions.core.Limits.MAX_ACCEPTED;
import static app.factdeck.questions.core.Limits.MAX_OPTION;
import static app.factdeck.questions.core.Limits.MAX_OPTIONS;
import static app.factdeck.questions.core.Limits.shortened;

import app.factdeck.content.Text;
import app.factdeck.questions.core.Limits;
import app.factdeck.questions.core.RichText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The text a teacher writes for a gaps question: words, with each gap in double brackets.
 * <ul>
 *   <li>{@code [[Vilnius|Vilnyus]]}: a gap to type into; every alternative (split by {@code |}) is accepted, compared
 *       as teachers' answers are (case, accents, punctuation and a leading "the" never matter);</li>
 *   <li>{@code [[Vilnius; Warsaw; Riga]]}: a drop-down; the first choice (split by {@code ;}) is right, and a student
 *       sees them shuffled.</li>
 * </ul>
 * Inside a gap a backslash makes the next {@code | ; [ ] \} a plain character ({@code [[AC\|DC]]},
 * {@code [[a\]]]}); outside one, {@code \[[} and {@code \]]} are a literal "[[" and "]]" (Markdown drops the
 * backslash). A gap ends on its own line, so a forgotten {@code ]]} is reported where it happened instead of
 * swallowing the rest of the text. Pure: parsing never renders, rendering never parses.
 */
public final class GapMarkup {

    /** Gaps in one text: Moodle puts no limit on a cloze, but 20 answer boxes are already a long exercise. */
    public static final int MAX_GAPS = 20;

    /** The blank a gap leaves in the text as the bank, the results and a flashcard show it: "_____ (2)". */
    public static final String BLANK = "_____";

    // Stand-ins for the gaps while the words around them go through Markdown and the sanitiser: characters of
    // Unicode's private use area, which no keyboard types and Markdown reads as plain text (removed from the
    // teacher's text first, so a pasted one cannot pose as a gap).
    private static final char MARK_START = '\uE000';
    private static final char MARK_END = '\uE001';

    private GapMarkup() {
    }

    /** A text cut at its gaps: {@code texts} has one more element than {@code gaps} (the words before, between, after). */
    public record Parsed(List<String> texts, List<Gaps.Gap> gaps) {
    }

    /** The text's gaps, or the first problem in words that say how to fix it (and the text's gaps are not used). */
    public record Result(Parsed parsed, String problem) {
        static Result problem(String p) {
            return new Result(null, p);
        }
    }

    public static Result parse(String text) {
        List<String> texts = new ArrayList<>();
        List<String> raw = new ArrayList<>();
        StringBuilder words = new StringBuilder();
        int i = 0;
        String clean = text.replace(String.valueOf(MARK_START), "").replace(String.valueOf(MARK_END), "");
        while (i < clean.length()) {
            char c = clean.charAt(i);
            if (c == '\\' && i + 1 < clean.length() && (clean.charAt(i + 1) == '[' || clean.charAt(i + 1) == ']')) {
                // Kept for Markdown, which shows "\[" as "["; the bracket after it is then a single one.
                words.append(c).append(clean.charAt(i + 1));
                i += 2;
            } else if (clean.startsWith("[[", i)) {
                int n = raw.size() + 1;
                StringBuilder gap = new StringBuilder();
                int j = i + 2;
                boolean closed = false;
                while (j < clean.length()) {
                    char g = clean.charAt(j);
                    if (g == '\\' && j + 1 < clean.length() && "|;[]\\".indexOf(clean.charAt(j + 1)) >= 0) {
                        gap.append(g).append(clean.charAt(j + 1));
                        j += 2;
                    } else if (clean.startsWith("]]", j)) {
                        closed = true;
                        break;
                    } else if (clean.startsWith("[[", j)) {
                        return Result.problem("Gap " + n + " ('" + shortened(gap.toString().strip()) + "') opens "
                                + "another [[ before it is closed: end it with ]] first (inside a gap, write a "
                                + "bracket as \\[ or \\]).");
                    } else if (g == '\n') {
                        break;
                    } else {
                        gap.append(g);
                        j++;
                    }
                }
                if (!closed) {
                    return Result.problem("Gap " + n + " ('" + shortened(gap.toString().strip()) + "') is not "
                            + "closed: end it with ]] on the same line.");
                }
                texts.add(words.toString());
                words.setLength(0);
                raw.add(gap.toString());
                i = j + 2;
            } else if (clean.startsWith("]]", i)) {
                String before = words.toString().strip();
                return Result.problem("There is a ]] with no [[ before it" + (before.isEmpty() ? "" : " (after '"
                        + shortened(before.substring(Math.max(0, before.length() - 30))) + "')") + ": add the "
                        + "[[ where the gap starts, or write \\]] for a plain ]].");
            } else {
                words.append(c);
                i++;
            }
        }
        texts.add(words.toString());
        if (raw.isEmpty()) {
            return Result.problem("The text has no gap: put each missing word in double brackets, e.g. \"The "
                    + "summit was held in [[Vilnius]].\", or [[Vilnius; Warsaw; Riga]] for a drop-down.");
        }
        if (raw.size() > MAX_GAPS) {
            return Result.problem(Limits.tooMany("gaps", raw.size(), MAX_GAPS,
                    "Split the text into two questions."));
        }
        List<Gaps.Gap> gaps = new ArrayList<>();
        for (int g = 0; g < raw.size(); g++) {
            Read read = gap(g + 1, raw.get(g));
            if (read.problem() != null) {
                return Result.problem(read.problem());
            }
            gaps.add(read.gap());
        }
        return new Result(new Parsed(List.copyOf(texts), List.copyOf(gaps)), null);
    }

    private record Read(Gaps.Gap gap, String problem) {
        static Read problem(String problem) {
            return new Read(null, problem);
        }
    }

    /** One gap's inside as its answers, or the problem with it. */
    private static Read gap(int n, String inside) {
        String which = "Gap " + n;
        List<String> byBar = split(inside, '|');
        List<String> bySemicolon = split(inside, ';');
        if (byBar.size() > 1 && bySemicolon.size() > 1) {
            return Read.problem(which + " mixes | and ;: use | between the accepted spellings of a typed gap "
                    + "([[Vilnius|Vilnyus]]), or ; between the choices of a drop-down ([[Vilnius; Warsaw]]). "
                    + "Write a plain | or ; as \\| or \\;.");
        }
        boolean dropDown = bySemicolon.size() > 1;
        List<String> answers = (dropDown ? bySemicolon : byBar).stream().map(GapMarkup::unescape)
                .map(a -> a.replaceAll("\\s+", " ").strip()).toList();
        List<String> written = answers.stream().filter(a -> !a.isEmpty()).toList();
        String problem = null;
        if (written.isEmpty()) {
            problem = which + " ([[" + shortened(inside) + "]]) is empty: write the missing words inside it.";
        } else if (dropDown && written.size() == 1) {
            problem = which + " is a drop-down with one choice ('" + shortened(written.get(0)) + "'): add the "
                    + "wrong choices after ;, e.g. [[Vilnius; Warsaw; Riga]], or remove the ; to make it a typed gap.";
        } else if (written.size() < answers.size()) {
            problem = dropDown ? which + " has an empty choice between its ; signs: write it, or remove the extra ;."
                    : which + " has an empty answer between its | signs: write it, or remove the extra |.";
        } else if (answers.size() > (dropDown ? MAX_OPTIONS : MAX_ACCEPTED)) {
            problem = String.format(Locale.ENGLISH, "%s has %d %s; at most %d are allowed. %s", which,
                    answers.size(), dropDown ? "choices" : "accepted answers", dropDown ? MAX_OPTIONS : MAX_ACCEPTED,
                    dropDown ? "Keep the best wrong ones." : "Keep the likely ones.");
        } else if (Limits.tooLong(answers).isPresent()) {
            String longest = Limits.tooLong(answers).get();
            problem = which + "'s " + (dropDown ? "choice" : "answer") + " '" + shortened(longest) + "' is "
                    + Limits.longerThan(longest, MAX_OPTION);
        } else if (!dropDown && answers.stream().anyMatch(a -> Text.normalise(a).isBlank())) {
            String symbols = answers.stream().filter(a -> Text.normalise(a).isBlank()).findFirst().orElseThrow();
            problem = which + "'s answer '" + shortened(symbols) + "' has no letters or digits, and typed answers "
                    + "are compared without punctuation: write it in words, or make the gap a drop-down.";
        } else if (Limits.duplicate(answers).isPresent()) {
            String twice = shortened(Limits.duplicate(answers).get());
            problem = dropDown ? which + " offers '" + twice + "' twice (case, accents and punctuation aside): make "
                    + "each choice different."
                    : which + " accepts '" + twice + "' twice (case, accents and punctuation aside): remove one.";
        }
        return problem != null ? Read.problem(problem) : new Read(new Gaps.Gap(dropDown, answers), null);
    }

    /** The parts of a gap's inside between unescaped {@code sep}, still escaped. */
    private static List<String> split(String inside, char sep) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (int i = 0; i < inside.length(); i++) {
            char c = inside.charAt(i);
            if (c == '\\' && i + 1 < inside.length()) {
                part.append(c).append(inside.charAt(i + 1));
                i++;
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
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && "|;[]\\".indexOf(s.charAt(i + 1)) >= 0) {
                out.append(s.charAt(++i));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** One answer as it is written inside a gap: the characters the markup uses, escaped. */
    public static String escape(String answer) {
        StringBuilder out = new StringBuilder();
        for (char c : answer.toCharArray()) {
            if ("|;[]\\".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** A gap as markup: {@code [[a|b]]} or {@code [[a; b; c]]}. */
    public static String write(Gaps.Gap gap) {
        return "[[" + String.join(gap.dropDown() ? "; " : "|", gap.answers().stream().map(GapMarkup::escape)
                .toList()) + "]]";
    }

    /** The text as the bank and results show it: each gap a numbered blank, "_____ (1)". */
    public static String blanked(Parsed p, String format) {
        // Markdown would read the blank's underscores as emphasis.
        String blank = "markdown".equals(format) ? "\\_\\_\\_\\_\\_" : BLANK;
        StringBuilder out = new StringBuilder(p.texts().get(0));
        for (int g = 0; g < p.gaps().size(); g++) {
            out.append(blank).append(" (").append(g + 1).append(')').append(p.texts().get(g + 1));
        }
        return out.toString();
    }

    /**
     * The text around the gaps as sanitised HTML, cut where each gap's answer field goes: one more piece than there
     * are gaps, which joined with the fields between them make the page. Or the problem: a gap where no field can
     * go (inside a link, or in a link's address).
     */
    public static Pieces pieces(Parsed p, String format) {
        StringBuilder marked = new StringBuilder(p.texts().get(0));
        for (int g = 0; g < p.gaps().size(); g++) {
            marked.append(mark(g)).append(p.texts().get(g + 1));
        }
        String html = RichText.html(marked.toString(), format);
        List<String> pieces = new ArrayList<>();
        int from = 0;
        for (int g = 0; g < p.gaps().size(); g++) {
            int at = html.indexOf(mark(g), from);
            String before = at < 0 ? "" : html.substring(from, at);
            String upTo = at < 0 ? "" : html.substring(0, at);
            if (at < 0 || html.indexOf(mark(g), at + 1) >= 0 || upTo.lastIndexOf('<') > upTo.lastIndexOf('>')) {
                return new Pieces(null, "Gap " + (g + 1) + " is inside a link's address (or another place the text "
                        + "cannot show an answer field): move it into the words of the text.");
            }
            if (count(upTo, "<a ") + count(upTo, "<a>") > count(upTo, "</a>")) {
                return new Pieces(null, "Gap " + (g + 1) + " is inside a link's text, where an answer field cannot "
                        + "go: move it out of the [link](…).");
            }
            pieces.add(before);
            from = at + mark(g).length();
        }
        pieces.add(html.substring(from));
        return new Pieces(List.copyOf(pieces), null);
    }

    /** The HTML pieces around the gaps, or why there are none. */
    public record Pieces(List<String> html, String problem) {
    }

    private static String mark(int gap) {
        return MARK_START + Integer.toString(gap) + MARK_END;
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}
