-- OMS lab: initial data of the "rm" database (an OMS CE 3.3.0 install that has
-- been in use for a while). Runs inside the selected database after
-- image/sql/rm_schema_330.sql. Deterministic: the same rows on every seed, so
-- dumps before and after a reset compare equal. Varied on purpose: NULLs,
-- Chinese text, quotes, backslashes.
INSERT INTO oms_schema_version (version, description, installed_on) VALUES
  ('3.2.2', 'fresh install', '2024-01-15 10:00:00'),
  ('3.3.0', 'upgrade from 3.2.2', '2024-05-20 22:30:00');

-- ha.config: HA enabled (so the upgrade must disable it first), every
-- documented key present, perceiveStoreClientCheckpoint false (so T1/T2 matter).
INSERT INTO oms_normal_config (cfg_name, cfg_value, description, gmt_created, gmt_modified) VALUES
  ('ha.config', '{"enable":true,"enableHost":false,"enableStore":true,"perceiveStoreClientCheckpoint":false,"enableConnector":true,"enableJdbcWriter":true,"subtopicStoreNumberThreshold":5,"checkRequestIntervalSec":600,"checkJdbcWriterIntervalSec":600,"checkHostDownIntervalSec":540,"checkModuleExceptionIntervalSec":240,"clearAbnormalResourceHours":72,"refetchStoreIntervalMin":30}',
   'HA configuration', '2024-01-15 10:00:00', '2024-05-21 09:12:44'),
  ('oms.alarm.config', '{"enabled":true,"silenceMinutes":30,"receivers":["ops@example.com"]}', 'alarm settings', '2024-01-15 10:00:00', '2024-03-02 11:00:00'),
  ('store.retention.hours', '24', 'how long Store keeps incremental data', '2024-01-15 10:00:00', '2024-01-15 10:00:00'),
  ('migration.default.params', '{"full":{"threads":8,"batchSize":200},"incr":{"threads":4}}', NULL, '2024-01-15 10:00:00', '2024-04-18 16:45:10'),
  ('console.banner', '欢迎使用 OMS 社区版 — it''s the "lab" console; path C:\\oms\\data', '首页横幅', '2024-02-01 08:00:00', '2024-02-01 08:00:00'),
  ('cm.region.alias', NULL, 'optional region alias (unset)', '2024-02-01 08:00:00', '2024-02-01 08:00:00');

INSERT INTO oms_resource_group (name, description, owner, quota_cpu, gmt_created, gmt_modified) VALUES
  ('default', 'default resource group', 'admin', NULL, '2024-01-15 10:00:00', '2024-01-15 10:00:00'),
  ('核心业务', '核心交易链路的迁移项目', 'ops_zhang', 64, '2024-01-20 09:00:00', '2024-03-01 10:00:00'),
  ('finance', 'finance team''s "critical" group', 'dev_li', 32, '2024-01-21 09:00:00', '2024-01-21 09:00:00'),
  ('reporting', NULL, 'dev_li', NULL, '2024-02-02 14:00:00', '2024-02-02 14:00:00'),
  ('archive\\old', 'back\\slash in the name', 'admin', 4, '2024-02-10 11:00:00', '2024-02-10 11:00:00'),
  ('测试组', '测试环境 (test); 分号;和引号''"', 'qa_wang', 8, '2024-03-05 15:30:00', '2024-04-01 08:00:00'),
  ('analytics', 'analytics ETL', 'ops_zhang', 16, '2024-03-06 15:30:00', '2024-03-06 15:30:00'),
  ('sandbox', '', 'qa_wang', 0, '2024-03-07 15:30:00', '2024-03-07 15:30:00');

INSERT INTO oms_project (project_id, name, type, status, resource_group_id, source_endpoint,
                         sink_endpoint, description, owner, gmt_created, gmt_modified)
SELECT CONCAT('np_', LPAD(n, 6, '0')),
       CASE n % 5
         WHEN 0 THEN CONCAT('订单库迁移_', n)
         WHEN 1 THEN CONCAT('mysql -> ob sync #', n)
         WHEN 2 THEN CONCAT('O''Brien "prod" project ', n)
         WHEN 3 THEN CONCAT('back\\slash; semi;colon ', n)
         ELSE CONCAT('项目 ', n, ' — 实时同步')
       END,
       IF(n % 3 = 0, 'SYNC', 'MIGRATION'),
       ELT(1 + n % 4, 'RUNNING', 'FINISHED', 'FAILED', 'SUSPEND'),
       IF(n % 7 = 0, NULL, 1 + n % 8),
       CONCAT('mysql://10.0.', n % 4, '.', n % 250, ':3306'),
       IF(n % 11 = 0, NULL, CONCAT('oceanbase://obcluster:2883/tenant_', n % 6)),
       IF(n % 4 = 0, NULL, CONCAT('描述：第', n, '个项目; it''s a "test" with $HOME and \\n literally')),
       ELT(1 + n % 3, 'admin', 'ops_zhang', 'dev_li'),
       '2024-01-16 00:00:00' + INTERVAL n * 7 HOUR,
       '2024-05-01 00:00:00' + INTERVAL n * 3 HOUR
FROM (WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 120)
      SELECT n FROM seq) AS s;

INSERT INTO oms_task (task_id, project_id, task_type, status, progress, checkpoint, message,
                      gmt_created, gmt_modified)
SELECT CONCAT('t_', LPAD(n, 7, '0')),
       CONCAT('np_', LPAD(1 + n % 120, 6, '0')),
       ELT(1 + n % 4, 'STRUCT_MIGRATION', 'FULL_MIGRATION', 'INCR_SYNC', 'FULL_VERIFY'),
       ELT(1 + n % 5, 'RUNNING', 'FINISHED', 'FAILED', 'SUSPEND', 'INIT'),
       IF(n % 6 = 0, NULL, ROUND((n * 37) % 10001 / 100, 2)),
       IF(n % 4 = 1, 1716000000 + n * 60, NULL),
       CASE n % 6
         WHEN 0 THEN NULL
         WHEN 1 THEN CONCAT('同步延迟 ', n % 60, ' 秒')
         WHEN 2 THEN 'ERROR 1062 (23000): Duplicate entry ''42'' for key ''PRIMARY'''
         WHEN 3 THEN 'path C:\\oms\\store; "quoted"'
         ELSE ''
       END,
       '2024-01-16 00:00:00' + INTERVAL n * 2 HOUR,
       '2024-05-01 00:00:00' + INTERVAL n MINUTE
FROM (WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 400)
      SELECT n FROM seq) AS s;
