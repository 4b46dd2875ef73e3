-- The steps flagged overdue and still open, counted for Prometheus every refresh on every node. H2 has no partial
-- index; one on the overdue time lets the count skip the steps never flagged.
create index if not exists re_idx_step_overdue_open on re_step_progress (overdue_at);
create index if not exists re_idx_village_step_overdue_open on re_village_step (overdue_at);
