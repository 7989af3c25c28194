-- OMS lab: 3.3.0 -> 3.3.1 migration of the "cm" database (idempotent).
ALTER TABLE host ADD COLUMN IF NOT EXISTS arch varchar(16) NOT NULL DEFAULT 'x86_64' AFTER mem_gb;
