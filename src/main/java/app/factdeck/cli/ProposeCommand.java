package app.factdeck.cli;

import app.factdeck.AppConfig;
import app.factdeck.articles.MarkedFact;
import app.factdeck.articles.TeacherArticles;
import app.factdeck.content.Article;
import app.factdeck.content.PageLine;
import app.factdeck.proposals.Proposal;
import app.factdeck.questions.QuestionListing;
import app.factdeck.questions.core.Question;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code propose FILE [--published YYYY-MM-DD] [--format json|text]}: the facts Factdeck proposes for a raw page and
 * the questions accepting them all would give, for scripts and measurement. Writes nothing the user keeps.
 */
@Command(name = "propose", description = {"Proposes a page's facts and prints them with the questions they give.",
        "Reads a .txt, .md or .html page (at most 1 MB); writes nothing (a throwaway database is used and deleted)."})
final class ProposeCommand implements Callable<Integer> {

    @Mixin
    HelpOption help;

    @Parameters(paramLabel = "FILE", description = "the page: .txt, .md or .html, UTF-8")
    Path file;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "the date it was published (else the page's own; needed when the page gives none)")
    String published;

    @Option(names = "--format", paramLabel = "json|text", defaultValue = "json",
            description = "json, one object (the default), or text to read")
    String format;

    private final Io io;

    ProposeCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        if (!format.equals("json") && !format.equals("text")) {
            io.err().println("factdeck: --format is json or text, not '" + format + "'.");
            return 2;
        }
        LocalDate date = null;
        if (published != null) {
            try {
                date = LocalDate.parse(published);
            } catch (DateTimeParseException e) {
                io.err().println("factdeck: --published is written YYYY-MM-DD, not '" + published + "'.");
                return 2;
            }
        }
        Optional<byte[]> page = TextFile.bytes(file, TeacherArticles.MAX_PAGE_BYTES,
                file + " is larger than 1 MB; save only the article.", io.err());
        if (page.isEmpty()) {
            return 1;
        }
        byte[] bytes = page.get();
        Cli.quietLogs();
        // The throwaway database is new by design: the warning a new data file deserves would only mislead here.
        System.setProperty("org.slf4j.simpleLogger.log.app.factdeck.db.Database", "error");
        AppConfig config = Cli.config(io);
        ProposalPreview.Result result;
        try {
            result = ProposalPreview.run(Cli.library(config), file.getFileName().toString(), bytes, date,
                    Clock.systemUTC());
        } catch (ProposalPreview.Refused e) {
            io.err().println("factdeck: " + e.getMessage());
            return e.usage() ? 2 : 1;
        }
        if (format.equals("json")) {
            io.out().println(json(result, config));
        } else {
            io.out().print(text(result));
        }
        io.out().flush();
        return 0;
    }

    static String json(ProposalPreview.Result r, AppConfig config) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("article", article(r.page()));
        root.put("facts", r.facts().stream().map(ProposeCommand::fact).toList());
        root.put("questions", QuestionListing.items(r.questions(), config.baseUrl()));
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> article(ProposalPreview.Page p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", p.title().orElse(null));
        m.put("publisher", p.publisher().orElse(null));
        m.put("author", p.author().orElse(null));
        m.put("published", p.published().toString());
        m.put("kept", p.kept().stream().map(s -> {
            Map<String, Object> k = new LinkedHashMap<>();
            k.put("anchor", s.anchor());
            k.put("sentence", s.text());
            return k;
        }).toList());
        m.put("dropped", p.dropped().stream().map(l -> {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("line", l.number());
            d.put("text", l.raw());
            d.put("reason", l.reason());
            return d;
        }).toList());
        return m;
    }

    private static Map<String, Object> fact(ProposalPreview.Checked c) {
        Proposal p = c.proposal();
        MarkedFact f = p.fact();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", p.key());
        m.put("kind", f.kind().slug());
        m.put("subject", subject(f));
        m.put("relation", f.kind().label());
        m.put("answer", f.answerText());
        m.put("answerType", f.answerType());
        m.put("sentence", f.sentence());
        m.put("anchor", c.anchor().orElse(null));
        m.put("confidence", p.confidence());
        m.put("preTicked", p.preTicked());
        m.put("reason", p.reason());
        m.put("accepted", c.accepted());
        m.put("problems", c.problems());
        return m;
    }

    /** What the fact is about, in the teacher's form's own fields: the role, the event, the question asked. */
    static String subject(MarkedFact f) {
        for (String s : new String[] {f.kind() == MarkedFact.Kind.ROLE ? f.roleWords() : null, f.event(),
                f.question(), f.statement()}) {
            if (s != null && !s.isBlank()) {
                return s;
            }
        }
        return f.sentence();
    }

    static String text(ProposalPreview.Result r) {
        StringBuilder b = new StringBuilder();
        ProposalPreview.Page p = r.page();
        b.append(p.title().orElse("(no title on the page)")).append('\n');
        b.append("  ").append(p.publisher().orElse("(publisher not stated)")).append(", ").append(p.published())
                .append(p.author().map(a -> ", by " + a).orElse("")).append('\n');
        b.append("\nKept sentences (").append(p.kept().size()).append("):\n");
        for (Article.Sentence s : p.kept()) {
            b.append("  ").append(s.anchor()).append("  ").append(s.text()).append('\n');
        }
        b.append("\nDropped lines (").append(p.dropped().size()).append("):\n");
        for (PageLine l : p.dropped()) {
            b.append("  line ").append(l.number()).append(" (").append(l.reason()).append("): ").append(l.raw())
                    .append('\n');
        }
        b.append("\nProposed facts (").append(r.facts().size()).append("):\n");
        for (ProposalPreview.Checked c : r.facts()) {
            MarkedFact f = c.proposal().fact();
            b.append(String.format("  [%s] %.2f %s: %s%s%n", f.kind().slug(), c.proposal().confidence(),
                    subject(f), f.answerText(), c.accepted() ? "" : "  (refused: "
                            + String.join(" ", c.problems().values()) + ")"));
            b.append("      ").append(c.anchor().orElse("?")).append("  ").append(f.sentence()).append('\n');
        }
        b.append("\nQuestions (").append(r.questions().size()).append("):\n");
        for (Question q : r.questions()) {
            b.append(QuestionListing.text(q));
        }
        return b.toString();
    }
}
