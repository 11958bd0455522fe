#!/usr/bin/env bash
# Runs once, when the postgres container initialises an empty data directory
# (/docker-entrypoint-initdb.d). One login role per service and one for Keycloak, each owning only
# its own database; nobody else may connect to it. POSTGRES_USER stays the administrator and is used
# by no service. Passwords come from the environment (docker-compose.yml requires each of them).
set -euo pipefail

create() {
    local role=$1 password=$2
    # psql variables (:'name', :"name") quote the values: a password cannot break out of the statement
    psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
        -v role="$role" -v password="$password" <<'SQL'
create role :"role" login password :'password';
create database :"role" owner :"role" encoding 'UTF8';
revoke all on database :"role" from public;
SQL
}

create catalog "${CATALOG_DB_PASSWORD:?set CATALOG_DB_PASSWORD}"
create application "${APPLICATION_DB_PASSWORD:?set APPLICATION_DB_PASSWORD}"
create review "${REVIEW_DB_PASSWORD:?set REVIEW_DB_PASSWORD}"
create disclosure "${DISCLOSURE_DB_PASSWORD:?set DISCLOSURE_DB_PASSWORD}"
create keycloak "${KEYCLOAK_DB_PASSWORD:?set KEYCLOAK_DB_PASSWORD}"
# the portal's sessions (Spring Session): no data of the services
create portal "${PORTAL_DB_PASSWORD:?set PORTAL_DB_PASSWORD}"
