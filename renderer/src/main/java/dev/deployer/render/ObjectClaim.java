package dev.deployer.render;

import dev.deployer.diag.Location;

/**
 * One object a unit rendered into its environment, and who rendered it: what {@link Ownership}
 * compares across units, and what the render cache keeps so that a check that re-renders only
 * some units still sees every claim.
 *
 * @param object kind, name and namespace as users read them ({@code Service web (namespace shop)})
 * @param at     where the object comes from: a raw manifest's line, else the service's folder
 */
public record ObjectClaim(String env, String object, String service, Location at) {
}
