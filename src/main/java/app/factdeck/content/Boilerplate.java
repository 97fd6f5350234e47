package app.factdeck.content;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lexicon of page furniture that news sites put around an article (navigation, promos, feeds).
 * The page cleaner drops these lines and the content loader refuses an article that still has one, so
 * no question can ever cite them. Each entry says, for the teacher, what kind of furniture it is.
 */
public final class Boilerplate {

    private record Entry(String regex, String reason) {
    }

    private static final String SIGN_UP = "newsletter sign-up";
    private static final String MENU = "site menu or link";

    private static final List<Entry> LINES = List.of(
            new Entry("subscribe\\b.*", SIGN_UP), new Entry("\\* indicates required", SIGN_UP),
            new Entry("enter your email.*", SIGN_UP), new Entry("please, enter correct email.*", SIGN_UP),
            new Entry("successfuly subscribed", SIGN_UP), new Entry("successfully subscribed", SIGN_UP),
            new Entry("thank you for signing up.*", SIGN_UP), new Entry("sign up\\b.*", SIGN_UP),
            new Entry("support us\\b.*", "donation appeal"),
            new Entry("read (also|more|next).*", "link to other stories"),
            new Entry("related( articles)?:?", "link to other stories"),
            new Entry("share( this( article| story)?)?:?", "share buttons"),
            new Entry("follow us\\b.*", "share buttons"),
            new Entry("share (on|via) \\S+.{0,40}", "share buttons"),
            new Entry("thank you for (reading|taking the time to read).*", "reader sign-off"),
            new Entry("listen to (this|the) (article|story).{0,30}", "audio player note"),
            new Entry("we use cookies.*", "cookie notice"), new Entry("(sign|log) (in|out)", MENU),
            new Entry("tags:.*", "tag list"), new Entry("client/title\\.list_title", "template placeholder"),
            new Entry("pre-order now", "promo"), new Entry("more news.*", "link to other stories"),
            new Entry("news feed", "link to other stories"), new Entry("news line", "link to other stories"),
            new Entry("all news", "link to other stories"), new Entry("editors' picks", "link to other stories"),
            new Entry("skip to content", MENU), new Entry("edit post", MENU), new Entry("back to top.*", MENU),
            new Entry("advertisement", "advertisement"),
            new Entry("this audio is created with ai assistance", "audio player note"),
            new Entry("\\d+ min read", "reading-time note"), new Entry("\\d+ comments?", "comment count"),
            new Entry(".*all rights reserved.*", "copyright line"), new Entry(".*©.*", "copyright line"),
            new Entry("source: .*", "source/agency line"), new Entry("photo: .*", "photo credit"),
            new Entry(".*pic\\.twitter\\.com.*", "embedded tweet"), new Entry("•.*", "menu item"));

    /**
     * The whole lexicon as one pattern, one capturing group per entry (their own groups made non-capturing), so a
     * line costs one match instead of one per entry: a 1 MB page has 20,000 lines.
     */
    private static final Pattern ANY = Pattern.compile(String.join("|", LINES.stream()
            .map(e -> "(" + e.regex.replaceAll("\\((?!\\?)", "(?:") + ")").toList()), Pattern.CASE_INSENSITIVE);

    private Boilerplate() {
    }

    /** True when the whole line is page furniture. */
    public static boolean matches(String line) {
        return reason(line).isPresent();
    }

    /** What kind of furniture the whole line is ("newsletter sign-up", "tag list", …), when it is. */
    public static Optional<String> reason(String line) {
        Matcher m = ANY.matcher(line.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        for (int group = 1; group <= LINES.size(); group++) {
            if (m.group(group) != null) {
                return Optional.of(LINES.get(group - 1).reason());
            }
        }
        return Optional.empty();
    }
}
