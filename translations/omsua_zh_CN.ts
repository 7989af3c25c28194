<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
    <name>MainWindow</name>
    <message>
        <source>OMS Upgrade Assistant</source>
        <translation>OMS 升级助手</translation>
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
  status [--run RUN_ID]    list the recorded runs, or show one run&apos;s steps
  refetch-interval --t1 TIME [--t2 TIME] [--margin MIN] [--current MIN]
                           compute refetchStoreIntervalMin for HA after an upgrade
  backups list|verify|download|upload|preview|delete --plan PLAN.yaml [...]
                           the backup sets on the host (&apos;backups&apos; alone: the options)
  --version                print the version and the library versions
  --help                   print this help

Secrets are never taken from the command line: use a key file or ssh-agent,
the environment variables OMS_SSH_PASSWORD, OMS_SSH_PASSPHRASE and
OMS_META_PASSWORD, or answer the prompt on a terminal. The MetaDB password
defaults to the one in the host&apos;s config.yaml.

Exit status: 0 done, 1 failed, 2 usage or bad input, 3 refused by a check
(nothing changed), 4 waiting for the operator.</source>
        <translation>用法：oms-upgrade 命令 [选项]

安全地升级 OceanBase 迁移服务（OMS）社区版主机（单节点，Docker）。

命令：
  probe --plan PLAN.yaml   连接主机并打印发现的信息
  preflight --plan PLAN.yaml
                           升级前的只读检查（被拒绝时退出码为 3）
  status [--run RUN_ID]    列出已记录的运行，或显示某次运行的步骤
  refetch-interval --t1 TIME [--t2 TIME] [--margin MIN] [--current MIN]
                           计算升级后开启 HA 时的 refetchStoreIntervalMin
  backups list|verify|download|upload|preview|delete --plan PLAN.yaml [...]
                           主机上的备份集（只输入 backups 可查看选项）
  --version                打印版本及所用库的版本
  --help                   打印本帮助

密码等机密信息从不通过命令行传入：请使用密钥文件或 ssh-agent、
环境变量 OMS_SSH_PASSWORD、OMS_SSH_PASSPHRASE 和 OMS_META_PASSWORD，
或在终端提示时输入。MetaDB 密码默认取自主机上的 config.yaml。

退出状态：0 完成，1 失败，2 用法或输入错误，3 被检查拒绝（未做任何更改），
4 等待操作员。</translation>
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
    <name>omsua::gui::MainWindow</name>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>No plan loaded. Open a plan file to choose the OMS host.</source>
        <translation>尚未加载计划。请打开计划文件以选择 OMS 主机。</translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation>计划：%1</translation>
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
        <source>Connecting to %1...</source>
        <translation>正在连接 %1……</translation>
    </message>
    <message>
        <source>Connecting...</source>
        <translation>正在连接……</translation>
    </message>
</context>
</TS>
