package app.factdeck.authoring;

import java.util.List;
import java.util.Optional;

/**
 * One page of the question bank, from the {@code ?page=} a teacher asked for; pure. Whatever was asked, a page
 * is shown and the teacher is told when it is not the one asked for:
 * <ul>
 *   <li>a page number past the last (an old link: a bank shrinks when questions are hidden or deleted) shows
 *       the last page with a {@link #notice() notice}, "Page 999 does not exist; showing page 4 of 4.";</li>
 *   <li>anything that is not a page number ("abc", "0", "-1") is an {@link #error() error} (a 400) that shows
 *       the first page and says how pages are numbered.</li>
 * </ul>
 *
 * <pre>{@code
 * BankPage p = BankPage.of("3", 120);   // page 3 of 3: items 100 to 119
 * BankPage.of("9", 120).notice()       // Optional["Page 9 does not exist; showing page 3 of 3."]
 * BankPage.of("abc", 120).error()      // Optional["'abc' is not a page number: …"]
 * }</pre>
 */
record BankPage(int number, int pages, int from, int to, Optional<String> error, Optional<String> notice) {

    /** Questions per page: an article may hold a thousand, and each is a block of HTML. */
    static final int SIZE = 50;
    /** How much of a bad page parameter a message repeats. */
    private static final int ECHO = 20;

    static BankPage of(String asked, int count) {
        int pages = Math.max(1, (count + SIZE - 1) / SIZE);
        int number = 1;
        Optional<String> error = Optional.empty();
        Optional<String> notice = Optional.empty();
        if (!asked.isEmpty()) {
            boolean digits = asked.matches("\\d+");
            // Digits too many for an int are still a page number, just one far past the end.
            String value = asked.replaceFirst("^0+(?=\\d)", "");
            long wanted = !digits ? 0 : value.length() > 9 ? Long.MAX_VALUE : Long.parseLong(value);
            if (wanted < 1) {
                error = Optional.of("'" + echo(asked) + "' is not a page number: pages are numbered 1 to " + pages
                        + ". Showing page 1 of " + pages + ".");
            } else if (wanted > pages) {
                number = pages;
                notice = Optional.of("Page " + echo(value) + " does not exist; showing page " + pages + " of "
                        + pages + ".");
            } else {
                number = (int) wanted;
            }
        }
        int from = (number - 1) * SIZE;
        return new BankPage(number, pages, from, Math.min(count, from + SIZE), error, notice);
    }

    private static String echo(String s) {
        return s.length() <= ECHO ? s : s.substring(0, ECHO - 1) + "…";
    }

    <T> List<T> of(List<T> all) {
        return all.subList(from, to);
    }
}
