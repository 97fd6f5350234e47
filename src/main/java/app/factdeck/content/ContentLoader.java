package app.factdeck.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads and validates the whole content tree: one folder per article holding {@code article.md} and
 * {@code facts.yaml}, and the entity catalogue {@code entities.yaml}.
 *
 * <pre>{@code
 * Library library = new ContentLoader().load(Path.of("content"));
 * }</pre>
 *
 * <p>Either everything is valid and returned, or a {@link ContentException} lists every problem
 * as {@code file:line: message}; the server refuses to start on a half-valid tree.
 */
public final class ContentLoader {

    private final ArticleParser parser = new ArticleParser(new SentenceSplitter());
    private final boolean gazetteer;

    /** A loader whose libraries also hold the built-in {@link Gazetteer} of countries. */
    public ContentLoader() {
        this(true);
    }

    private ContentLoader(boolean gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** A loader whose libraries hold only what the content tree has (to see what the gazetteer adds). */
    public static ContentLoader withoutGazetteer() {
        return new ContentLoader(false);
    }

    /** Loads {@code dir} if it exists; otherwise the seed content packaged in the jar. */
    public Library loadOrPackaged(Path dir) {
        if (Files.isDirectory(dir)) {
            return load(dir);
        }
        URL marker = ContentLoader.class.getResource("/content/README.md");
        if (marker == null) {
            throw new ContentException(List.of(dir + ": no such content directory, and no content is packaged in "
                    + "the jar. Set FACTDECK_CONTENT to the folder that holds your articles."));
        }
        try {
            URI uri = marker.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return load(jar.getPath("/content"));
                }
            }
            return load(Path.of(uri).getParent());
        } catch (URISyntaxException | IOException e) {
            throw new ContentException(List.of("packaged content: cannot be read (" + e.getMessage() + ")"));
        }
    }

    /** Loads every article folder directly below {@code dir}, in folder-name order, with entities and facts. */
    public Library load(Path dir) {
        List<String> problems = new ArrayList<>();
        List<Article> articles = new ArrayList<>();
        List<Path> folders;
        try (Stream<Path> children = Files.list(dir)) {
            folders = children.filter(Files::isDirectory)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new ContentException(List.of(dir + ": cannot list the content directory (" + e.getMessage() + ")"));
        }
        for (Path folder : folders) {
            String slug = stripSlash(folder.getFileName().toString());
            Path file = folder.resolve("article.md");
            String name = display(dir, file);
            if (!Files.isRegularFile(file)) {
                problems.add(display(dir, folder) + ":1: an article folder needs an article.md file");
                continue;
            }
            readUtf8(file, name, problems)
                    .flatMap(text -> parser.parse(name, slug, text, problems))
                    .ifPresent(articles::add);
        }
        if (folders.isEmpty()) {
            problems.add(dir + ":1: the content directory holds no article folders");
        }
        if (!problems.isEmpty()) {
            throw new ContentException(problems);
        }
        Map<String, Entity> entities = Map.of();
        Path entityFile = dir.resolve("entities.yaml");
        if (Files.isRegularFile(entityFile)) {
            String name = display(dir, entityFile);
            entities = readUtf8(entityFile, name, problems).map(t -> EntityParser.parse(name, t, problems))
                    .orElse(Map.of());
        }
        Map<String, Article> bySlug = new java.util.LinkedHashMap<>();
        articles.forEach(a -> bySlug.put(a.slug(), a));
        FactParser factParser = new FactParser(entities, bySlug);
        List<Fact> facts = new ArrayList<>();
        java.util.Set<String> factIds = new java.util.HashSet<>();
        for (Article article : articles) {
            Path file = dir.resolve(article.slug()).resolve("facts.yaml");
            if (!Files.isRegularFile(file)) {
                continue;
            }
            String name = display(dir, file);
            if (!Files.isRegularFile(entityFile)) {
                problems.add(name + ":1: facts need the entity catalogue " + display(dir, entityFile));
                continue;
            }
            readUtf8(file, name, problems).ifPresent(t -> facts.addAll(factParser.parse(name, article, t, factIds,
                    problems)));
        }
        if (!problems.isEmpty()) {
            throw new ContentException(problems);
        }
        // Facts answer only with the tree's own entities; the gazetteer adds wrong options of the same kind.
        Map<String, Entity> known = gazetteer ? Gazetteer.builtIn().merge(entities) : entities;
        return new Library(List.copyOf(articles), known, List.copyOf(facts));
    }

    private static java.util.Optional<String> readUtf8(Path file, String name, List<String> problems) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            return java.util.Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException e) {
            problems.add(name + ":1: the file is not UTF-8 text; save it as UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + name, e);
        }
        return java.util.Optional.empty();
    }

    private static String display(Path root, Path file) {
        Path base = root.getFileName() == null ? root : root.getFileName();
        return stripSlash(base.toString()) + "/" + root.relativize(file).toString().replace('\\', '/');
    }

    private static String stripSlash(String name) {
        return name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
    }
}
