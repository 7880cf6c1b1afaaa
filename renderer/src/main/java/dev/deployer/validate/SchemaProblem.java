package dev.deployer.validate;

/**
 * One schema violation in a rendered document, printed as
 * {@code file: kind/name: path: problem} so it can be found and fixed.
 */
public record SchemaProblem(String file, String kind, String name, String path, String message) {

    @Override
    public String toString() {
        return file + ": " + kind + "/" + name + ": " + path + ": " + message;
    }
}
