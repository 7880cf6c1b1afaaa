#!/usr/bin/env python3
"""A base image for the container build when no registry can be reached.

Writes a `docker save` tarball (what Jib reads from `tar://`) holding a Java runtime made with
jlink from this machine's JDK, the shared libraries it links against (from this machine), a
/tmp, and passwd entries for root and nonroot (65532). Nothing is downloaded. Every file's time is
the epoch and entries are sorted, so the same JDK and libraries give the same tarball.

usage: bench/local-base-image.py OUT.tar   (JAVA_HOME picks the JDK; default: the java on PATH)
"""
import hashlib, io, json, os, platform, shutil, subprocess, sys, tarfile, tempfile

MODULES = ["java.base", "java.desktop", "java.logging", "java.management", "java.naming", "java.net.http",
           "java.security.jgss", "java.sql", "java.xml", "jdk.crypto.ec", "jdk.httpserver", "jdk.unsupported",
           "jdk.zipfs"]
JAVA = "/opt/java"


def java_home():
    if os.environ.get("JAVA_HOME"):
        return os.environ["JAVA_HOME"]
    java = os.path.realpath(shutil.which("java"))
    return os.path.dirname(os.path.dirname(java))


def jlink(out):
    subprocess.run([os.path.join(java_home(), "bin", "jlink"), "--add-modules", ",".join(MODULES),
                    "--strip-debug", "--no-man-pages", "--no-header-files", "--compress=2", "--output", out],
                   check=True)


def elf_files(root):
    for d, _, files in os.walk(root):
        for f in files:
            p = os.path.join(d, f)
            with open(p, "rb") as fh:
                if fh.read(4) == b"\x7fELF":
                    yield p


def libraries(root):
    """Every shared library the runtime's executables and libraries load, as ldd resolves them."""
    found = set()
    for elf in elf_files(root):
        out = subprocess.run(["ldd", elf], capture_output=True, text=True).stdout
        for line in out.splitlines():
            parts = line.split()
            for p in parts:
                if p.startswith("/") and os.path.exists(p) and not p.startswith(root):
                    found.add(p)
    return sorted(found)


def add(tar, name, data=None, mode=0o644, kind=tarfile.REGTYPE, link=""):
    info = tarfile.TarInfo(name)
    info.mtime, info.uid, info.gid, info.uname, info.gname = 0, 0, 0, "", ""
    info.type, info.mode, info.linkname = kind, mode, link
    info.size = len(data) if data is not None else 0
    tar.addfile(info, io.BytesIO(data) if data is not None else None)


def layer(jre, libs):
    entries = {}
    for d, dirs, files in os.walk(jre):
        rel = os.path.relpath(d, jre)
        base = JAVA if rel == "." else JAVA + "/" + rel
        entries[base.lstrip("/")] = ("dir", None, 0o755)
        for f in files:
            p = os.path.join(d, f)
            entries[(base + "/" + f).lstrip("/")] = ("file", open(p, "rb").read(), os.stat(p).st_mode & 0o777)
    for lib in libs:
        entries[lib.lstrip("/")] = ("file", open(os.path.realpath(lib), "rb").read(), 0o755)
    entries["tmp"] = ("dir", None, 0o1777)
    entries["etc/passwd"] = ("file", b"root:x:0:0:root:/root:/sbin/nologin\nnonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin\n", 0o644)
    entries["etc/group"] = ("file", b"root:x:0:\nnonroot:x:65532:\n", 0o644)
    entries["home/nonroot"] = ("dir", None, 0o755)
    for name in list(entries):  # parent folders of everything
        parts = name.split("/")
        for i in range(1, len(parts)):
            entries.setdefault("/".join(parts[:i]), ("dir", None, 0o755))
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.USTAR_FORMAT) as tar:
        for name in sorted(entries):
            kind, data, mode = entries[name]
            if kind == "dir":
                add(tar, name, mode=mode, kind=tarfile.DIRTYPE)
            else:
                add(tar, name, data, mode)
    return buf.getvalue()


def image(layer_bytes):
    arch = {"x86_64": "amd64", "aarch64": "arm64"}.get(platform.machine(), platform.machine())
    diff_id = "sha256:" + hashlib.sha256(layer_bytes).hexdigest()
    config = {"architecture": arch, "os": "linux", "created": "1970-01-01T00:00:00Z",
              "config": {"Env": ["PATH=" + JAVA + "/bin:/usr/bin:/bin", "JAVA_HOME=" + JAVA, "LANG=C.UTF-8"],
                         "User": "65532:65532"},
              "rootfs": {"type": "layers", "diff_ids": [diff_id]},
              "history": [{"created": "1970-01-01T00:00:00Z", "created_by": "bench/local-base-image.py"}]}
    config_bytes = json.dumps(config, sort_keys=True, separators=(",", ":")).encode()
    config_name = hashlib.sha256(config_bytes).hexdigest() + ".json"
    layer_name = diff_id[7:] + "/layer.tar"
    manifest = [{"Config": config_name, "RepoTags": ["deployer-base:local"], "Layers": [layer_name]}]
    return config_name, config_bytes, layer_name, json.dumps(manifest).encode()


def main(out):
    with tempfile.TemporaryDirectory() as tmp:
        jre = os.path.join(tmp, "jre")
        jlink(jre)
        layer_bytes = layer(jre, libraries(jre))
    config_name, config_bytes, layer_name, manifest = image(layer_bytes)
    with tarfile.open(out, "w", format=tarfile.USTAR_FORMAT) as tar:
        add(tar, layer_name.split("/")[0], kind=tarfile.DIRTYPE, mode=0o755)
        add(tar, layer_name, layer_bytes)
        add(tar, config_name, config_bytes)
        add(tar, "manifest.json", manifest)
    print(out + ": " + config_name[:-5][:12] + " (" + str(len(layer_bytes) // 1048576) + " MiB layer)")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
