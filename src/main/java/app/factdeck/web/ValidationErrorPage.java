package app.factdeck.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.validation.ValidationError;
import io.javalin.validation.ValidationException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The page for Javalin's {@link ValidationException} (a typed parameter that failed), in place of Javalin's own
 * JSON answer. A failed path parameter means the address names nothing: 404, with the wording of the check
 * ({@link PathIds} gives the page's "There is no …"). A failed query or form field means the request cannot be
 * done as sent: 400, with the check's message or one that says what the field takes.
 *
 * <p>This is for fields a person does not type (ids in links, hidden fields); a field someone types is checked by
 * its own form, which shows the message beside it with what was typed kept.
 */
final class ValidationErrorPage {

    /** What to answer: the status and the sentence the page shows. */
    record Refusal(int status, String message) {
    }

    private ValidationErrorPage() {
    }

    static void render(ValidationException e, Context ctx) {
        Refusal refusal = refusal(e.getErrors(), ctx.pathParamMap().keySet(), ctx.path());
        if (refusal.status() == HttpStatus.NOT_FOUND.getCode()) {
            ErrorPages.notFound(ctx, refusal.message());
        } else {
            ErrorPages.badRequest(ctx, refusal.message());
        }
    }

    /**
     * The answer to {@code errors} on a route with path parameters {@code pathParameters}; pure. A path parameter's
     * failure decides over a field's: the page to act on does not exist.
     */
    static Refusal refusal(Map<String, ? extends List<? extends ValidationError<?>>> errors,
                           Set<String> pathParameters, String path) {
        for (var entry : errors.entrySet()) {
            if (pathParameters.contains(entry.getKey())) {
                return new Refusal(HttpStatus.NOT_FOUND.getCode(), sentence(entry.getValue())
                        .orElse("There is no page at " + path + "."));
            }
        }
        var first = errors.entrySet().stream().min(Map.Entry.comparingByKey()).orElseThrow(() ->
                new IllegalArgumentException("A ValidationException without errors"));
        String field = first.getKey();
        ValidationError<?> error = first.getValue().isEmpty() ? new ValidationError<>("NULLCHECK_FAILED")
                : first.getValue().get(0);
        return new Refusal(HttpStatus.BAD_REQUEST.getCode(), sentence(first.getValue()).orElseGet(() ->
                switch (error.getMessage()) {
                    case "NULLCHECK_FAILED" -> "The request is missing '" + field + "'. Go back, reload the page and "
                            + "send it again.";
                    case "TYPE_CONVERSION_FAILED" -> "'" + echo(String.valueOf(error.value)) + "' is not a "
                            + "valid " + field + ". Go back, reload the page and send it again.";
                    default -> "The " + field + " sent is not valid. Go back, reload the page and send it again.";
                }));
    }

    /** The first message written for people; Javalin's own are codes (TYPE_CONVERSION_FAILED, NULLCHECK_FAILED). */
    private static java.util.Optional<String> sentence(List<? extends ValidationError<?>> errors) {
        return errors.stream().map(ValidationError::getMessage).filter(m -> !m.matches("[A-Z_]+")).findFirst();
    }

    /** As much of a refused value as a message repeats (see {@link PathIds#ECHO}). */
    private static String echo(String value) {
        return value.length() <= PathIds.ECHO ? value : value.substring(0, PathIds.ECHO) + "…";
    }
}
