/**
 * Articles: the content tree on disk ({@link app.factdeck.content.ContentLoader}, format in content/README.md),
 * the built-in {@link app.factdeck.content.Gazetteer} of countries that joins every library's entities, the page
 * cleaner that reads a raw news page line by line into an article body and metadata
 * ({@link app.factdeck.content.PageCleaner#read}, {@link app.factdeck.content.HtmlPage#read} for HTML), teachers'
 * articles read with the same parsers ({@link app.factdeck.content.TeacherContent}), and the reading pages. Entry
 * point: {@link app.factdeck.content.ContentModule}.
 */
package app.factdeck.content;
