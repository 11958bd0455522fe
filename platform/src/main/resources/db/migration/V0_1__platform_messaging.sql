-- The platform's own tables, in every service's database. Services number their migrations from
-- V1; the platform's stay below 1 (onewindow-platform.yml allows them out of order).

-- Transactional outbox: written in the business transaction, relayed to Kafka afterwards.
create table outbox_event (
    id             bigserial    primary key,
    event_id       uuid         not null unique,
    topic          varchar(200) not null,
    event_key      varchar(200) not null,
    event_type     varchar(100) not null,
    envelope       text         not null,
    traceparent    varchar(100),
    correlation_id varchar(100),
    created_at     timestamptz  not null default now(),
    published_at   timestamptz,
    attempts       integer      not null default 0,
    last_error     text
);

create index outbox_event_unpublished on outbox_event (id) where published_at is null;

-- Idempotent consumer: an event id is recorded in the same transaction as its effect.
create table processed_event (
    consumer     varchar(100) not null,
    event_id     uuid         not null,
    event_type   varchar(100) not null,
    event_key    varchar(200) not null,
    processed_at timestamptz  not null default now(),
    primary key (consumer, event_id)
);
