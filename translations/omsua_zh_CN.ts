<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BackupStep</name>
    <message>
        <source>Back up the metadata databases</source>
        <translation>备份元数据库</translation>
    </message>
    <message>
        <source>Dumps %1 on the host into %2/%3/ (--single-transaction --routines --events --triggers=false; the password in a 0600 option file, never on a command line), checks each dump (exit status, &quot;-- Dump completed&quot; trailer, size, sha256) and writes manifest.json. Per-table checksums are taken first, for the rollback to compare against.</source>
        <translation>在主机上将 %1 导出到 %2/%3/（--single-transaction --routines --events --triggers=false；密码写入权限为 0600 的选项文件，绝不出现在命令行中），校验每个转储文件（退出状态、&quot;-- Dump completed&quot; 结尾行、大小、sha256）并写入 manifest.json。导出前先计算每张表的校验和，供回滚时比对。</translation>
    </message>
    <message>
        <source>Upgrade %1 of %2, route %3</source>
        <translation>%2 的升级 %1，升级路线 %3</translation>
    </message>
    <message>
        <source>The backup set does not verify: %1</source>
        <translation>备份集校验未通过：%1</translation>
    </message>
    <message>
        <source>resume to dump again; the run stops before anything else changes</source>
        <translation>继续运行（resume）即可重新导出；运行在做出其他任何更改之前停止</translation>
    </message>
</context>
<context>
    <name>BackupsView</name>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Verify (sha256)</source>
        <translation>校验 (sha256)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Download...</source>
        <translation>下载...</translation>
    </message>
    <message>
        <source>Delete...</source>
        <translation>删除...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Set / file</source>
        <translation>备份集 / 文件</translation>
    </message>
    <message>
        <source>Versions / database</source>
        <translation>版本 / 数据库</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>使用者</translation>
    </message>
    <message>
        <source>sha256</source>
        <translation>sha256</translation>
    </message>
</context>
<context>
    <name>CheckServersOnlineStep</name>
    <message>
        <source>Check that every server is Online</source>
        <translation>检查所有服务器均为 Online 状态</translation>
    </message>
    <message>
        <source>You check in the OMS console (%1, OPS &amp; Monitoring &gt; Servers) that every server is Online, and clear the browser cache as the documentation asks. The run waits; resuming it confirms the check.</source>
        <translation>请在 OMS 控制台（%1，运维监控 &gt; 服务器）中检查所有服务器均为 Online 状态，并按文档要求清除浏览器缓存。运行将等待；继续运行即表示确认已完成检查。</translation>
    </message>
    <message>
        <source>confirmed by the operator on resume</source>
        <translation>已由操作员在继续运行时确认</translation>
    </message>
    <message>
        <source>every server Online, as confirmed by the operator</source>
        <translation>所有服务器均为 Online，已由操作员确认</translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message>
        <source>Resume this run</source>
        <translation>继续此运行</translation>
    </message>
    <message>
        <source>Run next step</source>
        <translation>运行下一步</translation>
    </message>
    <message>
        <source>Run to the next manual step</source>
        <translation>运行到下一个手动步骤</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export report...</source>
        <translation>导出报告...</translation>
    </message>
    <message>
        <source>Roll back...</source>
        <translation>回滚...</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Preflight</source>
        <translation>预检</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>提示</translation>
    </message>
</context>
<context>
    <name>ConnectionView</name>
    <message>
        <source>Profiles</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Open plan file...</source>
        <translation>打开计划文件...</translation>
    </message>
    <message>
        <source>SSH connection</source>
        <translation>SSH 连接</translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation>配置名称：</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>主机：</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <source>Private key:</source>
        <translation>私钥：</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>浏览...</translation>
    </message>
    <message>
        <source>known_hosts:</source>
        <translation>known_hosts：</translation>
    </message>
    <message>
        <source>Docker:</source>
        <translation>Docker：</translation>
    </message>
    <message>
        <source>What to upgrade</source>
        <translation>升级对象</translation>
    </message>
    <message>
        <source>Running container:</source>
        <translation>运行中的容器：</translation>
    </message>
    <message>
        <source>New image:</source>
        <translation>新镜像：</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>SSH password:</source>
        <translation>SSH 密码：</translation>
    </message>
    <message>
        <source>Key passphrase:</source>
        <translation>私钥口令：</translation>
    </message>
    <message>
        <source>MetaDB password:</source>
        <translation>MetaDB 密码：</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>保存配置</translation>
    </message>
    <message>
        <source>Connect and discover</source>
        <translation>连接并探查</translation>
    </message>
</context>
<context>
    <name>DisableHaStep</name>
    <message>
        <source>Disable HA</source>
        <translation>关闭 HA</translation>
    </message>
    <message>
        <source>You switch HA off in the OMS console (System Management &gt; System Parameters &gt; ha.config: &quot;enable&quot;: false); the run waits and then reads the value back from %1.oms_normal_config.</source>
        <translation>请在 OMS 控制台中关闭 HA（系统管理 &gt; 系统参数 &gt; ha.config：&quot;enable&quot;: false）；运行将等待，然后从 %1.oms_normal_config 读回该值。</translation>
    </message>
    <message>
        <source>Sets &quot;enable&quot;: false in ha.config (%1.oms_normal_config), keeping every other key, and reads it back.</source>
        <translation>在 ha.config（%1.oms_normal_config）中设置 &quot;enable&quot;: false，保留其他所有键，并读回校验。</translation>
    </message>
    <message>
        <source>HA was already disabled before the upgrade</source>
        <translation>升级前 HA 已处于禁用状态</translation>
    </message>
    <message>
        <source>HA is disabled</source>
        <translation>HA 已禁用</translation>
    </message>
    <message>
        <source>Disable HA in the OMS console: %1 &gt; System Management &gt; System Parameters &gt; ha.config, set &quot;enable&quot; to false and save. Then resume the run; it checks the value in the MetaDB.</source>
        <translation>在 OMS 控制台中禁用 HA：%1 &gt; 系统管理 &gt; 系统参数 &gt; ha.config，将 &quot;enable&quot; 设为 false 并保存。然后继续运行；它会在 MetaDB 中检查该值。</translation>
    </message>
    <message>
        <source>ha.config still has &quot;enable&quot;: true</source>
        <translation>ha.config 仍为 &quot;enable&quot;: true</translation>
    </message>
    <message>
        <source>disable HA in the console, then resume</source>
        <translation>在控制台中禁用 HA，然后继续运行</translation>
    </message>
    <message>
        <source>ha.config read back: enable=false</source>
        <translation>ha.config 读回结果：enable=false</translation>
    </message>
</context>
<context>
    <name>DockerInitStep</name>
    <message>
        <source>Initialise the metadata (docker_init.sh)</source>
        <translation>初始化元数据（docker_init.sh）</translation>
    </message>
    <message>
        <source>docker exec %1 %2: migrates the metadata schema of the three databases to the new version (IS_UPGRADE=true) and restarts the OMS services. Exit status 0 and the &quot;%3&quot; line are required. Tables and column counts are recorded before and after.</source>
        <translation>docker exec %1 %2：将三个数据库的元数据表结构迁移到新版本（IS_UPGRADE=true）并重启 OMS 服务。要求退出状态为 0 且输出 &quot;%3&quot; 行。执行前后均会记录表和列的数量。</translation>
    </message>
    <message>
        <source>%1 is not running</source>
        <translation>%1 未在运行</translation>
    </message>
    <message>
        <source>start it (resume from start_new), then resume</source>
        <translation>先启动它（从 start_new 步骤继续运行），然后再继续运行</translation>
    </message>
    <message>
        <source>An earlier attempt was interrupted; docker_init.sh runs again (it is re-entrant with IS_UPGRADE=true).
</source>
        <translation>之前的一次尝试被中断；docker_init.sh 将再次运行（在 IS_UPGRADE=true 时可重入）。
</translation>
    </message>
    <message>
        <source>docker_init.sh from an earlier attempt still runs in %1; waiting for it to end
</source>
        <translation>之前尝试中的 docker_init.sh 仍在 %1 中运行；正在等待其结束
</translation>
    </message>
    <message>
        <source>Cancelled while waiting for the earlier docker_init.sh</source>
        <translation>等待之前的 docker_init.sh 时已取消</translation>
    </message>
    <message>
        <source>An earlier docker_init.sh still runs in %1</source>
        <translation>之前的 docker_init.sh 仍在 %1 中运行</translation>
    </message>
    <message>
        <source>look at /home/admin/logs/docker_init*.log in the container</source>
        <translation>查看容器内的 /home/admin/logs/docker_init*.log</translation>
    </message>
    <message>
        <source>docker_init.sh reported an error the OMS documentation says can be ignored: %1</source>
        <translation>docker_init.sh 报告了一个 OMS 文档说明可以忽略的错误：%1</translation>
    </message>
    <message>
        <source>Cancelled; docker_init.sh may still be running inside %1</source>
        <translation>已取消；docker_init.sh 可能仍在 %1 内运行</translation>
    </message>
    <message>
        <source>resume: the run waits for it and runs it again</source>
        <translation>继续运行（resume）：运行会等待其结束，然后再次执行它</translation>
    </message>
    <message>
        <source>docker_init.sh did not finish in time</source>
        <translation>docker_init.sh 未在规定时间内完成</translation>
    </message>
    <message>
        <source>look at /home/admin/logs/docker_init*.log in the container, then resume</source>
        <translation>查看容器内的 /home/admin/logs/docker_init*.log，然后继续运行</translation>
    </message>
    <message>
        <source>docker_init.sh failed with exit status %1: %2</source>
        <translation>docker_init.sh 失败，退出状态 %1：%2</translation>
    </message>
    <message>
        <source>fix the cause, then resume; or roll back</source>
        <translation>修复原因后继续运行；或执行回滚</translation>
    </message>
    <message>
        <source>docker_init.sh ended without the &quot;%1&quot; line</source>
        <translation>docker_init.sh 结束时没有输出 &quot;%1&quot; 行</translation>
    </message>
    <message>
        <source>the initialisation may be incomplete; look at its log, then resume</source>
        <translation>初始化可能未完成；请查看其日志，然后继续运行</translation>
    </message>
    <message>
        <source>docker_init.sh completed; no table or column count changed</source>
        <translation>docker_init.sh 已完成；表和列的数量均无变化</translation>
    </message>
    <message numerus="yes">
        <source>docker_init.sh completed; %n schema change(s): %1</source>
        <translation>
            <numerusform>docker_init.sh 已完成；%n 处表结构变更：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EnableHaStep</name>
    <message>
        <source>Enable HA</source>
        <translation>开启 HA</translation>
    </message>
    <message>
        <source>perceiveStoreClientCheckpoint=true (the Store starts from the downstream checkpoint)</source>
        <translation>perceiveStoreClientCheckpoint=true（Store 从下游位点开始拉取）</translation>
    </message>
    <message>
        <source>refetchStoreIntervalMin = ceil((T2 - T1) / 60 s) + %1 minutes margin, never below the current value, so the Store re-fetches everything since the old container stopped</source>
        <translation>refetchStoreIntervalMin = ceil((T2 - T1) / 60 s) + %1 分钟余量，且不低于当前值，以便 Store 重新拉取旧容器停止以来的全部数据</translation>
    </message>
    <message>
        <source>You switch HA on in the OMS console with %1; the run waits and reads the values back from the MetaDB. T2 is taken on the host clock.</source>
        <translation>请在 OMS 控制台中使用 %1 开启 HA；运行将等待，并从 MetaDB 读回这些值。T2 取自主机时钟。</translation>
    </message>
    <message>
        <source>Sets &quot;enable&quot;: true and %1 in ha.config, keeping every other key, and reads it back. T2 = now on the host clock.</source>
        <translation>在 ha.config 中设置 &quot;enable&quot;: true 和 %1，保留其他所有键，并读回校验。T2 = 主机时钟的当前时间。</translation>
    </message>
    <message>
        <source>perceiveStoreClientCheckpoint=true: the Store starts from the checkpoint the downstream components report, so refetchStoreIntervalMin is not used.</source>
        <translation>perceiveStoreClientCheckpoint=true：Store 从下游组件报告的位点开始拉取，因此不使用 refetchStoreIntervalMin。</translation>
    </message>
    <message>
        <source>T1 (when the old container stopped) is not in the journal</source>
        <translation>运行日志中没有 T1（旧容器停止的时间）</translation>
    </message>
    <message>
        <source>the stop_old step records it; resume from there</source>
        <translation>该值由 stop_old 步骤记录；请从该步骤继续运行</translation>
    </message>
    <message>
        <source>HA was disabled before the upgrade; it stays disabled</source>
        <translation>升级前 HA 已禁用；保持禁用</translation>
    </message>
    <message>
        <source>HA is enabled with the computed values</source>
        <translation>已使用计算出的值启用 HA</translation>
    </message>
    <message>
        <source>Enable HA in the OMS console: %1 &gt; System Management &gt; System Parameters &gt; ha.config, set %2 and save. Then resume the run; it checks the values in the MetaDB.</source>
        <translation>在 OMS 控制台中启用 HA：%1 &gt; 系统管理 &gt; 系统参数 &gt; ha.config，设置 %2 并保存。然后继续运行；它会在 MetaDB 中检查这些值。</translation>
    </message>
    <message>
        <source>ha.config still has &quot;enable&quot;: false</source>
        <translation>ha.config 仍为 &quot;enable&quot;: false</translation>
    </message>
    <message>
        <source>refetchStoreIntervalMin is %1, below the computed %2</source>
        <translation>refetchStoreIntervalMin 为 %1，低于计算值 %2</translation>
    </message>
    <message>
        <source>HA enabled, perceiveStoreClientCheckpoint=true</source>
        <translation>HA 已启用，perceiveStoreClientCheckpoint=true</translation>
    </message>
    <message>
        <source>HA enabled, refetchStoreIntervalMin=%1</source>
        <translation>HA 已启用，refetchStoreIntervalMin=%1</translation>
    </message>
</context>
<context>
    <name>HealthStep</name>
    <message>
        <source>Wait until OMS is healthy</source>
        <translation>等待 OMS 健康</translation>
    </message>
    <message>
        <source>GET %1 every %2 s until data.healthy is true (at most %3 minutes); through an SSH forward when this computer cannot reach the console.</source>
        <translation>每 %2 秒 GET %1，直到 data.healthy 为 true（最多 %3 分钟）；若本机无法访问控制台，则通过 SSH 转发访问。</translation>
    </message>
    <message>
        <source>Cancelled while waiting for OMS to become healthy</source>
        <translation>等待 OMS 变为健康时已取消</translation>
    </message>
    <message>
        <source>%1 is not reachable from here; asking through the SSH host
</source>
        <translation>从本机无法访问 %1；改为通过 SSH 主机查询
</translation>
    </message>
    <message>
        <source>health: %1
</source>
        <translation>health: %1
</translation>
    </message>
    <message>
        <source>%1 reports healthy</source>
        <translation>%1 报告状态健康</translation>
    </message>
    <message>
        <source>OMS did not become healthy within %1 minutes: %2</source>
        <translation>OMS 未在 %1 分钟内变为健康：%2</translation>
    </message>
    <message>
        <source>look at `docker logs %1` and /home/admin/logs in the container; resume to wait again, or roll back</source>
        <translation>查看 `docker logs %1` 以及容器内的 /home/admin/logs；继续运行以再次等待，或执行回滚</translation>
    </message>
    <message>
        <source>%1 stopped (%2) while waiting for it to become healthy</source>
        <translation>等待 %1 变为健康期间，它已停止（%2）</translation>
    </message>
    <message>
        <source>look at `docker logs %1`</source>
        <translation>查看 `docker logs %1`</translation>
    </message>
</context>
<context>
    <name>HeartbeatTrimStep</name>
    <message>
        <source>Trim the heartbeat table</source>
        <translation>清理心跳表</translation>
    </message>
    <message>
        <source>Pre-trim the heartbeat table</source>
        <translation>预先清理心跳表</translation>
    </message>
    <message>
        <source>Deletes every row of %1 except the newest: reads max(id), then deletes below it in batches of %2 rows. Heartbeat rows are transient; OMS only needs the newest.</source>
        <translation>删除 %1 中除最新一行外的所有行：先读取 max(id)，再以每批 %2 行删除低于该值的行。心跳行是临时数据；OMS 只需要最新一行。</translation>
    </message>
    <message>
        <source>While OMS still runs, deletes the rows of %1 below its current max(id) in batches of %2, so that the trim after the stop (and the downtime) is short.</source>
        <translation>在 OMS 仍在运行时，以每批 %2 行删除 %1 中低于当前 max(id) 的行，以缩短停止后的清理时间（以及停机时间）。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in the table: nothing to trim</source>
        <translation>
            <numerusform>表中有 %n 行：无需清理</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 行</translation>
    </message>
    <message>
        <source>Trim cancelled after %1 rows; the rest stay</source>
        <translation>清理在删除 %1 行后被取消；其余行保留</translation>
    </message>
    <message>
        <source>deleted %1 rows below id %2 in %3 ms (%4 statements, longest %5 ms)</source>
        <translation>已删除 id %2 以下的 %1 行，耗时 %3 ms（%4 条语句，最长 %5 ms）</translation>
    </message>
    <message>
        <source>%1 heartbeat rows are left; expected only the newest</source>
        <translation>仍剩余 %1 条心跳行；预期只剩最新一行</translation>
    </message>
    <message>
        <source>is the old container really stopped? Resume to trim again</source>
        <translation>旧容器是否确实已停止？继续运行以再次清理</translation>
    </message>
    <message>
        <source>%1; %2 row(s) left</source>
        <translation>%1；剩余 %2 行</translation>
    </message>
    <message>
        <source>trimmed</source>
        <translation>已清理</translation>
    </message>
</context>
<context>
    <name>HostKeyDialog</name>
    <message>
        <source>SSH host key</source>
        <translation>SSH 主机密钥</translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation>密钥类型：</translation>
    </message>
    <message>
        <source>Recorded in known_hosts:</source>
        <translation>known_hosts 中记录的：</translation>
    </message>
    <message>
        <source>Presented by the server:</source>
        <translation>服务器出示的：</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Accept and remember</source>
        <translation>接受并记住</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>HostOverviewView</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>What is on the host</source>
        <translation>主机上的现状</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Host key</source>
        <translation>主机密钥</translation>
    </message>
    <message>
        <source>Docker</source>
        <translation>Docker</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>容器</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>升级路径</translation>
    </message>
    <message>
        <source>MetaDB</source>
        <translation>MetaDB</translation>
    </message>
    <message>
        <source>Heartbeat rows</source>
        <translation>心跳表行数</translation>
    </message>
    <message>
        <source>HA (ha.config)</source>
        <translation>高可用（ha.config）</translation>
    </message>
    <message>
        <source>Mounts of the running container</source>
        <translation>运行中容器的挂载</translation>
    </message>
    <message>
        <source>Host path</source>
        <translation>主机路径</translation>
    </message>
    <message>
        <source>Container path</source>
        <translation>容器内路径</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Metadata databases (from config.yaml)</source>
        <translation>元数据库（来自 config.yaml）</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>表数</translation>
    </message>
</context>
<context>
    <name>LoadImageStep</name>
    <message>
        <source>Load the new image</source>
        <translation>加载新镜像</translation>
    </message>
    <message>
        <source>Nothing to load: the plan names no image tarball; %1 must be on the host.</source>
        <translation>无需加载：计划中未指定镜像 tarball；%1 必须已在主机上。</translation>
    </message>
    <message>
        <source>docker load -i %1 on the host, unless %2 is already there. The old container keeps running meanwhile.</source>
        <translation>在主机上执行 docker load -i %1，除非 %2 已存在。期间旧容器保持运行。</translation>
    </message>
    <message>
        <source>%1 is already on the host</source>
        <translation>%1 已在主机上</translation>
    </message>
    <message>
        <source>%1 is not on the host and the plan names no image tarball</source>
        <translation>%1 不在主机上，且计划中未指定镜像 tarball</translation>
    </message>
    <message>
        <source>docker load the image on the host, or set oms.image_tarball in the plan</source>
        <translation>在主机上 docker load 该镜像，或在计划中设置 oms.image_tarball</translation>
    </message>
    <message>
        <source>loaded: %1
</source>
        <translation>已加载：%1
</translation>
    </message>
    <message>
        <source>The tarball did not provide %1</source>
        <translation>该 tarball 未提供 %1</translation>
    </message>
    <message>
        <source>check oms.target_image against what the tarball holds</source>
        <translation>核对 oms.target_image 与 tarball 中包含的镜像</translation>
    </message>
    <message>
        <source>%1 is on the host</source>
        <translation>%1 已在主机上</translation>
    </message>
</context>
<context>
    <name>LogPane</name>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>OMS Upgrade Assistant</source>
        <translation>OMS 升级助手</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Open plan file...</source>
        <translation>打开计划文件...</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>保存配置</translation>
    </message>
    <message>
        <source>Settings...</source>
        <translation>设置...</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>About OMS Upgrade Assistant</source>
        <translation>关于 OMS 升级助手</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>Export report...</source>
        <translation>导出报告...</translation>
    </message>
    <message>
        <source>Roll back...</source>
        <translation>回滚...</translation>
    </message>
</context>
<context>
    <name>MountsView</name>
    <message>
        <source>Container path</source>
        <translation>容器内路径</translation>
    </message>
    <message>
        <source>Old container: host path</source>
        <translation>旧容器：主机路径</translation>
    </message>
    <message>
        <source>New container: host path</source>
        <translation>新容器：主机路径</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>I compared the host paths of the old and the new container by eye</source>
        <translation>我已逐项目视核对旧容器与新容器的主机路径</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <source>docker run, exactly as it will run</source>
        <translation>将要执行的 docker run 命令（原样）</translation>
    </message>
    <message>
        <source>Discovered on the host</source>
        <translation>从主机探查到的信息</translation>
    </message>
    <message>
        <source>Old image:</source>
        <translation>旧镜像：</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <source>config.yaml:</source>
        <translation>config.yaml：</translation>
    </message>
    <message>
        <source>Databases:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <source>Binds:</source>
        <translation>挂载：</translation>
    </message>
    <message>
        <source>Route:</source>
        <translation>升级路线：</translation>
    </message>
    <message>
        <source>New container</source>
        <translation>新容器</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>OMS_HOST_IP:</source>
        <translation>OMS_HOST_IP：</translation>
    </message>
    <message>
        <source>Current version:</source>
        <translation>当前版本：</translation>
    </message>
    <message>
        <source>HTTPS certificate:</source>
        <translation>HTTPS 证书：</translation>
    </message>
    <message>
        <source>HTTPS key:</source>
        <translation>HTTPS 私钥：</translation>
    </message>
    <message>
        <source>Image tarball:</source>
        <translation>镜像包：</translation>
    </message>
    <message>
        <source>docker run flags:</source>
        <translation>docker run 参数：</translation>
    </message>
    <message>
        <source>MetaDB</source>
        <translation>MetaDB</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>主机：</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <source>SSH tunnel:</source>
        <translation>SSH 隧道：</translation>
    </message>
    <message>
        <source>Backup and HA</source>
        <translation>备份与高可用</translation>
    </message>
    <message>
        <source>Backup directory:</source>
        <translation>备份目录：</translation>
    </message>
    <message>
        <source>Change ha.config:</source>
        <translation>修改 ha.config：</translation>
    </message>
    <message>
        <source>Set perceiveStoreClientCheckpoint=true instead of a refetch interval</source>
        <translation>设置 perceiveStoreClientCheckpoint=true，而不是回拉间隔</translation>
    </message>
    <message>
        <source>Refetch margin:</source>
        <translation>回拉余量：</translation>
    </message>
</context>
<context>
    <name>PreflightStep</name>
    <message>
        <source>Preflight checks</source>
        <translation>预检查</translation>
    </message>
    <message>
        <source>Checks, read-only, that the host is ready: SSH and host key, docker, the old container and its mounts, config.yaml, the MetaDB and its three databases, the new image, the new container&apos;s name, free space for the backup, heartbeat rows, HA and the route. Nothing is changed.</source>
        <translation>以只读方式检查主机是否就绪：SSH 与主机密钥、docker、旧容器及其挂载、config.yaml、MetaDB 及其三个数据库、新镜像、新容器名称、备份所需的可用空间、心跳行、HA 以及升级路线。不做任何更改。</translation>
    </message>
    <message>
        <source>Preflight refused the upgrade: %1</source>
        <translation>预检拒绝了本次升级：%1</translation>
    </message>
    <message>
        <source>fix what the checks name; nothing was changed</source>
        <translation>修复检查中指出的问题；未做任何更改</translation>
    </message>
    <message numerus="yes">
        <source>%n checks passed</source>
        <translation>
            <numerusform>%n 项检查通过</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreStep</name>
    <message>
        <source>Restore the metadata databases</source>
        <translation>恢复元数据库</translation>
    </message>
    <message>
        <source>DROPS the databases %1 and restores them from %2 with the host&apos;s client (the password in a 0600 option file, never on a command line), after verifying the set once more. Every table&apos;s rows and checksum are then compared with those taken before the dump.</source>
        <translation>删除（DROP）数据库 %1，并在再次校验备份集后，使用主机上的客户端从 %2 恢复（密码写入权限为 0600 的选项文件，绝不出现在命令行中）。随后将每张表的行数和校验和与导出前记录的值进行比对。</translation>
    </message>
    <message>
        <source>%1 is running; it would write into the databases while they are restored</source>
        <translation>%1 正在运行；恢复期间它会向数据库写入数据</translation>
    </message>
    <message>
        <source>stop it, then resume the rollback</source>
        <translation>停止它，然后继续回滚</translation>
    </message>
    <message>
        <source>An earlier restore was interrupted; every database is restored again from the start.
</source>
        <translation>之前的恢复被中断；所有数据库将从头重新恢复。
</translation>
    </message>
    <message>
        <source>The backup set has no manifest</source>
        <translation>备份集缺少 manifest</translation>
    </message>
    <message>
        <source>Cancelled before %1 was restored</source>
        <translation>在恢复 %1 之前已取消</translation>
    </message>
    <message>
        <source>restoring %1 from %2 (%3 bytes)
</source>
        <translation>正在从 %2 恢复 %1（%3 字节）
</translation>
    </message>
    <message>
        <source>The upgrade recorded no checksums to compare with</source>
        <translation>升级过程未记录可供比对的校验和</translation>
    </message>
    <message>
        <source>%1.%2 is missing</source>
        <translation>%1.%2 缺失</translation>
    </message>
    <message>
        <source>%1.%2: %3 rows, checksum %4; expected %5 rows, checksum %6</source>
        <translation>%1.%2：%3 行，校验和 %4；预期 %5 行，校验和 %6</translation>
    </message>
    <message>
        <source>%1.%2 is not in the backup</source>
        <translation>%1.%2 不在备份中</translation>
    </message>
    <message>
        <source>The restored databases differ from the backup: %1</source>
        <translation>恢复后的数据库与备份不一致：%1</translation>
    </message>
    <message>
        <source>resume to restore again</source>
        <translation>继续运行以重新恢复</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) restored, rows and checksums equal to the backup</source>
        <translation>
            <numerusform>已恢复 %n 张表，行数和校验和与备份一致</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RollbackDialog</name>
    <message>
        <source>Roll back the upgrade</source>
        <translation>回滚升级</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Appearance:</source>
        <translation>外观：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
</context>
<context>
    <name>StartNewStep</name>
    <message>
        <source>The old container has no OMS_HOST_IP and the plan sets none</source>
        <translation>旧容器没有 OMS_HOST_IP，计划中也未设置</translation>
    </message>
    <message>
        <source>set oms.host_ip in the plan</source>
        <translation>在计划中设置 oms.host_ip</translation>
    </message>
    <message>
        <source>Start the new container</source>
        <translation>启动新容器</translation>
    </message>
    <message>
        <source>Cannot build the docker run command: %1</source>
        <translation>无法构建 docker run 命令：%1</translation>
    </message>
    <message>
        <source>Runs, on the host:
  %1
with exactly the old container&apos;s binds:
</source>
        <translation>在主机上运行：
  %1
并使用与旧容器完全相同的挂载：
</translation>
    </message>
    <message>
        <source>IS_UPGRADE=true makes docker_init.sh migrate the metadata instead of re-initialising it.</source>
        <translation>IS_UPGRADE=true 使 docker_init.sh 迁移元数据，而不是重新初始化元数据。</translation>
    </message>
    <message>
        <source>it runs %1, not %2</source>
        <translation>它运行的是 %1，而不是 %2</translation>
    </message>
    <message>
        <source>its mounts differ from the old container&apos;s: %1</source>
        <translation>其挂载与旧容器不同：%1</translation>
    </message>
    <message>
        <source>its %1 is &quot;%2&quot;, not &quot;%3&quot;</source>
        <translation>其 %1 为 &quot;%2&quot;，而不是 &quot;%3&quot;</translation>
    </message>
    <message>
        <source>The planned mounts differ from the old container&apos;s: %1</source>
        <translation>计划的挂载与旧容器不同：%1</translation>
    </message>
    <message>
        <source>the host paths must stay the same across the upgrade; fix the plan&apos;s HTTPS paths or the old container</source>
        <translation>升级前后主机路径必须保持一致；请修正计划中的 HTTPS 路径或旧容器</translation>
    </message>
    <message>
        <source>The old container %1 is running; the new one would take the same ports</source>
        <translation>旧容器 %1 正在运行；新容器将占用相同的端口</translation>
    </message>
    <message>
        <source>stop the old container (the stop_old step) first</source>
        <translation>请先停止旧容器（stop_old 步骤）</translation>
    </message>
    <message>
        <source>The image %1 is not on the host</source>
        <translation>镜像 %1 不在主机上</translation>
    </message>
    <message>
        <source>docker load it on the host, then resume</source>
        <translation>在主机上 docker load 该镜像，然后继续运行</translation>
    </message>
    <message>
        <source>A container named %1 exists and is not the one this run would create: %2</source>
        <translation>已存在名为 %1 的容器，且不是本次运行将要创建的容器：%2</translation>
    </message>
    <message>
        <source>remove or rename it, or choose oms.new_container in the plan</source>
        <translation>删除或重命名该容器，或在计划中设置 oms.new_container</translation>
    </message>
    <message>
        <source>%1 already runs %2 with the old binds</source>
        <translation>%1 已在使用旧挂载运行 %2</translation>
    </message>
    <message>
        <source>%1 exists (stopped); it is started again</source>
        <translation>%1 已存在（已停止）；将重新启动它</translation>
    </message>
    <message>
        <source>started %1 (%2)
</source>
        <translation>已启动 %1（%2）
</translation>
    </message>
    <message>
        <source>Cancelled while waiting for %1 to start</source>
        <translation>等待 %1 启动时已取消</translation>
    </message>
    <message>
        <source>%1 stopped right after its start (%2, exit code %3)</source>
        <translation>%1 启动后立即停止（%2，退出码 %3）</translation>
    </message>
    <message>
        <source>its last output: %1</source>
        <translation>其最后的输出：%1</translation>
    </message>
    <message>
        <source>%1 did not print &quot;%2&quot; within %3 minutes of its start</source>
        <translation>%1 在启动后 %3 分钟内未输出 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 is not running (%2)</source>
        <translation>%1 未在运行（%2）</translation>
    </message>
    <message>
        <source>%1 does not match the plan: %2</source>
        <translation>%1 与计划不符：%2</translation>
    </message>
    <message>
        <source>%1 runs %2 with the %3 binds of the old container%4</source>
        <translation>%1 正在运行 %2，使用旧容器的 %3 个挂载%4</translation>
    </message>
    <message>
        <source>, IS_UPGRADE=true</source>
        <translation>，IS_UPGRADE=true</translation>
    </message>
</context>
<context>
    <name>StartOldStep</name>
    <message>
        <source>Start the old container</source>
        <translation>启动旧容器</translation>
    </message>
    <message>
        <source>%1 no longer exists; it is re-created from the inspect output in the backup manifest:
  %2</source>
        <translation>%1 已不存在；将根据备份 manifest 中的 inspect 输出重新创建：
  %2</translation>
    </message>
    <message>
        <source>docker start %1: the old version runs again on the restored databases.</source>
        <translation>docker start %1：旧版本在恢复后的数据库上重新运行。</translation>
    </message>
    <message>
        <source>%1 is running</source>
        <translation>%1 正在运行</translation>
    </message>
    <message>
        <source>stop it, then resume the rollback</source>
        <translation>停止它，然后继续回滚</translation>
    </message>
    <message>
        <source>The backup set has no manifest</source>
        <translation>备份集缺少 manifest</translation>
    </message>
    <message>
        <source>%1 is re-created from the manifest</source>
        <translation>已根据 manifest 重新创建 %1</translation>
    </message>
    <message>
        <source>%1 is not running (%2)</source>
        <translation>%1 未在运行（%2）</translation>
    </message>
    <message>
        <source>look at `docker logs %1`</source>
        <translation>查看 `docker logs %1`</translation>
    </message>
    <message>
        <source>%1 runs %2, not the old image %3</source>
        <translation>%1 运行的是 %2，而不是旧镜像 %3</translation>
    </message>
    <message>
        <source>%1 runs %2 again</source>
        <translation>%1 已重新运行 %2</translation>
    </message>
</context>
<context>
    <name>StopNewStep</name>
    <message>
        <source>Stop the new container</source>
        <translation>停止新容器</translation>
    </message>
    <message>
        <source>docker stop -t %1 %2. The container is kept (not removed) so that what went wrong can still be looked at; T3 is the moment it stopped.</source>
        <translation>docker stop -t %1 %2。容器会被保留（不删除），以便仍可排查问题原因；T3 为其停止的时刻。</translation>
    </message>
    <message>
        <source>%1 was never created</source>
        <translation>%1 从未被创建</translation>
    </message>
    <message>
        <source>%1 is stopped</source>
        <translation>%1 已停止</translation>
    </message>
    <message>
        <source>%1 is still running</source>
        <translation>%1 仍在运行</translation>
    </message>
    <message>
        <source>%1 stopped; T3 = %2 (host clock)</source>
        <translation>%1 已停止；T3 = %2（主机时钟）</translation>
    </message>
</context>
<context>
    <name>StopOldStep</name>
    <message>
        <source>Stop the old container</source>
        <translation>停止旧容器</translation>
    </message>
    <message>
        <source>docker stop -t %1 %2. OMS is down from here until the new container is healthy; T1 is the moment it stopped (its State.FinishedAt on the host clock).</source>
        <translation>docker stop -t %1 %2。从此刻起 OMS 停止服务，直到新容器变为健康；T1 为其停止的时刻（即主机时钟上的 State.FinishedAt）。</translation>
    </message>
    <message>
        <source>The host clock is %1 s off this computer&apos;s clock; times in this run are taken on the host clock.</source>
        <translation>主机时钟与本机时钟相差 %1 秒；本次运行中的时间均取自主机时钟。</translation>
    </message>
    <message>
        <source>The old container has the restart policy &quot;always&quot;: a restart of the docker daemon would start it again beside the new one. Consider `docker update --restart=no %1` once the upgrade is done.</source>
        <translation>旧容器的重启策略为 &quot;always&quot;：docker 守护进程重启后会将其与新容器一同再次启动。建议在升级完成后执行 `docker update --restart=no %1`。</translation>
    </message>
    <message>
        <source>%1 is already stopped (%2 at %3)</source>
        <translation>%1 已停止（%2，于 %3）</translation>
    </message>
    <message>
        <source>%1 is still running</source>
        <translation>%1 仍在运行</translation>
    </message>
    <message>
        <source>look at `docker ps` on the host, then resume</source>
        <translation>在主机上查看 `docker ps`，然后继续运行</translation>
    </message>
    <message>
        <source>%1 has no FinishedAt time</source>
        <translation>%1 没有 FinishedAt 时间</translation>
    </message>
    <message>
        <source>%1 stopped; T1 = %2 (host clock)</source>
        <translation>%1 已停止；T1 = %2（主机时钟）</translation>
    </message>
</context>
<context>
    <name>TimingView</name>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>refetchStoreIntervalMin calculator</source>
        <translation>refetchStoreIntervalMin 计算器</translation>
    </message>
    <message>
        <source>T1, old container stopped:</source>
        <translation>T1，旧容器停止：</translation>
    </message>
    <message>
        <source>T2, HA enabled again:</source>
        <translation>T2，重新开启高可用：</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>T3, new container stopped (rollback):</source>
        <translation>T3，新容器停止（回滚）：</translation>
    </message>
    <message>
        <source>Margin:</source>
        <translation>余量：</translation>
    </message>
    <message>
        <source>Current value in ha.config:</source>
        <translation>ha.config 中的当前值：</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Apply to the enable-HA step</source>
        <translation>应用到“开启高可用”步骤</translation>
    </message>
</context>
<context>
    <name>VerifyBackupStep</name>
    <message>
        <source>Verify the backup set</source>
        <translation>校验备份集</translation>
    </message>
    <message>
        <source>Checks on the host, read-only, that every dump of %1 is there with the size and sha256 the manifest records and ends with its completion line, and that the set holds the databases config.yaml names. Nothing is changed; a set that fails refuses the rollback.</source>
        <translation>以只读方式在主机上检查：%1 的每个转储文件均存在，大小和 sha256 与 manifest 记录一致，且以完成行结尾；并检查备份集包含 config.yaml 中指定的数据库。不做任何更改；校验失败的备份集将拒绝回滚。</translation>
    </message>
    <message>
        <source>The backup set does not verify: %1</source>
        <translation>备份集校验未通过：%1</translation>
    </message>
    <message>
        <source>nothing was changed; restore by hand from another copy of the set</source>
        <translation>未做任何更改；请从该备份集的其他副本手动恢复</translation>
    </message>
    <message>
        <source>The backup set holds %1, but config.yaml names %2</source>
        <translation>备份集包含 %1，但 config.yaml 指定的是 %2</translation>
    </message>
    <message>
        <source>nothing was changed; this set is not for this OMS</source>
        <translation>未做任何更改；该备份集不属于此 OMS</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>hint: %1</source>
        <translation>提示：%1</translation>
    </message>
    <message>
        <source>oms-upgrade: unknown command &apos;%1&apos;</source>
        <translation>oms-upgrade：未知命令“%1”</translation>
    </message>
    <message>
        <source>Run &apos;oms-upgrade --help&apos; for the commands.</source>
        <translation>运行“oms-upgrade --help”查看可用命令。</translation>
    </message>
    <message>
        <source>Usage: oms-upgrade COMMAND [OPTIONS]

Upgrades an OceanBase Migration Service CE host (single node, Docker) safely.

Commands:
  probe --plan PLAN.yaml   connect to the host and print what was discovered
  preflight --plan PLAN.yaml
                           read-only checks before an upgrade (exit 3 when refused)
  upgrade --plan PLAN.yaml [--yes] [--until STEP] [--resume RUN_ID]
                           run the upgrade; prints &apos;run: RUN_ID&apos; first
  rollback --plan PLAN.yaml [--run RUN_ID] [--yes]
                           undo an upgrade from its verified backup set
  status [--run RUN_ID]    list the recorded runs, or show one run&apos;s steps
  refetch-interval --t1 TIME [--t2 TIME] [--margin MIN] [--current MIN]
                           compute refetchStoreIntervalMin for HA after an upgrade
  backups list|verify|download|upload|preview|delete --plan PLAN.yaml [...]
                           the backup sets on the host (&apos;backups&apos; alone: the options)
  report [--run RUN_ID] --format html|md|json|pdf --output FILE
                           write the report of a run (default: the latest)
  --version                print the version and the library versions
  --help                   print this help

Secrets are never taken from the command line: use a key file or ssh-agent,
the environment variables OMS_SSH_PASSWORD, OMS_SSH_PASSPHRASE and
OMS_META_PASSWORD, or answer the prompt on a terminal. The MetaDB password
defaults to the one in the host&apos;s config.yaml.

Exit status: 0 done, 1 failed, 2 usage or bad input, 3 refused by a check
(nothing changed), 4 waiting for the operator.</source>
        <translation>用法：oms-upgrade COMMAND [OPTIONS]

安全地升级 OceanBase Migration Service CE 主机（单节点，Docker）。

命令：
  probe --plan PLAN.yaml   连接主机并打印发现的信息
  preflight --plan PLAN.yaml
                           升级前的只读检查（被拒绝时退出状态为 3）
  upgrade --plan PLAN.yaml [--yes] [--until STEP] [--resume RUN_ID]
                           执行升级；首先打印 &apos;run: RUN_ID&apos;
  rollback --plan PLAN.yaml [--run RUN_ID] [--yes]
                           使用已校验的备份集撤销一次升级
  status [--run RUN_ID]    列出已记录的运行，或显示某次运行的步骤
  refetch-interval --t1 TIME [--t2 TIME] [--margin MIN] [--current MIN]
                           计算升级后 HA 所需的 refetchStoreIntervalMin
  backups list|verify|download|upload|preview|delete --plan PLAN.yaml [...]
                           主机上的备份集（单独使用 &apos;backups&apos;：显示选项）
  report [--run RUN_ID] --format html|md|json|pdf --output FILE
                           写出某次运行的报告（默认：最近一次）
  --version                打印版本号及所用库的版本
  --help                   打印本帮助

绝不从命令行读取机密信息：请使用密钥文件或 ssh-agent、
环境变量 OMS_SSH_PASSWORD、OMS_SSH_PASSPHRASE 和
OMS_META_PASSWORD，或在终端中回答提示。MetaDB 密码
默认使用主机 config.yaml 中的密码。

退出状态：0 完成，1 失败，2 用法错误或输入无效，3 被检查拒绝
（未做任何更改），4 等待操作员。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Upgrade an OMS Community Edition host safely.</source>
        <translation>安全地升级 OMS 社区版主机。</translation>
    </message>
    <message>
        <source>Plan file of the OMS host to open.</source>
        <translation>要打开的 OMS 主机计划文件。</translation>
    </message>
    <message>
        <source>Close the window after &lt;ms&gt; milliseconds.</source>
        <translation>在 &lt;ms&gt; 毫秒后关闭窗口。</translation>
    </message>
    <message>
        <source>--quit-after needs a number of milliseconds</source>
        <translation>--quit-after 需要一个毫秒数</translation>
    </message>
</context>
<context>
    <name>omsua::cli</name>
    <message>
        <source>host: %1@%2:%3</source>
        <translation>host: %1@%2:%3</translation>
    </message>
    <message>
        <source>host key: %1</source>
        <translation>host key: %1</translation>
    </message>
    <message>
        <source>docker: %1 (server %2)</source>
        <translation>docker: %1 (server %2)</translation>
    </message>
    <message>
        <source>container: %1 (%2)</source>
        <translation>container: %1 (%2)</translation>
    </message>
    <message>
        <source>image: %1</source>
        <translation>image: %1</translation>
    </message>
    <message>
        <source>state: %1 (started %2, finished %3)</source>
        <translation>state: %1（启动于 %2，结束于 %3）</translation>
    </message>
    <message>
        <source>OMS_HOST_IP: %1</source>
        <translation>OMS_HOST_IP: %1</translation>
    </message>
    <message>
        <source>mount: %1 -&gt; %2%3</source>
        <translation>mount: %1 -&gt; %2%3</translation>
    </message>
    <message>
        <source>source version: %1 (%2)</source>
        <translation>source version: %1（%2）</translation>
    </message>
    <message>
        <source>target image: %1 (%2)</source>
        <translation>target image: %1（%2）</translation>
    </message>
    <message>
        <source>present on the host</source>
        <translation>主机上已存在</translation>
    </message>
    <message>
        <source>not present on the host</source>
        <translation>主机上不存在</translation>
    </message>
    <message>
        <source>route: %1 (supported)</source>
        <translation>route: %1（受支持）</translation>
    </message>
    <message>
        <source>route: not supported: %1</source>
        <translation>route: 不受支持：%1</translation>
    </message>
    <message>
        <source>config.yaml: %1</source>
        <translation>config.yaml: %1</translation>
    </message>
    <message>
        <source>metadb: %1@%2:%3</source>
        <translation>metadb: %1@%2:%3</translation>
    </message>
    <message>
        <source>databases: rm=%1 cm=%2 cm_hb=%3</source>
        <translation>databases: rm=%1 cm=%2 cm_hb=%3</translation>
    </message>
    <message>
        <source>metadb route: %1</source>
        <translation>metadb route: %1</translation>
    </message>
    <message>
        <source>metadb server: %1</source>
        <translation>metadb server: %1</translation>
    </message>
    <message>
        <source>database %1: %2 in %3 tables</source>
        <translation>database %1: %2，共 %3 张表</translation>
    </message>
    <message>
        <source>heartbeat rows: %1</source>
        <translation>heartbeat rows: %1</translation>
    </message>
    <message>
        <source>ha.config: enable=%1 perceiveStoreClientCheckpoint=%2 refetchStoreIntervalMin=%3</source>
        <translation>ha.config: enable=%1 perceiveStoreClientCheckpoint=%2 refetchStoreIntervalMin=%3</translation>
    </message>
    <message>
        <source>problem: %1</source>
        <translation>problem: %1</translation>
    </message>
    <message>
        <source>probe: unexpected argument &apos;%1&apos;</source>
        <translation>probe：意外的参数“%1”</translation>
    </message>
    <message>
        <source>Usage: oms-upgrade probe --plan PLAN.yaml [--accept-new-host-key]</source>
        <translation>Usage: oms-upgrade probe --plan PLAN.yaml [--accept-new-host-key]</translation>
    </message>
    <message>
        <source>probe: --plan is required</source>
        <translation>probe：必须指定 --plan</translation>
    </message>
    <message>
        <source>Usage: oms-upgrade refetch-interval --t1 TIME [--t2 TIME] [--margin MIN] [--current MIN]</source>
        <translation>Usage: oms-upgrade refetch-interval --t1 TIME [--t2 TIME] [--margin MIN] [--current MIN]</translation>
    </message>
    <message>
        <source>TIME: %1</source>
        <translation>TIME: %1</translation>
    </message>
    <message>
        <source>refetch-interval: unexpected argument &apos;%1&apos;</source>
        <translation>refetch-interval：意外的参数“%1”</translation>
    </message>
    <message>
        <source>refetch-interval: %1 needs a value</source>
        <translation>refetch-interval：%1 需要一个值</translation>
    </message>
    <message>
        <source>refetch-interval: --t1 is required (when the old container stopped)</source>
        <translation>refetch-interval：必须指定 --t1（旧容器停止的时间）</translation>
    </message>
    <message>
        <source>refetch-interval: --margin must be a whole number of minutes, not &apos;%1&apos;</source>
        <translation>refetch-interval：--margin 必须是整数分钟，而不是“%1”</translation>
    </message>
    <message>
        <source>refetch-interval: --current must be a whole number of minutes, not &apos;%1&apos;</source>
        <translation>refetch-interval：--current 必须是整数分钟，而不是“%1”</translation>
    </message>
    <message>
        <source>refetchStoreIntervalMin: %1</source>
        <translation>refetchStoreIntervalMin: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>run: %1</source>
        <translation>run: %1</translation>
    </message>
    <message>
        <source>kind: %1</source>
        <translation>kind: %1</translation>
    </message>
    <message>
        <source>state: %1</source>
        <translation>state: %1</translation>
    </message>
    <message>
        <source>plan: %1</source>
        <translation>plan: %1</translation>
    </message>
    <message>
        <source>created: %1</source>
        <translation>created: %1</translation>
    </message>
    <message>
        <source> %1 s</source>
        <translation> %1 秒</translation>
    </message>
    <message>
        <source>status: unexpected argument &apos;%1&apos;</source>
        <translation>status：意外的参数“%1”</translation>
    </message>
    <message>
        <source>Usage: oms-upgrade status [--run RUN_ID]</source>
        <translation>Usage: oms-upgrade status [--run RUN_ID]</translation>
    </message>
    <message>
        <source>No runs recorded in %1</source>
        <translation>%1 中没有记录任何运行</translation>
    </message>
    <message>
        <source>Usage: oms-upgrade preflight --plan PLAN.yaml [--accept-new-host-key]</source>
        <translation>Usage: oms-upgrade preflight --plan PLAN.yaml [--accept-new-host-key]</translation>
    </message>
    <message>
        <source>preflight: unexpected argument &apos;%1&apos;</source>
        <translation>preflight：意外的参数“%1”</translation>
    </message>
    <message>
        <source>preflight: --plan is required</source>
        <translation>preflight：必须指定 --plan</translation>
    </message>
    <message>
        <source>%1  %2  %3</source>
        <translation>%1  %2  %3</translation>
    </message>
    <message>
        <source>check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>found</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>preflight: refused; nothing was changed</source>
        <translation>preflight：检查未通过，已拒绝；未做任何更改</translation>
    </message>
    <message>
        <source>preflight: all checks passed; nothing was changed</source>
        <translation>preflight：全部检查通过；未做任何更改</translation>
    </message>
    <message>
        <source>Usage: oms-upgrade backups list --plan PLAN.yaml [--json] [--verify]
       oms-upgrade backups verify --plan PLAN.yaml --set RUN_ID
       oms-upgrade backups download --plan PLAN.yaml --set RUN_ID --to DIR
       oms-upgrade backups upload --plan PLAN.yaml --from DIR
       oms-upgrade backups preview --plan PLAN.yaml --set RUN_ID [--file NAME] [--bytes N]
       oms-upgrade backups delete --plan PLAN.yaml --set RUN_ID [--yes]
Common option: --accept-new-host-key</source>
        <translation>用法：oms-upgrade backups list --plan PLAN.yaml [--json] [--verify]
      oms-upgrade backups verify --plan PLAN.yaml --set RUN_ID
      oms-upgrade backups download --plan PLAN.yaml --set RUN_ID --to DIR
      oms-upgrade backups upload --plan PLAN.yaml --from DIR
      oms-upgrade backups preview --plan PLAN.yaml --set RUN_ID [--file NAME] [--bytes N]
      oms-upgrade backups delete --plan PLAN.yaml --set RUN_ID [--yes]
通用选项：--accept-new-host-key</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>backup directory: %1</source>
        <translation>backup directory: %1</translation>
    </message>
    <message>
        <source>no backup sets</source>
        <translation>没有备份集</translation>
    </message>
    <message>
        <source>set</source>
        <translation>备份集</translation>
    </message>
    <message>
        <source>created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>from</source>
        <translation>源版本</translation>
    </message>
    <message>
        <source>to</source>
        <translation>目标版本</translation>
    </message>
    <message>
        <source>size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>state</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>run state</source>
        <translation>运行状态</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>set: %1</source>
        <translation>set: %1</translation>
    </message>
    <message>
        <source>  created: %1, T1: %2</source>
        <translation>  created: %1, T1: %2</translation>
    </message>
    <message>
        <source>  versions: %1 -&gt; %2 (%3 -&gt; %4), container %5</source>
        <translation>  versions: %1 -&gt; %2 (%3 -&gt; %4)，容器 %5</translation>
    </message>
    <message>
        <source>  unknown: %1</source>
        <translation>  unknown: %1</translation>
    </message>
    <message>
        <source>  run: %1</source>
        <translation>  run: %1</translation>
    </message>
    <message>
        <source>  run: none recorded</source>
        <translation>  run: 无记录</translation>
    </message>
    <message>
        <source>  in use: %1</source>
        <translation>  in use: %1</translation>
    </message>
    <message>
        <source>  state: %1 - %2</source>
        <translation>  state: %1 - %2</translation>
    </message>
    <message>
        <source>  %1  %2  %3 bytes  sha256 %4  %5  (database %6)</source>
        <translation>  %1  %2  %3 字节  sha256 %4  %5  （数据库 %6）</translation>
    </message>
    <message>
        <source>  file  %1  %2 bytes</source>
        <translation>  file  %1  %2 字节</translation>
    </message>
    <message>
        <source>verify: computing sha256 of %1 on the host (%2 of %3)</source>
        <translation>verify：正在主机上计算 %1 的 sha256（第 %2 个，共 %3 个）</translation>
    </message>
    <message>
        <source>download</source>
        <translation>download</translation>
    </message>
    <message>
        <source>download: %1 was already complete here (checked)</source>
        <translation>download：%1 在本机已完整（已核对）</translation>
    </message>
    <message>
        <source>download: resumed, %1 bytes were already here</source>
        <translation>download：已续传，本机已有 %1 字节</translation>
    </message>
    <message>
        <source>download: %1 bytes transferred in %2 s</source>
        <translation>download：%2 秒内传输了 %1 字节</translation>
    </message>
    <message>
        <source>downloaded: %1 (sha256 of every dump checked here)</source>
        <translation>downloaded: %1（已在本机核对每个转储的 sha256）</translation>
    </message>
    <message>
        <source>upload</source>
        <translation>upload</translation>
    </message>
    <message>
        <source>upload: an identical set is already on the host; nothing was sent</source>
        <translation>upload：主机上已有完全相同的备份集；未发送任何内容</translation>
    </message>
    <message>
        <source>upload: %1 bytes sent</source>
        <translation>upload：已发送 %1 字节</translation>
    </message>
    <message>
        <source>uploaded: %1 (verified on the host)</source>
        <translation>uploaded: %1（已在主机上校验）</translation>
    </message>
    <message>
        <source>preview: set %1 holds no dump; name one with --file</source>
        <translation>preview：备份集 %1 中没有转储文件；请用 --file 指定文件</translation>
    </message>
    <message>
        <source>==&gt; %1: %2 bytes, the whole file &lt;==</source>
        <translation>==&gt; %1：%2 字节，完整文件 &lt;==</translation>
    </message>
    <message>
        <source>==&gt; %1: %2 bytes, the first %3 &lt;==</source>
        <translation>==&gt; %1：%2 字节，前 %3 字节 &lt;==</translation>
    </message>
    <message>
        <source>==&gt; %1: the last %2 bytes &lt;==</source>
        <translation>==&gt; %1：最后 %2 字节 &lt;==</translation>
    </message>
    <message>
        <source>delete: refused, backup set %1 is in use: %2</source>
        <translation>delete：已拒绝，备份集 %1 正在使用中：%2</translation>
    </message>
    <message>
        <source>Finish the run (or roll it back) first; nothing was deleted.</source>
        <translation>请先完成（或回滚）该运行；未删除任何内容。</translation>
    </message>
    <message>
        <source>delete: refused without a terminal to confirm; pass --yes. Nothing was deleted.</source>
        <translation>delete：没有可用于确认的终端，已拒绝；请传入 --yes。未删除任何内容。</translation>
    </message>
    <message>
        <source>This deletes %1 (%2) on the host.</source>
        <translation>此操作将删除主机上的 %1（%2）。</translation>
    </message>
    <message>
        <source>Type yes to delete it: </source>
        <translation>输入 yes 以删除：</translation>
    </message>
    <message>
        <source>delete: not confirmed; nothing was deleted.</source>
        <translation>delete：未确认；未删除任何内容。</translation>
    </message>
    <message>
        <source>deleted: %1</source>
        <translation>deleted: %1</translation>
    </message>
    <message>
        <source>backups: name an action</source>
        <translation>backups：请指定一个操作</translation>
    </message>
    <message>
        <source>backups: unknown action &apos;%1&apos;</source>
        <translation>backups：未知操作“%1”</translation>
    </message>
    <message>
        <source>backups: --bytes takes 1 to %1</source>
        <translation>backups：--bytes 的取值为 1 到 %1</translation>
    </message>
    <message>
        <source>backups: unexpected argument &apos;%1&apos;</source>
        <translation>backups：意外的参数“%1”</translation>
    </message>
    <message>
        <source>backups: --plan is required</source>
        <translation>backups：必须指定 --plan</translation>
    </message>
    <message>
        <source>backups %1: --set is required</source>
        <translation>backups %1：必须指定 --set</translation>
    </message>
    <message>
        <source>backups download: --to is required</source>
        <translation>backups download：必须指定 --to</translation>
    </message>
    <message>
        <source>backups upload: --from is required</source>
        <translation>backups upload：必须指定 --from</translation>
    </message>
    <message>
        <source>Usage: oms-upgrade rollback --plan PLAN.yaml [--run RUN_ID] [--yes] [--until STEP] [--accept-new-host-key]</source>
        <translation>用法：oms-upgrade rollback --plan PLAN.yaml [--run RUN_ID] [--yes] [--until STEP] [--accept-new-host-key]</translation>
    </message>
    <message>
        <source>rollback: unexpected argument &apos;%1&apos;</source>
        <translation>rollback: 意外的参数 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>rollback: --plan is required</source>
        <translation>rollback: 必须指定 --plan</translation>
    </message>
    <message>
        <source>rollback: not on a terminal, so the steps that change the host cannot be confirmed; pass --yes to confirm them in advance</source>
        <translation>rollback: 不在终端上运行，因此无法确认会更改主机的步骤；请传入 --yes 预先确认</translation>
    </message>
    <message>
        <source>rollback: no upgrade of %1 is recorded here; name it with --run</source>
        <translation>rollback: 本机未记录 %1 的任何升级；请用 --run 指定</translation>
    </message>
    <message>
        <source>rollback: cannot read %1: %2</source>
        <translation>rollback: 无法读取 %1：%2</translation>
    </message>
    <message>
        <source>journal: %1</source>
        <translation>journal: %1</translation>
    </message>
    <message>
        <source>rollback: done; some components may need manual recovery (JDBCWriter, Connector, Full-Import): check the migration projects in the console</source>
        <translation>rollback: 已完成；部分组件可能需要手动恢复（JDBCWriter、Connector、Full-Import）：请在控制台中检查迁移项目</translation>
    </message>
    <message>
        <source>rollback: paused after %1; run the same command again to continue</source>
        <translation>rollback: 已在 %1 之后暂停；再次运行相同命令即可继续</translation>
    </message>
    <message>
        <source>rollback: waiting for the operator at %1: %2</source>
        <translation>rollback: 在 %1 等待操作员：%2</translation>
    </message>
    <message>
        <source>rollback: refused%1; nothing was changed by that step</source>
        <translation>rollback: 已拒绝%1；该步骤未做任何更改</translation>
    </message>
    <message>
        <source>rollback: not confirmed; stopped before %1</source>
        <translation>rollback: 未确认；已在 %1 之前停止</translation>
    </message>
    <message>
        <source>rollback: cancelled at %1; run the same command again to continue</source>
        <translation>rollback: 已在 %1 取消；再次运行相同命令即可继续</translation>
    </message>
    <message>
        <source>rollback: failed at %1; fix the cause and run the same command again</source>
        <translation>rollback: 在 %1 失败；修复原因后再次运行相同命令</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>waiting for the operator</source>
        <translation>等待操作员</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Usage: oms-upgrade upgrade --plan PLAN.yaml [--yes] [--until STEP] [--resume RUN_ID] [--accept-new-host-key]</source>
        <translation>用法：oms-upgrade upgrade --plan PLAN.yaml [--yes] [--until STEP] [--resume RUN_ID] [--accept-new-host-key]</translation>
    </message>
    <message>
        <source>upgrade: unexpected argument &apos;%1&apos;</source>
        <translation>upgrade: 意外的参数 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>upgrade: --plan is required</source>
        <translation>upgrade: 必须指定 --plan</translation>
    </message>
    <message>
        <source>upgrade: not on a terminal, so the steps that change the host cannot be confirmed; pass --yes to confirm them in advance</source>
        <translation>upgrade: 不在终端上运行，因此无法确认会更改主机的步骤；请传入 --yes 预先确认</translation>
    </message>
    <message>
        <source>upgrade: cannot read %1: %2</source>
        <translation>upgrade: 无法读取 %1：%2</translation>
    </message>
    <message>
        <source>upgrade: done</source>
        <translation>upgrade: 已完成</translation>
    </message>
    <message>
        <source>upgrade: paused after %1; continue with --resume %2</source>
        <translation>upgrade: 已在 %1 之后暂停；使用 --resume %2 继续</translation>
    </message>
    <message>
        <source>upgrade: waiting for the operator at %1: %2</source>
        <translation>upgrade: 在 %1 等待操作员：%2</translation>
    </message>
    <message>
        <source>when it is done: oms-upgrade upgrade --plan %1 --resume %2</source>
        <translation>完成后执行：oms-upgrade upgrade --plan %1 --resume %2</translation>
    </message>
    <message>
        <source>upgrade: refused%1; nothing was changed by that step</source>
        <translation>upgrade: 已拒绝%1；该步骤未做任何更改</translation>
    </message>
    <message>
        <source>upgrade: not confirmed; stopped before %1, nothing was changed by it</source>
        <translation>upgrade: 未确认；已在 %1 之前停止，该步骤未做任何更改</translation>
    </message>
    <message>
        <source>upgrade: cancelled at %1; continue with --resume %2</source>
        <translation>upgrade: 已在 %1 取消；使用 --resume %2 继续</translation>
    </message>
    <message>
        <source>upgrade: failed at %1; fix the cause and continue with --resume %2, or roll back</source>
        <translation>upgrade: 在 %1 失败；修复原因后使用 --resume %2 继续，或执行回滚</translation>
    </message>
</context>
<context>
    <name>omsua::cli::HostConnector</name>
    <message>
        <source>warning: no log file: %1</source>
        <translation>警告：无法打开日志文件：%1</translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation>%1 的私钥口令：</translation>
    </message>
    <message>
        <source>Password for %1@%2: </source>
        <translation>%1@%2 的密码：</translation>
    </message>
    <message>
        <source>The host %1 port %2 is not in %3.</source>
        <translation>主机 %1 端口 %2 不在 %3 中。</translation>
    </message>
    <message>
        <source>Its %1 key fingerprint is %2.</source>
        <translation>其 %1 主机密钥指纹为 %2。</translation>
    </message>
    <message>
        <source>Compare it with `ssh-keygen -lf` on the host. Type yes to trust and remember it: </source>
        <translation>请在主机上用 `ssh-keygen -lf` 核对。输入 yes 以信任并记住该密钥：</translation>
    </message>
</context>
<context>
    <name>omsua::cli::ProgressPrinter</name>
    <message>
        <source>%1: checking %2 (%3 of %4)</source>
        <translation>%1：正在核对 %2（第 %3 个，共 %4 个）</translation>
    </message>
    <message>
        <source>%1: %2 (%3 of %4, %5 bytes)</source>
        <translation>%1：%2（第 %3 个，共 %4 个，%5 字节）</translation>
    </message>
    <message>
        <source>%1: checking sha256 of %2 (%3 of %4)</source>
        <translation>%1：正在核对 %2 的 sha256（第 %3 个，共 %4 个）</translation>
    </message>
    <message>
        <source>%1: %2% %3 of %4, %5 (%6 of %7) %8/s</source>
        <translation>%1：%2% %3 / %4，%5（第 %6 个，共 %7 个）%8/秒</translation>
    </message>
</context>
<context>
    <name>omsua::cli::ReportCommand</name>
    <message>
        <source>Usage: oms-upgrade report [--run RUN_ID] --format html|md|json|pdf --output FILE
Writes the report of a run (without --run: the latest run on this workstation).
--output - writes to standard output. Without --format the file name&apos;s suffix
decides.</source>
        <translation>用法：oms-upgrade report [--run RUN_ID] --format html|md|json|pdf --output FILE
写出某次运行的报告（不带 --run 时为本工作站上最近一次运行）。
--output - 表示写到标准输出。不带 --format 时按文件名后缀决定格式。</translation>
    </message>
    <message>
        <source>report: unexpected argument &apos;%1&apos;</source>
        <translation>report: 无法识别的参数 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>report: %1 needs a value</source>
        <translation>report: %1 需要一个值</translation>
    </message>
    <message>
        <source>report: unknown format &apos;%1&apos; (known: %2)</source>
        <translation>report: 未知的格式 &apos;%1&apos;（支持：%2）</translation>
    </message>
    <message>
        <source>report: --output FILE is missing</source>
        <translation>report: 缺少 --output FILE</translation>
    </message>
    <message>
        <source>report: --format is missing and &apos;%1&apos; does not end in .html, .md, .json or .pdf</source>
        <translation>report: 缺少 --format，且 &apos;%1&apos; 不以 .html、.md、.json 或 .pdf 结尾</translation>
    </message>
    <message>
        <source>report: no runs recorded in %1</source>
        <translation>report: %1 中没有记录任何运行</translation>
    </message>
    <message>
        <source>hint: `oms-upgrade status` lists the runs; OMSUA_DATA_DIR selects another data folder</source>
        <translation>提示：`oms-upgrade status` 列出所有运行；OMSUA_DATA_DIR 可指定其他数据目录</translation>
    </message>
    <message>
        <source>report: PDF output needs Qt&apos;s GUI library, which could not start</source>
        <translation>report: 输出 PDF 需要 Qt 的 GUI 库，但它无法启动</translation>
    </message>
    <message>
        <source>report: cannot write to standard output</source>
        <translation>report: 无法写入标准输出</translation>
    </message>
    <message>
        <source>run: %1</source>
        <translation>run: %1</translation>
    </message>
    <message>
        <source>verdict: %1</source>
        <translation>verdict: %1</translation>
    </message>
    <message>
        <source>report: %1 (%2)</source>
        <translation>report: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>omsua::cli::RunConsole</name>
    <message>
        <source>[%1] %2 ...</source>
        <translation>[%1] %2 ...</translation>
    </message>
    <message>
        <source>[%1] %2: %3</source>
        <translation>[%1] %2: %3</translation>
    </message>
    <message>
        <source>Next: %1 (%2)</source>
        <translation>下一步：%1（%2）</translation>
    </message>
    <message>
        <source>step %1 changes the host and needs a yes: run on a terminal, or pass --yes</source>
        <translation>步骤 %1 会更改主机，需要确认 yes：请在终端上运行，或传入 --yes</translation>
    </message>
    <message>
        <source>Proceed with %1? Type yes to go on: </source>
        <translation>是否继续执行 %1？输入 yes 继续： </translation>
    </message>
    <message>
        <source>  %1 lines</source>
        <translation>  %1 行</translation>
    </message>
</context>
<context>
    <name>omsua::gui::Appearance</name>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
</context>
<context>
    <name>omsua::gui::BackupsView</name>
    <message>
        <source>Not read yet: connect, then refresh.</source>
        <translation>尚未读取：请先连接，然后刷新。</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>无法连接：%1</translation>
    </message>
    <message>
        <source>%1 -&gt; %2</source>
        <translation>%1 -&gt; %2</translation>
    </message>
    <message>
        <source>not in use</source>
        <translation>未被使用</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n 字节</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the backup sets on the host...</source>
        <translation>正在读取主机上的备份集...</translation>
    </message>
    <message numerus="yes">
        <source>%n backup set(s) in %1</source>
        <translation>
            <numerusform>%1 中有 %n 个备份集</numerusform>
        </translation>
    </message>
    <message>
        <source>Verifying %1: sha256 of every dump, computed on the host...</source>
        <translation>正在校验 %1：在主机上计算每个转储文件的 sha256...</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Set %1 holds no dump to preview</source>
        <translation>备份集 %1 中没有可预览的转储文件</translation>
    </message>
    <message>
        <source>Reading the head and tail of %1...</source>
        <translation>正在读取 %1 的开头和结尾...</translation>
    </message>
    <message>
        <source>==&gt; %1: %2 bytes, the whole file &lt;==
</source>
        <translation>==&gt; %1：%2 字节，整个文件 &lt;==
</translation>
    </message>
    <message>
        <source>==&gt; %1: %2 bytes, the first %3 &lt;==
</source>
        <translation>==&gt; %1：%2 字节，前 %3 字节 &lt;==
</translation>
    </message>
    <message>
        <source>==&gt; %1: the last %2 bytes &lt;==
</source>
        <translation>==&gt; %1：最后 %2 字节 &lt;==
</translation>
    </message>
    <message>
        <source>Preview of %1</source>
        <translation>%1 的预览</translation>
    </message>
    <message>
        <source>Download the backup set into</source>
        <translation>将备份集下载到</translation>
    </message>
    <message>
        <source>Downloading %1 into %2...</source>
        <translation>正在将 %1 下载到 %2...</translation>
    </message>
    <message>
        <source>verifying %1</source>
        <translation>正在校验 %1</translation>
    </message>
    <message>
        <source>%1 (%2 of %3): %p%</source>
        <translation>%1（第 %2 个，共 %3 个）：%p%</translation>
    </message>
    <message>
        <source>Downloaded to %1: %2 transferred, sha256 of every dump checked here</source>
        <translation>已下载到 %1：传输了 %2，已在本机核对每个转储文件的 sha256</translation>
    </message>
    <message>
        <source>Refused: backup set %1 is in use: %2. Finish the run (or roll it back) first; nothing was deleted.</source>
        <translation>已拒绝：备份集 %1 正在使用中：%2。请先完成该运行（或将其回滚）；未删除任何内容。</translation>
    </message>
    <message>
        <source>Delete backup set</source>
        <translation>删除备份集</translation>
    </message>
    <message>
        <source>This deletes %1 (%2) on the host. It cannot be undone.</source>
        <translation>这将删除主机上的 %1（%2）。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Not deleted.</source>
        <translation>未删除。</translation>
    </message>
    <message>
        <source>Deleting %1...</source>
        <translation>正在删除 %1...</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>已删除 %1。</translation>
    </message>
</context>
<context>
    <name>omsua::gui::ChecklistView</name>
    <message>
        <source>Reading %1...</source>
        <translation>正在读取 %1...</translation>
    </message>
    <message>
        <source>Connected (host key %1)</source>
        <translation>已连接（主机密钥 %1）</translation>
    </message>
    <message>
        <source>Running: %1</source>
        <translation>正在运行：%1</translation>
    </message>
    <message>
        <source>%1 lines</source>
        <translation>%1 行</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>No route yet: connect to the host so that its versions are known.</source>
        <translation>尚无升级路线：请先连接主机以获知其版本。</translation>
    </message>
    <message>
        <source>Rollback run %1</source>
        <translation>回滚运行 %1</translation>
    </message>
    <message>
        <source>Upgrade run %1, route %2</source>
        <translation>升级运行 %1，路线 %2</translation>
    </message>
    <message numerus="yes">
        <source>A new upgrade: %n step(s)</source>
        <translation>
            <numerusform>新的升级：%n 个步骤</numerusform>
        </translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>结论：</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>错误：</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>The %1 run %2 of this plan is unfinished (%3, last changed %4). Resume it where it stopped?</source>
        <translation>此计划的 %1 运行 %2 尚未完成（%3，最后更改于 %4）。是否从中断处继续？</translation>
    </message>
    <message>
        <source>Connecting to %1...</source>
        <translation>正在连接 %1...</translation>
    </message>
    <message>
        <source>Cancelling: the run stops at the next safe point...</source>
        <translation>正在取消：运行将在下一个安全点停止...</translation>
    </message>
    <message>
        <source>Confirm: %1</source>
        <translation>确认：%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; changes the host. Go on?</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 会更改主机。是否继续？</translation>
    </message>
    <message>
        <source>The rollback is complete.</source>
        <translation>回滚已完成。</translation>
    </message>
    <message>
        <source>The upgrade is complete.</source>
        <translation>升级已完成。</translation>
    </message>
    <message>
        <source>Paused after %1.</source>
        <translation>已在 %1 之后暂停。</translation>
    </message>
    <message>
        <source>Waiting for you: %1</source>
        <translation>等待您操作：%1</translation>
    </message>
    <message>
        <source>Not confirmed: %1 did not run; nothing was changed by it.</source>
        <translation>未确认：%1 没有运行，它未做任何更改。</translation>
    </message>
    <message>
        <source>Cancelled at %1; the run can be resumed.</source>
        <translation>已在 %1 处取消；该运行可以继续。</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>已拒绝：%1</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>无法连接：%1</translation>
    </message>
    <message>
        <source>Cannot run: %1</source>
        <translation>无法运行：%1</translation>
    </message>
    <message>
        <source>Export the run&apos;s report</source>
        <translation>导出运行报告</translation>
    </message>
    <message>
        <source>HTML (*.html);;Markdown (*.md);;JSON (*.json);;PDF (*.pdf)</source>
        <translation>HTML (*.html);;Markdown (*.md);;JSON (*.json);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>No run to report on</source>
        <translation>没有可生成报告的运行</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>报告已写入 %1</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>waiting for the operator</source>
        <translation>等待操作员</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>待执行</translation>
    </message>
</context>
<context>
    <name>omsua::gui::ConnectionController</name>
    <message>
        <source>Connecting to %1...</source>
        <translation>正在连接 %1...</translation>
    </message>
    <message>
        <source>Waiting for a decision on the host key</source>
        <translation>等待对主机密钥作出决定</translation>
    </message>
    <message>
        <source>The host key has changed: refused</source>
        <translation>主机密钥已变更：已拒绝</translation>
    </message>
    <message>
        <source>The host key is revoked: refused</source>
        <translation>主机密钥已吊销：已拒绝</translation>
    </message>
    <message>
        <source>Host key refused; nothing was run on the host</source>
        <translation>已拒绝主机密钥；未在主机上执行任何操作</translation>
    </message>
</context>
<context>
    <name>omsua::gui::ConnectionView</name>
    <message>
        <source>auto (docker, else sudo -n docker)</source>
        <translation>自动（docker，否则 sudo -n docker）</translation>
    </message>
    <message>
        <source>docker</source>
        <translation>docker</translation>
    </message>
    <message>
        <source>sudo docker</source>
        <translation>sudo docker</translation>
    </message>
    <message>
        <source>name or address of the OMS host</source>
        <translation>OMS 主机的名称或地址</translation>
    </message>
    <message>
        <source>empty: ssh-agent or password</source>
        <translation>留空：使用 ssh-agent 或密码</translation>
    </message>
    <message>
        <source>e.g. oms_330</source>
        <translation>例如 oms_330</translation>
    </message>
    <message>
        <source>e.g. oceanbase/oms:feature_3.3.1_ce</source>
        <translation>例如 oceanbase/oms:feature_3.3.1_ce</translation>
    </message>
    <message>
        <source>empty: the one in config.yaml</source>
        <translation>留空：使用 config.yaml 中的密码</translation>
    </message>
    <message>
        <source>Secrets are kept in the system keychain, never in the plan file, and are passed to no command line.</source>
        <translation>密码保存在系统钥匙串中，绝不写入计划文件，也不会出现在任何命令行上。</translation>
    </message>
    <message>
        <source>No keychain answered (%1). Passwords typed here are kept in memory for this session only and must be typed again after a restart.</source>
        <translation>没有可用的钥匙串（%1）。在此输入的密码仅在本次会话的内存中保存，重新启动后需要再次输入。</translation>
    </message>
    <message>
        <source>New profile: fill in the host and the container, then save it.</source>
        <translation>新配置：填写主机和容器，然后保存。</translation>
    </message>
    <message>
        <source>Cannot open the profile %1: %2</source>
        <translation>无法打开配置 %1：%2</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>已打开 %1。</translation>
    </message>
    <message>
        <source>Open a plan file</source>
        <translation>打开计划文件</translation>
    </message>
    <message>
        <source>Plan files (*.yaml *.yml)</source>
        <translation>计划文件 (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Saved to %1. The command line reads the same file: oms-upgrade preflight --plan %1</source>
        <translation>已保存到 %1。命令行读取同一个文件：oms-upgrade preflight --plan %1</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>移除配置</translation>
    </message>
    <message>
        <source>Remove the profile %1 from the list and its secrets from the keychain? The plan file %2 is kept.</source>
        <translation>从列表中移除配置 %1，并从钥匙串中删除其密码？计划文件 %2 会保留。</translation>
    </message>
    <message>
        <source>Profile %1 removed; %2 is kept.</source>
        <translation>已移除配置 %1；%2 已保留。</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>私钥</translation>
    </message>
    <message>
        <source>known_hosts file</source>
        <translation>known_hosts 文件</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>尚未保存。</translation>
    </message>
    <message>
        <source>Plan file: %1</source>
        <translation>计划文件：%1</translation>
    </message>
</context>
<context>
    <name>omsua::gui::DiscoveryWorker</name>
    <message>
        <source>Connecting to %1...</source>
        <translation>正在连接 %1……</translation>
    </message>
    <message>
        <source>Reading %1...</source>
        <translation>正在读取 %1……</translation>
    </message>
</context>
<context>
    <name>omsua::gui::HostKeyDialog</name>
    <message>
        <source>Unknown host key</source>
        <translation>未知的主机密钥</translation>
    </message>
    <message>
        <source>First connection to %1</source>
        <translation>首次连接 %1</translation>
    </message>
    <message>
        <source>The host&apos;s key is not in %1, so it cannot be told apart from an impostor yet.</source>
        <translation>该主机的密钥不在 %1 中，因此目前无法将其与冒充者区分开。</translation>
    </message>
    <message>
        <source>Ask the host&apos;s administrator to run ssh-keygen -lf on the host&apos;s %1 public key (in /etc/ssh) and compare the SHA256 fingerprints character by character. Accept only if they are equal: the key is then added to %2 and checked at every connection. Refusing runs nothing on the host.</source>
        <translation>请主机管理员对主机的 %1 公钥（位于 /etc/ssh）运行 ssh-keygen -lf，并逐字符比对 SHA256 指纹。只有两者完全一致时才接受：该密钥随后会加入 %2，并在每次连接时校验。拒绝则不会在主机上执行任何操作。</translation>
    </message>
    <message>
        <source>Host key changed: connection refused</source>
        <translation>主机密钥已变更：连接被拒绝</translation>
    </message>
    <message>
        <source>The host key of %1 has CHANGED. The connection was refused; nothing was run.</source>
        <translation>%1 的主机密钥已变更。连接被拒绝，未执行任何操作。</translation>
    </message>
    <message>
        <source>%1 records another key for this host (%2).</source>
        <translation>%1 为该主机记录的是另一个密钥（%2）。</translation>
    </message>
    <message>
        <source>Someone may be intercepting the connection, or the host was reinstalled. Verify the new key with the host&apos;s administrator before replacing the line in known_hosts; this program never replaces it.</source>
        <translation>可能有人在截获连接，或者主机被重新安装过。替换 known_hosts 中的那一行之前，请先与主机管理员核实新密钥；本程序绝不会自行替换。</translation>
    </message>
    <message>
        <source>Host key revoked: connection refused</source>
        <translation>主机密钥已吊销：连接被拒绝</translation>
    </message>
    <message>
        <source>The host key of %1 is marked @revoked. The connection was refused; nothing was run.</source>
        <translation>%1 的主机密钥被标记为 @revoked。连接被拒绝，未执行任何操作。</translation>
    </message>
    <message>
        <source>%1 lists this key as revoked (%2).</source>
        <translation>%1 将此密钥列为已吊销（%2）。</translation>
    </message>
    <message>
        <source>The host uses a key that was revoked: contact its administrator.</source>
        <translation>该主机使用的是已吊销的密钥：请联系其管理员。</translation>
    </message>
    <message>
        <source>(not available: %1)</source>
        <translation>（无法获取：%1）</translation>
    </message>
</context>
<context>
    <name>omsua::gui::HostOverviewView</name>
    <message>
        <source>Could not read the host: %1</source>
        <translation>无法读取主机：%1</translation>
    </message>
    <message>
        <source>Read-only discovery complete; nothing was changed.</source>
        <translation>只读探测完成，未做任何更改。</translation>
    </message>
    <message>
        <source>Discovery incomplete: %1</source>
        <translation>探测不完整：%1</translation>
    </message>
    <message>
        <source>%1 (server %2)</source>
        <translation>%1（服务端 %2）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1, started %2</source>
        <translation>%1，启动于 %2</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1 (supported)</source>
        <translation>%1（受支持）</translation>
    </message>
    <message>
        <source>not supported: %1</source>
        <translation>不受支持：%1</translation>
    </message>
    <message>
        <source>%1@%2:%3 (not connected)</source>
        <translation>%1@%2:%3（未连接）</translation>
    </message>
    <message>
        <source>%1@%2:%3, %4, %5</source>
        <translation>%1@%2:%3，%4，%5</translation>
    </message>
    <message>
        <source>enable=%1, perceiveStoreClientCheckpoint=%2, refetchStoreIntervalMin=%3</source>
        <translation>enable=%1, perceiveStoreClientCheckpoint=%2, refetchStoreIntervalMin=%3</translation>
    </message>
    <message>
        <source>true</source>
        <translation>true</translation>
    </message>
    <message>
        <source>false</source>
        <translation>false</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>read-write</source>
        <translation>读写</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
</context>
<context>
    <name>omsua::gui::LogPane</name>
    <message>
        <source>debug and above</source>
        <translation>调试及以上</translation>
    </message>
    <message>
        <source>info and above</source>
        <translation>信息及以上</translation>
    </message>
    <message>
        <source>warnings and errors</source>
        <translation>警告和错误</translation>
    </message>
    <message>
        <source>errors only</source>
        <translation>仅错误</translation>
    </message>
</context>
<context>
    <name>omsua::gui::MainWindow</name>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Read from %1</source>
        <translation>已读取 %1</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Mounts</source>
        <translation>挂载</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>无法打开 %1</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>No profile: open a plan file or fill in a connection.</source>
        <translation>没有配置：请打开计划文件或填写连接信息。</translation>
    </message>
    <message>
        <source>Profile %1 (%2)</source>
        <translation>配置 %1（%2）</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>正在连接 %1</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>已连接：%1</translation>
    </message>
    <message>
        <source>Not connected: the last attempt failed</source>
        <translation>未连接：上次尝试失败</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>未连接：%1</translation>
    </message>
    <message>
        <source>About OMS Upgrade Assistant</source>
        <translation>关于 OMS 升级助手</translation>
    </message>
    <message>
        <source>OMS Upgrade Assistant %1

Upgrades an OceanBase Migration Service Community Edition host (single-node Docker) over SSH: checks first, verified backups, the mounts side by side, the refetch interval computed, one-click rollback.</source>
        <translation>OMS 升级助手 %1

通过 SSH 升级 OceanBase 迁移服务社区版主机（单节点 Docker）：先检查，备份经过校验，新旧挂载并排对照，自动计算回拉间隔，一键回滚。</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>检查清单</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>A step is running</source>
        <translation>有步骤正在运行</translation>
    </message>
    <message>
        <source>A step of the run is running on the host. Closing cancels the run at its next safe point; the journal keeps where it stopped, and the run can be resumed. Close anyway?</source>
        <translation>运行中的一个步骤正在主机上执行。关闭将在下一个安全点取消运行；日志会记录停止的位置，之后可以继续该运行。仍要关闭吗？</translation>
    </message>
    <message>
        <source>Unfinished run</source>
        <translation>未完成的运行</translation>
    </message>
</context>
<context>
    <name>omsua::gui::MountsView</name>
    <message>
        <source>read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>read-write</source>
        <translation>读写</translation>
    </message>
    <message>
        <source>The new container must see exactly the host directories the old one used: OMS keeps its configuration, logs, store and run state there. Compare each row by eye before the new container starts.</source>
        <translation>新容器必须看到与旧容器完全相同的主机目录：OMS 的配置、日志、store 和运行状态都保存在那里。新容器启动前，请逐行目视核对。</translation>
    </message>
    <message>
        <source>identical</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>host path differs: %1 (old) vs %2 (new)</source>
        <translation>主机路径不同：%1（旧）与 %2（新）</translation>
    </message>
    <message>
        <source>access differs: %1 (old) vs %2 (new)</source>
        <translation>访问方式不同：%1（旧）与 %2（新）</translation>
    </message>
    <message>
        <source>missing in the new container</source>
        <translation>新容器中缺失</translation>
    </message>
    <message>
        <source>only in the new container</source>
        <translation>仅新容器中有</translation>
    </message>
    <message>
        <source>documented mount missing in the old container</source>
        <translation>旧容器缺少文档规定的挂载</translation>
    </message>
    <message>
        <source>Connect to the host to compare the mounts.</source>
        <translation>连接主机后才能对照挂载。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1（只读）</translation>
    </message>
    <message numerus="yes">
        <source>All %n bind(s) identical: the new container sees the same host directories.</source>
        <translation>
            <numerusform>全部 %n 个挂载一致：新容器看到的是相同的主机目录。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bind(s) differ: the new container would not see what the old one saw, and the upgrade refuses to start it.</source>
        <translation>
            <numerusform>%n 个挂载不同：新容器看不到旧容器所见的内容，升级将拒绝启动它。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>omsua::gui::PlanView</name>
    <message>
        <source>auto (direct, else through the SSH host)</source>
        <translation>自动（直连，否则经由 SSH 主机）</translation>
    </message>
    <message>
        <source>always through the SSH host</source>
        <translation>始终经由 SSH 主机</translation>
    </message>
    <message>
        <source>never (direct only)</source>
        <translation>从不（仅直连）</translation>
    </message>
    <message>
        <source>written to the MetaDB and read back</source>
        <translation>写入 MetaDB 并回读确认</translation>
    </message>
    <message>
        <source>by the operator in the console</source>
        <translation>由操作员在控制台中修改</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>one argument per line</source>
        <translation>每行一个参数</translation>
    </message>
    <message>
        <source>host path; empty: the image is present</source>
        <translation>主机路径；留空：镜像已存在</translation>
    </message>
    <message>
        <source>Values in italics were discovered on the host and stay out of the plan file; edit one to override it.</source>
        <translation>斜体的值是从主机探查到的，不会写入计划文件；修改即可覆盖。</translation>
    </message>
    <message>
        <source>refetchStoreIntervalMin for the enable-HA step: %1 min (from the timing calculator).</source>
        <translation>“开启高可用”步骤使用的 refetchStoreIntervalMin：%1 分钟（来自时间计算器）。</translation>
    </message>
    <message>
        <source>refetchStoreIntervalMin is computed at the enable-HA step from T1, T2 and the margin.</source>
        <translation>refetchStoreIntervalMin 将在“开启高可用”步骤中根据 T1、T2 和余量计算。</translation>
    </message>
    <message>
        <source>Secrets are masked. The binds are the old container&apos;s, unchanged (see Mounts).</source>
        <translation>密码已屏蔽。挂载与旧容器完全相同（见“挂载”）。</translation>
    </message>
    <message>
        <source>Discovered on the host; edit to override it in the plan</source>
        <translation>从主机探查到；修改即可在计划中覆盖</translation>
    </message>
    <message>
        <source>(connect to read it)</source>
        <translation>（连接后读取）</translation>
    </message>
    <message>
        <source>%1 (container %2)</source>
        <translation>%1（容器 %2）</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message numerus="yes">
        <source>%n bind(s), kept unchanged for the new container</source>
        <translation>
            <numerusform>%n 个挂载，新容器原样保留</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect to the host first: the binds and OMS_HOST_IP come from the old container.</source>
        <translation>请先连接主机：挂载和 OMS_HOST_IP 取自旧容器。</translation>
    </message>
    <message>
        <source>Cannot run as planned: %1</source>
        <translation>无法按计划运行：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1, supported (%n step(s))</source>
        <translation>
            <numerusform>%1，受支持（%n 个步骤）</numerusform>
        </translation>
    </message>
    <message>
        <source>The new container starts with IS_UPGRADE=true.</source>
        <translation>新容器以 IS_UPGRADE=true 启动。</translation>
    </message>
    <message>
        <source>not supported: %1</source>
        <translation>不受支持：%1</translation>
    </message>
</context>
<context>
    <name>omsua::gui::PlannedRun</name>
    <message>
        <source>the current version is not known: set it in the plan</source>
        <translation>当前版本未知：请在计划中设置</translation>
    </message>
    <message>
        <source>no new image in the plan</source>
        <translation>计划中没有新镜像</translation>
    </message>
    <message>
        <source>the new image&apos;s tag carries no version: %1</source>
        <translation>新镜像的标签不含版本号：%1</translation>
    </message>
</context>
<context>
    <name>omsua::gui::ProfileStore</name>
    <message>
        <source>Profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>A profile needs a name</source>
        <translation>配置需要一个名称</translation>
    </message>
    <message>
        <source>Type a name such as the host&apos;s, e.g. oms-prod-1.</source>
        <translation>输入一个名称，例如主机名 oms-prod-1。</translation>
    </message>
    <message>
        <source>Cannot create the profiles directory</source>
        <translation>无法创建配置目录</translation>
    </message>
</context>
<context>
    <name>omsua::gui::RollbackDialog</name>
    <message>
        <source>&lt;b&gt;Roll back upgrade run %1.&lt;/b&gt; The new container %2 is stopped, the three metadata databases are restored from the verified backup set, and the old container %3 is started again. Everything the new version wrote to the databases since the upgrade is lost. These steps run, in order:</source>
        <translation>&lt;b&gt;回滚升级运行 %1。&lt;/b&gt;将停止新容器 %2，从已校验的备份集恢复三个元数据库，并重新启动旧容器 %3。升级以来新版本写入数据库的所有内容都将丢失。将依次执行以下步骤：</translation>
    </message>
    <message>
        <source>Type the old container&apos;s name, &lt;b&gt;%1&lt;/b&gt;, to enable the rollback:</source>
        <translation>输入旧容器的名称 &lt;b&gt;%1&lt;/b&gt; 以启用回滚：</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>回滚</translation>
    </message>
</context>
<context>
    <name>omsua::gui::RunSession</name>
    <message>
        <source>Save the plan as a profile first: a run is journaled per plan file</source>
        <translation>请先将计划保存为配置：每次运行按计划文件记录日志</translation>
    </message>
</context>
<context>
    <name>omsua::gui::SecretStore</name>
    <message>
        <source>access to the keychain was denied</source>
        <translation>访问钥匙串被拒绝</translation>
    </message>
    <message>
        <source>this system has no keychain support</source>
        <translation>此系统不支持钥匙串</translation>
    </message>
    <message>
        <source>no keychain service, such as the Secret Service, is running</source>
        <translation>没有运行任何钥匙串服务（例如 Secret Service）</translation>
    </message>
</context>
<context>
    <name>omsua::gui::SettingsDialog</name>
    <message>
        <source>Like the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Both apply at once and are remembered for the next start.</source>
        <translation>两项设置立即生效，并在下次启动时沿用。</translation>
    </message>
</context>
<context>
    <name>omsua::gui::TimelineWidget</name>
    <message>
        <source>Enter T1 and T2 (T2 after T1).</source>
        <translation>请输入 T1 和 T2（T2 晚于 T1）。</translation>
    </message>
    <message>
        <source>gap T2 - T1: %1 min %2 s</source>
        <translation>间隔 T2 - T1：%1 分 %2 秒</translation>
    </message>
    <message>
        <source>Store refetches %1 min back, from %2</source>
        <translation>Store 回拉 %1 分钟，从 %2 开始</translation>
    </message>
    <message>
        <source>T1</source>
        <translation>T1</translation>
    </message>
    <message>
        <source>T3</source>
        <translation>T3</translation>
    </message>
    <message>
        <source>T2</source>
        <translation>T2</translation>
    </message>
</context>
<context>
    <name>omsua::gui::TimingView</name>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Applied: the enable-HA step writes refetchStoreIntervalMin = %1.</source>
        <translation>已应用：“开启高可用”步骤将写入 refetchStoreIntervalMin = %1。</translation>
    </message>
    <message>
        <source>Not applied: the enable-HA step computes the value itself from the real T1 and T2.</source>
        <translation>未应用：“开启高可用”步骤将根据实际的 T1 和 T2 自行计算。</translation>
    </message>
    <message>
        <source>from %1&apos;s State.FinishedAt</source>
        <translation>取自 %1 的 State.FinishedAt</translation>
    </message>
    <message>
        <source>%1 is running: T1 is taken when the upgrade stops it</source>
        <translation>%1 正在运行：升级停止它时记录 T1</translation>
    </message>
    <message>
        <source>No result</source>
        <translation>无结果</translation>
    </message>
    <message>
        <source>Cannot compute: %1</source>
        <translation>无法计算：%1</translation>
    </message>
    <message>
        <source>refetchStoreIntervalMin = %1</source>
        <translation>refetchStoreIntervalMin = %1</translation>
    </message>
    <message>
        <source>The old container stopped at T1 = %1 and HA is enabled again at T2 = %2, so the synchronisation stood still for %3 min %4 s.</source>
        <translation>旧容器在 T1 = %1 停止，高可用在 T2 = %2 重新开启，因此同步中断了 %3 分 %4 秒。</translation>
    </message>
    <message>
        <source>With perceiveStoreClientCheckpoint=false, HA restarts the Store reading that many minutes back, so the interval must be longer than the gap: %1 min rounded up, plus a margin of %2 min, gives %3 min.</source>
        <translation>在 perceiveStoreClientCheckpoint=false 时，高可用会让 Store 从这么多分钟之前重新读取，因此该间隔必须长于中断时间：向上取整为 %1 分钟，加上 %2 分钟的余量，得到 %3 分钟。</translation>
    </message>
    <message>
        <source>The current value, %1 min, is already higher and is kept: a larger window only re-reads more data.</source>
        <translation>当前值 %1 分钟已经更大，予以保留：更大的窗口只会多读一些数据。</translation>
    </message>
    <message>
        <source>Started at T2 with %1 min, the Store refetches from %2, %3 min before T1.</source>
        <translation>在 T2 以 %1 分钟启动后，Store 从 %2 开始回拉，即 T1 之前 %3 分钟。</translation>
    </message>
</context>
<context>
    <name>omsua::report::ReportOutline</name>
    <message>
        <source>en</source>
        <extracomment>The language of this translation as a BCP 47 code (the HTML report&apos;s lang attribute).</extracomment>
        <translation>zh-CN</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min %3 s</source>
        <translation>%1 小时 %2 分 %3 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>%1 B (%2 %3)</source>
        <translation>%1 字节（%2 %3）</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>待执行</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>waiting for the operator</source>
        <translation>等待操作员</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>running or interrupted</source>
        <translation>运行中或已中断</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>Waiting for the operator</source>
        <translation>等待操作员</translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>upgrade</source>
        <translation>升级</translation>
    </message>
    <message>
        <source>rollback</source>
        <translation>回滚</translation>
    </message>
    <message>
        <source>identical</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>host path changed</source>
        <translation>主机路径已变</translation>
    </message>
    <message>
        <source>read-only flag changed</source>
        <translation>只读标志已变</translation>
    </message>
    <message>
        <source>missing in the new container</source>
        <translation>新容器中缺失</translation>
    </message>
    <message>
        <source>only in the new container</source>
        <translation>仅新容器中有</translation>
    </message>
    <message>
        <source>required mount missing</source>
        <translation>缺少必需的挂载</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>read-write</source>
        <translation>读写</translation>
    </message>
    <message>
        <source>The rollback did not finish. Run it again: oms-upgrade rollback --plan %1 --run %2</source>
        <translation>回滚未完成。请再次执行：oms-upgrade rollback --plan %1 --run %2</translation>
    </message>
    <message>
        <source>Nothing was changed. Fix what the checks name, then start the upgrade again.</source>
        <translation>未做任何更改。请修复检查指出的问题，然后重新开始升级。</translation>
    </message>
    <message>
        <source>OMS has been stopped since T1 and nothing runs in its place. Resume the upgrade (%1) or roll back (%2).</source>
        <translation>OMS 自 T1 起已停止，且没有容器接替运行。请继续升级（%1）或回滚（%2）。</translation>
    </message>
    <message>
        <source>The new container runs but the upgrade did not finish. Resume the upgrade (%1) or roll back (%2).</source>
        <translation>新容器在运行，但升级未完成。请继续升级（%1）或回滚（%2）。</translation>
    </message>
    <message>
        <source>The old container was not stopped. Fix the cause, then resume the upgrade (%1).</source>
        <translation>旧容器未被停止。请排除原因后继续升级（%1）。</translation>
    </message>
    <message>
        <source>T1: the old container stopped</source>
        <translation>T1：旧容器停止</translation>
    </message>
    <message>
        <source>T2: HA enabled again</source>
        <translation>T2：重新开启 HA</translation>
    </message>
    <message>
        <source>T3: the new container stopped (rollback)</source>
        <translation>T3：新容器停止（回滚）</translation>
    </message>
    <message>
        <source>host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>workstation</source>
        <translation>工作站</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Preflight checks</source>
        <translation>预检查</translation>
    </message>
    <message>
        <source>Load the new image</source>
        <translation>加载新镜像</translation>
    </message>
    <message>
        <source>Disable HA</source>
        <translation>关闭 HA</translation>
    </message>
    <message>
        <source>Trim the heartbeat table while OMS runs</source>
        <translation>在 OMS 运行时清理心跳表</translation>
    </message>
    <message>
        <source>Stop the old container</source>
        <translation>停止旧容器</translation>
    </message>
    <message>
        <source>Trim the heartbeat table</source>
        <translation>清理心跳表</translation>
    </message>
    <message>
        <source>Back up the metadata databases</source>
        <translation>备份元数据库</translation>
    </message>
    <message>
        <source>Start the new container</source>
        <translation>启动新容器</translation>
    </message>
    <message>
        <source>Run docker_init.sh</source>
        <translation>执行 docker_init.sh</translation>
    </message>
    <message>
        <source>Wait until OMS is healthy</source>
        <translation>等待 OMS 健康</translation>
    </message>
    <message>
        <source>Check that every server is online</source>
        <translation>检查所有服务器均在线</translation>
    </message>
    <message>
        <source>Enable HA</source>
        <translation>开启 HA</translation>
    </message>
    <message>
        <source>Stop the new container</source>
        <translation>停止新容器</translation>
    </message>
    <message>
        <source>Verify the backup set</source>
        <translation>校验备份集</translation>
    </message>
    <message>
        <source>Restore the metadata databases</source>
        <translation>恢复元数据库</translation>
    </message>
    <message>
        <source>Start the old container</source>
        <translation>启动旧容器</translation>
    </message>
    <message>
        <source>Unnamed step</source>
        <translation>未命名步骤</translation>
    </message>
    <message>
        <source>After a rollback these OMS components may need manual recovery: %1. Check every migration and synchronisation project in the OMS console and resume or restart the affected components as the OMS documentation describes.</source>
        <translation>回滚后以下 OMS 组件可能需要手动恢复：%1。请在 OMS 控制台中检查每个迁移和同步项目，并按 OMS 文档的说明恢复或重启受影响的组件。</translation>
    </message>
    <message>
        <source>The rollback of run %1 completed: %2 runs %3 again.</source>
        <translation>运行 %1 的回滚已完成：%2 重新运行 %3。</translation>
    </message>
    <message>
        <source>The rollback failed at step &quot;%1&quot;: %2</source>
        <translation>回滚在步骤“%1”失败：%2</translation>
    </message>
    <message>
        <source>The rollback was refused by a check; nothing was changed.</source>
        <translation>回滚被检查拒绝；未做任何更改。</translation>
    </message>
    <message>
        <source>The rollback did not finish (%1); the last step was &quot;%2&quot;.</source>
        <translation>回滚未完成（%1）；最后一个步骤是“%2”。</translation>
    </message>
    <message>
        <source>The upgrade %1 completed: %2 runs %3.</source>
        <translation>升级 %1 已完成：%2 运行 %3。</translation>
    </message>
    <message>
        <source>OMS was stopped for %1 (T2 - T1).</source>
        <translation>OMS 停止了 %1（T2 - T1）。</translation>
    </message>
    <message>
        <source>The upgrade %1 failed at step &quot;%2&quot;: %3</source>
        <translation>升级 %1 在步骤“%2”失败：%3</translation>
    </message>
    <message>
        <source>The upgrade %1 was refused by a check; nothing was changed.</source>
        <translation>升级 %1 被检查拒绝；未做任何更改。</translation>
    </message>
    <message>
        <source>The upgrade %1 is waiting for the operator at step &quot;%2&quot;.</source>
        <translation>升级 %1 在步骤“%2”等待操作员。</translation>
    </message>
    <message>
        <source>The upgrade %1 was cancelled; the last step was &quot;%2&quot;.</source>
        <translation>升级 %1 已取消；最后一个步骤是“%2”。</translation>
    </message>
    <message>
        <source>The upgrade %1 did not finish (%2); the last step was &quot;%3&quot;.</source>
        <translation>升级 %1 未完成（%2）；最后一个步骤是“%3”。</translation>
    </message>
    <message>
        <source>perceiveStoreClientCheckpoint = true: the Store resumes from the clients&apos; checkpoints, so refetchStoreIntervalMin does not depend on the downtime.</source>
        <translation>perceiveStoreClientCheckpoint = true：Store 从客户端的位点继续，因此 refetchStoreIntervalMin 与停机时长无关。</translation>
    </message>
    <message>
        <source>refetchStoreIntervalMin must be greater than the downtime T2 - T1 (perceiveStoreClientCheckpoint = false).</source>
        <translation>refetchStoreIntervalMin 必须大于停机时长 T2 - T1（perceiveStoreClientCheckpoint = false）。</translation>
    </message>
    <message>
        <source>T2 - T1 = %1 - %2 = %3 s (rounded up)</source>
        <translation>T2 - T1 = %1 - %2 = %3 秒（向上取整）</translation>
    </message>
    <message>
        <source>T2 - T1: %1 (T1 %2, T2 %3)</source>
        <translation>T2 - T1：%1（T1 %2，T2 %3）</translation>
    </message>
    <message>
        <source>The value written to ha.config was not recorded.</source>
        <translation>写入 ha.config 的值未被记录。</translation>
    </message>
    <message>
        <source>ceil(%1 s / 60) = %2 min</source>
        <translation>ceil(%1 秒 / 60) = %2 分钟</translation>
    </message>
    <message>
        <source>%1 min + margin %2 min = %3 min</source>
        <translation>%1 分钟 + 余量 %2 分钟 = %3 分钟</translation>
    </message>
    <message>
        <source>%1 min + margin %2 min</source>
        <translation>%1 分钟 + 余量 %2 分钟</translation>
    </message>
    <message>
        <source>The current value is higher and was kept.</source>
        <translation>当前值更大，已保留。</translation>
    </message>
    <message>
        <source>refetchStoreIntervalMin = %1</source>
        <translation>refetchStoreIntervalMin = %1</translation>
    </message>
    <message>
        <source>OMS rollback report</source>
        <translation>OMS 回滚报告</translation>
    </message>
    <message>
        <source>OMS upgrade report</source>
        <translation>OMS 升级报告</translation>
    </message>
    <message>
        <source>Run %1, %2</source>
        <translation>运行 %1，%2</translation>
    </message>
    <message>
        <source>Generated by %1 at %2 from the run&apos;s journal. Secrets are masked as %3.</source>
        <translation>由 %1 于 %2 根据运行日志生成。机密信息以 %3 遮盖。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>升级路线</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Run state</source>
        <translation>运行状态</translation>
    </message>
    <message>
        <source>Undoes the upgrade run</source>
        <translation>撤销的升级运行</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Last journal update</source>
        <translation>日志最后更新</translation>
    </message>
    <message>
        <source>Downtime (T2 - T1)</source>
        <translation>停机时长（T2 - T1）</translation>
    </message>
    <message>
        <source>Failed step</source>
        <translation>失败的步骤</translation>
    </message>
    <message>
        <source>Host and containers</source>
        <translation>主机与容器</translation>
    </message>
    <message>
        <source>%1 s (host minus workstation)</source>
        <translation>%1 秒（主机减工作站）</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Host key</source>
        <translation>主机密钥</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>工作站</translation>
    </message>
    <message>
        <source>Clock difference</source>
        <translation>时钟差</translation>
    </message>
    <message>
        <source>Old container</source>
        <translation>旧容器</translation>
    </message>
    <message>
        <source>New container</source>
        <translation>新容器</translation>
    </message>
    <message>
        <source>From image</source>
        <translation>原镜像</translation>
    </message>
    <message>
        <source>To image</source>
        <translation>目标镜像</translation>
    </message>
    <message>
        <source>From version</source>
        <translation>原版本</translation>
    </message>
    <message>
        <source>To version</source>
        <translation>目标版本</translation>
    </message>
    <message>
        <source>MetaDB</source>
        <translation>MetaDB</translation>
    </message>
    <message>
        <source>MetaDB server</source>
        <translation>MetaDB 服务器</translation>
    </message>
    <message>
        <source>Databases</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Plan file</source>
        <translation>计划文件</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>T1 (the old container stopped)</source>
        <translation>T1（旧容器停止）</translation>
    </message>
    <message>
        <source>T2 (HA enabled again)</source>
        <translation>T2（重新开启 HA）</translation>
    </message>
    <message>
        <source>T3 (the new container stopped)</source>
        <translation>T3（新容器停止）</translation>
    </message>
    <message>
        <source>%1 (%2 s)</source>
        <translation>%1（%2 秒）</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>Step or event</source>
        <translation>步骤或事件</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>时钟</translation>
    </message>
    <message>
        <source>Times are UTC. T1, T2 and T3 come from the host&apos;s clock; a step&apos;s times come from the host&apos;s clock where it could be read, else from the workstation&apos;s.</source>
        <translation>时间均为 UTC。T1、T2 和 T3 取自主机时钟；步骤的时间在能读取主机时钟时取自主机，否则取自工作站。</translation>
    </message>
    <message>
        <source>refetchStoreIntervalMin and HA</source>
        <translation>refetchStoreIntervalMin 与 HA</translation>
    </message>
    <message>
        <source>The calculation</source>
        <translation>计算过程</translation>
    </message>
    <message>
        <source>As recorded: %1</source>
        <translation>记录的说明：%1</translation>
    </message>
    <message>
        <source>ha.config before and after the run</source>
        <translation>运行前后的 ha.config</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>之后</translation>
    </message>
    <message>
        <source>Mounts: old and new container</source>
        <translation>挂载：旧容器与新容器</translation>
    </message>
    <message>
        <source>The new container has exactly the old container&apos;s mounts.</source>
        <translation>新容器的挂载与旧容器完全一致。</translation>
    </message>
    <message>
        <source>The mounts differ: see the rows not marked identical.</source>
        <translation>挂载不一致：请查看未标记为一致的行。</translation>
    </message>
    <message>
        <source>Mounts: %1</source>
        <translation>挂载：%1</translation>
    </message>
    <message>
        <source>Container path</source>
        <translation>容器内路径</translation>
    </message>
    <message>
        <source>Old host path</source>
        <translation>旧主机路径</translation>
    </message>
    <message>
        <source>New host path</source>
        <translation>新主机路径</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>旧</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必需</translation>
    </message>
    <message>
        <source>docker run of the new container (secrets masked)</source>
        <translation>新容器的 docker run 命令（机密已遮盖）</translation>
    </message>
    <message>
        <source>Backup set</source>
        <translation>备份集</translation>
    </message>
    <message>
        <source>No backup set is recorded for this run.</source>
        <translation>本次运行没有记录备份集。</translation>
    </message>
    <message>
        <source>Directory on the host</source>
        <translation>主机上的目录</translation>
    </message>
    <message>
        <source>Set of run</source>
        <translation>所属运行</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已校验</translation>
    </message>
    <message>
        <source>Dump tool</source>
        <translation>导出工具</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>完整</translation>
    </message>
    <message>
        <source>Files: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <source>Row counts and checksums taken while OMS was stopped, before the dump</source>
        <translation>OMS 停止后、导出前取得的行数和校验和</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>校验和</translation>
    </message>
    <message>
        <source>Schema before and after docker_init.sh</source>
        <translation>docker_init.sh 前后的表结构</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) unchanged.</source>
        <translation>
            <numerusform>%n 个表未变化。</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns before</source>
        <translation>之前的列数</translation>
    </message>
    <message>
        <source>Columns after</source>
        <translation>之后的列数</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>No step was recorded.</source>
        <translation>没有记录任何步骤。</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Commands (secrets masked)</source>
        <translation>命令（机密已遮盖）</translation>
    </message>
    <message>
        <source>Output (the last %1 lines; %2 earlier lines left out)</source>
        <translation>输出（最后 %1 行；省略了之前的 %2 行）</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Warnings and manual follow-ups</source>
        <translation>警告与需手动跟进的事项</translation>
    </message>
    <message>
        <source>Warnings: none recorded.</source>
        <translation>警告：无记录。</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Manual follow-ups: none recorded.</source>
        <translation>需手动跟进的事项：无记录。</translation>
    </message>
    <message>
        <source>Manual follow-ups</source>
        <translation>需手动跟进的事项</translation>
    </message>
    <message>
        <source>Final state</source>
        <translation>最终状态</translation>
    </message>
    <message>
        <source>none: OMS is stopped</source>
        <translation>无：OMS 已停止</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Last step</source>
        <translation>最后一个步骤</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>OMS container running</source>
        <translation>运行中的 OMS 容器</translation>
    </message>
    <message>
        <source>HA enabled</source>
        <translation>HA 已开启</translation>
    </message>
    <message>
        <source>As the journal recorded it when the report was made; the host itself was not asked.</source>
        <translation>依据生成报告时运行日志的记录；未向主机本身查询。</translation>
    </message>
</context>
<context>
    <name>omsua::upgrade::RollbackRun</name>
    <message>
        <source>No journal of run %1 here nor beside its backup set on the host</source>
        <translation>本机及主机上该备份集旁均没有运行 %1 的运行日志</translation>
    </message>
    <message>
        <source>`oms-upgrade status` lists the runs of this computer; `oms-upgrade backups list` the sets on the host</source>
        <translation>`oms-upgrade status` 列出本机的运行；`oms-upgrade backups list` 列出主机上的备份集</translation>
    </message>
    <message>
        <source>A rollback has no step &quot;%1&quot;</source>
        <translation>回滚中没有步骤 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>steps: %1</source>
        <translation>可用步骤：%1</translation>
    </message>
    <message>
        <source>Run %1 is a %2, not an upgrade</source>
        <translation>运行 %1 是一次 %2，而不是升级</translation>
    </message>
    <message>
        <source>Run %1 upgraded %2, but the plan names %3</source>
        <translation>运行 %1 升级的是 %2，但计划指定的是 %3</translation>
    </message>
    <message>
        <source>use the plan the upgrade ran with</source>
        <translation>请使用该次升级所用的计划</translation>
    </message>
    <message>
        <source>Run %1 has no verified backup set (its backup step is %2)</source>
        <translation>运行 %1 没有已校验的备份集（其备份步骤状态为 %2）</translation>
    </message>
    <message>
        <source>without a backup there is no rollback; if the old container was only stopped, start it by hand and enable HA</source>
        <translation>没有备份就无法回滚；如果旧容器只是被停止，请手动启动它并启用 HA</translation>
    </message>
    <message>
        <source>Run %1 names a route this version does not know: %2</source>
        <translation>运行 %1 指定了本版本无法识别的升级路线：%2</translation>
    </message>
    <message>
        <source>The backup set has no manifest</source>
        <translation>备份集缺少 manifest</translation>
    </message>
    <message>
        <source>After a rollback some components may need manual recovery (JDBCWriter, Connector, Full-Import), as the OMS documentation warns: check every migration project in the console.</source>
        <translation>如 OMS 文档所警示，回滚后部分组件可能需要手动恢复（JDBCWriter、Connector、Full-Import）：请在控制台中检查每个迁移项目。</translation>
    </message>
    <message>
        <source>The new container is stopped, not removed: remove it once it is no longer needed for diagnosis.</source>
        <translation>新容器已停止但未删除：不再需要用于诊断时，请将其删除。</translation>
    </message>
</context>
<context>
    <name>omsua::upgrade::UpgradeWorker</name>
    <message>
        <source>No upgrade request was given</source>
        <translation>未提供升级请求</translation>
    </message>
</context>
</TS>
