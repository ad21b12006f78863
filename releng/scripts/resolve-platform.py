#!/usr/bin/env python3
"""Lists the transitive Maven dependencies of the Eclipse platform bundles the workbench needs.

The Eclipse platform publishes each release's bundles on Maven Central with exact dependency
versions in their poms, so the closure of a few roots taken at one release is that release's set
(where two paths ask for different versions of one artifact, the newest wins, as in p2).
Used to (re)generate the Maven locations of releng/target/duizhao.target when moving to another
platform release:

    python3 releng/scripts/resolve-platform.py org.eclipse.ui=3.207.300 ...  > closure.txt
"""
import re
import sys
import urllib.request
import xml.etree.ElementTree as ET

CENTRAL = "https://repo1.maven.org/maven2"
_cache = {}


def pom(group, artifact, version):
    url = f"{CENTRAL}/{group.replace('.', '/')}/{artifact}/{version}/{artifact}-{version}.pom"
    if url not in _cache:
        with urllib.request.urlopen(url) as r:
            root = ET.fromstring(r.read())
        for el in root.iter():
            el.tag = el.tag.split('}')[-1]  # poms with and without the POM namespace alike
        _cache[url] = root
    return _cache[url]


def properties(root, version):
    props = {}
    parent = root.find("parent")
    if parent is not None:
        props.update(properties(pom(parent.findtext("groupId"), parent.findtext("artifactId"),
                                    parent.findtext("version")), parent.findtext("version")))
    group = root.findtext("groupId") or (parent.findtext("groupId") if parent is not None else "")
    props.update({"project.groupId": group, "project.version": version, "pom.version": version})
    props.update({p.tag: (p.text or "") for p in root.findall("properties/*")})
    return props


def newer(a, b):
    """True when version a is newer than b (numeric parts compared)."""
    return [int(x) for x in re.findall(r"\d+", a)] > [int(x) for x in re.findall(r"\d+", b)]


def deps(group, artifact, version):
    root = pom(group, artifact, version)
    props = properties(root, version)
    subst = lambda text: re.sub(r"\$\{([^}]+)\}", lambda m: props.get(m.group(1), m.group(0)), text)
    out = []
    for d in root.findall("dependencies/dependency"):
        scope = d.findtext("scope") or "compile"
        if scope in ("test", "provided", "system") or (d.findtext("optional") or "").strip() == "true":
            continue
        out.append((subst(d.findtext("groupId")), d.findtext("artifactId"), subst(d.findtext("version") or "")))
    return out


def main(args):
    todo = []
    for arg in args:
        ga, v = arg.split("=")
        g, a = ga.split(":") if ":" in ga else ("org.eclipse.platform", ga)
        todo.append((g, a, v))
    seen = {}
    while todo:
        g, a, v = todo.pop()
        if (g, a) in seen and (seen[(g, a)] == v or not newer(v, seen[(g, a)])):
            continue
        seen[(g, a)] = v
        if not v or v[0] in "[(":
            print(f"# no exact version for {g}:{a}: '{v}'", file=sys.stderr)
            continue
        todo.extend(deps(g, a, v))
    for (g, a), v in sorted(seen.items()):
        print(f"{g}:{a}:{v}")


if __name__ == "__main__":
    main(sys.argv[1:])
