package app.factdeck.accounts;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Account rules that involve storage: sign-up and sign-in with throttling, hash upgrades, password changes,
 * accounts made by teachers and admins, join-code attempts.
 */
public final class AccountService {

    private static final String PASSWORD_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountRepository accounts;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final SessionStore sessions;
    private final Clock clock;

    public AccountService(AccountRepository accounts, PasswordHasher hasher, LoginThrottle throttle,
                          SessionStore sessions, Clock clock) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.throttle = throttle;
        this.sessions = sessions;
        this.clock = clock;
    }

    /** The outcome of a sign-in attempt; unknown user and wrong password are the same {@code Refused}. */
    public sealed interface SignIn {
        record Accepted(Account account) implements SignIn {
        }

        record Refused() implements SignIn {
        }

        record Throttled(Duration retryAfter) implements SignIn {
        }

        /** The right password for an account an admin has disabled. */
        record Disabled() implements SignIn {
        }
    }

    public boolean isSignupOpen() {
        return accounts.isSignupOpen();
    }

    /** The outcome of a sign-up whose form was valid. */
    public sealed interface SignUp {
        record Created(Account account) implements SignUp {
        }

        record Unavailable() implements SignUp {
        }

        record Throttled(Duration retryAfter) implements SignUp {
        }
    }

    /**
     * Signs up a student from {@code address}. Every attempt counts against the address (so probing which
     * usernames exist is as limited as creating accounts), and the password is hashed before the username is
     * looked up, so a taken name is answered no sooner than a free one, and no sooner than a sign-in.
     */
    public SignUp signUp(String username, String displayName, String password, String address) {
        Optional<Duration> wait = throttle.reserve("signup:" + address, LoginThrottle.SIGN_UP, clock.instant());
        if (wait.isPresent()) {
            return new SignUp.Throttled(wait.get());
        }
        String hash = hasher.hash(password);
        return accounts.create(username, AccountRules.cleanDisplayName(displayName), hash, Role.STUDENT, false,
                clock.instant()).<SignUp>map(SignUp.Created::new).orElseGet(SignUp.Unavailable::new);
    }

    /** Creates an account of any role (the command line, admins). */
    public Optional<Account> create(String username, String displayName, String password, Role role,
                                    boolean mustChange) {
        return accounts.create(username, AccountRules.cleanDisplayName(displayName), hasher.hash(password), role,
                mustChange, clock.instant());
    }

    /** A student account a teacher made, with the one-time password to hand over. */
    public record NewStudent(String displayName, String username, String password, boolean reissued) {
    }

    /** What a roster did: the accounts to hand over, and the names skipped, with why. */
    public record Roster(List<NewStudent> students, List<String> skipped) {
    }

    /**
     * Puts students with {@code displayNames} (valid, see {@link AccountRules#displayName}) into a class, in one
     * transaction, hashing each one-time password once. With {@code reuseUnclaimed} (a CSV sent again after a
     * lost page) a name matching a member of {@code members} who has not yet signed in gets a new one-time
     * password instead of a second account, and a member who has signed in is skipped.
     */
    public Roster enrol(long classId, List<String> displayNames, List<Account> members, boolean reuseUnclaimed) {
        List<Account> unmatched = new ArrayList<>(reuseUnclaimed ? members : List.of());
        List<AccountRepository.Enrolment> plan = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> passwords = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (String raw : displayNames) {
            String name = AccountRules.cleanDisplayName(raw);
            Optional<Account> member = unmatched.stream().filter(a -> a.displayName().equals(name)).findFirst();
            member.ifPresent(unmatched::remove);
            if (member.isPresent() && !member.get().mustChangePassword()) {
                skipped.add(name + " is already in this class as " + member.get().username()
                        + " and has chosen a password; skipped.");
                continue;
            }
            String password = oneTimePassword();
            plan.add(new AccountRepository.Enrolment(name, Usernames.baseFor(name), "", member.map(Account::id)));
            names.add(name);
            passwords.add(password);
        }
        // Each hash once, before the write transaction (200 hashes inside it would stall every other write), on
        // as many cores as the hasher allows at once.
        List<String> hashes = passwords.parallelStream().map(hasher::hash).toList();
        for (int i = 0; i < plan.size(); i++) {
            AccountRepository.Enrolment e = plan.get(i);
            plan.set(i, new AccountRepository.Enrolment(e.displayName(), e.usernameBase(), hashes.get(i), e.reissue()));
        }
        List<Optional<String>> usernames = accounts.enrol(classId, plan, clock.instant());
        List<NewStudent> students = new ArrayList<>();
        for (int i = 0; i < plan.size(); i++) {
            boolean reissued = plan.get(i).reissue().isPresent();
            if (usernames.get(i).isPresent()) {
                students.add(new NewStudent(names.get(i), usernames.get(i).get(), passwords.get(i), reissued));
            } else {
                skipped.add(names.get(i) + " signed in and chose a password just now; skipped.");
            }
        }
        return new Roster(students, skipped);
    }

    /** Twelve characters in three groups, without look-alike letters: easy to copy from paper. */
    static String oneTimePassword() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                b.append('-');
            }
            b.append(PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
        }
        return b.toString();
    }

    /**
     * A one-time password as a student copies it from paper ({@code U7P6 QCKW TPB5}, {@code u7p6qckwtpb5}) in the
     * form {@link #oneTimePassword()} made and hashed ({@code u7p6-qckw-tpb5}); empty when, with case, spaces and
     * dashes set aside, it is not twelve characters of the one-time alphabet. Only for accounts that still have
     * a one-time password: a password someone chose is compared exactly as typed.
     */
    static Optional<String> canonicalOneTimePassword(String typed) {
        if (typed.length() > 40) {
            return Optional.empty();
        }
        String bare = typed.toLowerCase(java.util.Locale.ROOT).replaceAll("[\\s-]", "");
        if (bare.length() != 12 || !bare.chars().allMatch(c -> PASSWORD_ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(bare.substring(0, 4) + "-" + bare.substring(4, 8) + "-" + bare.substring(8));
    }

    /** What to check against an account's hash: a one-time password in its canonical form, else as typed. */
    private static String asHashed(Account account, String typed) {
        return account.mustChangePassword() ? canonicalOneTimePassword(typed).orElse(typed) : typed;
    }

    /**
     * Checks a sign-in from {@code address} (see {@code web.ClientAddress}). Only the account's own key can
     * refuse a correct password: failures of other accounts from the same address (a school behind one NAT)
     * only take away this account's free failures, so a guesser spraying one password over many accounts
     * waits from the first miss on each.
     */
    public SignIn signIn(String username, String password, String address) {
        String user = AccountRepository.normalise(username == null ? "" : username);
        boolean plausible = AccountRules.username(user).isEmpty();
        // Names no account can have share one key, so made-up long names cannot make keys of any size.
        String accountKey = "account:" + (plausible ? user : "(not a username)");
        String addressKey = "address:" + address;
        Instant now = clock.instant();
        boolean busyAddress = throttle.failures(addressKey, LoginThrottle.ADDRESS, now)
                >= LoginThrottle.BUSY_ADDRESS_FAILURES;
        Optional<Duration> wait = throttle.reserve(accountKey, busyAddress ? LoginThrottle.SIGN_IN_FROM_BUSY_ADDRESS
                : LoginThrottle.SIGN_IN, now);
        if (wait.isPresent()) {
            return new SignIn.Throttled(wait.get());
        }
        // No account's password is longer than the rules allow, so a longer one is wrong without hashing all of it.
        boolean tooLong = password.length() > AccountRules.MAX_PASSWORD;
        Optional<Account> account = plausible && !tooLong ? accounts.findByUsername(user) : Optional.empty();
        if (account.isEmpty()) {
            hasher.verifyNothing(tooLong ? "" : password);
            throttle.count(addressKey, LoginThrottle.ADDRESS, clock.instant());
            return new SignIn.Refused();
        }
        String stored = accounts.passwordHash(account.get().id()).orElseThrow();
        password = asHashed(account.get(), password);
        PasswordHasher.Verified verified = hasher.verify(password, stored);
        if (!verified.matches()) {
            throttle.count(addressKey, LoginThrottle.ADDRESS, clock.instant());
            return new SignIn.Refused();
        }
        throttle.clear(accountKey);
        // Said only to whoever knows the password, so it tells a guesser nothing.
        if (account.get().disabled()) {
            return new SignIn.Disabled();
        }
        if (verified.needsRehash()) {
            accounts.updatePassword(account.get().id(), hasher.hash(password), account.get().mustChangePassword());
        }
        return new SignIn.Accepted(account.get());
    }

    public Map<String, String> changePassword(Account account, String current, String next) {
        Map<String, String> errors = new LinkedHashMap<>();
        String stored = accounts.passwordHash(account.id()).orElseThrow();
        current = asHashed(account, current);
        if (!hasher.verify(current, stored).matches()) {
            errors.put("current", account.mustChangePassword()
                    ? "That is not the one-time password you signed in with. Type it as it is on your paper."
                    : "That is not your current password.");
        }
        AccountRules.password(next, account.username()).ifPresent(m -> errors.put("password", m));
        if (errors.isEmpty() && asHashed(account, next).equals(current)) {
            errors.put("password", "Choose a password different from the current one.");
        }
        if (errors.isEmpty()) {
            accounts.updatePassword(account.id(), hasher.hash(next), false);
            sessions.deleteAllOf(account.id());
        }
        return errors;
    }

    /** Stores a new display name (see {@link AccountRules#displayName}); what is wrong with it, if anything. */
    public Optional<String> changeDisplayName(Account account, String displayName) {
        Optional<String> wrong = AccountRules.displayName(displayName);
        if (wrong.isEmpty()) {
            accounts.updateDisplayName(account.id(), AccountRules.cleanDisplayName(displayName));
        }
        return wrong;
    }

    /**
     * Gives {@code target} a new one-time password (returned, to be shown once) that it must replace at its next
     * sign-in, ends its sessions, and lifts a sign-in wait its failures had caused: whoever forgot a password
     * and tried too often can sign in at once with the new one.
     */
    public String resetPassword(Account target) {
        String password = oneTimePassword();
        accounts.replacePassword(target.id(), hasher.hash(password), true);
        throttle.clear("account:" + target.username());
        return password;
    }

    /** {@code user passwd}: sets a password the admin chose; what is wrong with it, if anything. */
    public Optional<String> setPassword(Account target, String password) {
        Optional<String> wrong = AccountRules.password(password, target.username());
        if (wrong.isEmpty()) {
            accounts.replacePassword(target.id(), hasher.hash(password), false);
            throttle.clear("account:" + target.username());
        }
        return wrong;
    }

    /** Disables (signing it out everywhere) or enables an account; false when it already was so. */
    public boolean setDisabled(Account target, boolean disabled) {
        return accounts.setDisabled(target.id(), disabled, clock.instant());
    }

    public Optional<Account> findByUsername(String username) {
        return AccountRules.username(username).isPresent() ? Optional.empty() : accounts.findByUsername(username);
    }

    public List<Account> all() {
        return accounts.findAll();
    }

    /** Counts a join-code attempt by {@code account}; the wait left when it has typed too many. */
    public Optional<Duration> reserveJoinAttempt(Account account) {
        return throttle.reserve("join:" + account.id(), LoginThrottle.JOIN, clock.instant());
    }

    /** The account with this id, if there is one. */
    public Optional<Account> find(long id) {
        return accounts.findById(id);
    }

    public Account account(long id) {
        return accounts.findById(id).orElseThrow();
    }
}
