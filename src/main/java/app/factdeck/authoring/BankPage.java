package app.factdeck.authoring;

import java.util.List;
import java.util.Optional;

/**
 * One page of the question bank, from the {@code ?page=} a teacher asked for; pure. Past the last page is the last
 * page (a bank shrinks when questions are hidden or deleted, and an old link should still land somewhere); a page
 * that is not a number from 1 up is the first, with a message.
 *
 * <pre>{@code
 * BankPage p = BankPage.of("3", 120);   // page 3 of 3: items 100 to 119
 * BankPage.of("abc", 120).error()      // Optional["There is no page 'abc': …"]
 * }</pre>
 */
record BankPage(int number, int pages, int from, int to, Optional<String> error) {

    /** Questions per page: an article may hold a thousand, and each is a block of HTML. */
    static final int SIZE = 50;

    static BankPage of(String asked, int count) {
        int pages = Math.max(1, (count + SIZE - 1) / SIZE);
        int number = 1;
        Optional<String> error = Optional.empty();
        if (!asked.isEmpty()) {
            number = asked.matches("\\d{1,9}") ? Integer.parseInt(asked) : 0;
            if (number < 1) {
                error = Optional.of("There is no page '" + (asked.length() <= 20 ? asked : asked.substring(0, 19)
                        + "…") + "': pages are numbered from 1. Showing the first page.");
                number = 1;
            }
        }
        number = Math.min(number, pages);
        int from = (number - 1) * SIZE;
        return new BankPage(number, pages, from, Math.min(count, from + SIZE), error);
    }

    <T> List<T> of(List<T> all) {
        return all.subList(from, to);
    }
}
