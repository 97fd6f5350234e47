package app.factdeck.proposals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.util.Span;

/**
 * OpenNLP's English UD models (part-of-speech tags and lemmas; words split by a rule, see {@link #spans}), read from the classpath once per JVM. The ME
 * classes keep state between calls, so each thread gets its own (the models themselves are shared and immutable).
 */
final class Nlp {

    private static final String POS = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    private static final String LEMMAS = "/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

    private static final class Models {
        static final POSModel TAGGER = load(POS, POSModel::new);
        static final LemmatizerModel LEMMATIZER = load(LEMMAS, LemmatizerModel::new);
    }

    private record Tools(POSTaggerME tagger, LemmatizerME lemmatizer) {
    }

    private static final ThreadLocal<Tools> TOOLS = ThreadLocal.withInitial(() -> new Tools(
            new POSTaggerME(Models.TAGGER), new LemmatizerME(Models.LEMMATIZER)));

    private Nlp() {
    }

    /** The sentence's tokens, tags and lemmas; apostrophes are read as ' so that "UK’s" splits like "UK's". */
    static Tagged tag(String sentence) {
        Tools t = TOOLS.get();
        // Same length: offsets found in the normalised text are offsets in the sentence.
        String plain = sentence.replace('’', '\'').replace('ʼ', '\'').replace('‘', '\'');
        Span[] spans = spans(plain);
        String[] words = Span.spansToStrings(spans, plain);
        String[] tags = t.tagger().tag(words);
        String[] lemmas = t.lemmatizer().lemmatize(words, tags);
        List<Tagged.Token> tokens = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            tokens.add(new Tagged.Token(spans[i].getStart(), spans[i].getEnd(), words[i], tags[i], lemmas[i]));
        }
        return new Tagged(sentence, tokens);
    }

    /**
     * Words as the tagger expects them. The UD tokenizer model keeps "Switzerland's" whole and cuts "Keller-Sutter"
     * into "Keller" and "-Sutter", which breaks names; words here are letter runs joined by inner hyphens or
     * apostrophes, a possessive 's on its own, numbers with their separators, and single marks.
     */
    private static Span[] spans(String plain) {
        List<Span> out = new ArrayList<>();
        Matcher m = WORD.matcher(plain);
        while (m.find()) {
            String w = m.group();
            if (w.length() > 2 && (w.endsWith("'s") || w.endsWith("'S"))) {
                out.add(new Span(m.start(), m.end() - 2));
                out.add(new Span(m.end() - 2, m.end()));
            } else if (w.length() > 3 && w.toLowerCase(java.util.Locale.ROOT).endsWith("n't")) {
                out.add(new Span(m.start(), m.end() - 3));
                out.add(new Span(m.end() - 3, m.end()));
            } else {
                out.add(new Span(m.start(), m.end()));
            }
        }
        return out.toArray(new Span[0]);
    }

    private static final Pattern WORD = Pattern.compile(
            "\\d+(?:[.,:]\\d+)*|[\\p{L}\\p{M}][\\p{L}\\p{M}\\p{N}]*(?:[-'.][\\p{L}\\p{M}\\p{N}]+)*|\\S");

    private interface Reader<M> {
        M read(InputStream in) throws IOException;
    }

    private static <M> M load(String resource, Reader<M> reader) {
        try (InputStream in = Nlp.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model " + resource + " is missing from the classpath");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the OpenNLP model " + resource, e);
        }
    }
}
