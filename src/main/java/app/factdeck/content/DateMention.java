package app.factdeck.content;

/**
 * A date as a sentence writes it, resolved against the article's published date.
 *
 * @param start     offset of the first character in the sentence
 * @param end       offset after the last character
 * @param written   the words as written ("on Wednesday", "January 12, 2024", "13.09.2022", "next year")
 * @param iso       YYYY-MM-DD, YYYY-MM or YYYY as the precision allows
 * @param relative  true when the date was worked out from the published date ("on Wednesday", "last month")
 */
public record DateMention(int start, int end, String written, String iso, Precision precision, boolean relative) {

    public enum Precision { DAY, MONTH, YEAR }
}
