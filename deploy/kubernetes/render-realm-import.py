#!/usr/bin/env python3
"""Writes base/identity/realm-import.yaml from deploy/keycloak/onewindow-realm.json (the deployment
realm): the KeycloakRealmImport carries the realm inline, so the two files must stay one realm.
deploy-checks ManifestsTest fails when they differ. Needs PyYAML (Debian: python3-yaml)."""
import json
import pathlib

import yaml

here = pathlib.Path(__file__).resolve().parent
realm = json.loads((here / "../keycloak/onewindow-realm.json").read_text(encoding="utf-8"))


def placeholder(name):
    return {"secret": {"name": "keycloak-realm-placeholders", "key": name}}


doc = {
    "apiVersion": "k8s.keycloak.org/v2alpha1",
    "kind": "KeycloakRealmImport",
    "metadata": {"name": "onewindow-realm"},
    "spec": {
        "keycloakCRName": "keycloak",
        "placeholders": {name: placeholder(name) for name in ("PUBLIC_PORTAL_URL", "PROVINCIAL_CLIENT_SECRET")},
        "realm": realm,
    },
}
head = """# GENERATED from deploy/keycloak/onewindow-realm.json, the deployment realm (no users, no secret
# values; e2e-tests DeploymentRealmTest checks it): ManifestsTest fails when the two differ. After
# changing the realm file, regenerate with deploy/kubernetes/render-realm-import.py.
# The ${...} placeholders in it are filled by the operator from the Secret keycloak-realm-placeholders.
"""
(here / "base/identity/realm-import.yaml").write_text(
    head + yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=120), encoding="utf-8")
