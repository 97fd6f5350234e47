package app.factdeck.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.content.Article.Heading;
import app.factdeck.content.Article.Paragraph;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentLoaderTest {

    private static final String VALID = """
            ---
            title: "A headline"
            publisher: "The Paper"
            author: "Ann Writer"
            published: 2023-06-08
            language: en
            ---
            First sentence of the article. Second sentence, with a quote: “Yes.”

            ## A subheading

            Third sentence
            continues on a second line.
            """;

    @TempDir
    Path dir;

    @Test
    void loadsFrontMatterBlocksAndNumberedSentences() throws IOException {
        write("a-story", VALID);
        Article article = new ContentLoader().load(dir).articles().get(0);

        assertEquals("a-story", article.slug());
        assertEquals("A headline", article.title());
        assertEquals(Optional.of("Ann Writer"), article.author());
        assertEquals(LocalDate.of(2023, 6, 8), article.published());
        assertEquals(Optional.empty(), article.sourceUrl());
        assertEquals(3, article.blocks().size());
        assertTrue(article.blocks().get(1) instanceof Heading h && h.text().equals("A subheading"));
        assertEquals(List.of("s-1", "s-2", "s-3"), article.sentences().stream().map(Article.Sentence::anchor).toList());
        assertEquals("Second sentence, with a quote: “Yes.”", article.sentences().get(1).text());
        assertEquals("Third sentence continues on a second line.", ((Paragraph) article.blocks().get(2)).text());
    }

    @Test
    void reportsEveryProblemWithFileAndLine() throws IOException {
        write("bad-one", """
                ---
                title: "A headline"
                publisher: "The Paper"
                published: 8 June 2023
                language: en
                colour: blue
                url: ftp://example.org/x
                ---
                # A title in the body
                Tags:
                """);
        write("Bad_Slug", VALID);
        write("no-front-matter", "Just text.\n");

        ContentException e = assertThrows(ContentException.class, () -> new ContentLoader().load(dir));

        String folder = dir.getFileName().toString();
        assertEquals(List.of(
                folder + "/Bad_Slug/article.md:1: the folder name 'Bad_Slug' is not a valid slug: use lower-case "
                        + "letters, digits and single hyphens, e.g. nato-summit-warning",
                folder + "/bad-one/article.md:6: unknown front matter key 'colour'; the keys are author, language, "
                        + "published, publisher, title, url",
                folder + "/bad-one/article.md:4: 'published' must be a date written YYYY-MM-DD, e.g. 2023-06-08, not "
                        + "'8 June 2023'",
                folder + "/bad-one/article.md:7: 'url' must be an http:// or https:// address, not "
                        + "'ftp://example.org/x'",
                folder + "/bad-one/article.md:9: a subheading is written '## Text'; the article title belongs in the "
                        + "front matter",
                folder + "/bad-one/article.md:10: 'Tags:' is page boilerplate, not article text: remove the line (only "
                        + "the article's own sentences belong in article.md)",
                folder + "/bad-one/article.md:9: the article has no text after the front matter",
                folder + "/no-front-matter/article.md:1: the file must start with a '---' line opening the front "
                        + "matter"), e.problems());
    }

    @Test
    void missingRequiredKeysAreNamed() throws IOException {
        write("short", "---\ntitle: \"Only a title\"\n---\nSome text.\n");
        ContentException e = assertThrows(ContentException.class, () -> new ContentLoader().load(dir));
        assertEquals(3, e.problems().size(), e.getMessage());
        assertTrue(e.problems().get(0).endsWith("the front matter has no 'language' (required: title, publisher, "
                + "published, language)"), e.getMessage());
        assertTrue(e.problems().get(0).contains("short/article.md:3:"), e.getMessage());
    }

    @Test
    void aFolderWithoutArticleAndANonUtf8FileAreReported() throws IOException {
        Files.createDirectories(dir.resolve("empty-folder"));
        Files.createDirectories(dir.resolve("latin1"));
        Files.write(dir.resolve("latin1/article.md"), "---\ntitle: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        ContentException e = assertThrows(ContentException.class, () -> new ContentLoader().load(dir));
        String folder = dir.getFileName().toString();
        assertEquals(List.of(folder + "/empty-folder:1: an article folder needs an article.md file",
                folder + "/latin1/article.md:1: the file is not UTF-8 text; save it as UTF-8"), e.problems());
    }

    @Test
    void invalidYamlPointsAtItsLine() throws IOException {
        write("yaml", "---\ntitle: \"A\"\npublisher: [unclosed\n---\nText.\n");
        ContentException e = assertThrows(ContentException.class, () -> new ContentLoader().load(dir));
        assertTrue(e.problems().get(0).startsWith(dir.getFileName() + "/yaml/article.md:"), e.getMessage());
        assertTrue(e.problems().get(0).contains("the front matter is not valid YAML"), e.getMessage());
    }

    private void write(String slug, String text) throws IOException {
        Files.createDirectories(dir.resolve(slug));
        Files.writeString(dir.resolve(slug).resolve("article.md"), text);
    }
}
