/**
 * Articles: the content tree on disk ({@link app.factdeck.content.ContentLoader}, format in content/README.md),
 * the built-in {@link app.factdeck.content.Gazetteer} of countries that joins every library's entities, the
 * page cleaner that turns a raw news page into an article body, and the reading pages. Entry point:
 * {@link app.factdeck.content.ContentModule}.
 */
package app.factdeck.content;
