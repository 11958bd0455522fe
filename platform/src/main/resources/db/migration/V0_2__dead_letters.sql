-- Records that a consumer gave up on after its retries: also sent to <topic>.DLT, kept here so an
-- operator of the service can see them and send them again (GET/POST /api/{service}/dead-letters).
create table dead_letter (
    id                bigserial    primary key,
    consumer_group    varchar(200) not null,
    topic             varchar(200) not null,
    kafka_partition   integer      not null,
    kafka_offset      bigint       not null,
    record_key        text,
    record_value      text,
    correlation_id    varchar(100),
    exception_class   varchar(300) not null,
    exception_message text,
    dead_lettered_at  timestamptz  not null default now(),
    redriven_at       timestamptz,
    redriven_by       varchar(200),
    -- a recovery that failed half-way (the DLT was away) is tried again: one row per record
    unique (consumer_group, topic, kafka_partition, kafka_offset)
);

create index dead_letter_pending on dead_letter (id) where redriven_at is null;
