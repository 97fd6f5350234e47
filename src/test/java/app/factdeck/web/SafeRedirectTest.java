package app.factdeck.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SafeRedirectTest {

    @Test
    void pathsOnThisSiteAreKept() {
        assertEquals("/study", SafeRedirect.sameSitePath("/study"));
        assertEquals("/articles/cell-structure?from=home#facts",
                SafeRedirect.sameSitePath("/articles/cell-structure?from=home#facts"));
        assertEquals("/teacher/classes/3", SafeRedirect.sameSitePath("/teacher/classes/3"));
    }

    @Test
    void anythingThatABrowserCouldResolveToAnotherSiteBecomesTheHomePage() {
        String[] attacks = {
            "/\t/evil.example/", "/\n/evil.example", "/\r\n/evil.example", "/ /evil.example", "//evil.example",
            "/\\evil.example", "\\\\evil.example", "/\\/evil.example", "https://evil.example", "http:evil.example",
            "javascript:alert(1)", "/%2F%2Fevil.example", "/%2f/evil.example", "/%5Cevil.example", "/%09/evil.example/",
            "/\u00A0/evil.example", "/\u2028/evil.example", "/\u200B/evil.example", "evil.example", "",
            "/x".repeat(2000),
        };
        for (String attack : attacks) {
            assertEquals("/", SafeRedirect.sameSitePath(attack), attack);
        }
        assertEquals("/", SafeRedirect.sameSitePath(null));
    }
}
