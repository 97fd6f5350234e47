package app.factdeck.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class AccountRulesTest {

    @Test
    void displayNamesInAnyScriptUpToEightyCodePointsAreAccepted() {
        for (String ok : new String[] {"Ana Lind", "Анна Каренина", "Σωκράτης", "王伟", "محمد", "O'Brien-Smith",
            "😀".repeat(80), "e\u0301".repeat(80)}) {
            assertEquals(Optional.empty(), AccountRules.displayName(ok), ok);
        }
        assertEquals("\u00e9", AccountRules.cleanDisplayName(" e\u0301 "), "NFC and stripped");
    }

    @Test
    void theLengthLimitCountsCharactersNotUtf16Units() {
        assertEquals(Optional.of("Keep the name to 80 characters (it has 81)."), AccountRules.displayName(
                "😀".repeat(81)));
        assertEquals(Optional.of("Keep the name to 80 characters (it has 81)."), AccountRules.displayName(
                "x".repeat(81)));
    }

    @Test
    void controlCharactersDirectionOverridesAndInvisibleNamesAreRefused() {
        for (String control : new String[] {"Ana\u0000", "Ana\nLind", "Ana\rLind", "Ana\tLind", "Ana\u0085Lind",
            "Ana\u007fLind"}) {
            assertTrue(AccountRules.displayName(control).orElse("").startsWith("A name must be on one line"),
                    control);
        }
        for (String bidi : new String[] {"Ana\u202Ednil", "\u202Aana", "x\u2066y\u2069", "\u2067abc"}) {
            assertTrue(AccountRules.displayName(bidi).orElse("").contains("text-direction override"), bidi);
        }
        for (String invisible : new String[] {"\u200B", "\u200B\u200C\u200D", "\u3164", "\u2800\u2800", "\u00A0",
            "\u2060\uFEFF"}) {
            assertTrue(AccountRules.displayName(invisible).orElse("").startsWith("A name needs at least one visible")
                    || AccountRules.displayName(invisible).orElse("").startsWith("Enter the name"), invisible);
        }
        assertEquals(Optional.of("Enter the name others will see, e.g. Ana Lind."), AccountRules.displayName("   "));
    }
}
