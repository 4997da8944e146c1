-- The partner's profile gets a version, so that two administrators editing it at once cannot overwrite each
-- other unseen (the API's ETag / If-Match, the settings form's hidden version). A profile saved before this
-- migration is at version 1; no row at all reads as the default profile at version 0.
ALTER TABLE partner_settings ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
