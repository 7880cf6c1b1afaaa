package dev.deployer.kustomize.model;

import dev.deployer.diag.Location;
import dev.deployer.yaml.YMap;
import dev.deployer.yaml.YNode;
import dev.deployer.yaml.YScalar;
import java.util.ArrayList;
import java.util.List;

/**
 * One Kubernetes object during a build: its document plus what kustomize keeps in build
 * annotations, here as plain fields (names and namespaces it had before, prefixes and suffixes
 * it got, how a generator wants it merged and whether it gets a hash suffix).
 */
public final class Resource {

    private YMap node;
    private final Location origin;
    private final List<ResId> previousIds = new ArrayList<>();
    private final List<String> prefixes = new ArrayList<>();
    private final List<String> suffixes = new ArrayList<>();
    private final List<Origin> transformations = new ArrayList<>();
    private final List<String> refVarNames = new ArrayList<>();
    private Behavior behavior = Behavior.CREATE;
    private boolean needsHash;
    private Origin buildOrigin;
    private ResId id;
    private YNode idApiVersion;
    private YNode idKind;
    private YNode idName;
    private YNode idNamespace;
    private final SharedValues shared = new SharedValues();

    public Resource(YMap node, Location origin) {
        this.node = node;
        this.origin = origin == null ? Location.UNKNOWN : origin;
    }

    public YMap node() {
        return node;
    }

    public void replaceNode(YMap newNode) {
        node = newNode;
    }

    /** Values kustomize keeps as one node in several places (see {@link SharedValues}). */
    public SharedValues shared() {
        return shared;
    }

    /** Runs an in-place edit of the document: a value it writes into one place of a shared value reaches all. */
    public void edit(Runnable step) {
        shared.around(this::node, step);
    }

    /** Where the document was read from, for messages. */
    public Location origin() {
        return origin;
    }

    public Gvk gvk() {
        return curId().gvk();
    }

    public String kind() {
        return curId().kind();
    }

    public String name() {
        return curId().name();
    }

    public String namespace() {
        return curId().namespace();
    }

    /**
     * The id the document has now. Anyone may edit the document, so the id is read from it on
     * every call, but only rebuilt when one of the four scalars it comes from was replaced
     * (scalars are immutable, so the same instances mean the same id): engines ask for ids far
     * more often than documents change.
     */
    public ResId curId() {
        YNode apiVersion = node.get("apiVersion");
        YNode kind = node.get("kind");
        YMap meta = node.get("metadata") instanceof YMap m ? m : null;
        YNode name = meta == null ? null : meta.get("name");
        YNode namespace = meta == null ? null : meta.get("namespace");
        if (id == null || apiVersion != idApiVersion || kind != idKind || name != idName || namespace != idNamespace) {
            id = new ResId(Gvk.fromApiVersion(text(apiVersion), text(kind)), text(name), text(namespace));
            idApiVersion = apiVersion;
            idKind = kind;
            idName = name;
            idNamespace = namespace;
        }
        return id;
    }

    /** The id it was first read or generated with. */
    public ResId orgId() {
        return previousIds.isEmpty() ? curId() : previousIds.get(0);
    }

    public List<ResId> previousIds() {
        return previousIds;
    }

    /** Every id the resource ever had, oldest first, the current one last. */
    public List<ResId> allIds() {
        List<ResId> all = new ArrayList<>(previousIds);
        all.add(curId());
        return all;
    }

    /** Remembers the current id before a rename, so overlays and references can still find it. */
    public void storePreviousId() {
        ResId id = curId();
        previousIds.add(new ResId(id.gvk(), id.name(), id.effectiveNamespace()));
    }

    public void setName(String name) {
        node.mapOrCreate("metadata").put("name", YScalar.string(name));
    }

    /** An empty namespace removes the field, as kustomize does. */
    public void setNamespace(String namespace) {
        YMap meta = node.mapOrCreate("metadata");
        if (namespace.isEmpty()) {
            meta.remove("namespace");
        } else {
            meta.put("namespace", YScalar.string(namespace));
        }
    }

    public List<String> prefixes() {
        return prefixes;
    }

    public List<String> suffixes() {
        return suffixes;
    }

    public Behavior behavior() {
        return behavior;
    }

    public void setBehavior(Behavior behavior) {
        this.behavior = behavior;
    }

    public boolean needsHash() {
        return needsHash;
    }

    public void setNeedsHash(boolean needsHash) {
        this.needsHash = needsHash;
    }

    /** Where the resource came from (buildMetadata: originAnnotations); null when not tracked. */
    public Origin buildOrigin() {
        return buildOrigin;
    }

    public void setBuildOrigin(Origin origin) {
        this.buildOrigin = origin;
    }

    /** The transformers that ran over it, in order (buildMetadata: transformerAnnotations). */
    public List<Origin> transformations() {
        return transformations;
    }

    /**
     * Records that a transformer ran over the resource, as kustomize's AddTransformerAnnotation
     * does: a resource without an origin is taken to have been made by that transformer.
     */
    public void noteTransformer(Origin transformer) {
        if (buildOrigin == null) {
            buildOrigin = transformer;
        } else {
            transformations.add(transformer);
        }
    }

    /** The names of the vars whose objref names this resource (their values are read from it). */
    public List<String> refVarNames() {
        return refVarNames;
    }

    /** Copies the build bookkeeping of {@code other} (used when a generator merges into it). */
    public void copyHistoryFrom(Resource other) {
        previousIds.clear();
        previousIds.addAll(other.previousIds);
        prefixes.clear();
        prefixes.addAll(other.prefixes);
        suffixes.clear();
        suffixes.addAll(other.suffixes);
        transformations.clear();
        transformations.addAll(other.transformations);
        refVarNames.clear();
        refVarNames.addAll(other.refVarNames);
    }

    private static String text(YNode n) {
        return n instanceof YScalar s && s.type() != YScalar.Type.NULL ? s.value() : "";
    }

    @Override
    public String toString() {
        return curId().toString();
    }
}
