-- The directory of information resources (政务信息资源目录, GB/T 21063.3): each resource's versions
-- hold its whole metadata; the resource row names the current one and what reads filter on.
create table resource (
    code            varchar(24)  primary key,
    name            varchar(200) not null,
    provider        varchar(50)  not null,
    sharing         varchar(13)  not null check (sharing in ('UNCONDITIONAL', 'CONDITIONAL', 'NOT_SHARED')),
    open            varchar(13)  not null check (open in ('UNCONDITIONAL', 'CONDITIONAL', 'NOT_OPEN')),
    current_version integer      not null,
    updated_at      timestamptz  not null
);

create table resource_version (
    code         varchar(24)  not null references resource (code),
    version      integer      not null,
    definition   jsonb        not null,
    published_at timestamptz  not null,
    published_by varchar(100) not null,
    primary key (code, version)
);

-- Who changed which resource, when, and which fields: its id is the cursor of the change feed's
-- resource kind (GET /api/catalog/changes?kind=resource), apart from the items' feed.
create table resource_change (
    id       bigserial    primary key,
    code     varchar(24)  not null references resource (code),
    action   varchar(20)  not null,
    version  integer      not null,
    actor    varchar(100) not null,
    at       timestamptz  not null,
    changes  jsonb        not null default '[]'
);

create index resource_change_code on resource_change (code, id);
