package app.factdeck.transfer;

import app.factdeck.questions.core.MoodleQuestion;

import java.util.List;
import java.util.Optional;

/**
 * The registry of file formats: the question formats (GIFT, Moodle XML, Aiken) and the flashcard exports. The
 * upload page's choices, the import and export commands' options and their help are made from these lists, in
 * this order.
 */
public final class Formats {

    /**
     * Whether {@code format} can hold {@code q}: GIFT has no form for several gaps in one text nor for ordering;
     * Moodle XML holds every type.
     */
    public static boolean holds(QuestionFormat format, MoodleQuestion q) {
        return format != GIFT || q.type() != MoodleQuestion.Type.MULTIANSWER
                && q.type() != MoodleQuestion.Type.ORDERING;
    }

    /** The kinds of our questions {@code format} leaves out, for the export's summary; empty when it holds all. */
    public static String cannotHold(QuestionFormat format) {
        return format == GIFT ? "ordering or gaps-in-a-text" : "";
    }

    public static final QuestionFormat GIFT = new QuestionFormat("gift", "GIFT", "GIFT (Moodle)",
            List.of(".gift", ".txt"), "text/plain; charset=utf-8",
            "Moodle's text format: every question type Factdeck has, but ordering and gaps in a text",
            text -> {
                GiftParser.Result r = GiftParser.parse(text);
                return new QuestionFormat.Parsed(r.questions(), r.problems());
            }, GiftWriter::write);

    public static final QuestionFormat MOODLE_XML = new QuestionFormat("moodle-xml", "Moodle XML", "Moodle XML",
            List.of(".xml"), "application/xml; charset=utf-8",
            "the format Moodle exports question banks in: every question type Factdeck has (ordering needs Moodle "
                    + "4.4 or later, or the ordering plugin)",
            MoodleXmlReader::read, MoodleXmlWriter::write);

    public static final QuestionFormat AIKEN = new QuestionFormat("aiken", "Aiken", "Aiken",
            List.of(".txt"), "text/plain; charset=utf-8",
            "multiple-choice questions, one per paragraph",
            text -> {
                AikenParser.Result r = AikenParser.parse(text);
                return new QuestionFormat.Parsed(r.questions(), r.problems());
            }, null);

    public static final List<QuestionFormat> QUESTIONS = List.of(GIFT, MOODLE_XML, AIKEN);

    public static final FlashcardFormat ANKI = new FlashcardFormat("anki", "Anki (TSV)", "anki.txt",
            "text/tab-separated-values; charset=utf-8",
            "the flashcards as Anki's tab-separated text import, with its header lines",
            (cards, decks) -> FlashcardExport.anki(cards, decks, true));

    public static final FlashcardFormat ANKI_CSV = new FlashcardFormat("anki-csv", "Anki (CSV)", "anki.csv",
            "text/csv; charset=utf-8", "the same, comma-separated",
            (cards, decks) -> FlashcardExport.anki(cards, decks, false));

    public static final FlashcardFormat QUIZLET = new FlashcardFormat("quizlet", "Quizlet", "quizlet.tsv",
            "text/tab-separated-values; charset=utf-8",
            "the flashcards as \"term TAB definition\" lines, for Quizlet's import box",
            (cards, decks) -> FlashcardExport.quizlet(cards));

    public static final List<FlashcardFormat> FLASHCARDS = List.of(ANKI, ANKI_CSV, QUIZLET);

    private Formats() {
    }

    public static List<QuestionFormat> importing() {
        return QUESTIONS.stream().filter(QuestionFormat::imports).toList();
    }

    public static List<QuestionFormat> exporting() {
        return QUESTIONS.stream().filter(QuestionFormat::exports).toList();
    }

    /** The question format of that slug (any case, spaces ignored at the ends). */
    public static Optional<QuestionFormat> question(String slug) {
        String s = slug == null ? "" : slug.strip().toLowerCase(java.util.Locale.ROOT);
        return QUESTIONS.stream().filter(f -> f.slug().equals(s)).findFirst();
    }

    public static Optional<FlashcardFormat> flashcards(String slug) {
        return FLASHCARDS.stream().filter(f -> f.slug().equals(slug)).findFirst();
    }

    /**
     * Plainly the wrong choice for this text: an XML file chosen as GIFT or Aiken, or a file that is no XML chosen
     * as Moodle XML. Then the format to suggest: reading it as chosen would only list every question as broken.
     */
    public static Optional<QuestionFormat> betterFor(QuestionFormat chosen, String text) {
        String start = (text.startsWith("\uFEFF") ? text.substring(1) : text).stripLeading();
        boolean xml = start.startsWith("<?xml") || start.startsWith("<quiz");
        if (xml && chosen != MOODLE_XML) {
            return Optional.of(MOODLE_XML);
        }
        return !start.startsWith("<") && chosen == MOODLE_XML ? Optional.of(GIFT) : Optional.empty();
    }

    /** "gift, moodle-xml or aiken": the slugs as a list in a sentence, each with {@code prefix}. */
    static String sentence(List<String> slugs, String prefix) {
        List<String> all = slugs.stream().map(s -> prefix + s).toList();
        return all.size() == 1 ? all.get(0)
                : String.join(", ", all.subList(0, all.size() - 1)) + " or " + all.get(all.size() - 1);
    }
}
