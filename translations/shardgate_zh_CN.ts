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
        <source>Signed (UTC)</source>
        <translation>签名时间 (UTC)</translation>
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
        <source>Appearance, the data folder, keys and the edge&apos;s defaults.</source>
        <translation>外观、数据文件夹、密钥和边缘服务器的默认设置。</translation>
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
        <source>Listen address:</source>
        <translation>监听地址：</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Cache capacity:</source>
        <translation>缓存容量：</translation>
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
</TS>
