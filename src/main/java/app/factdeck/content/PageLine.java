package app.factdeck.content;

import java.util.List;

/**
 * One non-blank line of a pasted page and what the cleaner decided about it, so a teacher can see and flip it.
 *
 * @param number   1-based line number in the raw text (blank lines count)
 * @param raw      the line as pasted
 * @param text     what the article keeps of it: inline noise stripped (may equal {@code raw}); filled for dropped
 *                 lines too, so a line flipped back to kept loses its noise as well
 * @param kept     the cleaner's decision
 * @param role     {@link Role#PARAGRAPH}, {@link Role#SUBHEADING} (kept as "## ") or {@link Role#DROPPED}
 * @param reason   short and teacher-readable: why dropped ("photo caption", "repeats line 3", …) or why kept
 * @param stripped inline pieces removed from the line, each as {@code "…" — why}
 */
public record PageLine(int number, String raw, String text, boolean kept, Role role, String reason,
                       List<String> stripped) {

    public enum Role { PARAGRAPH, SUBHEADING, DROPPED }

    public PageLine {
        stripped = List.copyOf(stripped);
    }
}
