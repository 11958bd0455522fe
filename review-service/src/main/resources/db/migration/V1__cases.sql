-- What review needs of each item version, from ItemPublished.
create table review_item (
    code             varchar(31)  not null,
    version          integer      not null,
    name             varchar(200) not null,
    department       varchar(50)  not null,
    promised_days    integer      not null,
    statutory_days   integer      not null,
    departments      text[]       not null,
    gap_materials    text[]       not null,
    primary key (code, version)
);

-- A case (办件) from submission to completion.
create table review_case (
    case_no          varchar(50)  primary key,
    application_id   uuid         not null,
    item_code        varchar(31)  not null,
    item_version     integer      not null,
    item_name        varchar(200) not null,
    department       varchar(50)  not null,
    review_departments text[]     not null,
    channel          varchar(12)  not null,
    applicant_name   varchar(100) not null,
    status           varchar(24)  not null,
    submitted_at     timestamptz  not null,
    accepted_on      date,
    promised_days    integer      not null,
    paused_days      integer      not null default 0,
    extension_days   integer      not null default 0,
    paused_since     date,
    deadline         date,
    decision         varchar(10),
    decision_reason  varchar(2000),
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null
);

create index review_case_status on review_case (status, deadline);

create table review_opinion (
    case_no     varchar(50)   not null references review_case (case_no),
    department  varchar(50)   not null,
    reviewer    varchar(100)  not null,
    opinion     varchar(2000) not null,
    favourable  boolean       not null,
    at          timestamptz   not null,
    primary key (case_no, department)
);

-- The tamper-evident trail: each entry carries the previous entry's hash (AuditChain).
create table audit_entry (
    case_no       varchar(50)   not null,
    sequence      bigint        not null,
    actor         varchar(100)  not null,
    role          varchar(30)   not null,
    department    varchar(50),
    at            timestamptz   not null,
    action        varchar(40)   not null,
    opinion       varchar(2000),
    status_before varchar(24),
    status_after  varchar(24),
    previous_hash char(64)      not null,
    algorithm     varchar(20)   not null,
    hash          char(64)      not null,
    primary key (case_no, sequence)
);
