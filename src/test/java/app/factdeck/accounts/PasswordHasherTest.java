package app.factdeck.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = PasswordHasher.forHeap(512L << 20);

    @Test
    void hashesAreArgon2idAtTheOwaspMinimumAndVerify() {
        String stored = hasher.hash("orange piano window");
        assertTrue(stored.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), stored);
        assertTrue(hasher.verify("orange piano window", stored).matches());
        assertFalse(hasher.verify("orange piano windows", stored).matches());
        assertFalse(hasher.verify("anything", "not a hash").matches());
    }

    @Test
    void aHashWithOldParametersAsksToBeUpgradedOnlyWhenThePasswordMatches() {
        String old = new PasswordHasher(8 * 1024, 1, 1, 1).hash("orange piano window");
        assertEquals(new PasswordHasher.Verified(true, true), hasher.verify("orange piano window", old));
        assertEquals(new PasswordHasher.Verified(false, false), hasher.verify("wrong password", old));
        assertEquals(new PasswordHasher.Verified(true, false),
                hasher.verify("orange piano window", hasher.hash("orange piano window")));
    }

    @Test
    void concurrentHashesAreBoundedByTheHeap() {
        // Half of a 128 MiB heap is 64 MiB: password4j's 19 MiB template, then two 19 MiB hashes.
        assertEquals(2, PasswordHasher.forHeap(128L << 20).concurrentHashes());
        assertEquals(1, PasswordHasher.forHeap(16L << 20).concurrentHashes());
        assertTrue(PasswordHasher.forHeap(64L << 30).concurrentHashes() <= Runtime.getRuntime().availableProcessors() * 2);
    }
}
