-- An admin can disable an account (`user disable`): it cannot sign in, and its sessions are ended.
-- Epoch milliseconds of the moment it was disabled; NULL while the account is active.
ALTER TABLE account ADD COLUMN disabled_at BIGINT;
