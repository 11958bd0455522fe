-- Search over the latest published version of each item. Chinese has no spaces to split words
-- on, and no segmentation extension is available, so the text is indexed by its overlapping
-- two-character chunks (bigrams): a query's bigrams must all be present (GIN, @>), and longer
-- queries are then checked as a substring.
create function item_bigrams(t text) returns text[]
    language sql immutable parallel safe
as $$
    select coalesce(array_agg(distinct substr(t, i, 2)), '{}')
    from generate_series(1, greatest(char_length(t) - 1, 0)) as i
$$;

create table item_search (
    code            varchar(31)  primary key references item (code),
    version         integer      not null,
    name            varchar(200) not null,
    name_lc         varchar(200) not null,
    type            varchar(2)   not null,
    department      varchar(50)  not null,
    service_objects text[]       not null,
    keywords        text         not null,
    online_depth    integer      not null,
    promised_days   integer      not null,
    doc             text         not null,
    bigrams         text[]       not null
);

create index item_search_bigrams on item_search using gin (bigrams);
create index item_search_type on item_search (type);
create index item_search_department on item_search (department);
