<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QObject</name>
    <message>
        <source>Shardgate demo</source>
        <translation>Shardgate 演示</translation>
    </message>
    <message>
        <source>The demo workspace could not be prepared in %1:
%2</source>
        <translation>无法在 %1 中准备演示工作区：
%2</translation>
    </message>
</context>
<context>
    <name>sg::ui::BillModel</name>
    <message>
        <source>The receipts add up to %1, the market&apos;s books say %2 (difference %3).</source>
        <translation>收据合计 %1，市场账簿为 %2（差额 %3）。</translation>
    </message>
    <message>
        <source>Creator payout</source>
        <translation>创作者收入</translation>
    </message>
    <message>
        <source>Buyer charges</source>
        <translation>买家扣费</translation>
    </message>
    <message>
        <source>not compared</source>
        <translation>未比较</translation>
    </message>
    <message>
        <source>✗ differs by %1</source>
        <translation>✗ 相差 %1</translation>
    </message>
    <message>
        <source>✓ matches</source>
        <translation>✓ 一致</translation>
    </message>
    <message>
        <source>Account type</source>
        <translation>账户类型</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>收据</translation>
    </message>
    <message>
        <source>From receipts</source>
        <translation>按收据</translation>
    </message>
    <message>
        <source>Market books</source>
        <translation>市场账簿</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>sg::ui::CatalogModel</name>
    <message>
        <source>the catalog is not JSON: %1</source>
        <translation>目录不是 JSON：%1</translation>
    </message>
    <message>
        <source>%1 %2 / shard</source>
        <translation>%1 %2 / 分片</translation>
    </message>
    <message>
        <source>%1 · %2 files</source>
        <translation>%1 · %2 个文件</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>创作者</translation>
    </message>
    <message>
        <source>License</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
</context>
<context>
    <name>sg::ui::CatalogWorkspace</name>
    <message>
        <source>train models on it</source>
        <translation>用其训练模型</translation>
    </message>
    <message>
        <source>fine-tune models on it</source>
        <translation>用其微调模型</translation>
    </message>
    <message>
        <source>evaluate models with it</source>
        <translation>用其评估模型</translation>
    </message>
    <message>
        <source>transform it (derived data)</source>
        <translation>转换（衍生数据）</translation>
    </message>
    <message>
        <source>redistribute it</source>
        <translation>再分发</translation>
    </message>
    <message>
        <source>use it commercially</source>
        <translation>用于商业用途</translation>
    </message>
    <message>
        <source>Get token</source>
        <translation>获取令牌</translation>
    </message>
    <message>
        <source>Download…</source>
        <translation>下载…</translation>
    </message>
    <message>
        <source>Buy credits…</source>
        <translation>购买额度…</translation>
    </message>
    <message>
        <source>Copy curl command</source>
        <translation>复制 curl 命令</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Browse the datasets an edge offers, read their terms, and buy access.</source>
        <translation>浏览边缘服务器提供的数据集，阅读其条款并购买访问权限。</translation>
    </message>
    <message>
        <source>Embedded edge</source>
        <translation>内置边缘服务器</translation>
    </message>
    <message>
        <source>Edge at URL</source>
        <translation>指定 URL 的边缘服务器</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Search name, title, creator, license…</source>
        <translation>搜索名称、标题、创作者、许可证…</translation>
    </message>
    <message>
        <source>Any use</source>
        <translation>任意用途</translation>
    </message>
    <message>
        <source>Allows %1</source>
        <translation>允许：%1</translation>
    </message>
    <message>
        <source>Select a dataset.</source>
        <translation>请选择一个数据集。</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>访问</translation>
    </message>
    <message>
        <source>Buyer:</source>
        <translation>买家：</translation>
    </message>
    <message>
        <source>Buyer API key (sgk_…)</source>
        <translation>买家 API 密钥 (sgk_…)</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>API 密钥：</translation>
    </message>
    <message>
        <source>Get a token to see a ready curl command for a pipeline.</source>
        <translation>获取令牌后即可看到可用于流水线的 curl 命令。</translation>
    </message>
    <message>
        <source>curl command copied. It resumes with -C - if interrupted; the token expires at the time shown.</source>
        <translation>已复制 curl 命令。中断后可用 -C - 续传；令牌在显示的时间过期。</translation>
    </message>
    <message>
        <source>Buy credits</source>
        <translation>购买额度</translation>
    </message>
    <message>
        <source>Amount to add to %1&apos;s account:</source>
        <translation>要添加到 %1 账户的金额：</translation>
    </message>
    <message>
        <source>Download into</source>
        <translation>下载到</translation>
    </message>
    <message>
        <source>none (type an API key)</source>
        <translation>无（请输入 API 密钥）</translation>
    </message>
    <message>
        <source>The embedded edge is not running; start it in Edge, or choose an edge URL.</source>
        <translation>内置边缘服务器未运行；请在“边缘”中启动它，或选择一个边缘服务器 URL。</translation>
    </message>
    <message>
        <source>Type an edge URL.</source>
        <translation>请输入边缘服务器 URL。</translation>
    </message>
    <message>
        <source>Not a URL: %1</source>
        <translation>不是 URL：%1</translation>
    </message>
    <message>
        <source>Loading the catalog from %1…</source>
        <translation>正在从 %1 加载目录…</translation>
    </message>
    <message>
        <source>Cannot read the catalog of %1: %2</source>
        <translation>无法读取 %1 的目录：%2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln dataset(s) at %1</source>
        <translation>
            <numerusform>%1 上的 %Ln 个数据集</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1 entries not understood)</source>
        <translation>（%1 个条目无法识别）</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; files, %2 in %3 shards of up to %4 · by &lt;b&gt;%5&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; 个文件，%2，共 %3 个分片（每个最多 %4）· 创作者 &lt;b&gt;%5&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;License in plain words&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;许可证通俗说明&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;You may &lt;b&gt;not&lt;/b&gt; use it for anything yet.&lt;/li&gt;</source>
        <translation>&lt;li&gt;目前&lt;b&gt;不能&lt;/b&gt;将其用于任何用途。&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;You &lt;b&gt;may&lt;/b&gt; %1.&lt;/li&gt;</source>
        <translation>&lt;li&gt;您&lt;b&gt;可以&lt;/b&gt;：%1。&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;You may &lt;b&gt;not&lt;/b&gt; %1.&lt;/li&gt;</source>
        <translation>&lt;li&gt;您&lt;b&gt;不可以&lt;/b&gt;：%1。&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Credit the creator as: &lt;i&gt;%1&lt;/i&gt;&lt;/li&gt;</source>
        <translation>&lt;li&gt;注明创作者为：&lt;i&gt;%1&lt;/i&gt;&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Access ends on %1.&lt;/li&gt;</source>
        <translation>&lt;li&gt;访问权限于 %1 结束。&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;The creator may revoke this license.&lt;/li&gt;</source>
        <translation>&lt;li&gt;创作者可以撤销此许可证。&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;The creator cannot revoke this license.&lt;/li&gt;</source>
        <translation>&lt;li&gt;创作者不能撤销此许可证。&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The license could not be read: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;无法读取许可证：%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Price&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;价格&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 %2 for the first delivery of each shard</source>
        <translation>&lt;p&gt;每个分片首次交付收取 %1 %2</translation>
    </message>
    <message>
        <source>, plus %1 %2 per GiB</source>
        <translation>，另加每 GiB %1 %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;The whole dataset: &lt;b&gt;%1 %2&lt;/b&gt; (%3 shards). Resumed or repeated ranges of a shard in the same job are not charged again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;整个数据集：&lt;b&gt;%1 %2&lt;/b&gt;（%3 个分片）。同一作业中续传或重复的分片范围不会再次计费。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:gray&apos;&gt;Manifest &lt;tt&gt;%1&lt;/tt&gt;&lt;br&gt;License hash &lt;tt&gt;%2&lt;/tt&gt;&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:gray&apos;&gt;清单 &lt;tt&gt;%1&lt;/tt&gt;&lt;br&gt;许可证哈希 &lt;tt&gt;%2&lt;/tt&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Type the buyer&apos;s API key first.</source>
        <translation>请先输入买家的 API 密钥。</translation>
    </message>
    <message>
        <source>Asking %1 for a token…</source>
        <translation>正在向 %1 请求令牌…</translation>
    </message>
    <message>
        <source>No token: %1</source>
        <translation>没有令牌：%1</translation>
    </message>
    <message>
        <source>Token issued (expires %1). Fetch files with curl -C - -H &quot;Authorization: Bearer $TOKEN&quot; %2/v1/files/%3/&lt;path&gt;.</source>
        <translation>令牌已签发（%1 过期）。使用 curl -C - -H &quot;Authorization: Bearer $TOKEN&quot; %2/v1/files/%3/&lt;路径&gt; 获取文件。</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation>金额：%1</translation>
    </message>
    <message>
        <source>must be more than zero</source>
        <translation>必须大于零</translation>
    </message>
    <message>
        <source>Credits are bought in this home&apos;s market; no buyer account is selected.</source>
        <translation>额度在此数据文件夹的市场中购买；未选择买家账户。</translation>
    </message>
    <message>
        <source>Credits not added: %1</source>
        <translation>未添加额度：%1</translation>
    </message>
    <message>
        <source>%1 now has %2 %3 available.</source>
        <translation>%1 现在可用 %2 %3。</translation>
    </message>
    <message>
        <source>%1@%2 queued in Downloads → %3</source>
        <translation>%1@%2 已加入下载队列 → %3</translation>
    </message>
</context>
<context>
    <name>sg::ui::CheckpointModel</name>
    <message>
        <source>not checked</source>
        <translation>未检查</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>✓ verified</source>
        <translation>✓ 已验证</translation>
    </message>
    <message>
        <source>✗ FAILED</source>
        <translation>✗ 失败</translation>
    </message>
    <message>
        <source>— first</source>
        <translation>— 第一个</translation>
    </message>
    <message>
        <source>Tree size</source>
        <translation>树大小</translation>
    </message>
    <message>
        <source>Root hash</source>
        <translation>根哈希</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Consistent with previous</source>
        <translation>与上一个一致</translation>
    </message>
    <message>
        <source>Signed or seen (UTC)</source>
        <translation>签名或见到 (UTC)</translation>
    </message>
</context>
<context>
    <name>sg::ui::Console</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>账本</translation>
    </message>
    <message>
        <source>Edge: failed</source>
        <translation>边缘：故障</translation>
    </message>
    <message>
        <source>Edge failed: %1</source>
        <translation>边缘服务器故障：%1</translation>
    </message>
    <message>
        <source>Log: %L1 receipts</source>
        <translation>日志：%L1 张收据</translation>
    </message>
    <message>
        <source>Edge: stopped</source>
        <translation>边缘：已停止</translation>
    </message>
    <message>
        <source>Edge: starting…</source>
        <translation>边缘：正在启动…</translation>
    </message>
    <message>
        <source>Edge: running</source>
        <translation>边缘：运行中</translation>
    </message>
    <message>
        <source>Edge: stopping…</source>
        <translation>边缘：正在停止…</translation>
    </message>
    <message>
        <source>Credits: —</source>
        <translation>额度：—</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Log: —</source>
        <translation>日志：—</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>下载</translation>
    </message>
    <message>
        <source>Edge</source>
        <translation>边缘</translation>
    </message>
</context>
<context>
    <name>sg::ui::DemoSetup</name>
    <message>
        <source>Preparing the demo workspace…</source>
        <translation>正在准备演示工作区…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Shardgate demo</source>
        <translation>Shardgate 演示</translation>
    </message>
</context>
<context>
    <name>sg::ui::DownloadManager</name>
    <message>
        <source>waiting for the embedded edge to start</source>
        <translation>正在等待内置边缘服务器启动</translation>
    </message>
    <message>
        <source>no buyer API key: choose a buyer in the Catalog, then retry</source>
        <translation>没有买家 API 密钥：请在目录中选择买家，然后重试</translation>
    </message>
    <message>
        <source>%1 files, %2 verified; %3 receipts saved in .shardgate/</source>
        <translation>%1 个文件，%2 已验证；%3 张收据已保存在 .shardgate/ 中</translation>
    </message>
    <message>
        <source>paused; verified shards are kept</source>
        <translation>已暂停；已验证的分片会保留</translation>
    </message>
    <message>
        <source>resuming from the journal</source>
        <translation>正在从日志续传</translation>
    </message>
</context>
<context>
    <name>sg::ui::DownloadQueueModel</name>
    <message>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>正在下载</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Verified ✓</source>
        <translation>已验证 ✓</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>%1 / %2 verified</source>
        <translation>%1 / %2 已验证</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>速率</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>Shards</source>
        <translation>分片</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>sg::ui::DownloadsWorkspace</name>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Show in file manager</source>
        <translation>在文件管理器中显示</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>下载</translation>
    </message>
    <message>
        <source>Every shard is checked against its CID before it is written; an interrupted download resumes from its journal, even after a restart.</source>
        <translation>每个分片在写入前都会按其 CID 校验；中断的下载会从其日志续传，即使在重启之后。</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Shard CID</source>
        <translation>分片 CID</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>No download selected. Start one from the Catalog.</source>
        <translation>未选择下载。请从目录开始一个下载。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; → %2&lt;br&gt;%3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; → %2&lt;br&gt;%3</translation>
    </message>
    <message>
        <source>✓ CID verified, written</source>
        <translation>✓ CID 已验证，已写入</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>待处理</translation>
    </message>
</context>
<context>
    <name>sg::ui::EdgeCacheModel</name>
    <message>
        <source>not served yet</source>
        <translation>尚未提供</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>（暂无）</translation>
    </message>
    <message>
        <source>home blob store</source>
        <translation>数据文件夹的 blob 存储</translation>
    </message>
    <message>
        <source>origin folder</source>
        <translation>源文件夹</translation>
    </message>
    <message>
        <source>upstream edge</source>
        <translation>上游边缘节点</translation>
    </message>
    <message>
        <source>Dataset / shard</source>
        <translation>数据集 / 分片</translation>
    </message>
    <message>
        <source>Buyer / shard</source>
        <translation>买家 / 分片</translation>
    </message>
    <message>
        <source>Shards</source>
        <translation>分片</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>命中</translation>
    </message>
    <message>
        <source>Last access (UTC)</source>
        <translation>最近访问 (UTC)</translation>
    </message>
    <message>
        <source>Billed / h</source>
        <translation>计费 / 小时</translation>
    </message>
    <message>
        <source>Buyers</source>
        <translation>买家</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Stored in</source>
        <translation>存储于</translation>
    </message>
    <message>
        <source>Pinned by jobs</source>
        <translation>被作业固定</translation>
    </message>
</context>
<context>
    <name>sg::ui::EdgeJobModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>Budget: %1</source>
        <translation>预算：%1</translation>
    </message>
    <message>
        <source>Budget: %L1 requests</source>
        <translation>预算：%L1 个请求</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%L1 of %L2</source>
        <translation>%L1 / %L2</translation>
    </message>
    <message>
        <source>no TTL</source>
        <translation>无 TTL</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>%1 后</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>作业</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Shards ready</source>
        <translation>就绪分片</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>已提供</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期</translation>
    </message>
</context>
<context>
    <name>sg::ui::EdgeWorkspace</name>
    <message>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Shards</source>
        <translation>分片</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>清单</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>执行者</translation>
    </message>
    <message>
        <source>Edge</source>
        <translation>边缘</translation>
    </message>
    <message>
        <source>The embedded edge serves published shards to token holders and writes a receipt for each response.</source>
        <translation>内置边缘服务器向令牌持有者分发已发布的分片，并为每个响应写入收据。</translation>
    </message>
    <message>
        <source>HOST:PORT; port 0 picks a free port.</source>
        <translation>HOST:PORT；端口 0 表示自动选择空闲端口。</translation>
    </message>
    <message>
        <source>Listen:</source>
        <translation>监听：</translation>
    </message>
    <message>
        <source>Could not start: %1</source>
        <translation>无法启动：%1</translation>
    </message>
    <message>
        <source>Requests / s</source>
        <translation>请求 / 秒</translation>
    </message>
    <message>
        <source>Bytes served / s</source>
        <translation>已分发字节 / 秒</translation>
    </message>
    <message>
        <source>Store hit rate %</source>
        <translation>存储命中率 %</translation>
    </message>
    <message>
        <source>Receipts / s</source>
        <translation>收据 / 秒</translation>
    </message>
    <message>
        <source>Revocations</source>
        <translation>撤销记录</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>计数器</translation>
    </message>
    <message>
        <source>%1 req/s</source>
        <translation>%1 请求/秒</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/秒</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>no lookups</source>
        <translation>无查询</translation>
    </message>
    <message>
        <source>%1 receipts/s</source>
        <translation>%1 张收据/秒</translation>
    </message>
    <message>
        <source>&lt;table cellspacing=6&gt;&lt;tr&gt;&lt;td&gt;Requests&lt;/td&gt;&lt;td align=right&gt;%L1&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Data requests&lt;/td&gt;&lt;td align=right&gt;%L2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Bytes served&lt;/td&gt;&lt;td align=right&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Store hits / misses&lt;/td&gt;&lt;td align=right&gt;%L4 / %L5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Receipts written / failed&lt;/td&gt;&lt;td align=right&gt;%L6 / %L7&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Connections open / total / refused&lt;/td&gt;&lt;td align=right&gt;%L8 / %L9 / %L10&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Transfers aborted by clients&lt;/td&gt;&lt;td align=right&gt;%L11&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellspacing=6&gt;&lt;tr&gt;&lt;td&gt;请求&lt;/td&gt;&lt;td align=right&gt;%L1&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;数据请求&lt;/td&gt;&lt;td align=right&gt;%L2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;已分发字节&lt;/td&gt;&lt;td align=right&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;存储命中 / 未命中&lt;/td&gt;&lt;td align=right&gt;%L4 / %L5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;收据已写入 / 失败&lt;/td&gt;&lt;td align=right&gt;%L6 / %L7&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;连接 打开 / 总计 / 拒绝&lt;/td&gt;&lt;td align=right&gt;%L8 / %L9 / %L10&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;被客户端中止的传输&lt;/td&gt;&lt;td align=right&gt;%L11&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Running at &lt;a href=&apos;%1&apos;&gt;%1&lt;/a&gt;</source>
        <translation>运行于 &lt;a href=&apos;%1&apos;&gt;%1&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>Draining connections…</source>
        <translation>正在排空连接…</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>缓存</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>作业</translation>
    </message>
    <message>
        <source>Rate limits</source>
        <translation>速率限制</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation>分组依据：</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <source>Evict selected</source>
        <translation>逐出所选</translation>
    </message>
    <message>
        <source>Drops the selected shards (or every shard of a selected group) from the cache with their entitlements; the home&apos;s own blob store keeps its files.</source>
        <translation>将所选分片（或所选分组的全部分片）连同其授权从缓存中移除；数据文件夹的 blob 存储保留其文件。</translation>
    </message>
    <message>
        <source>End job</source>
        <translation>结束作业</translation>
    </message>
    <message>
        <source>Ends the selected job as DELETE /v1/jobs/{id} would: its pins go, and shards only it pinned leave the cache.</source>
        <translation>像 DELETE /v1/jobs/{id} 一样结束所选作业：其固定被解除，仅由它固定的分片离开缓存。</translation>
    </message>
    <message>
        <source>Jobs are batches pre-authorized with POST /v1/jobs or named by a token&apos;s job claim; each ends at its TTL.</source>
        <translation>作业是通过 POST /v1/jobs 预先授权的批次，或由令牌的 job 声明命名；各自在 TTL 到期时结束。</translation>
    </message>
    <message>
        <source>Token buckets per token and per buyer (serve --rate-limit-token / --rate-limit-buyer). A request past its bucket is answered 429 with Retry-After.</source>
        <translation>按令牌和按买家的令牌桶（serve --rate-limit-token / --rate-limit-buyer）。超出令牌桶的请求会收到带 Retry-After 的 429。</translation>
    </message>
    <message>
        <source>The edge is stopped.</source>
        <translation>边缘节点已停止。</translation>
    </message>
    <message>
        <source>%L1 shards · cache folder %2 of %3 · %L4 hits, %L5 misses, %L6 evictions</source>
        <translation>%L1 个分片 · 缓存文件夹 %2 / %3 · 命中 %L4，未命中 %L5，逐出 %L6</translation>
    </message>
    <message>
        <source>Select shards or a group to evict.</source>
        <translation>请选择要逐出的分片或分组。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln shard(s) evicted.</source>
        <translation>
            <numerusform>已逐出 %Ln 个分片。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::ui::FileListModel</name>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
</context>
<context>
    <name>sg::ui::LedgerWorkspace</name>
    <message>
        <source>Verify whole log</source>
        <translation>验证整个日志</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>账本</translation>
    </message>
    <message>
        <source>Every served byte leaves a receipt in an append-only Merkle log. Check receipts, checkpoints and bills here.</source>
        <translation>每个已分发的字节都会在仅追加的 Merkle 日志中留下收据。在此检查收据、检查点和账单。</translation>
    </message>
    <message>
        <source>Local log</source>
        <translation>本地日志</translation>
    </message>
    <message>
        <source>Open receipts file…</source>
        <translation>打开收据文件…</translation>
    </message>
    <message>
        <source>Open receipts</source>
        <translation>打开收据</translation>
    </message>
    <message>
        <source>Receipts (*.jsonl *.json);;All files (*)</source>
        <translation>收据 (*.jsonl *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Receipts as CSV…</source>
        <translation>收据导出为 CSV…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <source>Receipts as JSONL…</source>
        <translation>收据导出为 JSONL…</translation>
    </message>
    <message>
        <source>Export JSONL</source>
        <translation>导出 JSONL</translation>
    </message>
    <message>
        <source>Bundles of the selected receipts…</source>
        <translation>所选收据的收据包…</translation>
    </message>
    <message>
        <source>Export bundles</source>
        <translation>导出收据包</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>创作者</translation>
    </message>
    <message>
        <source>Manifest CID</source>
        <translation>清单 CID</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>任意类型</translation>
    </message>
    <message>
        <source>From (YYYY-MM-DD)</source>
        <translation>从 (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>To (YYYY-MM-DD)</source>
        <translation>到 (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Filtering: %L1 of %L2 receipts scanned, %L3 match</source>
        <translation>筛选中：已扫描 %L2 张收据中的 %L1 张，%L3 张符合</translation>
    </message>
    <message>
        <source>%L1 receipts match the filter</source>
        <translation>%L1 张收据符合筛选条件</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %L2 receipts</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %L2 张收据</translation>
    </message>
    <message>
        <source>Select a receipt to see its fields and check its inclusion proof.</source>
        <translation>选择一张收据以查看其字段并检查其包含证明。</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>收据</translation>
    </message>
    <message>
        <source>Reload and check</source>
        <translation>重新加载并检查</translation>
    </message>
    <message>
        <source>Checkpoints</source>
        <translation>检查点</translation>
    </message>
    <message>
        <source>Reads every receipt, rebuilds the Merkle tree and compares its root with the latest signed checkpoint.</source>
        <translation>读取每张收据，重建 Merkle 树，并将其根与最新的已签名检查点进行比较。</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>No log open.</source>
        <translation>没有打开的日志。</translation>
    </message>
    <message>
        <source>Local log (embedded edge)</source>
        <translation>本地日志（内置边缘服务器）</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Dates are YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ.</source>
        <translation>日期格式为 YYYY-MM-DD 或 YYYY-MM-DDTHH:MM:SSZ。</translation>
    </message>
    <message>
        <source>&lt;p&gt;Loading receipt %1…&lt;/p&gt;</source>
        <translation>&lt;p&gt;正在加载收据 %1…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>收据 %1</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>清单</translation>
    </message>
    <message>
        <source>Shard</source>
        <translation>分片</translation>
    </message>
    <message>
        <source>License hash</source>
        <translation>许可证哈希</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>作业</translation>
    </message>
    <message>
        <source>Token id</source>
        <translation>令牌 ID</translation>
    </message>
    <message>
        <source>Edge key</source>
        <translation>边缘服务器密钥</translation>
    </message>
    <message>
        <source>Transform</source>
        <translation>转换</translation>
    </message>
    <message>
        <source>Inclusion proof</source>
        <translation>包含证明</translation>
    </message>
    <message>
        <source>&lt;p&gt;Checking…&lt;/p&gt;</source>
        <translation>&lt;p&gt;正在检查…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open a log first.</source>
        <translation>请先打开一个日志。</translation>
    </message>
    <message>
        <source>Cancel verification</source>
        <translation>取消验证</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>正在验证…</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>正在导出到 %1…</translation>
    </message>
    <message>
        <source>%L1 receipts written to %2</source>
        <translation>已将 %L1 张收据写入 %2</translation>
    </message>
    <message>
        <source>Select the receipts to export as bundles first.</source>
        <translation>请先选择要导出为收据包的收据。</translation>
    </message>
    <message>
        <source>%L1 receipt bundles written to %2</source>
        <translation>已将 %L1 个收据包写入 %2</translation>
    </message>
    <message>
        <source>Edge URL, e.g. http://127.0.0.1:8440</source>
        <translation>边缘节点 URL，例如 http://127.0.0.1:8440</translation>
    </message>
    <message>
        <source>Reads any edge&apos;s receipt log over HTTP: its key, signed checkpoint, tiles and proofs.</source>
        <translation>通过 HTTP 读取任一边缘节点的收据日志：密钥、已签名检查点、瓦片和证明。</translation>
    </message>
    <message>
        <source>Open edge log</source>
        <translation>打开边缘节点日志</translation>
    </message>
    <message>
        <source>Bills</source>
        <translation>账单</translation>
    </message>
    <message numerus="yes">
        <source>%L1 receipts of %2 verified: every entry is a canonical receipt with its own sequence number, they hash to the signed root of the latest checkpoint, and the log is consistent with %Ln checkpoint(s) this home saw before.</source>
        <translation>
            <numerusform>已验证 %2 的 %L1 条收据：每个条目都是带有自身序号的规范收据，其哈希与最新检查点的已签名根一致，且日志与此数据文件夹之前见过的 %Ln 个检查点一致。</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 entries are void (sequence numbers reserved before a crash).</source>
        <translation>%L1 个条目为 void（崩溃前预留的序号）。</translation>
    </message>
    <message>
        <source>Verification cancelled.</source>
        <translation>验证已取消。</translation>
    </message>
    <message>
        <source>Market books: none for this log (choose a market database to compare)</source>
        <translation>市场账簿：此日志没有（请选择一个市场数据库进行比较）</translation>
    </message>
    <message>
        <source>Market books: %1</source>
        <translation>市场账簿：%1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Verifying the log and adding up its receipts…</source>
        <translation>正在验证日志并汇总其收据…</translation>
    </message>
    <message>
        <source>Recompute bills</source>
        <translation>重新计算账单</translation>
    </message>
    <message>
        <source>Bill recomputation cancelled.</source>
        <translation>账单重新计算已取消。</translation>
    </message>
    <message>
        <source>Bills are recomputed from a whole log; an exported file may hold only some receipts. Open the local log or an edge&apos;s log.</source>
        <translation>账单需根据完整日志重新计算；导出的文件可能只包含部分收据。请打开本地日志或边缘节点的日志。</translation>
    </message>
    <message>
        <source>No bill can be trusted: %1</source>
        <translation>没有可信的账单：%1</translation>
    </message>
    <message>
        <source>Not compared with any market&apos;s books.</source>
        <translation>未与任何市场账簿比较。</translation>
    </message>
    <message>
        <source>Every account matches the market&apos;s books.</source>
        <translation>所有账户均与市场账簿一致。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s) differ from the market&apos;s books. Charges made after the latest checkpoint count once the next checkpoint covers them: recompute in a moment to rule that out.</source>
        <translation>
            <numerusform>%Ln 个账户与市场账簿不一致。最新检查点之后的扣费要等下一个检查点覆盖后才计入：稍后重新计算以排除这种情况。</numerusform>
        </translation>
    </message>
    <message>
        <source>Verifies the log, then adds up every buyer&apos;s charges and every creator&apos;s payouts from the receipts alone and compares them with the market&apos;s books.</source>
        <translation>验证日志，然后仅根据收据汇总每位买家的扣费和每位创作者的收入，并与市场账簿比较。</translation>
    </message>
    <message>
        <source>Market database</source>
        <translation>市场数据库</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>SQLite 数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading the log of %1…</source>
        <translation>正在读取 %1 的日志…</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>无法创建数据文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot open that edge&apos;s log: %1</source>
        <translation>无法打开该边缘节点的日志：%1</translation>
    </message>
    <message numerus="yes">
        <source>%L1 receipts verified against the latest checkpoint; %2 charged in total to %Ln buyer(s).</source>
        <translation>
            <numerusform>已根据最新检查点验证 %L1 条收据；共向 %Ln 位买家收取 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>Market books on PostgreSQL</source>
        <translation>PostgreSQL 上的市场账簿</translation>
    </message>
    <message>
        <source>URL of the shared market store (the edges&apos; --db), read only:</source>
        <translation>共享市场存储的 URL（边缘节点的 --db），只读：</translation>
    </message>
    <message>
        <source>Market books</source>
        <translation>市场账簿</translation>
    </message>
    <message>
        <source>SQLite file…</source>
        <translation>SQLite 文件…</translation>
    </message>
    <message>
        <source>PostgreSQL store…</source>
        <translation>PostgreSQL 存储…</translation>
    </message>
    <message>
        <source>This home&apos;s market</source>
        <translation>此主目录的市场</translation>
    </message>
</context>
<context>
    <name>sg::ui::MainWindow</name>
    <message>
        <source>Shardgate</source>
        <translation>Shardgate</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
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
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Workspaces&lt;/b&gt;&lt;br&gt;</source>
        <translation>&lt;b&gt;工作区&lt;/b&gt;&lt;br&gt;</translation>
    </message>
    <message>
        <source>Ctrl+%1 &amp;mdash; %2&lt;br&gt;</source>
        <translation>Ctrl+%1 &amp;mdash; %2&lt;br&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;Ctrl+Q &amp;mdash; quit</source>
        <translation>&lt;br&gt;Ctrl+Q &amp;mdash; 退出</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>&amp;About Shardgate</source>
        <translation>关于 Shardgate(&amp;A)</translation>
    </message>
    <message>
        <source>About Shardgate</source>
        <translation>关于 Shardgate</translation>
    </message>
    <message>
        <source>&lt;b&gt;Shardgate %1&lt;/b&gt;&lt;br&gt;A marketplace console for paid training data: package, license, sell, serve and audit datasets.</source>
        <translation>&lt;b&gt;Shardgate %1&lt;/b&gt;&lt;br&gt;付费训练数据的市场控制台：打包、授权、销售、分发和审计数据集。</translation>
    </message>
    <message>
        <source>State of the embedded edge server</source>
        <translation>内置边缘服务器的状态</translation>
    </message>
    <message>
        <source>Where the embedded edge listens</source>
        <translation>内置边缘服务器的监听地址</translation>
    </message>
    <message>
        <source>Credits of the current buyer account</source>
        <translation>当前买家账户的额度</translation>
    </message>
    <message>
        <source>Receipts in the local log</source>
        <translation>本地日志中的收据</translation>
    </message>
    <message>
        <source>Edge: stopped</source>
        <translation>边缘：已停止</translation>
    </message>
    <message>
        <source>Credits: —</source>
        <translation>额度：—</translation>
    </message>
    <message>
        <source>Log: —</source>
        <translation>日志：—</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>sg::ui::PublishWorkspace</name>
    <message>
        <source>Train models</source>
        <translation>训练模型</translation>
    </message>
    <message>
        <source>Fine-tune</source>
        <translation>微调</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Transform</source>
        <translation>转换</translation>
    </message>
    <message>
        <source>Redistribute</source>
        <translation>再分发</translation>
    </message>
    <message>
        <source>Commercial use</source>
        <translation>商业用途</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>I may revoke this license later</source>
        <translation>我以后可以撤销此许可证</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>打包</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>Package a folder into content-addressed shards, sign it with your creator key, set the license and price, and publish it in the catalog.</source>
        <translation>将文件夹打包为内容寻址的分片，用您的创作者密钥签名，设置许可证和价格，然后发布到目录中。</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Pack the folder to see its manifest.</source>
        <translation>打包该文件夹以查看其清单。</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>清单</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Folder to package</source>
        <translation>要打包的文件夹</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <source>e.g. street-voices</source>
        <translation>例如 street-voices</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Optional: what is in it, how it was collected</source>
        <translation>可选：包含什么内容，如何收集</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>描述：</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>Bigger shards mean fewer requests; smaller ones resume and dedupe finer.</source>
        <translation>分片越大，请求越少；分片越小，续传和去重越精细。</translation>
    </message>
    <message>
        <source>Shard size:</source>
        <translation>分片大小：</translation>
    </message>
    <message>
        <source>License</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>An SPDX license id, or LicenseRef-&lt;name&gt; for terms of your own.</source>
        <translation>SPDX 许可证标识符，或使用 LicenseRef-&lt;名称&gt; 表示自定义条款。</translation>
    </message>
    <message>
        <source>SPDX id:</source>
        <translation>SPDX 标识符：</translation>
    </message>
    <message>
        <source>Allowed uses:</source>
        <translation>允许的用途：</translation>
    </message>
    <message>
        <source>Charged for the first delivery of each shard to a buyer&apos;s job.</source>
        <translation>每个分片首次交付给买家作业时计费。</translation>
    </message>
    <message>
        <source>Price per access:</source>
        <translation>每次访问价格：</translation>
    </message>
    <message>
        <source>Optional, same currency</source>
        <translation>可选，相同货币</translation>
    </message>
    <message>
        <source>Price per GiB:</source>
        <translation>每 GiB 价格：</translation>
    </message>
    <message>
        <source>Optional: how buyers must credit you</source>
        <translation>可选：买家必须如何注明您</translation>
    </message>
    <message>
        <source>Attribution:</source>
        <translation>署名要求：</translation>
    </message>
    <message>
        <source>Validity:</source>
        <translation>有效期：</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Only if the creator key has one</source>
        <translation>仅当创作者密钥设有口令时</translation>
    </message>
    <message>
        <source>Key passphrase:</source>
        <translation>密钥口令：</translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>正在扫描…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s), %1</source>
        <translation>
            <numerusform>%Ln 个文件，%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Price per access: %1</source>
        <translation>每次访问价格：%1</translation>
    </message>
    <message>
        <source>Price per GiB: %1</source>
        <translation>每 GiB 价格：%1</translation>
    </message>
    <message>
        <source>Choose a folder with at least one file first.</source>
        <translation>请先选择至少包含一个文件的文件夹。</translation>
    </message>
    <message>
        <source>License: %1</source>
        <translation>许可证：%1</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>名称：%1</translation>
    </message>
    <message>
        <source>Version: %1</source>
        <translation>版本：%1</translation>
    </message>
    <message>
        <source>Packing %1…</source>
        <translation>正在打包 %1…</translation>
    </message>
    <message>
        <source>Packing cancelled; nothing was published.</source>
        <translation>已取消打包；未发布任何内容。</translation>
    </message>
    <message>
        <source>Packed and signed: manifest %1</source>
        <translation>已打包并签名：清单 %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1@%2&lt;/b&gt;&lt;br&gt;Manifest CID: &lt;tt&gt;%3&lt;/tt&gt;&lt;br&gt;%4 files, %5 in %6 shards (%7 unique)&lt;br&gt;Written: %8 &amp;nbsp; Already stored: %9 &amp;nbsp; Duplicates inside: %10&lt;br&gt;&lt;b&gt;Dedup savings: %11&lt;/b&gt; (%12%) &amp;nbsp; License: %13</source>
        <translation>&lt;b&gt;%1@%2&lt;/b&gt;&lt;br&gt;清单 CID：&lt;tt&gt;%3&lt;/tt&gt;&lt;br&gt;%4 个文件，%5，共 %6 个分片（%7 个唯一）&lt;br&gt;已写入：%8 &amp;nbsp; 已存储：%9 &amp;nbsp; 内部重复：%10&lt;br&gt;&lt;b&gt;去重节省：%11&lt;/b&gt;（%12%）&amp;nbsp; 许可证：%13</translation>
    </message>
    <message>
        <source>The market store is not open: %1</source>
        <translation>市场存储未打开：%1</translation>
    </message>
    <message>
        <source>Not published: %1</source>
        <translation>未发布：%1</translation>
    </message>
    <message>
        <source>Published %1@%2 (%3). Buyers can find it in the catalog now.</source>
        <translation>已发布 %1@%2（%3）。买家现在可以在目录中找到它。</translation>
    </message>
    <message>
        <source>Revoke this license…</source>
        <translation>撤销此许可证…</translation>
    </message>
    <message>
        <source>Revoke a buyer…</source>
        <translation>撤销某个买家…</translation>
    </message>
    <message>
        <source>Revoke license</source>
        <translation>撤销许可证</translation>
    </message>
    <message>
        <source>Revoke the license of %1@%2 for every buyer. Reason:</source>
        <translation>为所有买家撤销 %1@%2 的许可证。原因：</translation>
    </message>
    <message>
        <source>terms withdrawn</source>
        <translation>条款已撤回</translation>
    </message>
    <message>
        <source>Revoke buyer</source>
        <translation>撤销买家</translation>
    </message>
    <message>
        <source>Buyer id to cut off:</source>
        <translation>要切断的买家 ID：</translation>
    </message>
    <message>
        <source>revoked by the operator</source>
        <translation>由运营者撤销</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1@%2&lt;/b&gt; (published)&lt;br&gt;Manifest CID: &lt;tt&gt;%3&lt;/tt&gt;&lt;br&gt;%4 files, %5 in %6 shards (%7 unique, %8 stored)&lt;br&gt;License: %9</source>
        <translation>&lt;b&gt;%1@%2&lt;/b&gt;（已发布）&lt;br&gt;清单 CID：&lt;tt&gt;%3&lt;/tt&gt;&lt;br&gt;%4 个文件，%5，共 %6 个分片（%7 个唯一，%8 个已存储）&lt;br&gt;许可证：%9</translation>
    </message>
    <message>
        <source>The market store is not open.</source>
        <translation>市场存储未打开。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Revoked %1 at the edge.</source>
        <translation>已在边缘服务器撤销 %1。</translation>
    </message>
    <message>
        <source>Revocation refused: %1</source>
        <translation>撤销被拒绝：%1</translation>
    </message>
    <message>
        <source>Revoked %1.</source>
        <translation>已撤销 %1。</translation>
    </message>
</context>
<context>
    <name>sg::ui::RateLimitModel</name>
    <message>
        <source>per token</source>
        <translation>按令牌</translation>
    </message>
    <message>
        <source>per buyer</source>
        <translation>按买家</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 / s</source>
        <translation>%1 / 秒</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>限制</translation>
    </message>
    <message>
        <source>Token / buyer</source>
        <translation>令牌 / 买家</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <source>Requests available</source>
        <translation>可用请求</translation>
    </message>
    <message>
        <source>Refill</source>
        <translation>补充速率</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>已允许</translation>
    </message>
    <message>
        <source>Refused (429)</source>
        <translation>已拒绝 (429)</translation>
    </message>
    <message>
        <source>Last request (UTC)</source>
        <translation>最近请求 (UTC)</translation>
    </message>
</context>
<context>
    <name>sg::ui::ReceiptTableModel</name>
    <message>
        <source>Seq</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>时间 (UTC)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>创作者</translation>
    </message>
    <message>
        <source>Dataset (manifest)</source>
        <translation>数据集（清单）</translation>
    </message>
    <message>
        <source>Shard</source>
        <translation>分片</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>费用</translation>
    </message>
</context>
<context>
    <name>sg::ui::SettingsWorkspace</name>
    <message>
        <source>Start the embedded edge when the console opens</source>
        <translation>打开控制台时启动内置边缘服务器</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <source>Follow the system</source>
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
        <source>Theme:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>A new language applies the next time the console starts.</source>
        <translation>新语言将在下次启动控制台时生效。</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <source>Blobs (the shards), the market and ledger databases and the keys live here. Start with &lt;tt&gt;shardgate --home DIR&lt;/tt&gt; to use another folder.</source>
        <translation>Blob（分片）、市场和账本数据库以及密钥都保存在这里。使用 &lt;tt&gt;shardgate --home DIR&lt;/tt&gt; 启动可改用其他文件夹。</translation>
    </message>
    <message>
        <source>Open in file manager</source>
        <translation>在文件管理器中打开</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>Creator key:</source>
        <translation>创作者密钥：</translation>
    </message>
    <message>
        <source>Export public key…</source>
        <translation>导出公钥…</translation>
    </message>
    <message>
        <source>Edge defaults</source>
        <translation>边缘服务器默认设置</translation>
    </message>
    <message>
        <source>HOST:PORT; port 0 picks a free port. Loopback keeps the edge private to this machine.</source>
        <translation>HOST:PORT；端口 0 表示自动选择空闲端口。使用回环地址可使边缘服务器仅限本机访问。</translation>
    </message>
    <message>
        <source>Cache capacity:</source>
        <translation>缓存容量：</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>不限制</translation>
    </message>
    <message>
        <source> requests/s</source>
        <translation> 请求/秒</translation>
    </message>
    <message>
        <source>Rate limit per buyer:</source>
        <translation>每个买家的速率限制：</translation>
    </message>
    <message>
        <source>Listen address:</source>
        <translation>监听地址：</translation>
    </message>
    <message>
        <source>No creator key yet (the welcome or the demo creates one).</source>
        <translation>还没有创作者密钥（欢迎向导或演示会创建一个）。</translation>
    </message>
    <message>
        <source>%1 (protected by a passphrase)</source>
        <translation>%1（受口令保护）</translation>
    </message>
    <message>
        <source>Creator key</source>
        <translation>创作者密钥</translation>
    </message>
    <message>
        <source>Passphrase of the creator key:</source>
        <translation>创作者密钥的口令：</translation>
    </message>
    <message>
        <source>Cannot read the creator key: %1</source>
        <translation>无法读取创作者密钥：%1</translation>
    </message>
    <message>
        <source>Export public key</source>
        <translation>导出公钥</translation>
    </message>
    <message>
        <source>PEM files (*.pem);;All files (*)</source>
        <translation>PEM 文件 (*.pem);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Public key written to %1 (%2).</source>
        <translation>公钥已写入 %1（%2）。</translation>
    </message>
    <message>
        <source>Token signing keys</source>
        <translation>令牌签名密钥</translation>
    </message>
    <message>
        <source>The market signs buyers&apos; access tokens with the active key; edges fetch the public keys from /.well-known/jwks.json. Rotate to start signing with a new key: the old one keeps verifying the tokens it signed until they expire.</source>
        <translation>市场用当前密钥签署买家的访问令牌；边缘节点从 /.well-known/jwks.json 获取公钥。轮换后开始用新密钥签名：旧密钥继续验证其签发的令牌，直到它们过期。</translation>
    </message>
    <message>
        <source>Rotate signing key</source>
        <translation>轮换签名密钥</translation>
    </message>
    <message>
        <source>Export public keys (JWKS)…</source>
        <translation>导出公钥 (JWKS)…</translation>
    </message>
    <message>
        <source>Export token public keys</source>
        <translation>导出令牌公钥</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON 文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>No token signing key yet: the market creates one when it first issues a token (or rotate now).</source>
        <translation>尚无令牌签名密钥：市场在首次签发令牌时创建（或现在轮换）。</translation>
    </message>
    <message>
        <source>The market is not open yet; try again in a moment.</source>
        <translation>市场尚未打开；请稍后重试。</translation>
    </message>
    <message>
        <source>Rotating…</source>
        <translation>正在轮换…</translation>
    </message>
    <message>
        <source>Rotation failed: %1</source>
        <translation>轮换失败：%1</translation>
    </message>
    <message>
        <source>New signing key %1: the edge signs new tokens with it from now on.</source>
        <translation>新签名密钥 %1：边缘节点从现在起用它签署新令牌。</translation>
    </message>
    <message>
        <source>New signing key %1: the edge signs with it when it starts.</source>
        <translation>新签名密钥 %1：边缘节点启动后将用它签名。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln public key(s) written to %1.</source>
        <translation>
            <numerusform>已将 %Ln 个公钥写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot export the keys: %1</source>
        <translation>无法导出密钥：%1</translation>
    </message>
    <message>
        <source>Appearance, the data folder, keys, the edge&apos;s defaults and downloads.</source>
        <translation>外观、数据文件夹、密钥、边缘服务器的默认设置和下载。</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>下载</translation>
    </message>
    <message>
        <source>Write downloads through the page cache</source>
        <translation>通过页面缓存写入下载内容</translation>
    </message>
    <message>
        <source>Keeps the downloaded data in memory, so a program that reads it right afterwards finds it there. Slower for large datasets, and it pushes other programs&apos; data out of memory. Unticked, verified shards are written directly to disk (O_DIRECT), but only where the filesystem takes it; elsewhere the page cache is used anyway.</source>
        <translation>将下载的数据保留在内存中，随后立即读取这些数据的程序可以直接从内存中获得。对于大型数据集会更慢，并且会把其他程序的数据挤出内存。不勾选时，经过验证的分片将直接写入磁盘 (O_DIRECT)，但仅限于文件系统支持的情况；其他情况下仍会使用页面缓存。</translation>
    </message>
    <message>
        <source>Sync each charge to disk before serving the shard</source>
        <translation>在提供分片之前将每笔扣费同步到磁盘</translation>
    </message>
    <message>
        <source>Off: a charge is committed before the first byte and synced to disk about a millisecond later, while the bytes flow (a crash of the edge loses no charge; a power cut can lose the last millisecond&apos;s). On: no byte of a shard leaves before its charge is on disk (slower).</source>
        <translation>关闭：扣费在第一个字节之前提交，并在数据传输期间约一毫秒后同步到磁盘（边缘节点崩溃不会丢失扣费；断电可能丢失最后一毫秒的扣费）。开启：在扣费写入磁盘之前，分片的任何字节都不会发出（较慢）。</translation>
    </message>
</context>
<context>
    <name>sg::ui::ShardListModel</name>
    <message>
        <source>stored</source>
        <translation>已存储</translation>
    </message>
    <message>
        <source>same bytes as shard %1</source>
        <translation>与分片 %1 字节相同</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>CID</source>
        <translation>CID</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
</context>
<context>
    <name>sg::ui::TokenKeyModel</name>
    <message>
        <source>Active: signs new tokens</source>
        <translation>当前：签署新令牌</translation>
    </message>
    <message>
        <source>Retired: verifies its tokens until they expire</source>
        <translation>已退役：验证其令牌直至过期</translation>
    </message>
    <message>
        <source>Retired: no longer trusted</source>
        <translation>已退役：不再受信任</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Key id (kid)</source>
        <translation>密钥 ID (kid)</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>创建时间 (UTC)</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>公钥</translation>
    </message>
</context>
<context>
    <name>sg::ui::WelcomeDialog</name>
    <message>
        <source>Create a demo dataset (a few MB of text and images), publish it and add a demo buyer with 25.00 USD of credits</source>
        <translation>创建演示数据集（几 MB 的文本和图片），发布它，并添加一个拥有 25.00 USD 额度的演示买家</translation>
    </message>
    <message>
        <source>Start the embedded edge on a free loopback port</source>
        <translation>在空闲的回环端口上启动内置边缘服务器</translation>
    </message>
    <message>
        <source>Welcome to Shardgate</source>
        <translation>欢迎使用 Shardgate</translation>
    </message>
    <message>
        <source>Shardgate packages datasets into signed, content-addressed shards, sells access with short-lived tokens and writes a verifiable receipt for every byte served.&lt;br&gt;&lt;br&gt;Your data folder will be &lt;b&gt;%1&lt;/b&gt;. A creator key is made there to sign what you publish.</source>
        <translation>Shardgate 将数据集打包为已签名、内容寻址的分片，用短期令牌出售访问权限，并为分发的每个字节写入可验证的收据。&lt;br&gt;&lt;br&gt;您的数据文件夹将是 &lt;b&gt;%1&lt;/b&gt;。将在其中创建一个创作者密钥，用于为您发布的内容签名。</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>Key passphrase:</source>
        <translation>密钥口令：</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>再次输入：</translation>
    </message>
    <message>
        <source>With a passphrase the key is stored encrypted; you type it when you pack.</source>
        <translation>设置口令后，密钥将加密存储；打包时需要输入口令。</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
</context>
</TS>
