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
    void hashesOfEarlierReleasesStillVerifyAndOursVerifyElsewhere() {
        // Earlier releases stored password4j's PHC strings; an independent implementation checks ours.
        com.password4j.Argon2Function p4j = com.password4j.Argon2Function.getInstance(19 * 1024, 2, 1, 32,
                com.password4j.types.Argon2.ID);
        String old = p4j.hash("orange piano window").getResult();
        assertEquals(new PasswordHasher.Verified(true, false), hasher.verify("orange piano window", old));
        assertFalse(hasher.verify("orange piano windoW", old).matches());
        String ours = hasher.hash("orange piano window");
        assertTrue(com.password4j.Argon2Function.getInstanceFromHash(ours).check("orange piano window", ours));
        assertFalse(com.password4j.Argon2Function.getInstanceFromHash(ours).check("orange", ours));
    }

    @Test
    void absurdOrBrokenStoredParametersAreRefusedWithoutHashing() {
        assertFalse(hasher.verify("x", "$argon2id$v=19$m=99999999,t=2,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA").matches());
        assertFalse(hasher.verify("x", "$argon2id$v=19$m=19456,t=2,p=1$!!$aGFzaA").matches());
        assertFalse(hasher.verify("x", null).matches());
    }

    @Test
    void concurrentHashesAreBoundedByTheHeap() {
        // Half of a 128 MiB heap is 64 MiB: three 19 MiB hashes (no template held between hashes).
        assertEquals(Math.min(3, Runtime.getRuntime().availableProcessors() * 2),
                PasswordHasher.forHeap(128L << 20).concurrentHashes());
        assertEquals(1, PasswordHasher.forHeap(16L << 20).concurrentHashes());
        assertTrue(PasswordHasher.forHeap(64L << 30).concurrentHashes() <= Runtime.getRuntime().availableProcessors() * 2);
    }

    @Test
    void testOnlyHashesAreCheapAndCarryTheirParametersSoEitherHasherVerifiesTheOther() {
        PasswordHasher cheap = PasswordHasher.forHeap(512L << 20, PasswordHasher.Cost.TEST_ONLY);
        String cheapHash = cheap.hash("orange piano window");
        assertTrue(cheapHash.startsWith("$argon2id$v=19$m=64,t=1,p=1$"), cheapHash);
        assertTrue(hasher.verify("orange piano window", cheapHash).matches(), "the real hasher reads m and t");
        assertTrue(hasher.verify("orange piano window", cheapHash).needsRehash(), "and upgrades it at sign-in");
        assertFalse(hasher.verify("orange piano windoe", cheapHash).matches());
        String realHash = hasher.hash("orange piano window");
        assertTrue(cheap.verify("orange piano window", realHash).matches());
        long started = System.nanoTime();
        for (int i = 0; i < 20; i++) {
            cheap.hash("orange piano window");
        }
        long cheapNanos = System.nanoTime() - started;
        started = System.nanoTime();
        hasher.hash("orange piano window");
        long realNanos = System.nanoTime() - started;
        assertTrue(cheapNanos < realNanos, "20 test-only hashes (" + cheapNanos / 1000 + " us) cost less than one real ("
                + realNanos / 1000 + " us)");
    }
}
