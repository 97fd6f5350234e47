package app.factdeck.content;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The lexicon of page furniture that news sites put around an article (navigation, promos, feeds).
 * The page cleaner drops these lines and the content loader refuses an article that still has one, so
 * no question can ever cite them.
 */
public final class Boilerplate {

    private static final List<Pattern> LINES = List.of(
            "subscribe\\b.*", "\\* indicates required", "enter your email.*", "please, enter correct email.*",
            "successfuly subscribed", "successfully subscribed", "thank you for signing up.*", "sign up\\b.*",
            "support us\\b.*", "read (also|more|next).*", "related( articles)?:?", "share( this( article| story)?)?:?", "follow us\\b.*",
            "tags:.*", "client/title\\.list_title", "pre-order now", "more news.*", "news feed", "news line",
            "all news", "editors' picks", "skip to content", "edit post", "back to top.*", "advertisement",
            "this audio is created with ai assistance", "\\d+ min read", "\\d+ comments?", ".*all rights reserved.*",
            ".*©.*", "source: .*", "photo: .*", ".*pic\\.twitter\\.com.*", "•.*")
            .stream().map(p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE)).toList();

    private Boilerplate() {
    }

    /** True when the whole line is page furniture. */
    public static boolean matches(String line) {
        String text = line.strip().toLowerCase(Locale.ROOT);
        return LINES.stream().anyMatch(p -> p.matcher(text).matches());
    }
}
