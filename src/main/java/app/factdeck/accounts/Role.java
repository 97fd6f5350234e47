package app.factdeck.accounts;

import io.javalin.security.RouteRole;
import java.util.Locale;

/** What an account may do. Students are the default at sign-up. */
public enum Role implements RouteRole {
    STUDENT, TEACHER, ADMIN;

    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role fromSlug(String slug) {
        return valueOf(slug.toUpperCase(Locale.ROOT));
    }

    /** Admins can do everything teachers can. */
    public boolean atLeast(Role other) {
        return ordinal() >= other.ordinal();
    }
}
