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
        <translation>用法：oms-upgrade 命令 [选项]

安全地升级 OceanBase 迁移服务（OMS）社区版主机（单节点，Docker）。

命令：
  probe --plan PLAN.yaml   连接主机并打印发现的信息
  preflight --plan PLAN.yaml
                           升级前的只读检查（被拒绝时退出码为 3）
  status [--run RUN_ID]    列出已记录的运行，或显示某次运行的步骤
  refetch-interval --t1 TIME [--t2 TIME] [--margin MIN] [--current MIN]
                           计算升级后开启 HA 时的 refetchStoreIntervalMin
  report [--run RUN_ID] --format html|md|json|pdf --output FILE
                           写出某次运行的报告（默认：最近一次）
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
</TS>
