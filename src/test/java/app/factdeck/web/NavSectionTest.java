package app.factdeck.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Which navigation link a page marks as current: its own link exactly, the link above it otherwise. */
class NavSectionTest {

    @Test
    void aLinksOwnPageIsExactAndPagesUnderItAreNot() {
        assertEquals(new NavSection("home", true), NavSection.of("/"));
        assertEquals(new NavSection("classes", true), NavSection.of("/teacher/classes"));
        assertEquals(new NavSection("classes", false), NavSection.of("/teacher/classes/4/students/9/progress"));
        assertEquals(new NavSection("transfer", false), NavSection.of("/teacher/import/confirm"));
        assertEquals(new NavSection("users", false), NavSection.of("/admin/users/3/password"));
        assertEquals(new NavSection("home", false), NavSection.of("/articles/espreso-nato-troops-warning"));
        assertEquals(new NavSection("account", false), NavSection.of("/account/password"));
        assertEquals(new NavSection("articles", true), NavSection.of("/teacher/articles/new"));
        // The link is "New article": the list it belongs with is under it, not its page.
        assertEquals(new NavSection("articles", false), NavSection.of("/teacher/articles"));
        assertEquals(new NavSection("articles", false), NavSection.of("/teacher/articles/3/facts/t3-1/edit"));
    }

    @Test
    void aPathThatOnlyStartsWithALinksLettersIsNotUnderIt() {
        assertEquals(new NavSection("none", false), NavSection.of("/studyroom"));
        assertEquals(new NavSection("none", false), NavSection.of("/quiz/12"));
        assertEquals(new NavSection("none", false), NavSection.of("/health"));
    }
}
