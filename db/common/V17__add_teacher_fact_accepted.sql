-- A key phrase's other accepted wordings, comma-separated ("Rasmussen, Anders Fogh Rasmussen" for a gap on
-- "Anders Rasmussen"): a fact about an entity keeps them with the entity, a key phrase has no entity to keep them.
-- NULL for every other kind.
ALTER TABLE teacher_fact ADD COLUMN accepted VARCHAR(500);
