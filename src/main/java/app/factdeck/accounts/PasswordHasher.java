package app.factdeck.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id password hashing at the OWASP minimum (19 MiB, 2 iterations, parallelism 1), stored in the PHC
 * string format ({@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}, as libargon2 and password4j write it), with
 * the number of hashes computed at once bounded by the heap: each needs its 19 MiB, so a login storm queues
 * instead of exhausting memory.
 *
 * <p>The hashing is Bouncy Castle's {@link Argon2BytesGenerator}, which allocates a hash's memory for that hash
 * only. (password4j, used before, kept a 19 MiB zeroed template per parameter set for the life of the process:
 * a seventh of a 128 MB heap, and ~19 MB of the server's resident memory, spent on nothing.)
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
    static final int SALT_BYTES = 16;
    /** At most this share of the heap goes to concurrent hashes. */
    private static final double HEAP_SHARE = 0.5;

    private static final Pattern PHC = Pattern.compile(
            "\\$(argon2id|argon2i|argon2d)\\$v=(\\d+)\\$m=(\\d+),t=(\\d+),p=(\\d+)\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
    private static final Map<String, Integer> VARIANTS = Map.of("argon2id", Argon2Parameters.ARGON2_id,
            "argon2i", Argon2Parameters.ARGON2_i, "argon2d", Argon2Parameters.ARGON2_d);
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final int memoryKib;
    private final int iterations;
    private final int parallelism;
    private final Semaphore slots;

    PasswordHasher(int memoryKib, int iterations, int parallelism, int concurrent) {
        this.memoryKib = memoryKib;
        this.iterations = iterations;
        this.parallelism = parallelism;
        this.slots = new Semaphore(Math.max(1, concurrent), true);
    }

    public static PasswordHasher forHeap(long maxHeapBytes) {
        return forHeap(maxHeapBytes, Cost.OWASP);
    }

    /**
     * How much a new hash costs. {@link Cost#TEST_ONLY} (FACTDECK_PASSWORD_HASH_COST=test-only) is for test runs
     * only, where thousands of sign-ins would otherwise spend minutes hashing; every hash carries its parameters
     * in its PHC string, so either hasher verifies the other's hashes.
     */
    public enum Cost {
        OWASP,
        /** 64 KiB, 1 iteration: a few hundred microseconds, and no protection worth the name. */
        TEST_ONLY
    }

    static final int TEST_ONLY_MEMORY_KIB = 64;

    public static PasswordHasher forHeap(long maxHeapBytes, Cost cost) {
        return cost == Cost.TEST_ONLY
                ? new PasswordHasher(TEST_ONLY_MEMORY_KIB, 1, PARALLELISM, concurrentFor(maxHeapBytes))
                : new PasswordHasher(MEMORY_KIB, ITERATIONS, PARALLELISM, concurrentFor(maxHeapBytes));
    }

    /** How many hashes may run at once: each holds its 19 MiB; never more than two per core (more only queue). */
    static int concurrentFor(long maxHeapBytes) {
        String override = System.getProperty("factdeck.hashes");
        if (override != null) {
            return Math.max(1, Integer.parseInt(override));
        }
        long perHash = MEMORY_KIB * 1024L;
        long budget = (long) (maxHeapBytes * HEAP_SHARE);
        return (int) Math.max(1, Math.min(Runtime.getRuntime().availableProcessors() * 2L, budget / perHash));
    }

    public int concurrentHashes() {
        return slots.availablePermits();
    }

    public String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] hash = bounded(() -> argon2(Argon2Parameters.ARGON2_id, Argon2Parameters.ARGON2_VERSION_13, memoryKib,
                iterations, parallelism, salt, password, OUTPUT_BYTES));
        return "$argon2id$v=" + Argon2Parameters.ARGON2_VERSION_13 + "$m=" + memoryKib + ",t=" + iterations + ",p="
                + parallelism + "$" + B64.encodeToString(salt) + "$" + B64.encodeToString(hash);
    }

    /** Whether {@code password} matches, and whether the stored hash uses outdated parameters. */
    public Verified verify(String password, String stored) {
        Matcher m = PHC.matcher(stored == null ? "" : stored);
        if (!m.matches()) {
            return new Verified(false, false);
        }
        int variant = VARIANTS.get(m.group(1));
        int version;
        int memory;
        int time;
        int lanes;
        byte[] salt;
        byte[] expected;
        try {
            version = Integer.parseInt(m.group(2));
            memory = Integer.parseInt(m.group(3));
            time = Integer.parseInt(m.group(4));
            lanes = Integer.parseInt(m.group(5));
            salt = Base64.getDecoder().decode(m.group(6));
            expected = Base64.getDecoder().decode(m.group(7));
        } catch (IllegalArgumentException e) {
            return new Verified(false, false);
        }
        // A stored hash is ours or an earlier release's; refuse parameters no release wrote rather than let
        // a crafted row make the server allocate gigabytes.
        if (memory < 8 || memory > 1 << 20 || time < 1 || time > 10 || lanes < 1 || lanes > 16 || expected.length < 16
                || (version != Argon2Parameters.ARGON2_VERSION_13 && version != Argon2Parameters.ARGON2_VERSION_10)) {
            return new Verified(false, false);
        }
        byte[] actual = bounded(() -> argon2(variant, version, memory, time, lanes, salt, password, expected.length));
        boolean ok = MessageDigest.isEqual(expected, actual);
        boolean outdated = memory != memoryKib || time != iterations || lanes != parallelism
                || variant != Argon2Parameters.ARGON2_id;
        return new Verified(ok, ok && outdated);
    }

    /** Spends the same time as a real check, so an unknown username is not faster than a wrong password. */
    public void verifyNothing(String password) {
        hash(password);
    }

    public record Verified(boolean matches, boolean needsRehash) {
    }

    private static byte[] argon2(int variant, int version, int memoryKib, int iterations, int parallelism, byte[] salt,
                                 String password, int length) {
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(variant).withVersion(version).withMemoryAsKB(memoryKib)
                .withIterations(iterations).withParallelism(parallelism).withSalt(salt).build());
        byte[] out = new byte[length];
        generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
        return out;
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
