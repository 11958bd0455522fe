-- Whether an item is confidential (涉密事项), beside the guide that says so: public reads and search
-- leave such items out, and a flag on the row keeps that a plain filter. Filled from the current
-- version's guide.
alter table item add column confidential boolean not null default false;
alter table item_search add column confidential boolean not null default false;

update item i set confidential = coalesce((v.definition ->> 'confidential')::boolean, false)
from item_version v
where v.code = i.code and v.version = i.current_version;

update item_search s set confidential = coalesce((v.definition ->> 'confidential')::boolean, false)
from item_version v
where v.code = s.code and v.version = s.version;
