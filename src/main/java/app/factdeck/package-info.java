/**
 * Factdeck: a self-hosted quiz and flashcard app built from news articles. {@link app.factdeck.App} is the
 * composition root; each sub-package is one feature.
 */
package app.factdeck;
