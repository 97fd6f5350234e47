package app.factdeck.accounts;

import com.password4j.Argon2Function;
import com.password4j.types.Argon2;
import java.util.concurrent.Semaphore;

/**
 * Argon2id password hashing at the OWASP minimum (19 MiB, 2 iterations, parallelism 1), with the number of
 * hashes computed at once bounded by the heap: each needs its 19 MiB, so a login storm queues instead of
 * exhausting memory.
 *
 * <pre>{@code
 * PasswordHasher hasher = PasswordHasher.forHeap(Runtime.getRuntime().maxMemory());
 * String stored = hasher.hash("correct horse battery");
 * hasher.verify("correct horse battery", stored); // Verified(true, needsRehash=false)
 * }</pre>
 */
public final class PasswordHasher {

    /** The parameters, in one place: raising them upgrades each stored hash at its owner's next sign-in. */
    static final int MEMORY_KIB = 19 * 1024;
    static final int ITERATIONS = 2;
    static final int PARALLELISM = 1;
    static final int OUTPUT_BYTES = 32;
    /** At most this share of the heap goes to concurrent hashes. */
    private static final double HEAP_SHARE = 0.5;

    private final Argon2Function function;
    private final Semaphore slots;

    PasswordHasher(int memoryKib, int iterations, int parallelism, int concurrent) {
        this.function = Argon2Function.getInstance(memoryKib, iterations, parallelism, OUTPUT_BYTES, Argon2.ID);
        this.slots = new Semaphore(Math.max(1, concurrent), true);
    }

    public static PasswordHasher forHeap(long maxHeapBytes) {
        return new PasswordHasher(MEMORY_KIB, ITERATIONS, PARALLELISM, concurrentFor(maxHeapBytes));
    }

    /**
     * How many hashes may run at once: password4j keeps one 19 MiB template per parameter set for the life of
     * the process and copies it for every hash, so the share of the heap given to hashing pays for the template
     * first. Never more than two per core (more only queue for the CPU).
     */
    static int concurrentFor(long maxHeapBytes) {
        String override = System.getProperty("factdeck.hashes");
        if (override != null) {
            return Math.max(1, Integer.parseInt(override));
        }
        long perHash = MEMORY_KIB * 1024L;
        long budget = (long) (maxHeapBytes * HEAP_SHARE) - perHash;
        return (int) Math.max(1, Math.min(Runtime.getRuntime().availableProcessors() * 2L, budget / perHash));
    }

    public int concurrentHashes() {
        return slots.availablePermits();
    }

    public String hash(String password) {
        return bounded(() -> function.hash(password).getResult());
    }

    /** Whether {@code password} matches, and whether the stored hash uses outdated parameters. */
    public Verified verify(String password, String stored) {
        Argon2Function used;
        try {
            used = Argon2Function.getInstanceFromHash(stored);
        } catch (RuntimeException e) {
            return new Verified(false, false);
        }
        boolean ok = bounded(() -> used.check(password, stored));
        boolean outdated = used.getMemory() != function.getMemory() || used.getIterations() != function.getIterations()
                || used.getParallelism() != function.getParallelism() || used.getVariant() != Argon2.ID;
        return new Verified(ok, ok && outdated);
    }

    /** Spends the same time as a real check, so an unknown username is not faster than a wrong password. */
    public void verifyNothing(String password) {
        bounded(() -> function.hash(password).getResult());
    }

    public record Verified(boolean matches, boolean needsRehash) {
    }

    private <T> T bounded(java.util.function.Supplier<T> work) {
        slots.acquireUninterruptibly();
        try {
            return work.get();
        } finally {
            slots.release();
        }
    }
}
