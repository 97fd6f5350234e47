package app.factdeck.web;

import io.javalin.http.Context;
import io.javalin.rendering.FileRenderer;
import java.util.Map;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders {@code ctx.render("content/article", model)} with Thymeleaf templates from
 * {@code src/main/resources/templates}. Ours because javalin-rendering-thymeleaf does not resolve here.
 *
 * <p>Templates see only their model (a plain Thymeleaf context has no request or session), so every page
 * gets what it needs passed in explicitly; what every layout needs about the person looking (name, role, CSRF
 * token) comes from the {@link Viewer} the session filter set.
 */
public final class ThymeleafRenderer implements FileRenderer, Fragments {

    /** Request attribute: false when sign-up is closed (pages then offer no "Sign up"). */
    public static final String SIGNUP_OPEN = "factdeck.signupOpen";
    /** Request attribute: the command that creates the first admin, set on the home page while there is none. */
    public static final String FIRST_ADMIN_COMMAND = "factdeck.firstAdminCommand";
    /**
     * The names of layout.html's fragment parameters. Inside the layout they hide any model variable of the same
     * name, so a page that printed such a variable would show the layout's template source instead.
     */
    static final java.util.Set<String> LAYOUT_PARAMETERS = java.util.Set.of("layoutTitle", "layoutMain");

    private final TemplateEngine engine;
    private final boolean devMode;

    public ThymeleafRenderer(boolean devMode) {
        this.devMode = devMode;
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        // Dev mode re-reads templates on every request so edits show without a restart.
        resolver.setCacheable(!devMode);
        engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
    }

    /**
     * One fragment with only {@code model}: no viewer, no CSRF token, so nothing in it may be personal. Null in dev
     * mode, where templates are re-read on every request and a page must not keep what an edit changed.
     */
    @Override
    public String render(String template, String fragment, Map<String, Object> model) {
        if (devMode) {
            return null;
        }
        org.thymeleaf.context.Context context = new org.thymeleaf.context.Context(java.util.Locale.ENGLISH);
        context.setVariables(new java.util.HashMap<>(model));
        return engine.process(template, java.util.Set.of(fragment), context);
    }

    @Override
    public String render(String filePath, Map<String, ?> model, Context ctx) {
        for (String reserved : LAYOUT_PARAMETERS) {
            if (model.containsKey(reserved)) {
                throw new IllegalArgumentException("The model of " + filePath + " uses '" + reserved
                        + "', the name of a layout parameter that would hide it; rename the variable.");
            }
        }
        org.thymeleaf.context.Context context = new org.thymeleaf.context.Context(java.util.Locale.ENGLISH);
        context.setVariables(new java.util.HashMap<>(model));
        NavSection nav = NavSection.of(ctx.path());
        context.setVariable("navSection", nav.name());
        context.setVariable("navCurrent", nav.exact() ? "page" : "true");
        context.setVariable("firstAdminCommand", ctx.attribute(FIRST_ADMIN_COMMAND));
        // Every page's layout shows who is signed in, and every form needs the CSRF token.
        Viewer viewer = Viewer.of(ctx);
        context.setVariable("currentUser", viewer.signedIn().orElse(null));
        context.setVariable("navRole", viewer.signedIn().map(Viewer.SignedIn::role).orElse(""));
        // Visitors are offered "Sign up" only while it is open (set by the accounts' session filter, visitors only).
        context.setVariable("signupOpen", !Boolean.FALSE.equals(ctx.attribute(SIGNUP_OPEN)));
        context.setVariable("csrfToken", viewer.csrfToken());
        ctx.contentType("text/html; charset=utf-8");
        return engine.process(filePath, context);
    }
}
