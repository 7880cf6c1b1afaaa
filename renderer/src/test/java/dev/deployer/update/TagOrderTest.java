package dev.deployer.update;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deployer.load.Names;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TagOrderTest {

    private static final List<String> TAGS = List.of("latest", "v1.1.0", "v1.10.0", "v1.9.3", "v1.5.1-rc.1",
            "v2.0.0", "1.10.0", "main-abc", "v1.2");

    private static TagOrder semver(String constraint, boolean prerelease) {
        return new TagOrder(new UpdatePolicy(UpdatePolicy.Kind.SEMVER, constraint, prerelease, "", UpdatePolicy.Pin.TAG));
    }

    private static TagOrder regex(String pattern) {
        return new TagOrder(new UpdatePolicy(UpdatePolicy.Kind.REGEX, "", false, pattern, UpdatePolicy.Pin.TAG));
    }

    @Test
    void semverPicksTheHighestVersionWithinTheConstraint() {
        assertEquals(Optional.of("v2.0.0"), semver("", false).newest(TAGS));
        // 1.10.0 and v1.10.0 are the same version: the greater text wins, whatever the listing's order
        assertEquals(Optional.of("v1.10.0"), semver(">=1.2.0 <2.0.0", false).newest(TAGS));
        assertEquals(Optional.of("v1.10.0"), semver(">=1.2.0 <2.0.0", false).newest(List.of("v1.10.0", "1.10.0")));
        assertEquals(Optional.of("v1.9.3"), semver("~1.9", false).newest(TAGS));
        assertEquals(Optional.empty(), semver(">=3", false).newest(TAGS));
    }

    @Test
    void prereleasesCountOnlyWhenAskedFor() {
        List<String> tags = List.of("v1.5.0", "v1.5.1-rc.1");
        assertEquals(Optional.of("v1.5.0"), semver(">=1.2.0 <2.0.0", false).newest(tags));
        assertEquals(Optional.of("v1.5.1-rc.1"), semver(">=1.2.0 <2.0.0", true).newest(tags));
        assertFalse(semver("*", false).allows("v1.5.1-rc.1"));
    }

    @Test
    void regexComparesTheVersionGroupInNaturalOrder() {
        TagOrder builds = regex("^build-(?<version>\\d+)$");
        assertEquals(Optional.of("build-100"), builds.newest(List.of("build-9", "build-100", "build-99", "v1.0.0")));
        TagOrder dated = regex("^\\d{4}\\.\\d{2}\\.\\d{2}$");
        assertEquals(Optional.of("2026.02.01"), dated.newest(List.of("2026.01.15", "2026.02.01", "latest")));
    }

    @Test
    void onlyANewerTagReplacesAVersionThePolicyCanRead() {
        TagOrder order = semver(">=1.2.0 <2.0.0", false);
        assertTrue(order.isNewer("v1.5.0", "v1.4.0"));
        assertFalse(order.isNewer("v1.5.0", "v1.5.0"));
        assertFalse(order.isNewer("v1.5.0", "v1.5.0@sha256:" + "a".repeat(64)), "a pinned tag compares by its tag");
        assertFalse(order.isNewer("v1.5.0", "v2.1.0"), "never a downgrade from a tag set by hand");
        assertTrue(order.isNewer("v1.5.0", "latest"), "a tag the policy cannot read is replaced");
        assertTrue(order.isNewer("v1.5.0", "sha256:" + "b".repeat(64)));
    }

    @Test
    void aPinnedTagIsAValidVersion() {
        String digest = "sha256:" + "c".repeat(64);
        assertTrue(Names.isVersion("v1.5.0@" + digest));
        assertTrue(Names.isVersion(digest));
        assertFalse(Names.isVersion("v1.5.0@sha256:short"));
        assertFalse(Names.isVersion("@" + digest));
    }

    @Test
    void constraintSyntaxIsCheckedBeforeTheLibraryReadsIt() {
        for (String ok : List.of(">=1.2.0 <2.0.0", "^1.2", "~1.2.3", "1.x", "*", ">= 1.2.0", "1.2.3 - 2.0.0", "<1 || >=3.1.0-rc.1")) {
            assertEquals(Optional.empty(), Constraints.problem(ok), ok);
        }
        for (String bad : List.of("", ">=1.2.0 <foo", "banana", "x", ">=1.2.0 ||", "=>1.2.0")) {
            assertTrue(Constraints.problem(bad).isPresent(), bad);
        }
    }
}
