package dev.deployer.bot.registry.oci;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A user name and password (or token) for one registry. {@link #toString()} never shows the password. */
record Login(String username, String password) {

    String basicHeader() {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "Login[" + username + ", ****]";
    }
}
