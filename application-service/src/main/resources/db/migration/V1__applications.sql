-- Item versions as application-service knows them: from ItemPublished events and from the
-- catalog by Feign, so drafting and submission go on while catalog-service is down.
create table item_copy (
    code         varchar(31) not null,
    version      integer     not null,
    guide        jsonb       not null,
    primary key (code, version)
);

create table item_current (
    code    varchar(31) primary key,
    version integer     not null,
    retired boolean     not null default false
);

create table application (
    id                 uuid         primary key,
    item_code          varchar(31)  not null,
    item_version       integer      not null,
    item_name          varchar(200) not null,
    department         varchar(50)  not null,
    review_departments text[]       not null,
    channel            varchar(12)  not null check (channel in ('ONLINE', 'WINDOW', 'PROVINCIAL')),
    status             varchar(24)  not null,
    -- who may act on it: the applicant's own account, or the clerk or platform that filed it
    owner_subject      varchar(100) not null,
    filed_by           varchar(100) not null,
    filed_by_role      varchar(30)  not null,
    applicant_type     varchar(16)  not null,
    applicant_name     varchar(100) not null,
    -- identity and phone numbers: AES-GCM cipher text only
    applicant_id_enc   text         not null,
    applicant_phone_enc text,
    form               jsonb        not null default '{}',
    case_no            varchar(50)  unique,
    submitted_at       timestamptz,
    supplement         jsonb,
    evaluation_level   integer,
    evaluation_comment varchar(500),
    evaluated_at       timestamptz,
    created_at         timestamptz  not null,
    updated_at         timestamptz  not null
);

create index application_owner on application (owner_subject, created_at desc);
create index application_department on application (department, created_at desc);

create table application_material (
    application_id uuid         not null references application (id),
    material_id    varchar(50)  not null,
    file_name      varchar(200) not null,
    content_type   varchar(120) not null,
    size_bytes     bigint       not null,
    sha256         char(64)     not null,
    uploaded_at    timestamptz  not null,
    primary key (application_id, material_id)
);

create table timeline_entry (
    id             bigserial    primary key,
    application_id uuid         not null references application (id),
    at             timestamptz  not null,
    status         varchar(24)  not null,
    action         varchar(40)  not null,
    actor_role     varchar(30)  not null,
    channel        varchar(12),
    detail         jsonb
);

create index timeline_entry_application on timeline_entry (application_id, id);

create table idempotency_record (
    caller         varchar(100) not null,
    idem_key       varchar(100) not null,
    request_hash   char(64)     not null,
    application_id uuid         not null,
    response       jsonb        not null,
    created_at     timestamptz  not null,
    primary key (caller, idem_key)
);

-- the daily sequence of each item's case numbers (DOMAIN.md: code + yyyyMMdd + 4 digits)
create table case_sequence (
    item_code  varchar(31) not null,
    day        date        not null,
    last_value integer     not null,
    primary key (item_code, day)
);
