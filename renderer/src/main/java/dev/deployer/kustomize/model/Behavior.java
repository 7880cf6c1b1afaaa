package dev.deployer.kustomize.model;

/** What a generated resource does when one with its id already exists. */
public enum Behavior {
    CREATE, MERGE, REPLACE;

    public static Behavior parse(String text) {
        return switch (text) {
            case "", "create" -> CREATE;
            case "merge" -> MERGE;
            case "replace" -> REPLACE;
            default -> null;
        };
    }
}
