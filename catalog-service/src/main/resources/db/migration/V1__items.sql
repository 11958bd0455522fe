-- Service items: the item (its code, current state and draft) and its published, immutable versions.
create table item (
    code            varchar(31)  primary key,
    base_code       varchar(10)  not null,
    name            varchar(200) not null,
    type            varchar(2)   not null,
    department      varchar(50)  not null,
    status          varchar(10)  not null check (status in ('DRAFT', 'PUBLISHED', 'RETIRED')),
    current_version integer,
    draft           jsonb,
    draft_revision  integer      not null default 0,
    created_at      timestamptz  not null,
    created_by      varchar(100) not null,
    updated_at      timestamptz  not null,
    updated_by      varchar(100) not null
);

create table item_version (
    code         varchar(31)  not null references item (code),
    version      integer      not null,
    definition   jsonb        not null,
    published_at timestamptz  not null,
    published_by varchar(100) not null,
    primary key (code, version)
);

-- Who changed what, when: every draft edit, publication and retirement. Its id is also the
-- cursor of the change feed the provincial platform reads.
create table item_change (
    id       bigserial    primary key,
    code     varchar(31)  not null references item (code),
    action   varchar(20)  not null,
    version  integer,
    actor    varchar(100) not null,
    at       timestamptz  not null,
    changes  jsonb        not null default '[]'
);

create index item_change_code on item_change (code, id);
