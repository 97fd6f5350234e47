/**
 * Shared web plumbing only: the Thymeleaf renderer, the error pages, the typed reading of path ids
 * ({@link app.factdeck.web.PathIds}) and the request limits. Feature handlers live in their feature packages, and
 * nothing here reads a feature: what every page shows about the person looking comes in a
 * {@link app.factdeck.web.Viewer} the accounts' session filter sets (ArchitectureTest checks this).
 */
package app.factdeck.web;
