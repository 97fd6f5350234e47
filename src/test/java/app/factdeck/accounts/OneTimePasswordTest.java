package app.factdeck.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One-time passwords as students copy them from paper come back to the form they were hashed in. */
class OneTimePasswordTest {

    @Test
    void capitalsSpacesAndMissingDashesReadAsTheGeneratedForm() {
        String made = AccountService.oneTimePassword();
        assertEquals(Optional.of(made), AccountService.canonicalOneTimePassword(made));
        for (String typed : new String[] {"U7P6 QCKW TPB5", "u7p6qckwtpb5", " u7p6 - qckw - tpb5 ", "U7P6-QCKW-TPB5"}) {
            assertEquals(Optional.of("u7p6-qckw-tpb5"), AccountService.canonicalOneTimePassword(typed), typed);
        }
    }

    @Test
    void anythingElseIsNotAOneTimePassword() {
        // Too short, too long, and letters the generator leaves out because they look alike (i, l, o, 0, 1).
        for (String typed : new String[] {"u7p6-qckw-tpb", "u7p6-qckw-tpb55", "u7p6-qckw-tpbi", "o7p6-qckw-tpb5",
                "u7p6-qckw-tpb1", "", "u7p6_qckw_tpb5"}) {
            assertEquals(Optional.empty(), AccountService.canonicalOneTimePassword(typed), typed);
        }
    }
}
