-- Every call of the sharing API, answered or refused: which client, for which directory resource,
-- with what stated purpose, about which subject (a unit's credit code, a certificate number), when.
-- Apart from the certificates it speaks of, and never updated: supervisors read it, nothing edits it.
create table sharing_access (
    id            bigserial    primary key,
    client_id     varchar(100) not null,
    resource_code varchar(24),
    purpose       varchar(200),
    subject       varchar(120) not null,
    outcome       varchar(10)  not null check (outcome in ('ANSWERED', 'REFUSED', 'NOT_FOUND')),
    reason        varchar(300),
    at            timestamptz  not null
);

create index sharing_access_at on sharing_access (at desc);
create index sharing_access_client on sharing_access (client_id, at desc);
