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

    /** Read on first use: the lemmatizer's model is only loaded when lemmas are asked for. */
    private static final class Tagger {
        static final POSModel MODEL = load(POS, POSModel::new);
        static final ThreadLocal<POSTaggerME> ME = ThreadLocal.withInitial(() -> new POSTaggerME(MODEL));
    }

    private static final class Lemmatizer {
        static final LemmatizerModel MODEL = load(LEMMAS, LemmatizerModel::new);
        static final ThreadLocal<LemmatizerME> ME = ThreadLocal.withInitial(() -> new LemmatizerME(MODEL));
    }

    private Nlp() {
    }

    /** The sentence's tokens and tags (lemmas left empty); apostrophes are read as ' so that "UK’s" splits like "UK's". */
    static Tagged tag(String sentence) {
        return tag(sentence, false);
    }

    /** As {@link #tag(String)}, with each word's lemma ("invaded" → "invade"); the lemmatizer is the slow part. */
    static Tagged tagWithLemmas(String sentence) {
        return tag(sentence, true);
    }

    private static Tagged tag(String sentence, boolean withLemmas) {
        // Same length: offsets found in the normalised text are offsets in the sentence.
        String plain = sentence.replace('’', '\'').replace('ʼ', '\'').replace('‘', '\'');
        Span[] spans = spans(plain);
        String[] words = Span.spansToStrings(spans, plain);
        String[] tags = Tagger.ME.get().tag(words);
        String[] lemmas = withLemmas ? Lemmatizer.ME.get().lemmatize(words, tags) : new String[words.length];
        List<Tagged.Token> tokens = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            tokens.add(new Tagged.Token(spans[i].getStart(), spans[i].getEnd(), words[i], tags[i],
                    lemmas[i] == null ? "" : lemmas[i]));
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
