package app.factdeck.content;

import java.util.List;

/** One line of a pasted page and what the cleaner made of it. */
public record PageLine(int number, String raw, String text, boolean kept, Role role, String reason,
                       List<String> stripped) {

    public enum Role { PARAGRAPH, SUBHEADING, DROPPED }
}
