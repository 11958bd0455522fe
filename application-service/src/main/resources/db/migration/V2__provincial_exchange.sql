-- Status pushes to the provincial platform (三(三)3): written in the same transaction as the change
-- they report, sent in order per case, every attempt kept.
create table provincial_message (
    id              bigserial     primary key,
    message_id      uuid          not null unique,
    case_no         varchar(50)   not null,
    exchange_code   varchar(8)    not null,
    body            text          not null,
    body_sha256     varchar(64)   not null,
    state           varchar(8)    not null default 'PENDING' check (state in ('PENDING', 'SENT', 'FAILED')),
    attempts        integer       not null default 0,
    next_attempt_at timestamptz   not null,
    last_error      varchar(500),
    created_at      timestamptz   not null,
    sent_at         timestamptz
);

-- what the relay looks at: everything not yet delivered
create index provincial_message_unsent on provincial_message (case_no, id) where state <> 'SENT';

create table provincial_attempt (
    message_id   uuid         not null references provincial_message (message_id),
    attempt      integer      not null,
    at           timestamptz  not null,
    http_status  integer,
    error        varchar(500),
    primary key (message_id, attempt)
);
