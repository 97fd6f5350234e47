/**
 * Shared web plumbing only: the Thymeleaf renderer and the error pages. Feature handlers live in their
 * feature packages.
 */
package app.factdeck.web;
