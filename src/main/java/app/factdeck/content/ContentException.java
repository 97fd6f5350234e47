package app.factdeck.content;

import java.util.List;

/** The content tree is not valid; each problem reads {@code file:line: what is wrong}. */
public final class ContentException extends RuntimeException {

    private final List<String> problems;

    public ContentException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
