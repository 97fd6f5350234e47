package app.factdeck.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;

/**
 * Splits a paragraph into sentences with OpenNLP's English model (UD English EWT, shipped on Maven Central),
 * which keeps quotes and abbreviations such as "U.S." together where {@code java.text.BreakIterator} does not.
 *
 * <p>Not thread-safe ({@link SentenceDetectorME} keeps state); use one per thread.
 */
public final class SentenceSplitter {

    private static final String MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

    private final SentenceDetectorME detector;

    public SentenceSplitter() {
        try (InputStream in = SentenceSplitter.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP sentence model " + MODEL + " is missing from the classpath");
            }
            detector = new SentenceDetectorME(new SentenceModel(in));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the OpenNLP sentence model", e);
        }
    }

    /** The sentences of {@code paragraph}, each exactly as written (only surrounding spaces trimmed). */
    public List<String> split(String paragraph) {
        return Arrays.stream(detector.sentDetect(paragraph)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
