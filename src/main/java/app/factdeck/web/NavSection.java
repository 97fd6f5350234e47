package app.factdeck.web;

/**
 * Which link of the main navigation a page belongs to, from its path; pure. The layout marks that link with
 * {@code aria-current}: "page" when the page is the link's own, "true" when it lies under it.
 *
 * <pre>{@code
 * NavSection.of("/teacher/classes")    // classes, exact
 * NavSection.of("/teacher/classes/4")  // classes, not exact
 * NavSection.of("/quiz/12")            // none
 * }</pre>
 *
 * @param name  the section ("home", "classes", …), or "none" for a page under no link
 * @param exact whether the path is the link's own
 */
public record NavSection(String name, boolean exact) {

    /**
     * Each link's path prefix and its section, and the link's own page when it is not the prefix itself; the first
     * whose prefix is the page's path or a prefix of it wins.
     */
    private static final String[][] LINKS = {
            {"/teacher/classes", "classes"}, {"/teacher/articles", "articles", "/teacher/articles/new"},
            {"/teacher/transfer", "transfer"}, {"/teacher/import", "transfer"},
            {"/teacher/export", "transfer"}, {"/admin/users", "users"}, {"/admin", "users"}, {"/study", "study"},
            {"/progress", "progress"}, {"/join", "join"}, {"/login", "login"}, {"/signup", "signup"},
            {"/account", "account"}, {"/articles", "home"},
    };

    public static NavSection of(String path) {
        if (path.equals("/")) {
            return new NavSection("home", true);
        }
        for (String[] link : LINKS) {
            if (path.equals(link[0]) || path.startsWith(link[0] + "/")) {
                return new NavSection(link[1], path.equals(link.length > 2 ? link[2] : link[0]));
            }
        }
        return new NavSection("none", false);
    }
}
