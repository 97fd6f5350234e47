package app.factdeck.accounts;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Account rules that involve storage: sign-up, sign-in with throttling and hash upgrades, password changes,
 * accounts made by teachers and admins.
 */
public final class AccountService {

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
    }

    public boolean isSignupOpen() {
        return accounts.isSignupOpen();
    }

    public Optional<Account> signUp(String username, String displayName, String password) {
        return accounts.create(username, displayName.strip(), hasher.hash(password), Role.STUDENT, false,
                clock.instant());
    }

    /** Creates an account of any role (the command line, admins, teachers creating students). */
    public Optional<Account> create(String username, String displayName, String password, Role role,
                                    boolean mustChange) {
        return accounts.create(username, displayName.strip(), hasher.hash(password), role, mustChange, clock.instant());
    }

    public SignIn signIn(String username, String password, String address) {
        String user = AccountRepository.normalise(username == null ? "" : username);
        List<String> keys = List.of("account:" + user, "address:" + address);
        Optional<Duration> wait = throttle.waitFor(keys, clock.instant());
        if (wait.isPresent()) {
            return new SignIn.Throttled(wait.get());
        }
        Optional<Account> account = user.isEmpty() ? Optional.empty() : accounts.findByUsername(user);
        if (account.isEmpty()) {
            hasher.verifyNothing(password);
            throttle.recordFailure(keys, clock.instant());
            return new SignIn.Refused();
        }
        String stored = accounts.passwordHash(account.get().id()).orElseThrow();
        PasswordHasher.Verified verified = hasher.verify(password, stored);
        if (!verified.matches()) {
            throttle.recordFailure(keys, clock.instant());
            return new SignIn.Refused();
        }
        throttle.clear(keys.get(0));
        if (verified.needsRehash()) {
            accounts.updatePassword(account.get().id(), hasher.hash(password), account.get().mustChangePassword());
        }
        return new SignIn.Accepted(account.get());
    }

    public Map<String, String> changePassword(Account account, String current, String next) {
        Map<String, String> errors = new LinkedHashMap<>();
        String stored = accounts.passwordHash(account.id()).orElseThrow();
        if (!hasher.verify(current, stored).matches()) {
            errors.put("current", "That is not your current password.");
        }
        AccountRules.password(next, account.username()).ifPresent(m -> errors.put("password", m));
        if (errors.isEmpty() && next.equals(current)) {
            errors.put("password", "Choose a password different from the current one.");
        }
        if (errors.isEmpty()) {
            accounts.updatePassword(account.id(), hasher.hash(next), false);
            sessions.deleteAllOf(account.id());
        }
        return errors;
    }

    public Account account(long id) {
        return accounts.findById(id).orElseThrow();
    }
}
