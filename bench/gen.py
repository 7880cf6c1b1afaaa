#!/usr/bin/env python3
"""Generates the render benchmark's workload from one description, in two forms:

  OUT/deployer    a deployment repository: N services x 3 environments (dev, stage, prod), each
                  service with a web component (Deployment, Service, Ingress, hashed ConfigMap,
                  prod: HPA and PDB), a worker (Deployment, hashed ConfigMap), a raw manifest
                  (a Crossplane-style queue) and a config file; every 5th service has a prod
                  overlay (a kustomize patch applied by deployer's overlay stage).
  OUT/kustomize   the equivalent kustomize tree: per service a base (the same objects, a
                  configMapGenerator for the config file) and overlays/dev|stage|prod (namespace,
                  image tag, replicas, env labels, an env patch; prod adds the HPA and the PDB and,
                  on every 5th service, the same patch), plus all/kustomization.yaml listing every
                  overlay (kustomize's best case: one process builds everything).

usage: gen.py OUT N [CONTROLLER]     (controller: argocd (default) or flux)
"""
import os
import sys

ENVS = [("dev", 1, "dev.example.com"), ("stage", 2, "stage.example.com"), ("prod", 3, "example.com")]


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


def name(i):
    return f"svc{i:04d}"


APP_CONFIG = """# Application settings of {svc}, mounted at /etc/{svc}/app.yaml.
server:
  port: 8080
  shutdownGrace: 20s
queue:
  name: {svc}-jobs
  batch: 50
features:
  newCheckout: false
  audit: true
"""

QUEUE = """apiVersion: messaging.platform.example.org/v1alpha1
kind: Queue
metadata:
  name: {{{{ name }}}}
  namespace: {{{{ namespace }}}}
spec:
  visibilityTimeoutSeconds: 30
  retentionDays: {{{{ env == "prod" ? 14 : 3 }}}}
  owner: {svc}
"""

SERVICE = """# {svc}: generated benchmark service.
description: Benchmark service {svc}
owner: team-{team}
image: registry.example.com/shop/{svc}
labels:
  team: team-{team}
components:
  api:
    type: web
    port: 8080
    probes:
      liveness: /health/live
      readiness: /health/ready
    env:
      LOG_LEVEL: info
      APP_CONFIG: /etc/{svc}/app.yaml
      QUEUE_NAME: {svc}-queue
    config:
      files: [configs/app.yaml]
      mountPath: /etc/{svc}
    ingress:
      host: "{svc}.{{domain}}"
    dependsOn: [queue]
  worker:
    type: worker
    args: [work, --queue, {svc}-queue]
    env:
      LOG_LEVEL: info
      APP_CONFIG: /etc/{svc}/app.yaml
    config:
      files: [configs/app.yaml]
      mountPath: /etc/{svc}
    dependsOn: [queue]
  queue:
    type: raw
    stateful: true
    files: [resources/queue.yaml]
"""

VALUES = {
    "dev": """# {svc} in dev.
version: v1.{i}.1
components:
  api:
    env:
      LOG_LEVEL: debug
""",
    "stage": """# {svc} in stage.
version: v1.{i}.0
""",
    "prod": """# {svc} in prod.
version: v1.{i}.0
components:
  api:
    autoscaling:
      minReplicas: 3
      maxReplicas: 10
      targetCPUUtilizationPercentage: 70
    disruptionBudget:
      minAvailable: 2
  worker:
    replicas: 4
""",
}

OVERLAY = """apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
patches:
- target:
    kind: Deployment
    name: {svc}-api
  patch: |-
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: {svc}-api
    spec:
      template:
        spec:
          topologySpreadConstraints:
          - maxSkew: 1
            topologyKey: topology.kubernetes.io/zone
            whenUnsatisfiable: ScheduleAnyway
            labelSelector:
              matchLabels:
                app.kubernetes.io/name: {svc}-api
"""


def deployer_repo(out, n, controller):
    write(os.path.join(out, "deployer.yaml"), f"""controller: {controller}
repoURL: https://github.com/acme/shop-deploy.git
branch: main
environments: [dev, stage, prod]
""")
    for env, _, domain in ENVS:
        write(os.path.join(out, "environments", env + ".yaml"), f"domain: {domain}\n")
    for i in range(n):
        svc = name(i)
        d = os.path.join(out, "services", svc)
        write(os.path.join(d, "service.yaml"), SERVICE.format(svc=svc, team=i % 7))
        write(os.path.join(d, "configs", "app.yaml"), APP_CONFIG.format(svc=svc))
        write(os.path.join(d, "resources", "queue.yaml"), QUEUE.format(svc=svc))
        for env, _, _ in ENVS:
            write(os.path.join(d, env + ".yaml"), VALUES[env].format(svc=svc, i=i))
        if i % 5 == 0:
            write(os.path.join(d, "overlays", "prod", "kustomization.yaml"), OVERLAY.format(svc=svc))


def container(svc, comp, args, port):
    lines = [f"      - name: {comp}", f"        image: registry.example.com/shop/{svc}:latest"]
    if args:
        lines.append("        args: [" + ", ".join(args) + "]")
    lines += ["        env:", "        - name: APP_CONFIG", f"          value: /etc/{svc}/app.yaml",
              "        - name: LOG_LEVEL", "          value: info"]
    if port:
        lines += ["        ports:", "        - name: http", f"          containerPort: {port}",
                  "        livenessProbe:", "          httpGet: {path: /health/live, port: http}",
                  "        readinessProbe:", "          httpGet: {path: /health/ready, port: http}"]
    lines += ["        resources:", "          requests: {cpu: 50m, memory: 64Mi}", "          limits: {memory: 256Mi}",
              "        volumeMounts:", "        - name: config", f"          mountPath: /etc/{svc}", "          readOnly: true"]
    return "\n".join(lines)


def deployment(svc, comp, args, port):
    return f"""apiVersion: apps/v1
kind: Deployment
metadata:
  name: {svc}-{comp}
  labels:
    app.kubernetes.io/name: {svc}-{comp}
    app.kubernetes.io/part-of: {svc}
spec:
  replicas: 1
  selector:
    matchLabels:
      app.kubernetes.io/name: {svc}-{comp}
  template:
    metadata:
      labels:
        app.kubernetes.io/name: {svc}-{comp}
        app.kubernetes.io/part-of: {svc}
    spec:
      containers:
{container(svc, comp, args, port)}
      volumes:
      - name: config
        configMap:
          name: {svc}-config
"""


def kustomize_tree(out, n):
    overlays = []
    for i in range(n):
        svc = name(i)
        base = os.path.join(out, "services", svc, "base")
        write(os.path.join(base, "app.yaml"), APP_CONFIG.format(svc=svc))
        write(os.path.join(base, "api.yaml"), deployment(svc, "api", [], 8080))
        write(os.path.join(base, "worker.yaml"), deployment(svc, "worker", ["work", "--queue", svc + "-queue"], 0))
        write(os.path.join(base, "service.yaml"), f"""apiVersion: v1
kind: Service
metadata:
  name: {svc}-api
spec:
  selector:
    app.kubernetes.io/name: {svc}-api
  ports:
  - name: http
    port: 80
    targetPort: http
""")
        write(os.path.join(base, "ingress.yaml"), f"""apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: {svc}-api
spec:
  rules:
  - host: {svc}.example.com
    http:
      paths:
      - path: /
        pathType: Prefix
        backend:
          service:
            name: {svc}-api
            port:
              name: http
""")
        write(os.path.join(base, "queue.yaml"), f"""apiVersion: messaging.platform.example.org/v1alpha1
kind: Queue
metadata:
  name: {svc}-queue
spec:
  visibilityTimeoutSeconds: 30
  retentionDays: 3
  owner: {svc}
""")
        write(os.path.join(base, "kustomization.yaml"), f"""resources:
- api.yaml
- worker.yaml
- service.yaml
- ingress.yaml
- queue.yaml
labels:
- pairs:
    team: team-{i % 7}
configMapGenerator:
- name: {svc}-config
  files:
  - app.yaml
""")
        for env, replicas, domain in ENVS:
            d = os.path.join(out, "services", svc, "overlays", env)
            overlays.append(f"../services/{svc}/overlays/{env}")
            extra_resources = ""
            extra_patches = ""
            if env == "prod":
                write(os.path.join(d, "hpa.yaml"), f"""apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: {svc}-api
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: {svc}-api
  minReplicas: 3
  maxReplicas: 10
  metrics:
  - type: Resource
    resource:
      name: cpu
      target:
        type: Utilization
        averageUtilization: 70
""")
                write(os.path.join(d, "pdb.yaml"), f"""apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: {svc}-api
spec:
  minAvailable: 2
  selector:
    matchLabels:
      app.kubernetes.io/name: {svc}-api
""")
                extra_resources = "- hpa.yaml\n- pdb.yaml\n"
                if i % 5 == 0:
                    extra_patches = OVERLAY.format(svc=svc).split("patches:\n", 1)[1]
            level = "debug" if env == "dev" else "info"
            write(os.path.join(d, "kustomization.yaml"), f"""namespace: {svc}-{env}
resources:
- ../../base
{extra_resources}labels:
- pairs:
    deployer.dev/environment: {env}
images:
- name: registry.example.com/shop/{svc}
  newTag: v1.{i}.{1 if env == "dev" else 0}
replicas:
- name: {svc}-worker
  count: {4 if env == "prod" else replicas}
patches:
- target:
    kind: Deployment
    name: {svc}-api
  patch: |-
    - op: replace
      path: /spec/template/spec/containers/0/env/1/value
      value: {level}
    - op: replace
      path: /spec/replicas
      value: {replicas}
- target:
    kind: Ingress
  patch: |-
    - op: replace
      path: /spec/rules/0/host
      value: {svc}.{domain}
{extra_patches}""")
    write(os.path.join(out, "all", "kustomization.yaml"), "resources:\n" + "".join(f"- {o}\n" for o in overlays))


def main():
    out, n = sys.argv[1], int(sys.argv[2])
    controller = sys.argv[3] if len(sys.argv) > 3 else "argocd"
    deployer_repo(os.path.join(out, "deployer"), n, controller)
    kustomize_tree(os.path.join(out, "kustomize"), n)


if __name__ == "__main__":
    main()
