<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
    <name>omsua::gui::Appearance</name>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
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
</TS>
