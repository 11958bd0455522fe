#!/usr/bin/env bash
# Starts the apache/kafka image's broker (KRaft, one node) with SASL/SCRAM-SHA-512 and ACLs.
# The image renders server.properties from the KAFKA_* variables; what it cannot carry is added here:
#  - the JAAS file with the broker's own credentials (the image drops variable values holding '='),
#    written to /tmp, readable by the broker's user only;
#  - the first SCRAM user, "admin", which must exist before the broker can authenticate anyone: SCRAM
#    credentials live in the cluster metadata, so it is added when the storage is formatted
#    (kafka-storage format --add-scram); later starts find the storage formatted and keep it.
# The services' users, the topics and the ACLs are created by init-acls.sh (the kafka-init service).
# Passwords are put into SCRAM's [password=...] syntax: use letters and digits (openssl rand -hex 32).
set -euo pipefail
: "${BROKER_ADMIN_PASSWORD:?set BROKER_ADMIN_PASSWORD}"

umask 077
jaas=/tmp/kafka-server-jaas.conf
cat > "$jaas" <<JAAS
KafkaServer {
    org.apache.kafka.common.security.scram.ScramLoginModule required
    username="admin"
    password="${BROKER_ADMIN_PASSWORD}";
};
JAAS
# for the healthcheck, which has to authenticate like every client
cat > /tmp/admin-client.properties <<PROPERTIES
security.protocol=SASL_PLAINTEXT
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="${BROKER_ADMIN_PASSWORD}";
PROPERTIES
export KAFKA_OPTS="${KAFKA_OPTS:-} -Djava.security.auth.login.config=$jaas"

/etc/kafka/docker/configure
/opt/kafka/bin/kafka-storage.sh format --ignore-formatted \
    --cluster-id "$CLUSTER_ID" \
    --config /opt/kafka/config/server.properties \
    --add-scram "SCRAM-SHA-512=[name=admin,password=${BROKER_ADMIN_PASSWORD}]"
exec /opt/kafka/bin/kafka-server-start.sh /opt/kafka/config/server.properties
