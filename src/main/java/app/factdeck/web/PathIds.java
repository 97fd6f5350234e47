package app.factdeck.web;

import io.javalin.http.Context;
import io.javalin.validation.ValidationError;
import io.javalin.validation.ValidationException;
import java.util.List;
import java.util.Map;

/**
 * The numbers in a path ({@code /quiz/{id}/{position}}, {@code /teacher/classes/{id}}), read with Javalin's typed
 * path parameters. A number names a row or a position from 1 up, written as digits without a sign or leading zeros
 * ({@code 12}, never {@code +12}, {@code 012} or Arabic-Indic digits, which {@code Long.parseLong} would also take),
 * so each thing has one address. Anything else — letters, 0, -3, 500 digits — names nothing, like an id that was
 * never issued: {@link ValidationErrorPage} answers 404 with the page's own {@code noSuch} wording, the same words
 * as for an id that does not exist.
 *
 * <pre>{@code
 * long id = PathIds.of(ctx, "id", "There is no such quiz. Start a new one from an article.");
 * int p = PathIds.position(ctx, "position", "There is no question '" + PathIds.shown(ctx, "position") + "'.");
 * }</pre>
 */
public final class PathIds {

    /** How much of a path parameter a message repeats: enough to recognise it, never a page of digits. */
    static final int ECHO = 20;

    private PathIds() {
    }

    /** Path parameter {@code name} as a message may repeat it: cut after {@value #ECHO} characters. */
    public static String shown(Context ctx, String name) {
        String raw = ctx.pathParam(name);
        return raw.length() <= ECHO ? raw : raw.substring(0, ECHO) + "…";
    }

    /** The id in path parameter {@code name}, at most {@link Long#MAX_VALUE}. */
    public static long of(Context ctx, String name, String noSuch) {
        String raw = ctx.pathParam(name);
        return ctx.pathParamAsClass(name, Long.class)
                .check(id -> id > 0 && Long.toString(id).equals(raw), noSuch)
                .getOrThrow(errors -> refused(name, raw, noSuch));
    }

    /** A position (1 = the first) in path parameter {@code name}, at most {@link Integer#MAX_VALUE}. */
    public static int position(Context ctx, String name, String noSuch) {
        String raw = ctx.pathParam(name);
        return ctx.pathParamAsClass(name, Integer.class)
                .check(p -> p > 0 && Integer.toString(p).equals(raw), noSuch)
                .getOrThrow(errors -> refused(name, raw, noSuch));
    }

    /**
     * Javalin's own exception, with the page's wording in place of its conversion code (TYPE_CONVERSION_FAILED
     * skips the checks, so their message would be lost), for the one mapper to turn into the 404 page.
     */
    private static ValidationException refused(String name, String raw, String noSuch) {
        return new ValidationException(Map.of(name, List.of(new ValidationError<>(noSuch, Map.of(), raw))));
    }
}
