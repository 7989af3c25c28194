-- OMS lab: initial data of the "cm_hb" database. Runs inside the selected
-- database after image/sql/cm_hb_schema_330.sql, with the session variable
-- @lab_heartbeat_rows set (LAB_HEARTBEAT_ROWS). One INSERT ... SELECT, so
-- millions of rows take seconds: from MariaDB's SEQUENCE engine (seq_1_to_N,
-- about 5 s for 2,000,000 rows here) or, where that engine is missing, from a
-- recursive CTE (about 3x slower). The newest row (highest id) is the most
-- recent heartbeat, one per second before now.
SET @lab_seq_engine = (SELECT COUNT(*) FROM information_schema.engines
                       WHERE engine = 'SEQUENCE' AND support IN ('YES', 'DEFAULT'));
SET @lab_hb_source = IF(@lab_seq_engine > 0,
    CONCAT('seq_1_to_', GREATEST(@lab_heartbeat_rows, 1), ' AS s'),
    '(WITH RECURSIVE r(seq) AS (SELECT 1 UNION ALL SELECT seq + 1 FROM r WHERE seq < @lab_heartbeat_rows) SELECT seq FROM r) AS s');
SET @lab_hb_insert = CONCAT(
    'INSERT INTO heatbeat_sequence (gmt_created, gmt_modified) ',
    'SELECT NOW() - INTERVAL (@lab_heartbeat_rows - seq) SECOND, NOW() - INTERVAL (@lab_heartbeat_rows - seq) SECOND ',
    'FROM ', @lab_hb_source, ' WHERE seq BETWEEN 1 AND @lab_heartbeat_rows ORDER BY seq');
PREPARE lab_hb_stmt FROM @lab_hb_insert;
EXECUTE lab_hb_stmt;
DEALLOCATE PREPARE lab_hb_stmt;

INSERT INTO host_heartbeat (host_ip, last_heartbeat, status) VALUES
  ('127.0.0.1', NOW(), 'ONLINE'),
  ('10.20.0.2', '2024-05-01 10:00:00', 'OFFLINE'),
  ('10.20.0.3', NOW() - INTERVAL 5 SECOND, 'ONLINE');
