package app.factdeck.transfer;

import app.factdeck.questions.core.MoodleQuestion;
import app.factdeck.authoring.DraftCheck;
import app.factdeck.questions.core.QuestionDraft;
import app.factdeck.content.Article;
import app.factdeck.questions.core.Question;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Reads a question file (any of {@link Formats#importing()}) for one article and says, question by question, what can be imported and
 * what cannot and why, with the line it starts on; pure. Every accepted draft has passed the same checks as the
 * authoring form, so an imported question is as sound as a typed one.
 */
public final class Importer {

    /** Questions one file may hold: more is refused whole, before any is checked. */
    public static final int MAX_QUESTIONS = 500;
    /** The largest file the upload page and the import command read. */
    public static final long MAX_FILE_BYTES = 1_000_000;

    private Importer() {
    }

    /** Valid questions a report lists one by one; the rest it counts ("and 40 more"), so the page stays short. */
    public static final int LISTED = 50;

    /**
     * One question of the file: imported ({@code draft}, and {@code question} as students will get it) or
     * rejected ({@code problem}).
     */
    public record Item(int line, String excerpt, QuestionDraft draft, Question question, String problem) {

        static Item rejected(int line, String excerpt, String problem) {
            return new Item(line, excerpt, null, null, problem);
        }

        public boolean ok() {
            return draft != null;
        }

        /** The question's text on one line, cut to 160 characters: what the report lists. */
        public String stemShown() {
            return abbreviate(question.stem(), 160);
        }

        /** The right answer as a student is shown it, cut to 160 characters. */
        public String answerShown() {
            return abbreviate(question.correctAnswer(), 160);
        }
    }

    /**
     * What the file holds, question by question.
     *
     * @param refused why the whole file is refused (too many questions), or null; then {@code items} is empty
     */
    public record Report(List<Item> items, String refused) {

        public Report(List<Item> items) {
            this(items, null);
        }

        public List<QuestionDraft> valid() {
            return items.stream().filter(Item::ok).map(Item::draft).toList();
        }

        public List<Item> rejected() {
            return items.stream().filter(i -> !i.ok()).toList();
        }

        /** The first {@link #LISTED} valid questions, in file order, for the report to list. */
        public List<Item> listed() {
            return items.stream().filter(Item::ok).limit(LISTED).toList();
        }

        /** How many valid questions the report does not list. */
        public int unlisted() {
            return Math.max(0, valid().size() - LISTED);
        }
    }

    public static Report read(String text, QuestionFormat format, Article article) {
        QuestionFormat.Parsed parsed = format.read(text);
        long count = parsed.problems().size() + parsed.questions().stream()
                .filter(q -> q.type() != MoodleQuestion.Type.CATEGORY).count();
        if (count > MAX_QUESTIONS) {
            return tooMany(count);
        }
        List<Item> items = new ArrayList<>();
        parsed.problems().forEach(p -> items.add(Item.rejected(p.line(), abbreviate(p.excerpt(), 120), p.message())));
        for (MoodleQuestion g : parsed.questions()) {
            GiftImport.Converted c = GiftImport.convert(PlainAnswers.of(g));
            String excerpt = g.titled() ? g.name() : abbreviate(g.text().text());
            if (c.problem() != null) {
                items.add(Item.rejected(g.line(), excerpt, c.problem()));
            } else if (c.draft() != null) {
                items.add(checked(g.line(), excerpt, c.draft(), article));
            }
        }
        items.sort(Comparator.comparingInt(Item::line));
        return new Report(List.copyOf(items));
    }

    /** Checking 30,000 questions would take seconds, and importing them would slow every quiz: refuse the file. */
    private static Report tooMany(long count) {
        return new Report(List.of(), String.format(Locale.ENGLISH, "The file has %,d questions; at most %d can be "
                + "imported at a time. Split it into smaller files and import them one by one.", count, MAX_QUESTIONS));
    }

    private static Item checked(int line, String excerpt, QuestionDraft draft, Article article) {
        DraftCheck.Checked c = DraftCheck.check(draft, article, 0, 0);
        return c.ok() ? new Item(line, excerpt, draft, c.question(), null)
                : Item.rejected(line, excerpt, String.join(" ", c.errors().values()));
    }

    private static String abbreviate(String s) {
        return abbreviate(s, 80);
    }

    private static String abbreviate(String s, int max) {
        String one = s == null ? "" : s.replaceAll("\\s+", " ").strip();
        return one.length() <= max ? one : one.substring(0, max - 1) + "…";
    }
}
