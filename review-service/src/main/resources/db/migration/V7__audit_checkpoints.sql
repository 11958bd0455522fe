-- The format of each entry's hashed text (AuditChain): every entry so far was hashed in the plain
-- format (1); from now on each entry names its format, and new ones use the escaped format (2).
alter table audit_entry add column format smallint not null default 1;
alter table audit_entry alter column format drop default;

-- Signed checkpoints of the trails' heads (AuditCheckpointer), chained by digest, apart from the
-- trail: only the checkpointer writes here.
create table audit_checkpoint (
    id              bigint        primary key,
    taken_at        timestamptz   not null,
    previous_digest char(64)      not null,
    heads           integer       not null,
    digest          char(64)      not null,
    algorithm       varchar(20)   not null,
    signature       varchar(200)  not null,
    public_key      varchar(200)  not null
);

-- The head of each case that moved since the previous checkpoint, as that checkpoint anchored it.
create table audit_anchor (
    checkpoint_id bigint       not null references audit_checkpoint (id),
    case_no       varchar(50)  not null,
    sequence      bigint       not null,
    hash          char(64)     not null,
    primary key (checkpoint_id, case_no)
);

create index audit_anchor_case on audit_anchor (case_no, sequence);
