/**
 * Articles: the content tree on disk ({@link app.factdeck.content.ContentLoader}, format in content/README.md),
 * the page cleaner that reads a raw news page line by line into an article body and metadata
 * ({@link app.factdeck.content.PageCleaner#read}, {@link app.factdeck.content.HtmlPage#read} for HTML), and the
 * reading pages. Entry point: {@link app.factdeck.content.ContentModule}.
 */
package app.factdeck.content;
