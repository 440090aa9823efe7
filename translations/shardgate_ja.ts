<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>QObject</name>
    <message>
        <source>Shardgate demo</source>
        <translation>Shardgate デモ</translation>
    </message>
    <message>
        <source>The demo workspace could not be prepared in %1:
%2</source>
        <translation>%1 にデモ用ワークスペースを準備できませんでした:
%2</translation>
    </message>
</context>
<context>
    <name>sg::ui::CheckpointModel</name>
    <message>
        <source>not checked</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <source>✓ verified</source>
        <translation>✓ 検証済み</translation>
    </message>
    <message>
        <source>✗ FAILED</source>
        <translation>✗ 失敗</translation>
    </message>
    <message>
        <source>— first</source>
        <translation>— 最初</translation>
    </message>
    <message>
        <source>Tree size</source>
        <translation>ツリーサイズ</translation>
    </message>
    <message>
        <source>Signed (UTC)</source>
        <translation>署名日時 (UTC)</translation>
    </message>
    <message>
        <source>Root hash</source>
        <translation>ルートハッシュ</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>署名</translation>
    </message>
    <message>
        <source>Consistent with previous</source>
        <translation>前回と整合</translation>
    </message>
</context>
<context>
    <name>sg::ui::Console</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>公開</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>台帳</translation>
    </message>
    <message>
        <source>Edge: failed</source>
        <translation>エッジ: 失敗</translation>
    </message>
    <message>
        <source>Edge failed: %1</source>
        <translation>エッジが失敗しました: %1</translation>
    </message>
    <message>
        <source>Log: %L1 receipts</source>
        <translation>ログ: レシート %L1 件</translation>
    </message>
    <message>
        <source>Edge: stopped</source>
        <translation>エッジ: 停止中</translation>
    </message>
    <message>
        <source>Edge: starting…</source>
        <translation>エッジ: 起動中…</translation>
    </message>
    <message>
        <source>Edge: running</source>
        <translation>エッジ: 実行中</translation>
    </message>
    <message>
        <source>Edge: stopping…</source>
        <translation>エッジ: 停止中…</translation>
    </message>
    <message>
        <source>Credits: —</source>
        <translation>クレジット: —</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Log: —</source>
        <translation>ログ: —</translation>
    </message>
</context>
<context>
    <name>sg::ui::DemoSetup</name>
    <message>
        <source>Preparing the demo workspace…</source>
        <translation>デモ用ワークスペースを準備しています…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Shardgate demo</source>
        <translation>Shardgate デモ</translation>
    </message>
</context>
<context>
    <name>sg::ui::FileListModel</name>
    <message>
        <source>Path</source>
        <translation>パス</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
</context>
<context>
    <name>sg::ui::LedgerWorkspace</name>
    <message>
        <source>Verify whole log</source>
        <translation>ログ全体を検証</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>台帳</translation>
    </message>
    <message>
        <source>Every served byte leaves a receipt in an append-only Merkle log. Check receipts, checkpoints and bills here.</source>
        <translation>配信された各バイトは追記専用の Merkle ログにレシートを残します。ここでレシート、チェックポイント、請求を確認できます。</translation>
    </message>
    <message>
        <source>Local log</source>
        <translation>ローカルログ</translation>
    </message>
    <message>
        <source>Open receipts file…</source>
        <translation>レシートファイルを開く…</translation>
    </message>
    <message>
        <source>Open receipts</source>
        <translation>レシートを開く</translation>
    </message>
    <message>
        <source>Receipts (*.jsonl *.json);;All files (*)</source>
        <translation>レシート (*.jsonl *.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>Receipts as CSV…</source>
        <translation>レシートを CSV で…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV をエクスポート</translation>
    </message>
    <message>
        <source>Receipts as JSONL…</source>
        <translation>レシートを JSONL で…</translation>
    </message>
    <message>
        <source>Export JSONL</source>
        <translation>JSONL をエクスポート</translation>
    </message>
    <message>
        <source>Bundles of the selected receipts…</source>
        <translation>選択したレシートのバンドル…</translation>
    </message>
    <message>
        <source>Export bundles</source>
        <translation>バンドルをエクスポート</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>購入者</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>作成者</translation>
    </message>
    <message>
        <source>Manifest CID</source>
        <translation>マニフェスト CID</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>すべての種類</translation>
    </message>
    <message>
        <source>From (YYYY-MM-DD)</source>
        <translation>開始 (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>To (YYYY-MM-DD)</source>
        <translation>終了 (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>フィルター</translation>
    </message>
    <message>
        <source>Filtering: %L1 of %L2 receipts scanned, %L3 match</source>
        <translation>フィルター中: %L2 件中 %L1 件を走査、%L3 件一致</translation>
    </message>
    <message>
        <source>%L1 receipts match the filter</source>
        <translation>フィルターに一致するレシート: %L1 件</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %L2 receipts</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — レシート %L2 件</translation>
    </message>
    <message>
        <source>Select a receipt to see its fields and check its inclusion proof.</source>
        <translation>レシートを選ぶと、その項目を表示して包含証明を確認できます。</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>レシート</translation>
    </message>
    <message>
        <source>Reload and check</source>
        <translation>再読み込みして確認</translation>
    </message>
    <message>
        <source>Checkpoints</source>
        <translation>チェックポイント</translation>
    </message>
    <message>
        <source>Reads every receipt, rebuilds the Merkle tree and compares its root with the latest signed checkpoint.</source>
        <translation>すべてのレシートを読み、Merkle ツリーを再構築して、そのルートを最新の署名済みチェックポイントと比較します。</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>検証</translation>
    </message>
    <message>
        <source>No log open.</source>
        <translation>ログが開かれていません。</translation>
    </message>
    <message>
        <source>Local log (embedded edge)</source>
        <translation>ローカルログ（組み込みエッジ）</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 を開いています…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 を読み込んでいます…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Dates are YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ.</source>
        <translation>日付は YYYY-MM-DD または YYYY-MM-DDTHH:MM:SSZ 形式です。</translation>
    </message>
    <message>
        <source>&lt;p&gt;Loading receipt %1…&lt;/p&gt;</source>
        <translation>&lt;p&gt;レシート %1 を読み込んでいます…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>レシート %1</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>マニフェスト</translation>
    </message>
    <message>
        <source>Shard</source>
        <translation>シャード</translation>
    </message>
    <message>
        <source>License hash</source>
        <translation>ライセンスハッシュ</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>範囲</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>バイト</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>請求額</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>ジョブ</translation>
    </message>
    <message>
        <source>Token id</source>
        <translation>トークン ID</translation>
    </message>
    <message>
        <source>Edge key</source>
        <translation>エッジの鍵</translation>
    </message>
    <message>
        <source>Transform</source>
        <translation>変換</translation>
    </message>
    <message>
        <source>Inclusion proof</source>
        <translation>包含証明</translation>
    </message>
    <message>
        <source>&lt;p&gt;Checking…&lt;/p&gt;</source>
        <translation>&lt;p&gt;確認中…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open a log first.</source>
        <translation>先にログを開いてください。</translation>
    </message>
    <message>
        <source>Cancel verification</source>
        <translation>検証をキャンセル</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>検証中…</translation>
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
        <translation>%1 にエクスポートしています…</translation>
    </message>
    <message>
        <source>%L1 receipts written to %2</source>
        <translation>レシート %L1 件を %2 に書き出しました</translation>
    </message>
    <message>
        <source>Select the receipts to export as bundles first.</source>
        <translation>先にバンドルとしてエクスポートするレシートを選択してください。</translation>
    </message>
    <message>
        <source>%L1 receipt bundles written to %2</source>
        <translation>レシートバンドル %L1 件を %2 に書き出しました</translation>
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
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Workspaces&lt;/b&gt;&lt;br&gt;</source>
        <translation>&lt;b&gt;ワークスペース&lt;/b&gt;&lt;br&gt;</translation>
    </message>
    <message>
        <source>Ctrl+%1 &amp;mdash; %2&lt;br&gt;</source>
        <translation>Ctrl+%1 &amp;mdash; %2&lt;br&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;Ctrl+Q &amp;mdash; quit</source>
        <translation>&lt;br&gt;Ctrl+Q &amp;mdash; 終了</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>&amp;About Shardgate</source>
        <translation>Shardgate について(&amp;A)</translation>
    </message>
    <message>
        <source>About Shardgate</source>
        <translation>Shardgate について</translation>
    </message>
    <message>
        <source>&lt;b&gt;Shardgate %1&lt;/b&gt;&lt;br&gt;A marketplace console for paid training data: package, license, sell, serve and audit datasets.</source>
        <translation>&lt;b&gt;Shardgate %1&lt;/b&gt;&lt;br&gt;有料の学習データのためのマーケットプレイスコンソール: データセットのパッケージ化、ライセンス付与、販売、配信、監査を行います。</translation>
    </message>
    <message>
        <source>State of the embedded edge server</source>
        <translation>組み込みエッジサーバーの状態</translation>
    </message>
    <message>
        <source>Where the embedded edge listens</source>
        <translation>組み込みエッジの待ち受けアドレス</translation>
    </message>
    <message>
        <source>Credits of the current buyer account</source>
        <translation>現在の購入者アカウントのクレジット</translation>
    </message>
    <message>
        <source>Receipts in the local log</source>
        <translation>ローカルログ内のレシート</translation>
    </message>
    <message>
        <source>Edge: stopped</source>
        <translation>エッジ: 停止中</translation>
    </message>
    <message>
        <source>Credits: —</source>
        <translation>クレジット: —</translation>
    </message>
    <message>
        <source>Log: —</source>
        <translation>ログ: —</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>sg::ui::PublishWorkspace</name>
    <message>
        <source>Train models</source>
        <translation>モデルの学習</translation>
    </message>
    <message>
        <source>Fine-tune</source>
        <translation>ファインチューニング</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>評価</translation>
    </message>
    <message>
        <source>Transform</source>
        <translation>変換</translation>
    </message>
    <message>
        <source>Redistribute</source>
        <translation>再配布</translation>
    </message>
    <message>
        <source>Commercial use</source>
        <translation>商用利用</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>I may revoke this license later</source>
        <translation>後でこのライセンスを取り消す可能性がある</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>パッケージ化</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>公開</translation>
    </message>
    <message>
        <source>Package a folder into content-addressed shards, sign it with your creator key, set the license and price, and publish it in the catalog.</source>
        <translation>フォルダーをコンテンツアドレス指定のシャードにパッケージ化し、作成者の鍵で署名し、ライセンスと価格を設定してカタログに公開します。</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Pack the folder to see its manifest.</source>
        <translation>フォルダーをパッケージ化するとマニフェストが表示されます。</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>マニフェスト</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>データセット</translation>
    </message>
    <message>
        <source>Folder to package</source>
        <translation>パッケージ化するフォルダー</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>フォルダー:</translation>
    </message>
    <message>
        <source>e.g. street-voices</source>
        <translation>例: street-voices</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>バージョン:</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>タイトル:</translation>
    </message>
    <message>
        <source>Optional: what is in it, how it was collected</source>
        <translation>任意: 内容と収集方法</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>説明:</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>Bigger shards mean fewer requests; smaller ones resume and dedupe finer.</source>
        <translation>シャードが大きいほどリクエストは減り、小さいほど再開と重複排除がきめ細かくなります。</translation>
    </message>
    <message>
        <source>Shard size:</source>
        <translation>シャードサイズ:</translation>
    </message>
    <message>
        <source>License</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <source>An SPDX license id, or LicenseRef-&lt;name&gt; for terms of your own.</source>
        <translation>SPDX ライセンス ID、または独自の条件なら LicenseRef-&lt;名前&gt;。</translation>
    </message>
    <message>
        <source>SPDX id:</source>
        <translation>SPDX ID:</translation>
    </message>
    <message>
        <source>Allowed uses:</source>
        <translation>許可する用途:</translation>
    </message>
    <message>
        <source>Charged for the first delivery of each shard to a buyer&apos;s job.</source>
        <translation>購入者のジョブへの各シャードの初回配信に対して課金されます。</translation>
    </message>
    <message>
        <source>Price per access:</source>
        <translation>アクセスあたりの価格:</translation>
    </message>
    <message>
        <source>Optional, same currency</source>
        <translation>任意、同じ通貨</translation>
    </message>
    <message>
        <source>Price per GiB:</source>
        <translation>GiB あたりの価格:</translation>
    </message>
    <message>
        <source>Optional: how buyers must credit you</source>
        <translation>任意: 購入者に求めるクレジット表記</translation>
    </message>
    <message>
        <source>Attribution:</source>
        <translation>帰属表示:</translation>
    </message>
    <message>
        <source>Validity:</source>
        <translation>有効期間:</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>署名</translation>
    </message>
    <message>
        <source>Only if the creator key has one</source>
        <translation>作成者の鍵に設定されている場合のみ</translation>
    </message>
    <message>
        <source>Key passphrase:</source>
        <translation>鍵のパスフレーズ:</translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>スキャン中…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s), %1</source>
        <translation>
            <numerusform>%Ln 個のファイル、%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Price per access: %1</source>
        <translation>アクセスあたりの価格: %1</translation>
    </message>
    <message>
        <source>Price per GiB: %1</source>
        <translation>GiB あたりの価格: %1</translation>
    </message>
    <message>
        <source>Choose a folder with at least one file first.</source>
        <translation>先に 1 つ以上のファイルを含むフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>License: %1</source>
        <translation>ライセンス: %1</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>名前: %1</translation>
    </message>
    <message>
        <source>Version: %1</source>
        <translation>バージョン: %1</translation>
    </message>
    <message>
        <source>Packing %1…</source>
        <translation>%1 をパッケージ化しています…</translation>
    </message>
    <message>
        <source>Packing cancelled; nothing was published.</source>
        <translation>パッケージ化をキャンセルしました。何も公開されていません。</translation>
    </message>
    <message>
        <source>Packed and signed: manifest %1</source>
        <translation>パッケージ化して署名しました: マニフェスト %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1@%2&lt;/b&gt;&lt;br&gt;Manifest CID: &lt;tt&gt;%3&lt;/tt&gt;&lt;br&gt;%4 files, %5 in %6 shards (%7 unique)&lt;br&gt;Written: %8 &amp;nbsp; Already stored: %9 &amp;nbsp; Duplicates inside: %10&lt;br&gt;&lt;b&gt;Dedup savings: %11&lt;/b&gt; (%12%) &amp;nbsp; License: %13</source>
        <translation>&lt;b&gt;%1@%2&lt;/b&gt;&lt;br&gt;マニフェスト CID: &lt;tt&gt;%3&lt;/tt&gt;&lt;br&gt;%4 ファイル、%5（%6 シャード、うち一意 %7）&lt;br&gt;書き込み: %8 &amp;nbsp; 保存済み: %9 &amp;nbsp; 内部の重複: %10&lt;br&gt;&lt;b&gt;重複排除による節約: %11&lt;/b&gt; (%12%) &amp;nbsp; ライセンス: %13</translation>
    </message>
    <message>
        <source>The market store is not open: %1</source>
        <translation>マーケットのストアが開かれていません: %1</translation>
    </message>
    <message>
        <source>Not published: %1</source>
        <translation>公開されませんでした: %1</translation>
    </message>
    <message>
        <source>Published %1@%2 (%3). Buyers can find it in the catalog now.</source>
        <translation>%1@%2 を公開しました（%3）。購入者はカタログで見つけられます。</translation>
    </message>
</context>
<context>
    <name>sg::ui::ReceiptTableModel</name>
    <message>
        <source>Seq</source>
        <translation>連番</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>時刻 (UTC)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>購入者</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>作成者</translation>
    </message>
    <message>
        <source>Dataset (manifest)</source>
        <translation>データセット（マニフェスト）</translation>
    </message>
    <message>
        <source>Shard</source>
        <translation>シャード</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>バイト</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>請求額</translation>
    </message>
</context>
<context>
    <name>sg::ui::SettingsWorkspace</name>
    <message>
        <source>Start the embedded edge when the console opens</source>
        <translation>コンソールを開いたときに組み込みエッジを起動する</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Appearance, the data folder, keys and the edge&apos;s defaults.</source>
        <translation>外観、データフォルダー、鍵、エッジの既定値。</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外観</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>システムに従う</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>テーマ:</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>言語:</translation>
    </message>
    <message>
        <source>A new language applies the next time the console starts.</source>
        <translation>新しい言語は次回コンソールを起動したときに適用されます。</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>データフォルダー</translation>
    </message>
    <message>
        <source>Blobs (the shards), the market and ledger databases and the keys live here. Start with &lt;tt&gt;shardgate --home DIR&lt;/tt&gt; to use another folder.</source>
        <translation>ブロブ（シャード）、マーケットと台帳のデータベース、鍵はここに保存されます。別のフォルダーを使うには &lt;tt&gt;shardgate --home DIR&lt;/tt&gt; で起動してください。</translation>
    </message>
    <message>
        <source>Open in file manager</source>
        <translation>ファイルマネージャーで開く</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>鍵</translation>
    </message>
    <message>
        <source>Creator key:</source>
        <translation>作成者の鍵:</translation>
    </message>
    <message>
        <source>Export public key…</source>
        <translation>公開鍵をエクスポート…</translation>
    </message>
    <message>
        <source>Edge defaults</source>
        <translation>エッジの既定値</translation>
    </message>
    <message>
        <source>HOST:PORT; port 0 picks a free port. Loopback keeps the edge private to this machine.</source>
        <translation>HOST:PORT。ポート 0 は空いているポートを選びます。ループバックならエッジはこのマシン内だけで使えます。</translation>
    </message>
    <message>
        <source>Listen address:</source>
        <translation>待ち受けアドレス:</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Cache capacity:</source>
        <translation>キャッシュ容量:</translation>
    </message>
    <message>
        <source>No creator key yet (the welcome or the demo creates one).</source>
        <translation>作成者の鍵はまだありません（ようこそ画面かデモで作成されます）。</translation>
    </message>
    <message>
        <source>%1 (protected by a passphrase)</source>
        <translation>%1（パスフレーズで保護）</translation>
    </message>
    <message>
        <source>Creator key</source>
        <translation>作成者の鍵</translation>
    </message>
    <message>
        <source>Passphrase of the creator key:</source>
        <translation>作成者の鍵のパスフレーズ:</translation>
    </message>
    <message>
        <source>Cannot read the creator key: %1</source>
        <translation>作成者の鍵を読み取れません: %1</translation>
    </message>
    <message>
        <source>Export public key</source>
        <translation>公開鍵をエクスポート</translation>
    </message>
    <message>
        <source>PEM files (*.pem);;All files (*)</source>
        <translation>PEM ファイル (*.pem);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Public key written to %1 (%2).</source>
        <translation>公開鍵を %1 に書き出しました（%2）。</translation>
    </message>
</context>
<context>
    <name>sg::ui::ShardListModel</name>
    <message>
        <source>stored</source>
        <translation>保存済み</translation>
    </message>
    <message>
        <source>same bytes as shard %1</source>
        <translation>シャード %1 と同じバイト列</translation>
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
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>保存</translation>
    </message>
</context>
</TS>
