-- OMS lab: initial data of the "cm" database. Runs inside the selected database
-- after image/sql/cm_schema_330.sql. Deterministic.
INSERT INTO cluster (name, region, region_cn, location, is_default, description, gmt_created, gmt_modified) VALUES
  ('oms_cluster_default', 'cn-anhui', 'cn-anhui', 100, 1, 'single-node OMS (lab)', '2024-01-15 10:00:00', '2024-01-15 10:00:00'),
  ('oms_cluster_备用', 'cn-hangzhou', '华东1（杭州）', 101, 0, NULL, '2024-02-01 10:00:00', '2024-02-01 10:00:00');

INSERT INTO host (ip, hostname, cluster_id, status, cpu_cores, mem_gb, tags, gmt_created, gmt_modified)
SELECT IF(n = 1, '127.0.0.1', CONCAT('10.20.', n DIV 250, '.', n % 250)),
       IF(n % 5 = 0, NULL, CONCAT('oms-node-', LPAD(n, 2, '0'))),
       IF(n <= 8, 1, 2),
       ELT(1 + n % 3, 'ONLINE', 'ONLINE', 'OFFLINE'),
       IF(n % 4 = 0, NULL, 8 * (1 + n % 4)),
       IF(n % 4 = 0, NULL, 32 * (1 + n % 3)),
       CASE n % 3 WHEN 0 THEN NULL WHEN 1 THEN 'role=store,zone="a"' ELSE '机房=杭州; rack=\'r1\'' END,
       '2024-01-15 10:00:00' + INTERVAL n DAY,
       '2024-05-01 10:00:00' + INTERVAL n HOUR
FROM (WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 12)
      SELECT n FROM seq) AS s;

INSERT INTO store_instance (store_id, host_id, topic, status, checkpoint, config, gmt_created, gmt_modified)
SELECT CONCAT('store_', LPAD(n, 4, '0')),
       1 + n % 12,
       CONCAT('oms_topic_np_', LPAD(1 + n % 120, 6, '0')),
       ELT(1 + n % 4, 'RUNNING', 'RUNNING', 'STOPPED', 'FAILED'),
       IF(n % 5 = 0, NULL, 1716000000 + n * 300),
       IF(n % 3 = 0, NULL, CONCAT('{"port":', 17000 + n, ',"filter":"db_', n % 7, '.*","comment":"库 ', n, '"}')),
       '2024-02-01 00:00:00' + INTERVAL n HOUR,
       '2024-05-02 00:00:00' + INTERVAL n MINUTE
FROM (WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 40)
      SELECT n FROM seq) AS s;
