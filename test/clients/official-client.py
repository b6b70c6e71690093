"""The official Kubernetes Python client against the sandbox: prints one JSON object of what it saw.

Run by test/clients/python.test.ts as: python3 official-client.py KUBECONFIG
"""
import json
import sys

from kubernetes import client, config, watch
from kubernetes.client.rest import ApiException

config.load_kube_config(config_file=sys.argv[1])
core = client.CoreV1Api()
apps = client.AppsV1Api()
custom = client.CustomObjectsApi()
out = {}

# Watch: the client sends watch=True; the stream ends after timeout_seconds.
w = watch.Watch()
events = [e["type"] for e in w.stream(apps.list_namespaced_deployment, "staging", timeout_seconds=2)]
out["watch_events"] = events

# Scale through the scale subresource.
apps.patch_namespaced_deployment_scale("web", "staging", {"spec": {"replicas": 4}})
out["scaled_replicas"] = apps.read_namespaced_deployment("web", "staging").spec.replicas

# CRUD on a ConfigMap.
body = client.V1ConfigMap(metadata=client.V1ObjectMeta(name="py-cm"), data={"k": "v1"})
core.create_namespaced_config_map("staging", body)
cm = core.read_namespaced_config_map("py-cm", "staging")
cm.data["k"] = "v2"
core.replace_namespaced_config_map("py-cm", "staging", cm)
out["cm_after_replace"] = core.read_namespaced_config_map("py-cm", "staging").data
core.delete_namespaced_config_map("py-cm", "staging")
try:
    core.read_namespaced_config_map("py-cm", "staging")
    out["cm_deleted_status"] = 200
except ApiException as e:
    out["cm_deleted_status"] = e.status

# Custom objects: Argo Rollouts.
rollouts = custom.list_namespaced_custom_object("argoproj.io", "v1alpha1", "staging", "rollouts")
out["rollouts"] = sorted(r["metadata"]["name"] for r in rollouts["items"])
custom.patch_namespaced_custom_object(
    "argoproj.io", "v1alpha1", "staging", "rollouts", "checkout", {"spec": {"paused": True}}
)
out["rollout_paused"] = custom.get_namespaced_custom_object(
    "argoproj.io", "v1alpha1", "staging", "rollouts", "checkout"
)["spec"]["paused"]

# Dry run: answered, not stored.
dry = client.V1ConfigMap(metadata=client.V1ObjectMeta(name="py-dry"), data={"a": "b"})
answered = core.create_namespaced_config_map("staging", dry, dry_run="All")
out["dry_run_answered"] = answered.metadata.name
try:
    core.read_namespaced_config_map("py-dry", "staging")
    out["dry_run_stored"] = True
except ApiException as e:
    out["dry_run_stored"] = e.status != 404

# Logs with timestamps=True.
pod = core.list_namespaced_pod("staging", label_selector="app=web").items[0].metadata.name
log = core.read_namespaced_pod_log(pod, "staging", timestamps=True, tail_lines=2)
out["log_lines"] = log.strip().split("\n")

print(json.dumps(out))
