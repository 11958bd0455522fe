#!/usr/bin/env bash
# One-shot (the kafka-init service): each service's SCRAM user, the topics, and ACLs by which each
# service writes only its own topics, plus the dead-letter twins (<topic>.DLT) of the topics it
# consumes, and reads what it consumes in consumer groups named after itself. Idempotent: safe on
# every `docker compose up`. Runs as the broker's super user "admin".
# Passwords are put into SCRAM's [password=...] syntax: use letters and digits (openssl rand -hex 32).
set -euo pipefail
: "${ADMIN_PASSWORD:?set ADMIN_PASSWORD}"
bootstrap=${BOOTSTRAP_SERVERS:-kafka:9092}
partitions=${TOPIC_PARTITIONS:-6}
bin=/opt/kafka/bin

umask 077
admin=/tmp/admin-client.properties
cat > "$admin" <<PROPERTIES
security.protocol=SASL_PLAINTEXT
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="${ADMIN_PASSWORD}";
PROPERTIES

# user NAME PASSWORD
user() {
    "$bin/kafka-configs.sh" --bootstrap-server "$bootstrap" --command-config "$admin" --alter \
        --entity-type users --entity-name "$1" --add-config "SCRAM-SHA-512=[password=$2]"
}

# topics TOPIC... (each with its dead-letter twin; the broker creates none by itself)
topics() {
    for topic in "$@"; do
        for name in "$topic" "$topic.DLT"; do
            "$bin/kafka-topics.sh" --bootstrap-server "$bootstrap" --command-config "$admin" --create \
                --if-not-exists --topic "$name" --partitions "$partitions" --replication-factor 1
        done
    done
}

acl() {
    "$bin/kafka-acls.sh" --bootstrap-server "$bootstrap" --command-config "$admin" --add "$@"
}

# writes USER TOPIC...: produce (idempotent producer: Write is enough since Kafka 3.0)
writes() {
    local principal=User:$1
    shift
    for topic in "$@"; do
        acl --allow-principal "$principal" --operation Write --operation Describe --topic "$topic"
    done
}

# reads USER GROUP-PREFIX TOPIC...: consume in the user's own consumer groups
reads() {
    local principal=User:$1 groups=$2
    shift 2
    acl --allow-principal "$principal" --operation Read --group "$groups" --resource-pattern-type prefixed
    for topic in "$@"; do
        acl --allow-principal "$principal" --operation Read --operation Describe --topic "$topic"
    done
}

user catalog "${CATALOG_PASSWORD:?set CATALOG_PASSWORD}"
user application "${APPLICATION_PASSWORD:?set APPLICATION_PASSWORD}"
user review "${REVIEW_PASSWORD:?set REVIEW_PASSWORD}"
user disclosure "${DISCLOSURE_PASSWORD:?set DISCLOSURE_PASSWORD}"

topics catalog.item.v1 application.v1 review.v1 calendar.v1 disclosure.v1

# DockerComposeFileTest reads the lines below: one "writes" and at most one "reads" per service
writes catalog catalog.item.v1

writes application application.v1 catalog.item.v1.DLT review.v1.DLT disclosure.v1.DLT
reads application application- catalog.item.v1 review.v1 disclosure.v1

writes review review.v1 calendar.v1 application.v1.DLT catalog.item.v1.DLT
reads review review- application.v1 catalog.item.v1

writes disclosure disclosure.v1 catalog.item.v1.DLT application.v1.DLT review.v1.DLT calendar.v1.DLT
reads disclosure disclosure- catalog.item.v1 application.v1 review.v1 calendar.v1

echo "SCRAM users, topics and ACLs are in place"
