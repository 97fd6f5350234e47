package app.factdeck.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Paging the question bank: every question on exactly one page, any asked-for page lands somewhere, and says so. */
class BankPageTest {

    @Test
    void everyQuestionIsOnExactlyOnePage() {
        List<Integer> all = IntStream.range(0, 120).boxed().toList();
        BankPage first = BankPage.of("", all.size());
        assertEquals(List.of(1, 3), List.of(first.number(), first.pages()));
        assertEquals(all.subList(0, 50), first.of(all));
        assertEquals(all.subList(50, 100), BankPage.of("2", all.size()).of(all));
        assertEquals(all.subList(100, 120), BankPage.of("3", all.size()).of(all));
        assertEquals(Optional.empty(), BankPage.of("3", all.size()).notice(), "a page that exists needs no word");
        assertEquals(List.of(), BankPage.of("1", 0).of(List.of()), "an empty bank has one empty page");
        assertEquals(1, BankPage.of("7", 0).pages());
    }

    @Test
    void aPagePastTheLastShowsTheLastAndSaysSo() {
        for (String past : new String[] {"4", "999", "004", "999999999", "99999999999999999999"}) {
            BankPage p = BankPage.of(past, 120);
            assertEquals(3, p.number(), past);
            assertEquals(Optional.empty(), p.error(), past + ": an old link is no error");
            assertTrue(p.notice().orElseThrow().endsWith(" does not exist; showing page 3 of 3."), past);
        }
        assertEquals("Page 999 does not exist; showing page 3 of 3.", BankPage.of("999", 120).notice().get());
        assertEquals("Page 4 does not exist; showing page 3 of 3.", BankPage.of("004", 120).notice().get());
        assertEquals("Page 2 does not exist; showing page 1 of 1.", BankPage.of("2", 0).notice().get());
    }

    @Test
    void aPageThatIsNotANumberFromOneUpIsTheFirstWithAMessage() {
        for (String bad : new String[] {"0", "000", "-2", "two", "1.5", " 2", "x".repeat(10_000)}) {
            BankPage p = BankPage.of(bad, 120);
            assertEquals(1, p.number(), bad);
            assertTrue(p.error().orElseThrow().endsWith("is not a page number: pages are numbered 1 to 3. Showing "
                    + "page 1 of 3."), bad);
            assertTrue(p.error().get().length() < 120, "a long page parameter is not echoed whole");
        }
        assertEquals("'abc' is not a page number: pages are numbered 1 to 3. Showing page 1 of 3.",
                BankPage.of("abc", 120).error().get());
    }
}
