package app.factdeck.web;

import java.util.Map;

/**
 * Renders one fragment of a template on its own ({@code "fragments/answer-fields"}, {@code "fields"}), for a page
 * that reuses the same markup across requests. {@link #NONE} renders nothing, so the page renders it itself.
 */
@FunctionalInterface
public interface Fragments {

    Fragments NONE = (template, fragment, model) -> null;

    /** The fragment's HTML, or null when this renderer does not render fragments on their own. */
    String render(String template, String fragment, Map<String, Object> model);
}
