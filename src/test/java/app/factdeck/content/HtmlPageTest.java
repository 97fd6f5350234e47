package app.factdeck.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HtmlPageTest {

    private static final String P1 = "The city council approved the new budget on Monday after a long debate about "
            + "school funding.";
    private static final String P2 = "Members voted twelve to three in favour, and the mayor said the plan would take "
            + "effect in the spring.";
    private static final String P3 = "Opponents argued that the road repairs had been postponed for too many years "
            + "already.";

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en-GB">
            <head>
              <title>Council approves budget | Example Daily</title>
              <meta property="og:title" content="Council approves budget after long debate">
              <meta property="og:site_name" content="Example Daily">
              <meta name="author" content="Jane Roe">
              <meta property="article:published_time" content="2023-12-13T09:30:00Z">
              <link rel="canonical" href="https://news.example.org/budget">
              <style>p { color: red; } .secret { display: none }</style>
              <script>var tracking = "window.dataLayer.push(1)";</script>
            </head>
            <body>
              <header><a href="/">Home</a> <a href="/world">World news menu</a></header>
              <nav><ul><li>Politics section link</li><li>Sport section link</li></ul></nav>
              <main><article>
                <header><h1>Council approves budget after long debate</h1><p class="byline">By Jane Roe</p></header>
                <div class="body"><div class="inner">
                  <p>%s</p>
                  <p>Members voted <b>twelve</b> to three in <a href="#">favour</a>, and the mayor said the plan
                     would take effect in the spring.</p>
                  <h2>What happens next</h2>
                  <p>%s</p>
                  <noscript>Please enable JavaScript to see the comments.</noscript>
                </div></div>
              </article></main>
              <aside><p>An unrelated promoted story that readers also liked very much this week.</p></aside>
              <form><label>Enter your email</label><button>Sign up</button></form>
              <footer><p>Example Daily keeps this footer paragraph out of every article it prints.</p></footer>
              <script>document.write("late script text.");</script>
            </body>
            </html>
            """.formatted(P1, P3);

    @Test
    void scriptsStylesMenusFormsAndPageFooterAreGone() {
        String text = HtmlPage.text(PAGE);
        for (String gone : List.of("tracking", "color: red", "World news menu", "Politics section link",
                "promoted story", "Enter your email", "footer paragraph", "late script", "enable JavaScript")) {
            assertFalse(text.contains(gone), () -> "kept: " + gone + "\n" + text);
        }
    }

    @Test
    void everyBlockIsOneLineAndInlineElementsDoNotSplitIt() {
        List<String> lines = HtmlPage.text(PAGE).lines().toList();
        assertEquals(List.of("Council approves budget after long debate", "By Jane Roe", P1, P2, "What happens next",
                P3), lines);
    }

    @Test
    void theArticleBodyKeepsItsSubheading() {
        PageReading reading = HtmlPage.read(PAGE);
        assertEquals(List.of(P1, P2, "## What happens next", P3), reading.body());
    }

    @Test
    void metadataComesFromThePagesOwnTags() {
        PageMeta meta = HtmlPage.read(PAGE).meta();
        assertEquals(Optional.of("Council approves budget after long debate"), meta.title());
        assertEquals(Optional.of("Example Daily"), meta.publisher());
        assertEquals(Optional.of("Jane Roe"), meta.author());
        assertEquals(Optional.of(LocalDate.of(2023, 12, 13)), meta.published());
        assertEquals(Optional.of("https://news.example.org/budget"), meta.url());
        assertEquals("en", meta.language());
    }

    @Test
    void withoutOpenGraphTheTitleTagTimeElementAndOgUrlAreUsedAndTheTextDecidesTheLanguage() {
        String html = """
                <html><head><title>Haushalt beschlossen</title>
                <meta property="og:url" content="https://example.de/haushalt"></head>
                <body><p>Der Stadtrat hat am Montag den neuen Haushalt beschlossen, nachdem es eine lange Debatte
                über die Finanzierung der Schulen gab.</p>
                <p><time datetime="2024-03-05">5. März</time></p>
                <p>Die Opposition war dagegen, aber die Mehrheit hat sich am Ende für den Plan entschieden.</p>
                </body></html>""";
        PageMeta meta = HtmlPage.read(html).meta();
        assertEquals(Optional.of("Haushalt beschlossen"), meta.title());
        assertEquals(Optional.of(LocalDate.of(2024, 3, 5)), meta.published());
        assertEquals(Optional.of("https://example.de/haushalt"), meta.url());
        assertEquals("de", meta.language());
    }

    @Test
    void aFigureCaptionIsDroppedEvenWhenItReadsLikeASentence() {
        String html = "<article><p>" + P1 + "</p><figure><img src=a.jpg><figcaption>The mayor speaks to reporters "
                + "outside the town hall on Monday.</figcaption></figure><p>" + P2 + "</p><p>" + P3 + "</p></article>";
        PageReading reading = HtmlPage.read(html);
        PageLine caption = reading.lines().get(1);
        assertEquals("The mayor speaks to reporters outside the town hall on Monday.", caption.text());
        assertFalse(caption.kept());
        assertEquals("photo caption", caption.reason());
        assertEquals(List.of(P1, P2, P3), reading.body());
    }

    @Test
    void brSplitsLinesAndNestedListsGiveOneLinePerItem() {
        String text = HtmlPage.text("<div>First line<br>Second line<ul><li>One <i>item</i></li>"
                + "<li><p>Nested item</p></li></ul></div>");
        assertEquals(List.of("First line", "Second line", "One item", "Nested item"), text.lines().toList());
        assertTrue(HtmlPage.read("").lines().isEmpty());
    }
}
