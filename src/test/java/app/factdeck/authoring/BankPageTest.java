package app.factdeck.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Paging the question bank: every question on exactly one page, any asked-for page lands somewhere. */
class BankPageTest {

    @Test
    void everyQuestionIsOnExactlyOnePageAndPastTheEndIsTheLastPage() {
        List<Integer> all = IntStream.range(0, 120).boxed().toList();
        BankPage first = BankPage.of("", all.size());
        assertEquals(List.of(1, 3), List.of(first.number(), first.pages()));
        assertEquals(all.subList(0, 50), first.of(all));
        assertEquals(all.subList(100, 120), BankPage.of("3", all.size()).of(all));
        BankPage past = BankPage.of("999999999", all.size());
        assertEquals(3, past.number());
        assertTrue(past.error().isEmpty(), "past the end is no error");
        assertEquals(List.of(), BankPage.of("1", 0).of(List.of()), "an empty bank has one empty page");
        assertEquals(1, BankPage.of("7", 0).pages());
    }

    @Test
    void aPageThatIsNotANumberFromOneUpIsTheFirstWithAMessage() {
        for (String bad : new String[] {"0", "-2", "two", "1.5", "9999999999", "x".repeat(10_000)}) {
            BankPage p = BankPage.of(bad, 120);
            assertEquals(1, p.number(), bad);
            assertTrue(p.error().orElseThrow().endsWith("pages are numbered from 1. Showing the first page."), bad);
            assertTrue(p.error().get().length() < 100, "a long page parameter is not echoed whole");
        }
    }
}
