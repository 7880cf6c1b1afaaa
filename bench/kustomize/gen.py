#!/usr/bin/env python3
"""Generates a kustomize workload: N services, each with a base (Deployment, Service, a generated
ConfigMap) and dev/stage/prod overlays (namespace, prefix, images, replicas, labels, a strategic
merge patch, a JSON 6902 patch, a configMapGenerator merge), plus one root kustomization per
environment listing every service's overlay (envs/<env>) and one listing those three (all/):
kustomize's case of a large root, where every resource meets every other.

usage: gen.py OUT_DIR N
"""
import os
import sys

ENVS = {"dev": 1, "stage": 2, "prod": 3}


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


def base(svc):
    return {
        "kustomization.yaml": f"""resources:
- deployment.yaml
- service.yaml
commonLabels:
  app.kubernetes.io/name: {svc}
configMapGenerator:
- name: {svc}-config
  literals:
  - LOG_LEVEL=info
  - PORT=8080
""",
        "deployment.yaml": f"""apiVersion: apps/v1
kind: Deployment
metadata:
  name: {svc}
spec:
  replicas: 1
  selector:
    matchLabels:
      app: {svc}
  template:
    metadata:
      labels:
        app: {svc}
    spec:
      containers:
      - name: app
        image: registry.example.com/shop/{svc}:1.0.0
        ports:
        - containerPort: 8080
        envFrom:
        - configMapRef:
            name: {svc}-config
        resources:
          requests:
            cpu: 100m
            memory: 128Mi
""",
        "service.yaml": f"""apiVersion: v1
kind: Service
metadata:
  name: {svc}
spec:
  selector:
    app: {svc}
  ports:
  - port: 80
    targetPort: 8080
""",
    }


def overlay(svc, env, replicas):
    return {
        "kustomization.yaml": f"""namespace: shop-{env}
namePrefix: {env}-
resources:
- ../../base
labels:
- pairs:
    env: {env}
  includeTemplates: true
images:
- name: registry.example.com/shop/{svc}
  newTag: 1.{replicas}.0
replicas:
- name: {svc}
  count: {replicas}
configMapGenerator:
- name: {svc}-config
  behavior: merge
  literals:
  - ENVIRONMENT={env}
patches:
- patch: |-
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: {svc}
    spec:
      template:
        spec:
          containers:
          - name: app
            resources:
              limits:
                memory: {replicas * 256}Mi
- target:
    kind: Service
    name: {svc}
  patch: |-
    - op: add
      path: /metadata/annotations
      value:
        example.com/tier: {env}
    - op: replace
      path: /spec/ports/0/port
      value: {8000 + replicas}
""",
    }


def main():
    out, n = sys.argv[1], int(sys.argv[2])
    for i in range(n):
        svc = f"svc{i:04d}"
        for name, text in base(svc).items():
            write(os.path.join(out, "services", svc, "base", name), text)
        for env, replicas in ENVS.items():
            for name, text in overlay(svc, env, replicas).items():
                write(os.path.join(out, "services", svc, "overlays", env, name), text)
    for env in ENVS:
        listing = "".join(f"- ../../services/svc{i:04d}/overlays/{env}\n" for i in range(n))
        write(os.path.join(out, "envs", env, "kustomization.yaml"), "resources:\n" + listing)
    write(os.path.join(out, "all", "kustomization.yaml"),
          "resources:\n" + "".join(f"- ../envs/{env}\n" for env in ENVS))


if __name__ == "__main__":
    main()
