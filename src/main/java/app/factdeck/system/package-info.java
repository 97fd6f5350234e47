/** Operations endpoints: health and version. */
package app.factdeck.system;
